"""The paragraphs of a clause text (pure): its non-blank lines, stripped.

One definition for what is indexed on its own (retrieval's paragraph votes), what a claim is compared with
(the grounding verifier; ingest embeds exactly those texts) and what a spec finding quotes.
"""

from __future__ import annotations


def paragraphs(text: str, min_chars: int = 1) -> list[str]:
    """The stripped lines of `text` at least `min_chars` long (blank lines never count)."""
    return [line.strip() for line in text.split("\n") if len(line.strip()) >= max(min_chars, 1)]


MAX_PARAGRAPHS = 12  # per clause: the texts a claim is compared with, and the paragraphs that vote in retrieval


def support_targets(clause_text: str) -> list[str]:
    """A clause and, when it has several, its paragraphs: what the grounding verifier compares a claim citing it with
    and what votes for it in retrieval (paragraph_dense.py). Ingest embeds exactly these texts (into the embedding
    cache), so neither answering nor searching embeds corpus text."""
    parts = paragraphs(clause_text)
    return [clause_text] + (parts[:MAX_PARAGRAPHS] if len(parts) > 1 else [])
