"""Eval datasets in the shared JSONL schema: `id, question, law, articles, reference_answer?`."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from assistant.catalog import Catalog

# Gold law names that mean one specific version (as in ../shared/evals/score.py).
GOLD_OVERRIDES = {"GDPR": {"gdpr"}, "反洗钱法": {"aml-law-2024"}}


def load_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    items = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                items.append(json.loads(line))
                if limit is not None and len(items) >= limit:
                    break
    return items


def law_resolver(catalog: Catalog):
    """Law string (short title, full title, alias or doc id) → doc ids, recitals never counting as articles."""
    cache: dict[str, set[str]] = {}

    def resolve(name: str) -> set[str]:
        if name in cache:
            return cache[name]
        if name in GOLD_OVERRIDES:
            docs = GOLD_OVERRIDES[name]
        elif catalog.by_doc_id(name) is not None:
            docs = {name}
        else:
            docs = {info.doc_id for info in catalog.resolve(name) if info.doc_id != "gdpr-recitals"}
        cache[name] = docs
        return docs

    return resolve


def frequent_articles(paths: list[Path], n: int = 10) -> list[tuple[str, int]]:
    """The n most frequent gold (law, article) pairs across datasets: the no-retrieval prior baseline."""
    counts: Counter = Counter()
    for path in paths:
        for item in load_jsonl(path):
            for article in item["articles"]:
                counts[(item["law"], int(article))] += 1
    return [pair for pair, _ in counts.most_common(n)]
