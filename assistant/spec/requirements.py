"""Split a spec document into checkable requirements (pure).

A reviewer reads a spec unit by unit: a list item, a table row, a `键：值` line, a paragraph.
Each unit becomes a `Requirement` with its 1-based line number and the path of headings above it,
so a finding can say "§6 数据保存, line 84". Markdown headings and numbered headings of plain-text
documents (PDF/DOCX text: `1. 背景`, `第二章 …`) only build the path; they are not requirements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.catalog import parse_front_matter
from assistant.text.articles import CN_ARTICLE_LABEL, CN_DIVISION
from assistant.text.numerals import ENUM_DIGITS

MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
# Plain-text headings: "第二章 个人信息处理规则", "第一节 …", "3.2 数据保存" (short, no sentence punctuation).
PLAIN_HEADING = re.compile(rf"^(?:{CN_DIVISION.pattern}\s*\S.{{0,30}}|\d+(?:\.\d+){{0,3}}\.?\s+[^\s。；;，,：:|]{{1,30}})$")
LIST_ITEM = re.compile(rf"^(\s*)(?:([-*+•]|\d{{1,3}}[.)]|[a-z][.)])\s+|(\d{{1,3}}、|[{ENUM_DIGITS}]{{1,3}}、|[（(]\d{{1,3}}[）)]|[（(][{ENUM_DIGITS}]{{1,3}}[）)])\s*)(\S.*)$")
# Pipe tables without outer pipes (how DOCX tables are loaded): "数据级别 | 保存期限".
BARE_TABLE_ROW = re.compile(r"^[^|\s][^|]*(?:\s\|\s[^|]*)+$")
ARTICLE_LINE = re.compile(rf"^({CN_ARTICLE_LABEL})[\s\u3000]*(.*)$")
KEY_VALUE = re.compile(r"^([^\s|：:#>][^|：:。；;]{0,29}?)\s*[：:]\s*(\S.*)$")
TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
MARKUP = re.compile(r"\*\*|__|`")


@dataclass(frozen=True)
class Requirement:
    """One unit of a spec that can be checked on its own."""

    id: str  # "L84": stable across runs, readable in reports
    kind: str  # list_item | table_row | key_value | paragraph | article
    text: str  # the unit's text, Markdown emphasis removed; table cells joined by " | "
    line: int  # 1-based first line
    end_line: int
    heading_path: tuple[str, ...] = ()
    label: str = ""  # list marker, table header / key, 第N条
    columns: tuple[str, ...] = field(default=())  # table header cells of a table row

    @property
    def section(self) -> str:
        return " / ".join(self.heading_path)

    def context_text(self) -> str:
        """The text with what a reader sees around it: headings and the table header."""
        parts = list(self.heading_path)
        if self.columns:
            parts.append(" | ".join(self.columns))
        parts.append(self.text)
        return "\n".join(parts)


def _clean(text: str) -> str:
    return MARKUP.sub("", text).strip()


def _cells(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [_clean(c) for c in body.split("|")]


def _blank_out(text: str, pattern: re.Pattern) -> str:
    """Replace matches with as many newlines as they held, so line numbers stay true."""
    return pattern.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def split_requirements(text: str) -> list[Requirement]:
    """Every checkable unit of `text` (Markdown or plain text), in document order."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _, _, body_offset = parse_front_matter(text)
    text = _blank_out("\n" * text[:body_offset].count("\n") + text[body_offset:], HTML_COMMENT)
    lines = text.split("\n")
    out: list[Requirement] = []
    headings: list[tuple[int, str]] = []  # (level, title)
    table_header: tuple[str, ...] | None = None
    open_unit: dict | None = None  # a paragraph or list item that may continue on the next line
    in_code = False
    # Numbered lines are headings only in plain text (PDF/DOCX); in Markdown they are list items.
    markdown = any(MD_HEADING.match(line.strip()) for line in lines)

    def path() -> tuple[str, ...]:
        return tuple(title for _, title in headings)

    def flush() -> None:
        nonlocal open_unit
        text = "".join(open_unit["parts"]) if open_unit else ""
        if text.strip():
            out.append(Requirement(
                id=f"L{open_unit['line']}", kind=open_unit["kind"], text=_clean(text),
                line=open_unit["line"], end_line=open_unit["end"], heading_path=open_unit["path"],
                label=open_unit.get("label", ""),
            ))
        open_unit = None

    def push_heading(level: int, title: str) -> None:
        while headings and headings[-1][0] >= level:
            headings.pop()
        headings.append((level, _clean(title)))

    for number, raw in enumerate(lines, 1):
        line = raw.rstrip()
        stripped = line.strip()
        if stripped.startswith("```"):
            flush()
            in_code = not in_code
            continue
        if not stripped:
            flush()
            table_header = None
            continue
        if in_code:
            continue
        if stripped.startswith(">"):
            stripped = stripped.lstrip("> ").strip()
            if not stripped:
                continue

        heading = MD_HEADING.match(stripped)
        if heading:
            flush()
            table_header = None
            push_heading(len(heading.group(1)), heading.group(2))
            continue

        if stripped.startswith("|") or BARE_TABLE_ROW.match(stripped):
            flush()
            if TABLE_SEPARATOR.match(stripped):
                continue
            cells = _cells(stripped)
            if table_header is None:
                table_header = tuple(cells)
                continue
            label = cells[0] if cells else ""
            out.append(Requirement(
                id=f"L{number}", kind="table_row", text=" | ".join(c for c in cells if c),
                line=number, end_line=number, heading_path=path(), label=label, columns=table_header,
            ))
            continue
        table_header = None

        article = ARTICLE_LINE.match(stripped)
        if article:
            flush()
            open_unit = {"kind": "article", "parts": [stripped], "line": number, "end": number, "path": path(),
                         "label": article.group(1)}
            continue

        if _plain_heading(stripped, line, markdown):
            flush()
            level = 1 + stripped.split()[0].rstrip(".").count(".") if stripped[0].isdigit() else 1
            push_heading(10 + level, stripped)  # below any Markdown heading level
            continue

        item = LIST_ITEM.match(line)
        if item and not (open_unit and open_unit["kind"] == "article" and item.group(3)):
            flush()  # （一）… items inside an article stay part of the article
            open_unit = {"kind": "list_item", "parts": [item.group(4)], "line": number, "end": number, "path": path(),
                         "label": item.group(2) or item.group(3)}
            continue

        kv = None if item else KEY_VALUE.match(stripped)
        if kv and not re.match(r"^https?$", kv.group(1), re.I):
            flush()
            out.append(Requirement(
                id=f"L{number}", kind="key_value", text=_clean(stripped), line=number, end_line=number,
                heading_path=path(), label=_clean(kv.group(1)),
            ))
            continue

        if open_unit is not None:  # a wrapped line continues the open paragraph or list item
            # Parts are joined once, at the end: `text +=` per line made a long paragraph quadratic.
            joiner = "" if _cjk_edge(open_unit["parts"][-1][-1:], stripped[:1]) else " "
            open_unit["parts"] += [joiner, stripped]
            open_unit["end"] = number
            continue
        open_unit = {"kind": "paragraph", "parts": [stripped], "line": number, "end": number, "path": path()}
    flush()
    return out


