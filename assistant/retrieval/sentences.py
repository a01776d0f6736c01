"""A long description split into its sentences, each of which searches on its own and votes (pure text logic).

An enforcement case ("The controller installed CCTV in the staff canteen. Employees were not informed. The footage
was kept for a year.") states several facts, each touching another article (5, 13, 6). One embedding of the whole
text is pulled towards its dominant topic and BM25 towards its most repeated words; each sentence's own ranked list,
fused with the whole text's, lets every fact reach its article. The same holds for a Chinese finding listing
several failures separated by ；.
"""

from __future__ import annotations

import re

from ..language import has_cjk

# Sentence ends: Chinese 。！？； (no space follows), Latin . ! ? ; followed by a space and a capital, digit or quote
# (so "Art. 6", "e.g. the" and "1.5" do not split).
_CJK_END = re.compile(r"(?<=[。！？；])")
_LATIN_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9\"“‘(])")
_ABBREVIATION = re.compile(r"(?:\b(?:Art|Arts|No|Nr|para|cf|e\.g|i\.e|Mr|Mrs|Ms|Dr|Inc|Ltd|Co|St|vs)\.|\b[A-Z]\.)$")

MIN_CHARS = {"cjk": 8, "latin": 40}  # shorter pieces join the next one: a fragment is no fact of its own
MAX_CHUNKS = 8  # each chunk costs one query embedding (batched) and one BM25 pass


def _pieces(text: str) -> list[str]:
    pieces: list[str] = []
    for part in _CJK_END.split(text):
        for piece in _LATIN_END.split(part):
            if pieces and _ABBREVIATION.search(pieces[-1]):
                pieces[-1] = f"{pieces[-1]} {piece}"
            else:
                pieces.append(piece)
    return [p.strip() for p in pieces if p.strip()]


def sentence_chunks(text: str, max_chunks: int = MAX_CHUNKS) -> list[str]:
    """The sentences of `text`, short ones joined to the next, at most `max_chunks` (the rest joined to the last);
    empty when the text is a single sentence (then the whole-text search says it all)."""
    chunks: list[str] = []
    pending = ""
    for piece in _pieces(text):
        pending = f"{pending} {piece}".strip() if pending else piece
        floor = MIN_CHARS["cjk" if has_cjk(pending) else "latin"]
        if len(pending) >= floor:
            chunks.append(pending)
            pending = ""
    if pending:
        if chunks:
            chunks[-1] = f"{chunks[-1]} {pending}"
        else:
            chunks.append(pending)
    if len(chunks) > max_chunks:
        chunks = chunks[: max_chunks - 1] + [" ".join(chunks[max_chunks - 1:])]
    return chunks if len(chunks) >= 2 else []


_ASKS = re.compile(r"[?？]\s*$")


def asking_part(text: str) -> str:
    """The question a long message ends with: its last sentences that end in a question mark, with the sentences
    before them while shorter than a fact of its own (MIN_CHARS: "Can we?" needs the sentence it asks about); empty
    when the message does not end by asking."""
    pieces = _pieces(text)
    if not pieces or not _ASKS.search(pieces[-1]):
        return ""
    start = len(pieces) - 1
    while start > 0 and _ASKS.search(pieces[start - 1]):
        start -= 1
    while start > 0 and len(" ".join(pieces[start:])) < MIN_CHARS["cjk" if has_cjk(text) else "latin"]:
        start -= 1
    return " ".join(pieces[start:])
