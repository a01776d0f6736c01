"""Article-level retrieval metrics (pure). Defined exactly as the reference scorer defines them:
per item R@k = |gold articles covered by the first k units| / |gold|, MRR@10 = 1/rank of the first hit,
items missing from the predictions score 0, then the mean over items.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

KS = (1, 5, 10)


def item_metrics(gold_docs: set[str], gold_articles: Iterable[int], ranked: list[tuple[set[str], int | None]]) -> dict[str, float]:
    """`ranked`: per unit (doc ids the unit's law resolves to, article number or None)."""
    gold = sorted({int(a) for a in gold_articles})

    def covers(unit, article) -> bool:
        docs, art = unit
        return art == article and bool(docs & gold_docs)

    out: dict[str, float] = {}
    for k in KS:
        top = ranked[:k]
        out[f"R@{k}"] = sum(1 for a in gold if any(covers(u, a) for u in top)) / len(gold) if gold else 0.0
    out["Hit@5"] = 1.0 if any(covers(u, a) for u in ranked[:5] for a in gold) else 0.0
    out["MRR@10"] = 0.0
    for rank, unit in enumerate(ranked[:10], start=1):
        if any(covers(unit, a) for a in gold):
            out["MRR@10"] = 1.0 / rank
            break
    # nDCG@10 with binary gains over distinct gold articles
    dcg, credited = 0.0, set()
    for rank, unit in enumerate(ranked[:10], start=1):
        for a in gold:
            if a not in credited and covers(unit, a):
                credited.add(a)
                dcg += 1.0 / math.log2(rank + 1)
    ideal = sum(1.0 / math.log2(r + 1) for r in range(1, min(len(gold), 10) + 1))
    out["nDCG@10"] = dcg / ideal if ideal else 0.0
    out["LawHit@10"] = 1.0 if any(u[0] & gold_docs for u in ranked[:10]) else 0.0
    return out


def aggregate(gold_items: list[dict], predictions: dict[str, list[dict]], resolve: Callable[[str], set[str]]) -> dict[str, float]:
    """Mean metrics over `gold_items`; `resolve` maps a law string (gold or predicted) to doc ids."""
    names = [f"R@{k}" for k in KS] + ["Hit@5", "MRR@10", "nDCG@10", "LawHit@10"]
    sums = dict.fromkeys(names, 0.0)
    for item in gold_items:
        units = predictions.get(item["id"], [])
        ranked = [(resolve(u.get("doc_id") or u.get("law", "")), u.get("article")) for u in units]
        metrics = item_metrics(resolve(item["law"]), item["articles"], ranked)
        for name in names:
            sums[name] += metrics[name]
    n = len(gold_items) or 1
    out = {name: sums[name] / n for name in names}
    out["n"] = len(gold_items)
    return out


def rare_recall(gold_items: list[dict], predictions: dict[str, list[dict]], resolve: Callable[[str], set[str]],
                frequent: set[tuple[str, int]], k: int = 10) -> tuple[float, int]:
    """Recall@k over the gold articles that are NOT among `frequent` (law, article) pairs (the most frequent gold
    of the tuning half): what a constant prior cannot get. Micro-averaged over those gold articles; (0.0, 0) when
    there are none."""
    found = total = 0
    for item in gold_items:
        rare = [int(a) for a in item["articles"] if (item["law"], int(a)) not in frequent]
        if not rare:
            continue
        gold_docs = resolve(item["law"])
        units = predictions.get(item["id"], [])[:k]
        covered = {u.get("article") for u in units if resolve(u.get("doc_id") or u.get("law", "")) & gold_docs}
        total += len(rare)
        found += sum(1 for a in rare if a in covered)
    return (found / total if total else 0.0), total