def _plain_heading(stripped: str, line: str, markdown: bool) -> bool:
    if stripped.startswith("第") and PLAIN_HEADING.match(stripped):
        return True  # 第二章 … / 第一节 …
    if markdown:
        return False
    return bool(PLAIN_HEADING.match(stripped) and not LIST_ITEM.match(line)) or _numbered_heading(stripped)


def _numbered_heading(line: str) -> bool:
    """`1. 背景与目标` in plain text: a short numbered line without sentence punctuation."""
    m = re.match(r"^(\d+(?:\.\d+){0,3})\.?\s+(.+)$", line)
    return bool(m and len(m.group(2)) <= 20 and not re.search(r"[。；;，,：:、]", m.group(2)) and "." in line[:6]
                and not line.rstrip().endswith(("；", ";", "。")))


def _cjk_edge(a: str, b: str) -> bool:
    return bool(re.match(r"[\u3000-\u9fff\uff00-\uffef]", a or "") and re.match(r"[\u3000-\u9fff\uff00-\uffef]", b or ""))


# Clauses: the scope of a negation ----------------------------------------------------------------------

_CLAUSE_SPLIT = re.compile(r"[。；;！？!?\n，]|\s\|\s|(?<=[a-z0-9)\"”])\.(?:\s|$)")


def split_clauses(text: str) -> list[tuple[int, str]]:
    """Sentence pieces of `text` with their offsets: the span a negation like 不提供 / not governs.

    Chinese text is cut at full-width commas too (每个分句各自否定); English only at sentence ends,
    so "the team considers an assessment … not necessary" stays one piece.
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    for m in _CLAUSE_SPLIT.finditer(text):
        if text[start:m.start()].strip():
            pieces.append((start, text[start:m.start()]))
        start = m.end()
    if text[start:].strip():
        pieces.append((start, text[start:]))
    return pieces
