"""Sentence evidence for an English question about the Chinese texts (the Chinese laws, the bank's policies): the
candidate with one Chinese sentence holding most of the question's concepts ranks above one whose matching words are
spread over the article or over its neighbours (pure but for the tokeniser).

The English question reaches the Chinese texts through bridged words (glossary, lexicon, CC-CEDICT), and its setting
words (critical information infrastructure, the credit reporting agency, the regulator) are in most articles of the
law it asks about: the neighbouring article on the same topic shares them and often wins. What tells the asked article
apart is its act and object (a vendor's confidentiality agreement, a shareholder's 5% stake) stated in one sentence.
So, as the grounding verifier reads an English claim (lexis/concepts.py), each content word of the question is a
concept with every Chinese word the bridges give for it; a concept weighs by how few of the candidate law's articles
hold it (a word every article of the law holds tells none apart); each candidate scores the largest share of that
weight one of its sentences holds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from ..lexis.concepts import Concept, holds

_SENTENCE_END = re.compile(r"[。；;\n]")  # as sentence_evidence: a Chinese sentence ends at 。 or ；, or at a line break


@lru_cache(maxsize=65536)
def _sentences(clause_text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each sentence of a clause with its tokens (the index's tokeniser), once per text."""
    from ..text.tokens import tokenize

    return tuple((s, frozenset(tokenize(s))) for s in _SENTENCE_END.split(clause_text) if s.strip())


def concept_weights(concepts: Sequence[Concept], articles: Mapping[int, str],
                    tokens: Mapping[int, frozenset[str]],
                    holding: Callable[[str], frozenset[int]] | None = None) -> list[float]:
    """Each concept's weight within one law: log((articles + 1) / (articles holding it + 0.5)); 0 for a concept
    no article of the law holds (lexis/concepts.article_shares weighs the same way). `holding`: the articles holding
    one Chinese word (articles_holding), when the caller remembers it across questions."""
    holding = holding or (lambda word: articles_holding(word, articles, tokens))
    total = len(articles)
    out = []
    for c in concepts:
        held = len(frozenset().union(*(holding(w) for w in c.chinese)))
        out.append(math.log((total + 1) / (held + 0.5)) if held else 0.0)
    return out


def articles_holding(word: str, articles: Mapping[int, str], tokens: Mapping[int, frozenset[str]]) -> frozenset[int]:
    """The articles of one law that hold a Chinese word (lexis/concepts.holds)."""
    return frozenset(n for n, text in articles.items() if holds(text, tokens[n], word))


def best_sentence_share(concepts: Sequence[Concept], weights: Sequence[float], clause_text: str) -> float:
    """The largest share of the concepts' weight (those the law holds at all) that one sentence of the clause holds."""
    whole = sum(weights)
    if not whole:
        return 0.0
    best = 0.0
    for sentence, tokens in _sentences(clause_text):
        held = sum(w for c, w in zip(concepts, weights) if w and any(holds(sentence, tokens, z) for z in c.chinese))
        best = max(best, held)
    return best / whole


def ranked_by_concepts(concepts: Sequence[Concept], candidates: Sequence[int], text_of: Callable[[int], str],
                       weights_of: Callable[[int], Sequence[float]], min_share: float,
                       min_concepts: int) -> list[int]:
    """`candidates` (positions) ordered by their best sentence's share of the question's concept weight, weighed
    within each candidate's own law (`weights_of`); a candidate whose law holds fewer than `min_concepts` of the
    concepts, or whose share is below `min_share`, is left out; ties keep the candidates' order."""
    scored = []
    for n, i in enumerate(candidates):
        weights = weights_of(i)
        if sum(1 for w in weights if w) < min_concepts:
            continue
        share = best_sentence_share(concepts, weights, text_of(i))
        if share >= min_share:
            scored.append((share, n, i))
    return [i for _, _, i in sorted(scored, key=lambda t: (-t[0], t[1]))]


def asks_structure(question: str) -> bool:
    """Whether the question asks when its text took effect or what a term means: the answer is the commencement or
    the definition clause (commencement.py, definition_asks.py, lifted on their own), whose sentence states a date or
    a term, not the question's topic."""
    from .commencement import asks_commencement
    from .definition_asks import asks_meaning

    return asks_commencement(question) or asks_meaning(question)

