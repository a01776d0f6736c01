"""Sentence evidence for a Chinese question: the candidate article with one sentence saying most of what the question
says ranks above one whose matching words are spread over several sentences (pure).

BM25 and the embeddings score an article as a whole, so a long article that mentions the question's words in
different sentences (a penalty listing many acts, a definition article, the neighbouring article on the same topic)
can outrank the article whose one sentence states the rule asked about. Each of the first fused candidates is scored
by the share of the question's topical character bigrams (char_ngrams.char_bigrams) its best sentence holds, and the
candidates are ranked by that share: one more ranked list for the fusion. A list item counts as one sentence with the
lead-in it completes.

An English question about the English texts (the GDPR, the AI Act) gets the same list over its stemmed words, each
weighed by its rarity among the clauses (ranked_by_weighted_sentence): the neighbouring article on the same topic shares
the question's setting words (the supervisory authority, the notified body) over several sentences; the asked one states
the act and its object in one.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..text.articles import CN_ITEM
from .char_ngrams import char_bigrams

# the name of the list a Chinese question's sentence evidence is fused as (hybrid/lists.py), read by law_neighbours
SENTENCE_EVIDENCE_LIST = "sentence-evidence"

_SENTENCE_END = re.compile(r"[。；;\n]")


@lru_cache(maxsize=65536)
def sentence_bigrams(clause_text: str) -> tuple[frozenset[str], ...]:
    """The topical bigrams of each sentence of a clause, once per text; a list item is read with its lead-in (有下列情形之一
    的，个人信息处理者应当事前进行个人信息保护影响评估…：（二）利用个人信息进行自动化决策；): the lead-in states the party and
    the act, the item the case or object, and only together do they say the rule."""
    out: list[frozenset[str]] = []
    lead: frozenset[str] = frozenset()
    for piece in _SENTENCE_END.split(clause_text):
        if not piece.strip():
            continue
        grams = frozenset(char_bigrams(piece))
        if lead and CN_ITEM.match(piece.lstrip()):  # a list item opens with its number in brackets: （一）, (二)
            out.append(grams | lead)
            continue
        lead = grams if piece.rstrip().endswith(("：", ":")) else frozenset()
        out.append(grams)
    return tuple(out)


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


# An English question: its words, stemmed, weighed by how rare they are among the clauses (a word in most clauses, such
# as "processing" in the GDPR, says little about which sentence answers). A sentence ends at a full stop, a semicolon
# or a colon followed by a space, or at a line break.
_WORD_SENTENCE_END = re.compile(r"(?<=[.;:])\s+|\n")


@lru_cache(maxsize=65536)
def sentence_words(clause_text: str) -> tuple[frozenset[str], ...]:
    """The stemmed tokens of each sentence of a clause (english_stems.stem)."""
    from ..lexis.english_stems import stems
    from ..text.tokens import tokenize

    return tuple(frozenset(stems(tokenize(s))) for s in _WORD_SENTENCE_END.split(clause_text) if s.strip())


def best_weighted_share(weights: dict[str, float], clause_text: str) -> float:
    """The largest share of the question's word weight (stem → weight) that one sentence of the clause holds."""
    # fsum: the words come out of sets, whose order changes with the hash seed; a plain sum's last bits would too, and
    # two clauses holding the same words would swap places from one run to the next
    total = math.fsum(weights.values())
    if not total:
        return 0.0
    return max((math.fsum(weights.get(t, 0.0) for t in s) for s in sentence_words(clause_text)), default=0.0) / total


def ranked_by_weighted_sentence(weights: dict[str, float], candidates: list[int], text_of,
                                min_share: float) -> list[int]:
    """`candidates` ordered by their best sentence's share of the question's word weight (best_weighted_share), those
    below `min_share` left out (a Chinese clause holds none of an English question's words); ties keep the candidates'
    order."""
    scored = [(best_weighted_share(weights, text_of(i)), n, i) for n, i in enumerate(candidates)]
    return [i for share, _, i in sorted(scored, key=lambda t: (-t[0], t[1])) if share >= min_share]
