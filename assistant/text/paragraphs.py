"""The paragraphs of a clause text (pure): its non-blank lines, stripped.

One definition for what is indexed on its own (retrieval's paragraph votes), what a claim is compared with
(the grounding verifier; ingest embeds exactly those texts) and what a spec finding quotes.
"""

from __future__ import annotations


def paragraphs(text: str, min_chars: int = 1) -> list[str]:
    """The stripped lines of `text` at least `min_chars` long (blank lines never count)."""
    return [line.strip() for line in text.split("\n") if len(line.strip()) >= max(min_chars, 1)]
