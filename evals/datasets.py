"""Eval datasets in the shared JSONL schema: `id, question, law, articles, reference_answer?`."""

from __future__ import annotations

import hashlib
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
            # a name the catalog does not know is taken as a document id (internal policies: policy-record-retention)
            docs = {info.doc_id for info in catalog.resolve(name) if info.doc_id != "gdpr-recitals"} or {name}
        cache[name] = docs
        return docs

    return resolve


def half_of(item_id: str) -> str:
    """"tune" or "check", fixed by the id's hash: tune on the first half, report the second."""
    return "tune" if int(hashlib.sha1(str(item_id).encode()).hexdigest(), 16) % 2 == 0 else "check"


def split(items: list[dict], half: str | None) -> list[dict]:
    return items if half in (None, "all") else [i for i in items if half_of(i["id"]) == half]


def frequent_pairs(items: list[dict], n: int = 10) -> list[tuple[str, int]]:
    """The n most frequent gold (law, article) pairs of `items`: the no-retrieval prior baseline."""
    counts: Counter = Counter()
    for item in items:
        for article in item.get("articles") or []:
            counts[(item["law"], int(article))] += 1
    return [pair for pair, _ in counts.most_common(n)]


def frequent_articles(paths: list[Path], n: int = 10) -> list[tuple[str, int]]:
    """The n most frequent gold (law, article) pairs across whole datasets."""
    return frequent_pairs([item for path in paths for item in load_jsonl(path)], n)
