"""A unit's text as blank-line separated blocks with paragraph numbers (pure): 款 in Chinese (items （一） and
footnotes stay in their paragraph), `1.` paragraphs in English; the article's header travels with paragraph 1."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...catalog import name_key
from ...text.articles import CN_ITEM
from ...types import LawInfo
from .lines import Line
from .units import Unit

EN_PARAGRAPH = re.compile(r"^(\d{1,3})\.\s")
FOOTNOTE = re.compile(r"^\[\^\w+\]:")


@dataclass
class Block:
    start: int
    end: int
    text: str
    paragraph: int = 0  # 0 = the article's header
    heading: bool = False  # a Markdown heading line


def unit_blocks(lines: list[Line], unit: Unit) -> list[Block]:
    """Blank-line separated blocks of the unit, with clean text and paragraph numbers."""
    blocks: list[Block] = []
    current: list[Line] = []

    def close() -> None:
        if current:
            text = "\n".join(ln.text for ln in current if ln.text)
            blocks.append(Block(current[0].start, current[-1].end, text, heading=current[0].level > 0))
            current.clear()

    for i in range(unit.first, unit.last):
        ln = lines[i]
        if i in unit.skip or not ln.raw.strip():
            close()
            continue
        if ln.level and current:
            close()
        current.append(ln)
        if ln.level:
            close()
    close()
    _number_paragraphs(blocks, unit)
    return blocks


def has_body(blocks: list[Block], unit: Unit, law: LawInfo) -> bool:
    """A unit that holds nothing but headings or the document's title (a bare title line in text
    from a PDF) is dropped; articles never are."""
    titles = {name_key(law.title), name_key(law.short_title)}
    return unit.article is not None or any(not b.heading and name_key(b.text) not in titles for b in blocks)


def paragraph_groups(blocks: list[Block]) -> list[list[Block]]:
    """Consecutive blocks of one paragraph; header blocks join the first paragraph."""
    groups: list[list[Block]] = []
    for b in blocks:
        if groups and (b.paragraph == groups[-1][-1].paragraph or groups[-1][-1].paragraph == 0):
            groups[-1].append(b)
        else:
            groups.append([b])
    return groups


def _number_paragraphs(blocks: list[Block], unit: Unit) -> None:
    """款 / numbered paragraphs get their number; headers get 0 and travel with paragraph 1."""
    current = 0
    for n, b in enumerate(blocks):
        if b.heading or (unit.style == "en" and unit.article is not None and n == 0):
            b.paragraph = 0
        elif unit.style == "en" and unit.article is not None and n == 1 and b.text == _header_title(unit):
            b.paragraph = 0  # the title line under a bare `Article 6`
        elif unit.style == "zh":
            if not (current and (CN_ITEM.match(b.text) or FOOTNOTE.match(b.text))):
                current += 1
            b.paragraph = current
        elif unit.style == "en":
            m = EN_PARAGRAPH.match(b.text)
            current = int(m.group(1)) if m else (current or 1)
            b.paragraph = current
        else:
            current += 1
            b.paragraph = current


def _header_title(unit: Unit) -> str:
    return unit.header.split(" – ", 1)[1] if " – " in unit.header else ""
