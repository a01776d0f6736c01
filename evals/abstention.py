"""Questions the assistant must refuse: laws not in the corpus, off-topic questions, clauses that do not
exist, and versions not in force on the date asked (`as_of`). Schema: `id, question, expect, category?, as_of?`.

A refusal is an answer with status "not_covered"; anything else is a wrong answer to an unanswerable question.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from assistant.types import Filters

from .datasets import half_of, load_jsonl

OUT_OF_SCOPE = Path(__file__).parent / "data" / "out_of_scope.jsonl"
# realistic out-of-scope questions written for issue 11 (other regimes, off-topic, near misses)
OUT_OF_SCOPE_REALISTIC = Path(__file__).parent / "data" / "out_of_scope_realistic.jsonl"


def load_out_of_scope(path: Path = OUT_OF_SCOPE, limit: int | None = None) -> list[dict]:
    paths = [path] if path != OUT_OF_SCOPE or not OUT_OF_SCOPE_REALISTIC.is_file() else [OUT_OF_SCOPE, OUT_OF_SCOPE_REALISTIC]
    return [item for p in paths for item in load_jsonl(p, limit) if item.get("expect", "abstain") == "abstain"]


def filters_for(item: dict) -> Filters | None:
    """The date a question is asked "as of", as search filters (None: the assistant's default date)."""
    return Filters(as_of=date.fromisoformat(item["as_of"])) if item.get("as_of") else None


def abstention_metrics(items: list[dict], records: dict[str, dict]) -> dict:
    """correct_refusal = share of items answered "not covered", overall and per category; `answered` lists the misses."""
    by_category: dict[str, list[bool]] = defaultdict(list)
    answered = []
    for item in items:
        record = records.get(item["id"])
        if record is None:
            continue
        refused = record["status"] == "not_covered"
        by_category[item.get("category", "other")].append(refused)
        if not refused:
            answered.append({"id": item["id"], "question": item["question"], "status": record["status"],
                             "citations": [f"{c.get('law') or ''} {c.get('label') or ''}".strip() for c in record.get("citations", [])][:3]})
    flat = [v for values in by_category.values() for v in values]
    by_half: dict[str, list[bool]] = defaultdict(list)
    for item in items:
        record = records.get(item["id"])
        if record is not None:
            by_half[half_of(item["id"])].append(record["status"] == "not_covered")
    return {
        "by_half": {h: {"n": len(v), "correct_refusal": sum(v) / len(v)} for h, v in sorted(by_half.items())},
        "n": len(flat),
        "correct_refusal": sum(flat) / len(flat) if flat else 0.0,
        "by_category": {cat: {"n": len(v), "correct_refusal": sum(v) / len(v)} for cat, v in sorted(by_category.items())},
        "answered": answered,
    }
