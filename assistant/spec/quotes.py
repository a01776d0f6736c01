"""Pure text helpers of the spec checker: what a requirement claims in its own words, how much of it a clause
contains, and which paragraph of a clause to quote."""

from __future__ import annotations

import re

from assistant.text.paragraphs import paragraphs
from assistant.text.tokens import bigram_terms
from assistant.types import ClauseRef

# A requirement shorter than this (letters/hanzi, references removed) claims nothing a clause could support.
MIN_CLAIM_CHARS = 8


def snippet(text: str, word: str, width: int = 50) -> str:
    """`word` with some of the text around it, so a reader sees the spec's own sentence."""
    at = text.find(word)
    if at < 0 or len(text) <= 2 * width + len(word):
        return text[: 2 * width + len(word)]
    start, end = max(0, at - width), min(len(text), at + len(word) + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


_LETTERS = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")
_TITLE = re.compile(r"《[^》]{1,40}》")


def meaningful_length(text: str) -> int:
    return len(_LETTERS.findall(text))


def claim_text(text: str, refs: list[ClauseRef]) -> str:
    """The requirement minus its references and law names: what it says in its own words."""
    for ref in sorted(refs, key=lambda r: r.span[0], reverse=True):
        text = text[:ref.span[0]] + " " + text[ref.span[1]:]
    text = _TITLE.sub(" ", text)
    text = re.sub(r"(依照|根据|按照|符合|遵守|依据|见|参照|必须|应当|本项目|的要求|要求|规定)", " ", text)
    return re.sub(r"\s+", " ", text).strip() if meaningful_length(text) >= MIN_CLAIM_CHARS else ""


def _bigrams(text: str) -> set[str]:
    return bigram_terms(text, min_word=3, digits=False)


def bigram_containment(claim: str, clause_text: str) -> float:
    """Share of the claim's character bigrams (and English words) that occur in the clause."""
    grams = _bigrams(claim)
    return len(grams & _bigrams(clause_text)) / len(grams) if grams else 0.0


def pick_quote(text: str, pattern: str = "", near: str = "", limit: int = 400) -> str:
    """The paragraph of `text` (verbatim, cut at `limit`) that matches `pattern`, else the one sharing most
    wording with `near`, else the first."""
    parts = paragraphs(text)
    if not parts:
        return ""
    chosen = parts[0]
    if pattern:
        rx = re.compile(pattern)
        chosen = next((p for p in parts if rx.search(p)), chosen)
    elif near:
        chosen = max(parts, key=lambda p: (len(_bigrams(near) & _bigrams(p)), -parts.index(p)))
    return chosen[:limit]
