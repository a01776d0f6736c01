"""Helpers for tests that rank units of a CorpusView by hand (law_first, policy_links)."""

from __future__ import annotations

from assistant.retrieval.corpus_view import unit_key


def position(view, doc_id: str, label: str) -> int:
    return next(i for i, c in enumerate(view.clauses) if c.doc_id == doc_id and c.label == label)


def unit_keys(view, fused: dict[int, float]) -> list[tuple]:
    """Unit keys best first, as hybrid._units shows them."""
    order = []
    for i, _ in sorted(fused.items(), key=lambda kv: (-kv[1], kv[0])):
        key = unit_key(view.clauses[i])
        if key not in order:
            order.append(key)
    return order
