"""`assistant eval run`: retrieval, citations, verification, abstention and latency, against baselines, in one run.

Every configuration answers the same items of the same datasets. Ablations are the shipped retriever with one
switch flipped (`RetrievalConfig`), built over the SAME index; the baselines are a plain LangChain pipeline and a
constant prior. Answers (citations, verification, refusals) are measured on the shipped system through
`Assistant.ask`. Per-item results are cached in `<out>/cache.sqlite`, keyed by the index revision, so an
interrupted run resumes.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from tqdm import tqdm

from assistant.errors import AssistantError, ConfigError
from assistant.interfaces import Retriever
from assistant.settings import PROJECT_ROOT
from assistant.types import Filters

from .abstention import OUT_OF_SCOPE, abstention_metrics, filters_for, load_out_of_scope
from .answers import ANSWER_METRICS, aggregate_answers, answer_record, error_record
from .cache import ResultCache
from .datasets import frequent_articles, frequent_pairs, law_resolver, load_jsonl, split
from .metrics import aggregate, rare_recall

DEV_DIR = PROJECT_ROOT.parent / "shared" / "evals" / "dev"
OWN_DIR = Path(__file__).parent / "data"
# Sets written by reading the laws (evals/data/README.md); the holdout is never tuned on and is not split.
OWN_SETS = ("realistic_dev.jsonl", "realistic_holdout.jsonl")
HALF_SEPARATOR = "·"
RETRIEVAL_METRICS = ("R@1", "R@5", "R@10", "Hit@5", "MRR@10", "rareR@10", "nDCG@10", "LawHit@10")
_PLAIN = {"exact": False, "rerank": False, "obligations": False, "routing": False, "glossary": False, "structure": False,
          "best_rank_weight": 0.0}
# switches flipped for each ablation; "shipped" is the retriever as configured (no issue-spotting checklist)
ABLATIONS: dict[str, dict] = {
    "shipped": {},
    "with-checklist": {"obligations": True},
    "no-routing": {"routing": False},
    "no-glossary": {"glossary": False},
    "with-paragraphs": {"paragraphs": True},
    "with-sentences": {"sentence_votes": True},  # each sentence of a long description searches and votes
    "no-dense-paragraphs": {"dense_paragraphs": False},  # article paragraphs' dense votes (paragraph_dense.py)
    "dense-only": {"lexical": False, **_PLAIN},
    "bm25-only": {"dense": False, **_PLAIN},
    "no-exact": {"exact": False},
}
BASELINES = ("plain-langchain", "constant-prior")
GATE_METRICS = (*RETRIEVAL_METRICS, *ANSWER_METRICS, "correct_refusal")
CONFIGS = (*ABLATIONS, *BASELINES)


def default_datasets() -> list[Path]:
    return sorted(DEV_DIR.glob("*.jsonl")) + [OWN_DIR / name for name in OWN_SETS if (OWN_DIR / name).is_file()]


def is_holdout(stem: str) -> bool:
    return "holdout" in stem


def split_datasets(paths: list[Path], limit: int | None, halves: bool) -> dict[str, list[dict]]:
    """Dataset name → items. With `halves`, each set becomes `<name>·tune` and `<name>·check` (fixed by id hash);
    a holdout set stays whole: it is all check."""
    out: dict[str, list[dict]] = {}
    for path in paths:
        items, stem = load_jsonl(Path(path), limit), Path(path).stem
        if halves and not is_holdout(stem):
            for half in ("tune", "check"):
                out[f"{stem}{HALF_SEPARATOR}{half}"] = split(items, half)
        else:
            out[stem] = items
    return out


def base_name(dataset: str) -> str:
    return dataset.split(HALF_SEPARATOR, 1)[0]


def tuning_items(datasets: dict[str, list[dict]]) -> list[dict]:
    """The items any frequency statistic may be computed from: the tuning halves (all items when not split)."""
    halves = [d for d in datasets if d.endswith(f"{HALF_SEPARATOR}tune")]
    names = halves or [d for d in datasets if not is_holdout(d)]
    return [item for d in names for item in datasets[d]]


# --fail-under ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Gate:
    spec: str
    dataset: str | None
    metric: str
    threshold: float


@dataclass
class RunOptions:
    datasets: list[Path] = field(default_factory=default_datasets)
    configs: list[str] = field(default_factory=lambda: list(CONFIGS))
    limit: int | None = None
    out: Path = Path("eval-out")
    answers: bool = True
    out_of_scope: Path | None = OUT_OF_SCOPE  # None: no abstention set
    k: int | None = None  # None: Settings.search_k (10)
    progress: bool = True
    baseline_paths: list[Path] | None = None  # corpus of the plain-langchain baseline (default: settings.corpus_dirs)
    prior_datasets: list[Path] | None = None  # gold the constant prior counts (default: the tuning halves)
    halves: bool = True  # report every set as a tuning half and a check half
    claims: bool = True  # judge the planted claims (evals/claims.py)
    named: bool = True  # questions naming a clause, generated from the index (evals/named.py): R@1
    gates: list[Gate] = field(default_factory=list)  # --fail-under, checked on the shipped configuration


@dataclass
class Ranker:
    name: str
    revision: str  # what its results depend on: part of the cache key
    rank: Callable[[str], tuple[list[dict], dict[str, float]]]  # question → (units, seconds per stage)


def _digest(value) -> str:
    return hashlib.sha1(repr(value).encode()).hexdigest()[:12]


def hit_units(retrieval) -> list[dict]:
    """Ranked article-level units as the predictions file (and ../shared/evals/score.py) expects them."""
    return [{"law": h.clause.law, "doc_id": h.clause.doc_id, "article": h.clause.article, "label": h.clause.label}
            for h in retrieval.hits]


def build_rankers(assistant, names: list[str], k: int, prior_pairs: list[tuple[str, int]],
                  baseline_paths: list[Path] | None = None) -> list[Ranker]:
    from assistant import wiring

    base = f"{assistant.store.revision}|{assistant.embedder.model_id}"
    embedder = wiring.query_memo(assistant.ctx)  # ablations reuse the query vector the first one computed
    as_of = assistant.settings.as_of
    rankers = []
    for name in names:
        if name in ABLATIONS:
            config = replace(assistant.retriever.config, **ABLATIONS[name])
            retriever = wiring.local_retriever(assistant.ctx, config, embedder)
            rankers.append(Ranker(name, f"{base}|{_digest(config)}|{as_of}", _system_rank(retriever, k, as_of)))
        elif name == "plain-langchain":
            rankers.append(Ranker(name, f"{base}|plain|{_digest(baseline_paths)}",
                                  _plain_rank(assistant, embedder, k, baseline_paths)))
        elif name == "constant-prior":
            from .baseline import ConstantPrior

            prior = ConstantPrior(prior_pairs)
            rankers.append(Ranker(name, f"prior|{_digest(prior_pairs)}", lambda q, p=prior: (p.ranked(q, k), {})))
        else:
            raise ConfigError(f"Unknown eval configuration {name!r}.", f"Use one of: {', '.join(CONFIGS)}.")
    return rankers


def _system_rank(retriever: Retriever, k: int, as_of):
    def rank(question: str):
        retrieval = retriever.retrieve(question, k, Filters(as_of=as_of))
        return hit_units(retrieval), dict(retrieval.timings)

    return rank


def _plain_rank(assistant, embedder, k: int, paths):
    built = []  # built on first use: a fully cached (resumed) run never rebuilds the baseline

    def rank(question: str):
        if not built:
            from .baseline import PlainLangChainPipeline

            built.append(PlainLangChainPipeline(assistant.settings, embedder, assistant.catalog, paths))
        return built[0].ranked(question, k), {}

    return rank


def percentiles(seconds: list[float]) -> dict[str, float]:
    if not seconds:
        return {"p50_ms": 0.0, "p95_ms": 0.0, "n": 0}
    values = np.asarray(seconds) * 1000
    return {"p50_ms": float(np.percentile(values, 50)), "p95_ms": float(np.percentile(values, 95)), "n": len(seconds)}


def recall_curve(items: list[dict], predictions: dict[str, list[dict]], resolve, max_k: int = 10) -> list[float]:
    """Mean R@k for k = 1..max_k (same definition as evals/metrics.py)."""
    sums = [0.0] * max_k
    for item in items:
        gold_docs, gold = resolve(item["law"]), {int(a) for a in item["articles"]}
        units = predictions.get(item["id"], [])[:max_k]
        found: set[int] = set()
        for k in range(max_k):
            if k < len(units):
                unit = units[k]
                if unit.get("article") in gold and resolve(unit.get("doc_id") or unit.get("law", "")) & gold_docs:
                    found.add(unit["article"])
            sums[k] += len(found) / len(gold)
    return [s / len(items) if items else 0.0 for s in sums]


def scored(items: list[dict]) -> list[dict]:
    """Items with a gold law and articles (a 👎 feedback row has neither: it is only asked, never scored)."""
    return [i for i in items if i.get("law") and i.get("articles")]


def _progress(items, desc, enabled):
    return tqdm(items, desc=desc, leave=False, disable=not enabled, unit="q")


def run_eval(assistant, options: RunOptions) -> dict:
    """Runs everything, writes predictions, metrics.json and the report into `options.out`; returns the metrics."""
    from .report import write_report

    started = time.perf_counter()
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    cache = ResultCache(out / "cache.sqlite")
    resolve = law_resolver(assistant.catalog)
    datasets = split_datasets(options.datasets, options.limit, options.halves)
    # the constant prior and the "frequent" articles of rare recall come from the tuning halves only
    prior = (frequent_articles([Path(p) for p in options.prior_datasets]) if options.prior_datasets
             else frequent_pairs(tuning_items(datasets)))
    rankers = build_rankers(assistant, options.configs, options.k or assistant.settings.search_k, prior, options.baseline_paths)

    # retrieval: every configuration on every item ------------------------------------------------
    ranked: dict[str, dict[str, dict[str, list[dict]]]] = defaultdict(dict)  # config → dataset → id → units
    stage_times: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for dataset, items in datasets.items():
        for ranker in rankers:
            got = {}
            for item in _progress(items, f"{dataset} · {ranker.name}", options.progress):
                value = cache.get("rank", ranker.name, dataset, item["id"], ranker.revision)
                if value is None:
                    t = time.perf_counter()
                    units, timings = ranker.rank(item["question"])
                    value = {"ranked": units, "timings": {**timings, "total": time.perf_counter() - t}}
                    cache.put("rank", ranker.name, dataset, item["id"], ranker.revision, value)
                got[item["id"]] = value["ranked"]
                for stage, seconds in value["timings"].items():
                    stage_times[ranker.name][stage].append(seconds)
            ranked[ranker.name][dataset] = got

    # answers and refusals: the shipped system, end to end ---------------------------------------
    answers: dict[str, dict[str, dict]] = {}
    refusals: dict[str, dict] = {}
    out_of_scope = load_out_of_scope(options.out_of_scope) if options.answers and options.out_of_scope else []
    if options.answers:
        revision = answer_revision(assistant)
        for dataset, items in datasets.items():
            answers[dataset] = {item["id"]: _answer(assistant, cache, dataset, item, revision)
                                for item in _progress(items, f"{dataset} · answers", options.progress)}
        refusals = {item["id"]: _answer(assistant, cache, "out_of_scope", item, revision)
                    for item in _progress(out_of_scope, "out-of-scope · answers", options.progress)}

    metrics = compute_metrics(datasets, ranked, stage_times, answers, out_of_scope, refusals, resolve, [r.name for r in rankers])
    if options.claims:
        from .claims import run_planted_sets

        from .restated import RESTATED_SET, run_restated

        claims = run_planted_sets(assistant)
        restated = run_restated(assistant)
        if restated["n"]:
            claims[RESTATED_SET] = {k: v for k, v in restated.items() if k != "rows"}
        if claims:
            metrics["claims"] = claims
    if options.named:
        metrics["named_clauses"] = _named_clauses(assistant, cache)
    metrics["run"] = describe_run(assistant, options, cache, time.perf_counter() - started)
    gate_error = None
    try:
        metrics["gates"] = check_gates(metrics, options.gates)
    except ConfigError as err:  # still write what was measured, then report the bad gate
        metrics["gates"], gate_error = [], err
    write_predictions(out, datasets, ranked, answers)
    if refusals:
        write_jsonl(out / "abstention.jsonl", [{"id": i["id"], "question": i["question"], **refusals[i["id"]]} for i in out_of_scope])
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")
    write_report(out, metrics)
    cache.close()
    if gate_error is not None:
        raise gate_error
    return metrics


def answer_revision(assistant) -> str:
    s = assistant.settings
    models = (s.generator_name, s.llm_model if s.llm_configured else "", s.verifier_endpoint[1] if s.llm_configured else "")
    return f"{assistant.store.revision}|{assistant.embedder.model_id}|{_digest((models, s.top_k, s.as_of))}"


def _answer(assistant, cache: ResultCache, dataset: str, item: dict, revision: str) -> dict:
    value = cache.get("answer", "shipped", dataset, item["id"], revision)
    if value is None:
        try:
            value = answer_record(assistant.ask(item["question"], filters=filters_for(item), channel="eval"))
        except AssistantError as err:
            value = error_record(err.user_message())
        cache.put("answer", "shipped", dataset, item["id"], revision, value)
    return value


def _named_clauses(assistant, cache: ResultCache) -> dict:
    from assistant.retrieval.config import RetrievalConfig

    from .named import measure

    revision = (f"{assistant.store.revision}|{assistant.embedder.model_id}|{_digest(assistant.ctx.config or RetrievalConfig())}|"
                f"{assistant.settings.effective_as_of()}")
    value = cache.get("named", "shipped", "generated", "all", revision)
    if value is None:
        value = measure(assistant)
        cache.put("named", "shipped", "generated", "all", revision, value)
    return value


def compute_metrics(datasets, ranked, stage_times, answers, out_of_scope, refusals, resolve, configs) -> dict:
    retrieval: dict[str, dict[str, dict]] = {}
    curves: dict[str, dict[str, list[float]]] = {}
    for dataset, items in datasets.items():
        gold = scored(items)
        retrieval[dataset], curves[dataset] = {}, {}
        frequent = set(frequent_pairs([i for d, its in datasets.items() if base_name(d) == base_name(dataset)
                                       and not d.endswith(f"{HALF_SEPARATOR}check") for i in its]))
        for config in configs:
            preds = ranked[config][dataset]
            retrieval[dataset][config] = aggregate(gold, preds, resolve)
            retrieval[dataset][config]["rareR@10"], retrieval[dataset][config]["rare_n"] = rare_recall(gold, preds, resolve, frequent)
            curves[dataset][config] = recall_curve(gold, preds, resolve)
    # the headline mean is over what was not tuned on: check halves and holdouts (every set when not split)
    reported = [d for d in datasets if not d.endswith(f"{HALF_SEPARATOR}tune")]
    mean = {config: _mean([retrieval[d][config] for d in reported if retrieval[d][config]["n"]], RETRIEVAL_METRICS)
            for config in configs}
    for config in configs:
        mean[config]["n"] = sum(retrieval[d][config]["n"] for d in reported)
        mean[config]["p50_ms"] = percentiles(stage_times[config]["total"])["p50_ms"]
    per_law: dict[str, dict[str, dict]] = {}
    by_law: dict[str, list[dict]] = defaultdict(list)
    for dataset, items in datasets.items():
        for item in scored(items):
            by_law[item["law"]].append({**item, "id": f"{dataset}\0{item['id']}"})
    for config in configs:
        flat = {f"{d}\0{i}": units for d, preds in ranked[config].items() for i, units in preds.items()}
        per_law[config] = {law: aggregate(items, flat, resolve) for law, items in sorted(by_law.items())}
    metrics = {
        "retrieval": retrieval,
        "retrieval_mean": mean,
        "recall_curve": curves,
        "per_law": per_law,
        "per_law_docs": {law: sorted(resolve(law)) for law in by_law},
        "latency": {
            "retrieval": {c: {stage: percentiles(v) for stage, v in stage_times[c].items()} for c in configs},
            "retrieval_samples_ms": {c: [round(1000 * s, 2) for s in stage_times[c]["total"]] for c in configs},
        },
    }
    if answers:
        per_dataset = {d: aggregate_answers(datasets[d], records, resolve) for d, records in answers.items()}
        metrics["answers"] = per_dataset
        metrics["answers_mean"] = _mean([m for m in per_dataset.values() if m["n"]], ANSWER_METRICS)
        stages: dict[str, list[float]] = defaultdict(list)
        for records in answers.values():
            for record in records.values():
                if record["status"] in ("not_covered", "error"):
                    continue  # refusals skip drafting and verifying: their zeros would hide the real cost
                for stage, seconds in record.get("timings", {}).items():
                    stages[stage].append(seconds)
        metrics["latency"]["answer"] = {stage: percentiles(v) for stage, v in stages.items()}
        metrics["latency"]["answer_samples_ms"] = {stage: [round(1000 * s, 2) for s in v] for stage, v in stages.items()}
    if refusals:
        metrics["abstention"] = abstention_metrics(out_of_scope, refusals)
    return metrics



def _mean(rows: list[dict], keys) -> dict:
    return {k: (sum(r[k] for r in rows) / len(rows) if rows else 0.0) for k in keys}


def describe_run(assistant, options: RunOptions, cache: ResultCache, seconds: float) -> dict:
    status = assistant.status()
    s = assistant.settings
    return {
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "seconds": round(seconds, 1),
        "index_revision": assistant.store.revision,
        "embedder": status["embedder"],
        "clauses": status["clauses"],
        "documents": status["documents"],
        "offline": status["offline"],
        "generator": status["generator"],
        "generator_model": s.llm_model if s.llm_configured else None,
        "verifiers": status["verifiers"],
        "verifier_model": s.verifier_endpoint[1] if s.llm_configured else None,
        "as_of": status["as_of"],
        "datasets": [str(p) for p in options.datasets],
        "configs": list(options.configs),
        "limit": options.limit,
        "answers": options.answers,
        "cache": {"hits": cache.hits, "misses": cache.misses},
        "load_average": [round(x, 2) for x in os.getloadavg()],  # latency is only comparable on a quiet machine
        "cpus": os.cpu_count(),
    }


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_predictions(out: Path, datasets, ranked, answers) -> None:
    """One file per configuration; answer fields only on the shipped configuration when answers were run."""
    for config, per_dataset in ranked.items():
        rows = []
        for dataset, items in datasets.items():
            for item in items:
                row = {"id": item["id"], "dataset": dataset, "ranked": per_dataset[dataset].get(item["id"], [])}
                record = answers.get(dataset, {}).get(item["id"]) if config == "shipped" else None
                if record is not None:
                    row.update(status=record["status"], answer=record["answer"], citations=record["citations"],
                               verification=record["verification"])
                rows.append(row)
        write_jsonl(out / f"predictions-{config}.jsonl", rows)


def parse_gate(spec: str) -> Gate:
    """"R@10=0.8" (mean over datasets) or "cn_statute_lookup:R@10=0.8" (one dataset)."""
    name, sep, value = spec.partition("=")
    try:
        threshold = float(value)
    except ValueError:
        threshold = None
    if not sep or threshold is None or not name.strip():
        raise ConfigError(f"Cannot read the gate {spec!r}.", "Write METRIC=VALUE or DATASET:METRIC=VALUE, e.g. R@10=0.8.")
    dataset, _, metric = name.strip().rpartition(":")
    known = {m.lower(): m for m in GATE_METRICS}
    if metric.lower() not in known:
        raise ConfigError(f"Unknown metric {metric!r} in --fail-under {spec}.", f"Use one of: {', '.join(GATE_METRICS)}.")
    return Gate(spec, dataset or None, known[metric.lower()], threshold)


def shipped_table(metrics: dict) -> dict[str, dict[str, float]]:
    """Dataset → every number measured on the shipped configuration (retrieval, answers, refusals)."""
    table: dict[str, dict[str, float]] = {}
    for dataset, configs in metrics["retrieval"].items():
        if "shipped" in configs and configs["shipped"]["n"]:
            table[dataset] = {k: v for k, v in configs["shipped"].items() if k in RETRIEVAL_METRICS}
    for dataset, row in metrics.get("answers", {}).items():
        if row["n"]:
            table.setdefault(dataset, {}).update({k: row[k] for k in ANSWER_METRICS})
    if "abstention" in metrics:
        table["out_of_scope"] = {"correct_refusal": metrics["abstention"]["correct_refusal"]}
    return table


def check_gates(metrics: dict, gates: list[Gate]) -> list[dict]:
    table = shipped_table(metrics)
    results = []
    for gate in gates:
        rows = [table[gate.dataset]] if gate.dataset in table else [] if gate.dataset else list(table.values())
        values = [row[gate.metric] for row in rows if gate.metric in row]
        if not values:
            where = f"dataset {gate.dataset!r}" if gate.dataset else "any dataset"
            raise ConfigError(f"--fail-under {gate.spec}: {gate.metric} was not measured on {where} in this run.",
                              f"Datasets measured: {', '.join(sorted(table)) or 'none'} (answer metrics need --answers).")
        value = sum(values) / len(values)
        results.append({"gate": gate.spec, "value": value, "threshold": gate.threshold, "ok": value >= gate.threshold})
    return results
