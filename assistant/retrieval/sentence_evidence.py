"""Sentence evidence for a Chinese question: the candidate article with one sentence saying most of what the question
says ranks above one whose matching words are spread over several sentences (pure).

BM25 and the embeddings score an article as a whole, so a long article that mentions the question's words in
different sentences (a penalty listing many acts, a definition article, the neighbouring article on the same topic)
can outrank the article whose one sentence states the rule asked about. Each of the first fused candidates is scored
by the share of the question's topical character bigrams (char_ngrams.char_bigrams) its best sentence holds, and the
candidates are ranked by that share: one more ranked list for the fusion.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .char_ngrams import char_bigrams

_SENTENCE_END = re.compile(r"[。；;\n]")


@lru_cache(maxsize=65536)
def sentence_bigrams(clause_text: str) -> tuple[frozenset[str], ...]:
    """The topical bigrams of each sentence of a clause, once per text."""
    return tuple(frozenset(char_bigrams(s)) for s in _SENTENCE_END.split(clause_text) if s.strip())


def best_sentence_share(question_grams: frozenset[str], clause_text: str) -> float:
    """The largest share of the question's bigrams that one sentence of the clause holds."""
    if not question_grams:
        return 0.0
    return max((len(question_grams & s) for s in sentence_bigrams(clause_text)), default=0) / len(question_grams)


def ranked_by_sentence(question: str, candidates: list[int], text_of, min_share: float) -> list[int]:
    """`candidates` (positions) ordered by their best sentence's share of the question, those below `min_share` left
    out; ties keep the candidates' order."""
    grams = frozenset(char_bigrams(question))
    scored = [(best_sentence_share(grams, text_of(i)), n, i) for n, i in enumerate(candidates)]
    return [i for share, _, i in sorted(scored, key=lambda t: (-t[0], t[1])) if share >= min_share]
