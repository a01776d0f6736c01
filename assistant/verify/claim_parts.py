"""The part of an article a claim restates, by the words they share (pure).

Used where a check compares one figure or bound of the claim with the part of the article it is about, and an article
holds several (高风险模型每年…，中风险模型每两年…): a Chinese claim by its character pairs, an English claim on a Chinese
text by the lexicon's Chinese words for its own (the bridge), an English one on an English text by its longer words.
`skip` drops from both sides the words that must not decide (the very figure compared)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..language import is_chinese

_HAN = re.compile(r"[\u4e00-\u9fff]")


def han_bigrams(text: str) -> set[str]:
    """The overlapping pairs of the Chinese characters of `text`, other characters left out."""
    chars = "".join(_HAN.findall(text))
    return {chars[i : i + 2] for i in range(len(chars) - 1)}


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)}


def best_part(claim: str, parts: Sequence[str], bridge: Callable[[str], Sequence[str]] = lambda _: (),
              skip: Callable[[str], str] = lambda t: t) -> int | None:
    """The index of the one part sharing most words with the claim; None when none shares any or two tie."""
    if not parts:
        return None
    if is_chinese(claim):
        mine = han_bigrams(skip(claim))
        scores = [len(mine & han_bigrams(skip(p))) for p in parts]
    elif any(is_chinese(p) for p in parts):
        words = [w for w in bridge(claim) if len(w) >= 2]
        scores = [sum(w in p for w in words) for p in parts]
    else:
        mine = _words(claim)
        scores = [len(mine & _words(p)) for p in parts]
    best = max(scores)
    return None if best == 0 or scores.count(best) > 1 else scores.index(best)
