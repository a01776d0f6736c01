"""Which of an English question's first two hits leads when they come from two Chinese-side texts: the one whose
article holds clearly more of the question's concepts (issue 10, ranking the right article first).

An English question reaches the Chinese laws and the bank's policies through translated words, and two texts often
share its general ones (客户, 信息, 数据) while only one article states most of its rarer concepts. `concept_neighbours`
orders the articles of one law this way, with each concept weighted by how few of that law's articles hold it; those
weights are not comparable across texts, so between two texts each concept (an English content word with every
Chinese word the bridges give it, lexis/concepts.py) is weighted by how few articles of all the Chinese-side texts
hold it, log((N + 1) / (held + 0.5)), read from the texts themselves. The second hit moves first when its article's
share exceeds the first's by more than a margin. It is the English counterpart of `sentence_lead` (a Chinese question's
character bigrams); a same-text pair stays as `concept_neighbours` left it. Pure logic over callables.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from ..lexis.concepts import Concept, holds
from ..types import Hit


def corpus_weights(concepts: Sequence[Concept], total: int,
                   holding: Callable[[str], frozenset]) -> list[float]:
    """Each concept's weight over the Chinese-side texts: log((total + 1) / (held + 0.5)), `held` the articles (of any
    of those texts) holding any of its Chinese words (`holding`: one word → the (text, article) keys holding it); 0 for
    a concept no article holds."""
    out = []
    for c in concepts:
        held = len(frozenset().union(*(holding(w) for w in sorted(c.chinese)))) if c.chinese else 0
        out.append(math.log((total + 1) / (held + 0.5)) if held else 0.0)
    return out


def article_share(concepts: Sequence[Concept], weights: Sequence[float], text: str, tokens: frozenset[str]) -> float:
    """The share of the concepts' whole weight one article holds, each concept counted once."""
    whole = math.fsum(weights)
    if not whole:
        return 0.0
    return math.fsum(w for c, w in zip(concepts, weights)
                     if w and any(holds(text, tokens, z) for z in sorted(c.chinese))) / whole


def lead_by_concepts(hits: Sequence[Hit], concepts: Sequence[Concept], weights: Sequence[float],
                     article_of: Callable[[Hit], tuple[str, frozenset[str]] | None], margin: float,
                     min_concepts: int = 2, states_asked: Callable[[str], bool] = lambda text: False) -> list[Hit]:
    """`hits` with the second first when the two come from two texts, `article_of` reads both (None: not a Chinese-side
    article, nothing moves), and the second's article holds more than `margin` more of the concept weight than the
    first's; otherwise unchanged. Fewer than `min_concepts` weighted concepts: unchanged. A first article stating what
    the question asks for (`states_asked`: the figure asked, as concept_neighbours' slot keeping) stays first unless the
    second states it too: the concepts name the matter, the figure is the answer."""
    hits = list(hits)
    if margin >= 1.0 or len(hits) < 2 or hits[0].clause.doc_id == hits[1].clause.doc_id:
        return hits
    if sum(1 for w in weights if w) < min_concepts:
        return hits
    first, second = article_of(hits[0]), article_of(hits[1])
    if first is None or second is None:
        return hits
    if states_asked(first[0]) and not states_asked(second[0]):
        return hits
    if article_share(concepts, weights, *second) > article_share(concepts, weights, *first) + margin:
        hits[0], hits[1] = hits[1], hits[0]
    return hits
