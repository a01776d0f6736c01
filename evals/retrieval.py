"""`assistant eval retrieval`: article-level predictions and metrics for the system and its references."""

from __future__ import annotations

import json
import time
from pathlib import Path

from tqdm import tqdm

from .datasets import load_jsonl, law_resolver
from .metrics import aggregate

SHOWN = ["R@1", "R@5", "R@10", "MRR@10", "nDCG@10", "LawHit@10"]


def system_ranked(assistant, question: str, k: int, filters=None) -> list[dict]:
    """The shipped system's first `k` article units for a question (as of `filters`' date, else the default)."""
    retrieval = assistant.search(question, k=k, filters=filters)
    return [
        {"law": h.clause.law, "doc_id": h.clause.doc_id, "article": h.clause.article, "label": h.clause.label}
        for h in retrieval.hits
        if h.clause.article is not None
    ][:k]


def predict(name: str, ranker, items: list[dict], k: int, progress: bool = True) -> tuple[dict[str, list[dict]], list[float]]:
    predictions, latencies = {}, []
    for item in tqdm(items, desc=name, leave=False, disable=not progress):
        t = time.perf_counter()
        predictions[item["id"]] = ranker(item["question"], k)
        latencies.append(time.perf_counter() - t)
    return predictions, latencies


def write_predictions(path: Path, predictions: dict[str, list[dict]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for item_id, ranked in predictions.items():
            fh.write(json.dumps({"id": item_id, "ranked": ranked}, ensure_ascii=False) + "\n")


def format_table(rows: list[tuple[str, str, dict]]) -> str:
    header = f"{'dataset':<28} {'system':<18} " + " ".join(f"{m:>9}" for m in SHOWN) + f" {'p50 ms':>8}"
    lines = [header, "-" * len(header)]
    for dataset, system, metrics in rows:
        lat = metrics.get("p50_ms")
        lines.append(
            f"{dataset:<28} {system:<18} " + " ".join(f"{metrics[m]:>9.3f}" for m in SHOWN)
            + (f" {lat:>8.1f}" if lat is not None else f" {'':>8}")
        )
    return "\n".join(lines)


def run(assistant, datasets: list[Path], k: int | None = None, limit: int | None = None, predictions_out: str | None = None,
        baselines: list | None = None, progress: bool = True) -> list[tuple[str, str, dict]]:
    k = k or assistant.settings.search_k
    resolve = law_resolver(assistant.catalog)
    systems = [("system", lambda q, k: system_ranked(assistant, q, k))]
    systems += [(b.name, b.ranked) for b in (baselines or [])]
    rows = []
    for dataset in datasets:
        items = load_jsonl(dataset, limit)
        for name, ranker in systems:
            predictions, latencies = predict(name, ranker, items, k, progress)
            metrics = aggregate(items, predictions, resolve)
            latencies.sort()
            metrics["p50_ms"] = 1000 * latencies[len(latencies) // 2] if latencies else 0.0
            rows.append((Path(dataset).stem, name, metrics))
            if predictions_out and name == "system":
                out = Path(predictions_out)
                target = out / f"{Path(dataset).stem}.jsonl" if (len(datasets) > 1 or out.is_dir() or not out.suffix) else out
                write_predictions(target, predictions)
    return rows
