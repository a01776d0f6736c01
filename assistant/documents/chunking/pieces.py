"""A long unit packed into pieces under the size limit (pure): whole paragraphs while they fit, else single
blocks, else a block cut at sentence ends, commas or spaces. Every piece after the first repeats the header."""

from __future__ import annotations

import re

from .paragraphs import Block

SENTENCE_END = re.compile(r"(?<=[。；！？;!?])|(?<=[.:]\s)")
CLAUSE_END = re.compile(r"(?<=[，、,：])")
WORD_END = re.compile(r"(?<=\s)")


def pack(header: str, groups: list[list[Block]], max_chars: int, source: str) -> list[list[Block]]:
    """Greedy: whole paragraphs while they fit, else single blocks, else sentences of a block."""
    pieces: list[list[Block]] = []
    current: list[Block] = []

    def size(blocks: list[Block]) -> int:
        prefix = 0 if not pieces else len(header) + 2
        return prefix + sum(len(b.text) for b in blocks) + 2 * (len(blocks) - 1)

    def flush() -> None:
        nonlocal current
        if current:
            pieces.append(current)
            current = []

    for group in groups:
        if size(current + group) <= max_chars:
            current += group
            continue
        flush()
        if size(group) <= max_chars:
            current = list(group)
            continue
        for block in group:
            for part in _split_block(block, max_chars - len(header) - 2, source):
                if current and size(current + [part]) > max_chars:
                    flush()
                current.append(part)
    flush()
    return pieces


def _split_block(block: Block, limit: int, source: str) -> list[Block]:
    """A paragraph longer than the limit, cut at sentence ends, else at commas, else at spaces
    (offsets kept when the block's text is the raw text)."""
    if len(block.text) <= limit or limit <= 0:
        return [block]
    raw = source[block.start : block.end] == block.text
    parts: list[Block] = []
    buf, offset, buf_start = "", 0, 0
    for s in _pieces_of(block.text, limit):
        if buf and len(buf) + len(s) > limit:
            parts.append(_sub_block(block, buf, buf_start, raw))
            buf, buf_start = "", offset
        buf += s
        offset += len(s)
    if buf:
        parts.append(_sub_block(block, buf, buf_start, raw))
    return parts


def _pieces_of(text: str, limit: int, cuts: tuple[re.Pattern, ...] = (SENTENCE_END, CLAUSE_END, WORD_END)) -> list[str]:
    """Consecutive pieces of `text` (joined they give `text` back), each cut at the strongest
    boundary that brings it under `limit` where one exists."""
    if len(text) <= limit or not cuts:
        return [text]
    out = []
    for s in cuts[0].split(text):
        if s:
            out.extend(_pieces_of(s, limit, cuts[1:]))
    return out


def _sub_block(block: Block, text: str, offset: int, raw: bool) -> Block:
    stripped = text.strip()
    if raw:
        start = block.start + offset + (len(text) - len(text.lstrip()))
        return Block(start, start + len(stripped), stripped, block.paragraph)
    return Block(block.start, block.end, stripped, block.paragraph)
