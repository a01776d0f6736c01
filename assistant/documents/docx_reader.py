"""DOCX text, read as a stream: inflated bytes are counted while they inflate, XML is parsed incrementally.

python-docx inflates `word/document.xml` whole and builds its full tree, and zip headers may lie about sizes,
so a 1.5 MB DOCX can take gigabytes before anyone sees how large it is. Here every byte read out of the archive
counts against one budget (enforced on the inflated stream, not on the headers), and `iterparse` frees each
top-level paragraph or table once its text is taken, so memory stays bounded by the largest single block.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0]+")


class BudgetExceeded(Exception):
    """The archive inflated past its budget (a zip bomb, or simply far too large a document)."""


class _BudgetedStream:
    """A file-like view of one archive member that raises once the shared budget of inflated bytes is spent."""

    def __init__(self, member, budget: list[int]):
        self.member = member
        self.budget = budget

    def read(self, size: int = -1) -> bytes:
        size = 1 << 16 if size is None or size < 0 else min(size, 1 << 16)
        data = self.member.read(size)
        self.budget[0] -= len(data)
        if self.budget[0] < 0:
            raise BudgetExceeded()
        return data


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _iterparse(stream, tags=None):
    from lxml import etree

    # No entity resolution, no network, no DTD: the XML can only describe text.
    return etree.iterparse(stream, events=("end",), tag=tags, resolve_entities=False, no_network=True,
                           load_dtd=False, huge_tree=False, remove_comments=True)


def _style_names(archive: zipfile.ZipFile, budget: list[int]) -> dict[str, str]:
    """styleId → style name ("Heading1" → "heading 1"), for telling headings from body text."""
    try:
        member = archive.open("word/styles.xml")
    except KeyError:
        return {}
    names: dict[str, str] = {}
    with member:
        for _, element in _iterparse(_BudgetedStream(member, budget), tags=f"{W}style"):
            style_id = element.get(f"{W}styleId")
            name = element.find(f"{W}name")
            if style_id and name is not None:
                names[style_id] = name.get(f"{W}val", "")
            element.clear()
    return names


def _paragraph_text(paragraph) -> str:
    parts = []
    for node in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"):
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag == f"{W}noBreakHyphen":
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)


def _paragraph_block(paragraph, styles: dict[str, str]) -> str | None:
    text = _paragraph_text(paragraph).strip()
    if not text:
        return None
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    name = styles.get(style.get(f"{W}val", ""), style.get(f"{W}val", "")) if style is not None else ""
    heading = _HEADING_STYLE.match(name or "")
    if heading:
        return "#" * int(heading.group(1)) + " " + _one_line(text)
    if name == "Title":
        return "# " + _one_line(text)
    return text


def _table_block(table) -> str | None:
    rows = []
    for row in table.iter(f"{W}tr"):
        cells = []
        for cell in row.findall(f"{W}tc"):
            value = _one_line("\n".join(_paragraph_text(p) for p in cell.iter(f"{W}p")))
            if value:
                cells.append(value)
        line = " | ".join(cells)
        if line:
            rows.append(line)
    return "\n".join(rows) or None


def docx_blocks(path: Path, max_inflated_bytes: int) -> Iterator[str]:
    """Text blocks of the body in order: paragraphs (headings as Markdown) and tables (one line per row).

    Raises BudgetExceeded when the archive inflates past `max_inflated_bytes`; zipfile/lxml errors on broken files.
    """
    budget = [max_inflated_bytes]
    with zipfile.ZipFile(path) as archive:
        styles = _style_names(archive, budget)
        with archive.open("word/document.xml") as member:
            body = f"{W}body"
            # Only paragraph and table ends reach Python (lxml filters the rest): inner ones are skipped here and
            # read with their block when it ends.
            for _, element in _iterparse(_BudgetedStream(member, budget), tags=(f"{W}p", f"{W}tbl")):
                parent = element.getparent()
                if parent is None or parent.tag != body:
                    continue
                block = _paragraph_block(element, styles) if element.tag == f"{W}p" else _table_block(element)
                element.clear()
                while element.getprevious() is not None:  # drop finished blocks: memory stays one block deep
                    del parent[0]
                if block:
                    yield block
