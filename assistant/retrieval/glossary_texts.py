"""The glossary's sources as evidence for which text a question is about (issue 10: a rarely asked article's text).

Each glossary entry (lexis/glossary.toml) links business words to legal terms and names, in its `source`, the texts
whose articles use those terms (个人信息保护法第十三条 …; 华信银行客户信息保护管理办法第九条; GDPR Article 7). The legal terms
already join the query; the source says more: which texts the concept belongs to. A question's triggered entries give
each text a vote (an entry citing n indexed texts gives each 1/n), and the first hits are re-ordered by their rank
score (1 / (rank + offset)) times (1 + weight × the text's share of the largest vote): a tie-breaker between nearby
ranks, never a filter. The votes come from the glossary's own source fields (written from the laws), not from any
evaluation data.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..types import Hit


def cited_texts(source: str, catalog, indexed: frozenset[str]) -> tuple[str, ...]:
    """The indexed texts an entry's source names, in order of first mention."""
    docs: list[str] = []
    for mention in catalog.find_mentions(source):
        for doc_id in mention.doc_ids:
            if doc_id in indexed and doc_id not in docs:
                docs.append(doc_id)
    return tuple(docs)


def text_votes(cited: Iterable[tuple[str, ...]]) -> dict[str, float]:
    """Each text's vote from the triggered entries' cited texts (an entry's one vote split among its texts)."""
    shares: dict[str, list[float]] = defaultdict(list)
    for docs in cited:
        for doc_id in docs:
            shares[doc_id].append(1.0 / len(docs))
    return {doc_id: math.fsum(parts) for doc_id, parts in sorted(shares.items())}


def order_by_text_votes(hits: Sequence[Hit], votes: dict[str, float], offset: float, weight: float) -> list[Hit]:
    """`hits` re-ordered by 1 / (rank + offset) × (1 + weight × vote / largest vote among the hits' texts); stable
    (an equal key keeps the earlier hit first), unchanged when no hit's text has a vote."""
    largest = max((votes.get(h.clause.doc_id, 0.0) for h in hits), default=0.0)
    if largest <= 0.0 or weight <= 0.0:
        return list(hits)

    def key(position: int) -> float:
        share = votes.get(hits[position].clause.doc_id, 0.0) / largest
        return -(1.0 + weight * share) / (position + 1 + offset)

    return [hits[p] for p in sorted(range(len(hits)), key=lambda p: (key(p), p))]


class GlossaryTexts:
    """The glossary's entries with their cited texts, read once per (glossary, corpus)."""

    def __init__(self, glossary, catalog, indexed: Iterable[str]):
        self.glossary = glossary
        known = frozenset(indexed)
        self._cited = {id(e): cited_texts(e.source, catalog, known) for e in glossary.entries}

    def votes(self, question: str) -> dict[str, float]:
        return text_votes(docs for e in self.glossary.matches(question) if (docs := self._cited[id(e)]))

