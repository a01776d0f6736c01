"""A character-bigram BM25 channel for Chinese questions: partial word matches that jieba's words miss.

jieba cuts a colloquial question and a legal text differently (重新认定 / 认定结果, 合规审计 / 审计, 投诉举报入口 / 投诉、举报制度),
and a question word absent from the dictionary becomes pieces the text never uses. Overlapping character bigrams match
whatever the segmentation: the standard dictionary-free representation for Chinese retrieval. The index is built once
per corpus view (CorpusView.derived) from the same contextual text BM25 sees; a query costs one more BM25 scoring.
"""

from __future__ import annotations

import re

import numpy as np

from ..text.tokens import CJK_CHARS
from .lexical import LexicalIndex

_CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
# Bigrams made only of function characters carry no topic (我们, 是不是, 这个, 可以, 什么): a question is full of them.
_FUNCTION_CHARS = frozenset("的了和与或及等在是对为其由之中上下所者这那什么哪些如何否吗呢我们你他她它个要能会可以不有就都也还得把被让给该")


def char_bigrams(text: str) -> list[str]:
    """Overlapping CJK character bigrams of `text` in order, with repeats (BM25 counts them); none across a
    punctuation mark or a Latin word, none made of function characters only."""
    out: list[str] = []
    for run in _CJK_RUN.findall(text):
        for i in range(len(run) - 1):
            gram = run[i : i + 2]
            if not (gram[0] in _FUNCTION_CHARS and gram[1] in _FUNCTION_CHARS):
                out.append(gram)
    return out


class BigramIndex:
    """BM25 over each clause's character bigrams (contextual header included, as for the word index)."""

    def __init__(self, texts: list[str]):
        self.index = LexicalIndex([char_bigrams(t) for t in texts])

    def top(self, question: str, n: int, mask: np.ndarray) -> list[int]:
        grams = list(dict.fromkeys(char_bigrams(question)))  # a question's repeated bigram is not more topical
        return [i for i, _ in self.index.top(grams, n, mask)]


def bigram_index(view) -> BigramIndex:
    """The view's bigram index, built on first use and shared by every retriever over the view."""
    return view.derived("char-bigrams", lambda: BigramIndex([view._lexical_text(c) for c in view.clauses]))
