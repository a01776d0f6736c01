"""Split a legal text into article-level `Clause`s (pure, no I/O).

The input is the normalised text of a whole file: Markdown, or plain text converted from
PDF/DOCX/HTML where headings may lack `#`. The parser recognises
- Chinese structure: 编/章/节 headings build the chapter path, articles start with 第N条 (之一),
  paragraphs (款) are blank-line separated blocks, items (项) start with （一）;
- English structure: Part/Title/Chapter/Section headings (also as `<!-- Section … -->` comments),
  `Article N – Title`, `Recital N`, paragraphs `1.`, points `(a)`; footnotes stay with their article.

Each article is one unit (cut into pieces when long), and so are the preamble and the headings after the
articles (annexes); a document without articles is cut by headings.

The steps live in `chunking/` (lines → structure → units → paragraphs → pieces, each with its rules); this
module runs them and writes the clauses.
"""

from __future__ import annotations

import hashlib

from ..types import Clause, LawInfo
from .chunking.lines import read_lines
from .chunking.paragraphs import Block, has_body, paragraph_groups, unit_blocks
from .chunking.pieces import pack
from .chunking.units import Unit, find_units


def chunk_document(text: str, law: LawInfo, source: str, max_chars: int = 1200) -> list[Clause]:
    """One Clause per article (pieces for long ones), plus preamble / annex / other units."""
    lines = read_lines(text)
    clauses: list[Clause] = []
    seen_keys: set[str] = set()
    for unit in find_units(text, lines, law.language):
        blocks = unit_blocks(lines, unit)
        if not blocks or not has_body(blocks, unit, law):
            continue
        key = unit.key
        n = 2
        while key in seen_keys:
            key, n = f"{unit.key}-{n}", n + 1
        seen_keys.add(key)
        pieces = pack(unit.header, paragraph_groups(blocks), max_chars, text)
        for index, piece in enumerate(pieces):
            clauses.append(_clause(law, unit, key, index, piece, len(pieces), source))
    return clauses


def _clause(law: LawInfo, unit: Unit, key: str, index: int, piece: list[Block], piece_count: int,
            source: str) -> Clause:
    body = "\n\n".join(b.text for b in piece)
    clause_text = body if index == 0 else f"{unit.header}\n\n{body}"
    numbers = sorted({b.paragraph for b in piece if b.paragraph})
    paragraph = "" if piece_count == 1 or not numbers else _range(numbers)
    return Clause(
        chunk_id=f"{law.doc_id}:{key}:{index}",
        doc_id=law.doc_id,
        law=law.title,
        short_title=law.short_title,
        aliases=list(law.aliases),
        jurisdiction=law.jurisdiction,
        kind=law.kind,
        article=unit.article,
        label=unit.label,
        chapter=unit.chapter,
        paragraph=paragraph,
        piece=index,
        text=clause_text,
        source=source,
        start=piece[0].start,
        end=piece[-1].end,
        version_date=law.version_date,
        effective_date=law.effective_date,
        effective_until=law.effective_until,
        status=law.status,
        content_hash=hashlib.sha256(clause_text.encode("utf-8")).hexdigest(),
    )


def _range(numbers: list[int]) -> str:
    return str(numbers[0]) if numbers[0] == numbers[-1] else f"{numbers[0]}-{numbers[-1]}"
