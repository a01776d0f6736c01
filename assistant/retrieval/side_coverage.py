"""Which jurisdiction's texts hold an unnamed English question's concepts (pure but for the tokeniser).

An English question naming no law, regulator or place is searched in both the English texts (GDPR, AI Act) and the
Chinese ones (laws and the bank's policies; jurisdiction_default.py). The fused lists then favour the English texts
whatever the question is about: the multilingual model scores within one language higher than across, BM25 matches
the English words directly, and the GDPR, one long text about most things, gathers the law-level evidence. A question
on a credit bureau's handling of objections then meets GDPR Art. 21 ("Right to object") first, though the credit
reporting regulation has one sentence holding the credit bureau, the objection and its handling.

Here the evidence decides, not a word list: each content word of the question is a concept (lexis/concepts.py: the
English word with every Chinese word the glossary, the lexicon and CC-CEDICT give for it), and each side's first
candidates are read sentence by sentence for the largest share of the concepts one sentence holds — a Chinese sentence
through the concept's Chinese words, an English one through the word's stem. A question whose best Chinese sentence
holds clearly more of it than the best English one is about what the Chinese texts regulate; the same share counted
over the concepts the English texts use at all (their words in some EU clause) must lead too, so that a question in
everyday words the EU texts never use ("vendor", "cloud", "app": the GDPR says processor, the Chinese dictionary has
them all) is not read as Chinese for that alone. A Chinese side ahead by less than that (home_side_holds) still
tells the question's words point at the EU texts no more: the bank asking is a Chinese one, and its EU candidates
weigh a little less (config.coverage_edge_weight).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ..lexis.concepts import Concept, holds
from .concept_evidence import _sentences
from .sentence_evidence import sentence_words


@dataclass(frozen=True)
class SideCoverage:
    chinese: float  # the largest share of the concepts one Chinese sentence holds
    english: float  # … one English sentence
    known_chinese: float  # the same over the concepts whose English words some EU text uses
    known_english: float
    chinese_each: tuple[float, ...] = ()  # each Chinese text's share (all concepts), in the order given


def _share(held: set[int], counted: Sequence[bool]) -> float:
    total = sum(counted)
    return sum(1 for n in held if counted[n]) / total if total else 0.0


def _held_by_chinese(concepts: Sequence[Concept], text: str) -> list[set[int]]:
    """The concepts (by index) each sentence of a Chinese text holds through their Chinese words."""
    return [{n for n, c in enumerate(concepts) if any(holds(sentence, tokens, z) for z in c.chinese)}
            for sentence, tokens in _sentences(text)]


def _held_by_english(stems: Sequence[frozenset[str]], text: str) -> list[set[int]]:
    """The concepts (by index) each sentence of an English text holds through their stems."""
    return [{n for n, s in enumerate(stems) if s and s <= words} for words in sentence_words(text)]


def side_coverage(concepts: Sequence[Concept], stems: Sequence[frozenset[str]], english_vocabulary: Collection[str],
                  chinese_texts: Sequence[str], english_texts: Sequence[str]) -> SideCoverage:
    """The best sentence's share of the question's concepts on each side (`english_vocabulary`: the stems the EU texts
    use, for the known shares: a concept counts there when the EU texts use its word and the bridges give it Chinese
    words, so both sides could hold it). Each text's sentences are read once for both shares."""
    every = [True] * len(concepts)
    known = [bool(s) and s <= english_vocabulary and bool(c.chinese) for c, s in zip(concepts, stems)]
    chinese = [_held_by_chinese(concepts, text) for text in chinese_texts]
    english = [held for text in english_texts for held in _held_by_english(stems, text)]
    each = tuple(max((_share(held, every) for held in sentences), default=0.0) for sentences in chinese)
    return SideCoverage(max(each, default=0.0), max((_share(held, every) for held in english), default=0.0),
                        max((_share(held, known) for sentences in chinese for held in sentences), default=0.0),
                        max((_share(held, known) for held in english), default=0.0), each)


def leading_texts(coverage: SideCoverage, margin: float) -> list[int]:
    """The indexes of the Chinese texts whose own best sentence leads the English side by `margin`: those holding the
    question, not only near it."""
    return [n for n, share in enumerate(coverage.chinese_each) if share - coverage.english >= margin]


def chinese_lead(coverage: SideCoverage, margin: float, known_margin: float) -> bool:
    """The Chinese side holds clearly more of the question, counted over all its concepts and over those the EU texts
    use too."""
    return (coverage.chinese - coverage.english >= margin
            and coverage.known_chinese - coverage.known_english >= known_margin)


def home_side_holds(coverage: SideCoverage) -> bool:
    """The Chinese side holds more of the question than the English side, if less than a lead (chinese_lead), and no
    less of the concepts the EU texts use too: nothing in the question points at the EU texts more than at the
    Chinese ones."""
    return coverage.chinese > coverage.english and coverage.known_chinese >= coverage.known_english
