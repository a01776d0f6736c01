"""Which jurisdiction's texts hold an unnamed English question's concepts (pure but for the tokeniser).

An English question naming no law, regulator or place is searched in both the English texts (GDPR, AI Act) and the
Chinese ones (laws and the bank's policies; jurisdiction_default.py). The fused lists then favour the English texts
whatever the question is about: the multilingual model scores within one language higher than across, BM25 matches
the English words directly, and the GDPR, one long text about most things, gathers the law-level evidence. A question
on a credit bureau's handling of objections then meets GDPR Art. 21 ("Right to object") first, though the credit
reporting regulation has one sentence holding the credit bureau, the objection and its handling.

Here the evidence decides, not a word list: each content word of the question is a concept (verify/concepts.py: the
English word with every Chinese word the glossary, the lexicon and CC-CEDICT give for it), and each side's first
candidates are read sentence by sentence for the largest share of the concepts one sentence holds — a Chinese sentence
through the concept's Chinese words, an English one through the word's stem. A question whose best Chinese sentence
holds clearly more of it than the best English one is about what the Chinese texts regulate; the same share counted
over the concepts the English texts use at all (their words in some EU clause) must lead too, so that a question in
everyday words the EU texts never use ("vendor", "cloud", "app": the GDPR says processor, the Chinese dictionary has
them all) is not read as Chinese for that alone.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from ..verify.concepts import Concept, holds
from .concept_evidence import _sentences
from .sentence_evidence import sentence_words


@dataclass(frozen=True)
class SideCoverage:
    chinese: float  # the largest share of the concepts one Chinese sentence holds
    english: float  # … one English sentence
    known_chinese: float  # the same over the concepts whose English words some EU text uses
    known_english: float
    chinese_each: tuple[float, ...] = ()  # each Chinese text's share (all concepts), in the order given


def chinese_shares(concepts: Sequence[Concept], counted: Sequence[bool], texts: Iterable[str]) -> list[float]:
    """Each Chinese text's best sentence's share of the `counted` concepts."""
    total = sum(counted)
    shares = []
    for text in texts:
        best = 0
        for sentence, tokens in _sentences(text):
            held = sum(1 for c, n in zip(concepts, counted) if n and any(holds(sentence, tokens, z) for z in c.chinese))
            best = max(best, held)
        shares.append(best / total if total else 0.0)
    return shares


def _best_english(stems: Sequence[frozenset[str]], counted: Sequence[bool], texts: Iterable[str]) -> float:
    total = sum(counted)
    if not total:
        return 0.0
    best = 0
    for text in texts:
        for words in sentence_words(text):
            held = sum(1 for s, n in zip(stems, counted) if n and s and s <= words)
            best = max(best, held)
    return best / total


def side_coverage(concepts: Sequence[Concept], stems: Sequence[frozenset[str]], english_vocabulary: Collection[str],
                  chinese_texts: Sequence[str], english_texts: Sequence[str]) -> SideCoverage:
    """The best sentence's share of the question's concepts on each side (`english_vocabulary`: the stems the EU texts
    use, for the known shares: a concept counts there when the EU texts use its word and the bridges give it Chinese
    words, so both sides could hold it)."""
    every = [True] * len(concepts)
    known = [bool(s) and s <= english_vocabulary and bool(c.chinese) for c, s in zip(concepts, stems)]
    each = chinese_shares(concepts, every, chinese_texts)
    return SideCoverage(max(each, default=0.0), _best_english(stems, every, english_texts),
                        max(chinese_shares(concepts, known, chinese_texts), default=0.0),
                        _best_english(stems, known, english_texts), tuple(each))


def leading_texts(coverage: SideCoverage, margin: float) -> list[int]:
    """The indexes of the Chinese texts whose own best sentence leads the English side by `margin`: those holding the
    question, not only near it."""
    return [n for n, share in enumerate(coverage.chinese_each) if share - coverage.english >= margin]


def chinese_lead(coverage: SideCoverage, margin: float, known_margin: float) -> bool:
    """The Chinese side holds clearly more of the question, counted over all its concepts and over those the EU texts
    use too."""
    return (coverage.chinese - coverage.english >= margin
            and coverage.known_chinese - coverage.known_english >= known_margin)
