"""One law's articles among an English question's first hits, ordered by how many of its distinct concepts each holds.

An English question reaches the Chinese texts through translated words, and when the right law is found a wrong
article of it often wins: one that repeats a single translated word (贷款, 分支机构, 个人信息) in many places scores high
in every BM25 list, while the article asked for states more of the question's concepts once each (round 36's reading:
in 53 of 74 English misses the first hit was already the right law). So, as `law_neighbours` orders a Chinese
question's same-law hits by its topic words, an English question's same-law hits on the Chinese side are ordered by
their article's share of the question's concept weight: each concept (an English content word with every Chinese word
the bridges give it, lexis/concepts.py) counts once, whether the article says it once or ten times, weighted by how
few of that law's articles hold it (concept_evidence.concept_weights). The article that both meaning lists rank high
starts with a head start (law_neighbours.evidence_head_start), an article stating the figure asked for or doing what
the question's form asks keeps its slot, and only a clearly larger share (`margin`) moves an article up: each law keeps
its slots, so the law-level ranking stays as the fusion made it.

Earlier tries this differs from: round 28 ordered by each bridged Chinese word separately (the glossary's general
terms, shared by many of a law's articles, dominated: en pool MRR 0.665 → 0.631); round 33 reordered by the best
sentence's concept share before the priors and placements (which undid it: 0.655 → 0.656). Here the whole article's
distinct concepts are read, on the final list, and only a wide lead moves an article.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence

from ..lexis.concepts import Concept, holds
from .law_neighbours import evidence_head_start, reorder


def concept_share(concepts: Sequence[Concept], weights: Sequence[float], text: str, tokens: frozenset[str]) -> float:
    """Share of the concepts' weight (those the law holds at all) one article holds, each concept counted once."""
    whole = math.fsum(weights)
    if not whole:
        return 0.0
    return math.fsum(w for c, w in zip(concepts, weights) if w and any(holds(text, tokens, z) for z in c.chinese)) / whole


def order_by_concepts(hits: list, concepts: Sequence[Concept], margin: float, depth: int,
                      law_of: Callable[[object], str | None],
                      article_of: Callable[[object], tuple[str, frozenset[str]]],
                      weights_of: Callable[[str], Sequence[float]], meaning_head_start: float,
                      meaning_lists: Sequence[str], keeps_slot: Callable[[str], Hashable] = lambda text: None,
                      min_concepts: int = 2) -> list:
    """`hits` with each law's hits among the first `depth` (after exact references) reordered by `reorder` on their
    concept share plus the meaning head start. `law_of`: a hit's law when it is written in Chinese (None: it keeps
    its slot); `article_of`: its whole article's text and tokens; `weights_of`: the concepts' weights within a law;
    `keeps_slot`: what of an article keeps it in its slot (the figure asked, the form asked). A law holding fewer than
    `min_concepts` of the concepts orders nothing."""
    if margin >= 1.0 or len(concepts) < min_concepts:
        return hits
    start = sum(1 for h in hits if "exact" in h.sources)
    window = hits[start:start + depth]
    shares: list[float] = []
    groups: list[Hashable] = []
    for n, hit in enumerate(window):
        law = law_of(hit)
        weights = weights_of(law) if law is not None else ()
        if law is None or sum(1 for w in weights if w) < min_concepts:
            shares.append(0.0)
            groups.append(("alone", n))  # a group of its own: it keeps its slot
            continue
        text, tokens = article_of(hit)
        shares.append(concept_share(concepts, weights, text, tokens) + evidence_head_start(
            hit.sources, meaning_head_start, 0.0, meaning_lists, "", depth))
        groups.append((law, keeps_slot(text)))
    if len(window) < 2:
        return hits
    order = reorder(groups, shares, margin)
    return hits[:start] + [window[i] for i in order] + hits[start + depth:]
