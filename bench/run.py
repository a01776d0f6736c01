"""Speed and memory on this machine, printed as tables beside the baseline measured in the same run.

    python bench/run.py                 # everything (first ingest embeds the whole corpus: minutes)
    python bench/run.py --skip-ingest   # reuse ASSISTANT_DATA_DIR's index; search, 100k synthetic, answers
Targets (issue #2, #3): warm re-ingest < 5 s; search p50/p95 < 100 ms at corpus size and < 300 ms on 100k
chunks; offline answer p50/p95 < 300 ms; chain + verifiers overhead < 150 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.settings import SHARED_REGULATIONS, Settings  # noqa: E402

DEV = ROOT.parent / "shared" / "evals" / "dev"
QUESTIONS = [
    "个人信息保护法第十三条规定了什么？", "征信数据可以用于信贷模型吗？", "What does GDPR Article 6 require?",
    "向境外提供个人信息需要满足什么条件", "金融机构应当保存客户身份资料和交易记录多长时间",
    "When must a controller notify a personal data breach?", "生成式人工智能服务提供者应当对生成内容进行标识吗",
    "商业银行贷款应当审查借款人哪些情况", "自动化决策需要向个人说明吗", "数据分类分级保护制度",
]


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered) * 1000, p95 * 1000


def table(title: str, header: list[str], rows: list[list]) -> None:
    print(f"\n## {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(f"{c:.1f}" if isinstance(c, float) else str(c) for c in row) + " |")


def dev_questions(n: int) -> list[str]:
    out = list(QUESTIONS)
    for path in sorted(DEV.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            out += [json.loads(line)["question"] for _, line in zip(range(n), fh)]
    return out


def bench_ingest(data_dir: Path) -> None:
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(data_dir)}
    cmd = [sys.executable, "-m", "assistant.cli", "ingest", "--quiet"]
    rows = []
    for label in ("first ingest (empty cache)", "warm re-run (nothing changed)"):
        t = time.perf_counter()
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
        rows.append([label, time.perf_counter() - t, out.strip().splitlines()[-1]])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    table("Ingest: ../shared/corpus/regulations + corpus/policies", ["run", "seconds", "where the time goes"], rows)
    print(f"\npeak RSS of the ingest process: {peak:.0f} MB")


def bench_search(settings: Settings, questions: list[str]) -> None:
    from assistant.service import Assistant
    from evals.baseline import PlainLangChainPipeline

    assistant = Assistant.from_settings(settings)
    for q in questions[:5]:
        assistant.search(q)
    samples, stages = [], {}
    for q in questions:
        t = time.perf_counter()
        r = assistant.search(q)
        samples.append(time.perf_counter() - t)
        for stage, sec in r.timings.items():
            stages.setdefault(stage, []).append(sec)
    rows = [["system: hybrid search (k=8)", *percentiles(samples)]]
    rows += [[f"  stage: {s}", *percentiles(v)] for s, v in stages.items()]
    t = time.perf_counter()
    baseline = PlainLangChainPipeline(settings, assistant.embedder, assistant.catalog)
    print(f"\nbaseline index (RecursiveCharacterTextSplitter(1000, 200) + Chroma, same embedder and cache): "
          f"built in {time.perf_counter() - t:.1f} s")
    base = []
    for q in questions:
        t = time.perf_counter()
        baseline.ranked(q)
        base.append(time.perf_counter() - t)
    rows.append(["baseline: plain LangChain (splitter + Chroma)", *percentiles(base)])
    table(f"Search latency at corpus size ({len(assistant.view.clauses)} clauses, {len(questions)} questions)",
          ["what", "p50 ms", "p95 ms"], rows)

    answers, overhead = [], []
    for q in questions[:40]:
        a = assistant.ask(q)
        answers.append(a.timings["total"])
        overhead.append(a.timings["total"] - a.timings.get("retrieve", 0.0))
    table("Offline answers (extractive + grounding verifier; no model calls)", ["what", "p50 ms", "p95 ms"],
          [["ask() end to end", *percentiles(answers)], ["chain + verifiers on top of retrieval", *percentiles(overhead)]])


def bench_synthetic(settings: Settings, size: int, questions: list[str]) -> None:
    """A synthetic index of `size` chunks: real clause sentences recombined, real vectors plus noise."""
    import numpy as np

    from assistant.catalog import load_catalog
    from assistant.retrieval.corpus_view import CorpusView
    from assistant.retrieval.embeddings import embedders
    from assistant.retrieval import HybridRetriever
    from assistant.retrieval.store import ClauseStore

    embedder = embedders.create(settings.embedder, settings)
    real = ClauseStore(settings, embedder.model_id)
    got = real.collection.get(include=["embeddings", "documents", "metadatas"])
    vectors = np.asarray(got["embeddings"], dtype=np.float32)
    rng = np.random.default_rng(7)
    syn_settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="bench-100k-")), collection="synthetic")
    store = ClauseStore(syn_settings, embedder.model_id)
    from assistant.retrieval.store import clause_from_record

    base = [clause_from_record(i, d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])]
    t = time.perf_counter()
    clauses, batch_vecs = [], []
    for n in range(size):
        src = int(rng.integers(len(base)))
        c = base[src].model_copy(update={"chunk_id": f"syn{n}", "doc_id": f"syn-{n % 500}", "article": n % 97 + 1})
        clauses.append(c)
        v = vectors[src] + rng.normal(0, 0.02, vectors.shape[1]).astype(np.float32)
        batch_vecs.append(v / np.linalg.norm(v))
        if len(clauses) == 5000 or n == size - 1:
            store.upsert(clauses, np.stack(batch_vecs), {})
            clauses, batch_vecs = [], []
    build = time.perf_counter() - t
    t = time.perf_counter()
    view = CorpusView(list(store.iter_clauses()))
    view_build = time.perf_counter() - t
    retriever = HybridRetriever(view, store, embedder, load_catalog())
    for q in questions[:5]:
        retriever.retrieve(q)
    samples, dense_only = [], []
    for q in questions:
        t = time.perf_counter()
        retriever.retrieve(q)
        samples.append(time.perf_counter() - t)
        t = time.perf_counter()
        store.query(embedder.embed_queries([q])[0], 10)
        dense_only.append(time.perf_counter() - t)
    table(f"Synthetic index: {size:,} chunks (Chroma {build:.0f} s to fill, lexical view {view_build:.0f} s to build)",
          ["what", "p50 ms", "p95 ms"],
          [["system: hybrid search", *percentiles(samples)], ["baseline: Chroma dense query only", *percentiles(dense_only)]])
    print(f"\npeak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--synthetic", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=15, help="questions per dev set")
    args = parser.parse_args()
    print(f"# Benchmarks ({os.cpu_count()} cores, {time.strftime('%Y-%m-%d %H:%M')})")
    if args.skip_ingest:
        settings = Settings()
    else:
        data_dir = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
        bench_ingest(data_dir)
        settings = Settings(data_dir=data_dir)
    if not SHARED_REGULATIONS.is_dir():
        sys.exit("../shared/corpus/regulations is missing")
    questions = dev_questions(args.questions)
    bench_search(settings, questions)
    if args.synthetic:
        bench_synthetic(settings, args.synthetic, questions)


if __name__ == "__main__":
    main()
