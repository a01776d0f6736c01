"""Which of the first two hits leads when they come from different texts: the one with a sentence that states the
Chinese question's matter (issue 10, ranking the right article first).

The fusion scores whole pieces; two articles of different texts near the top often share the question's general words
(客户, 信息, 银行) while only one of them holds, within one sentence, most of its rarer ones. The question's character
bigrams (char_ngrams.char_bigrams, segmentation-free) are weighted by their rarity among the corpus' pieces (inverse
document frequency, read from the texts themselves, no word list); a hit's carried share is the best single sentence's
weight over the question's total weight. The second hit moves first when its share exceeds the first's by more than a
margin. Between articles of one text, law_neighbours already orders by the words carried (and a sentence swap there
lost: round 43, ret43zh); so only a pair from two texts is judged. Pure logic over a corpus view.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from ..types import Hit
from .char_ngrams import char_bigrams

# the sentence ends of the Chinese texts (。；！？) and paragraph breaks: an item of a list is its own sentence
_SENTENCE_END = re.compile(r"[。；！？\n]")


class BigramRarity:
    """Inverse document frequency of each character bigram over the corpus' pieces (log(N / (1 + df)))."""

    def __init__(self, texts: Sequence[str]):
        df: Counter[str] = Counter()
        for text in texts:
            df.update(set(char_bigrams(text)))
        self._df = df
        self._n = max(len(texts), 1)

    def weight(self, gram: str) -> float:
        return math.log(self._n / (1 + self._df.get(gram, 0)))


def bigram_rarity(view) -> BigramRarity:
    """The view's bigram rarity, built on first use and shared by every retriever over the view."""
    return view.derived("bigram-rarity", lambda: BigramRarity([c.text for c in view.clauses]))


def best_sentence_share(question: str, text: str, rarity: BigramRarity) -> float:
    """The largest share of the question's bigram weight that one sentence of `text` holds (0 when none)."""
    weights = {g: rarity.weight(g) for g in sorted(set(char_bigrams(question)))}
    total = math.fsum(w for w in weights.values() if w > 0)
    if total <= 0:
        return 0.0
    best = 0.0
    for sentence in _SENTENCE_END.split(text):
        held = set(char_bigrams(sentence))
        share = math.fsum(w for g, w in weights.items() if g in held and w > 0) / total
        best = max(best, share)
    return best


def lead_by_sentence(question: str, hits: Sequence[Hit], rarity: BigramRarity, margin: float) -> list[Hit]:
    """`hits` with the second first when it is of another text and its best sentence holds more than `margin` more of
    the question's bigram weight than the first's; otherwise unchanged."""
    hits = list(hits)
    if len(hits) < 2 or hits[0].clause.doc_id == hits[1].clause.doc_id:
        return hits
    first = best_sentence_share(question, hits[0].clause.text, rarity)
    second = best_sentence_share(question, hits[1].clause.text, rarity)
    if second > first + margin:
        hits[0], hits[1] = hits[1], hits[0]
    return hits
