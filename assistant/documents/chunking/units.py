"""The units a document is cut into (pure): line ranges with a label, a key for the chunk id, the header that
starts each piece, and the chapter path.

Text before the first article becomes one preamble unit; headings after the articles (Annex III, 附件,
Closing formula) become units of their own. A document without articles is cut by headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...text.articles import CN_ARTICLE, format_label
from ...text.numerals import ENUM_NUMBER, cn_to_int
from .lines import Line
from .structure import Candidate, Division, find_structure

ANNEX = re.compile(rf"^(Annex|附件|附录)\s*([IVXLCDM]+\b|\d+|{ENUM_NUMBER})?", re.I)


@dataclass
class Unit:
    first: int  # line index range [first, last)
    last: int
    label: str
    key: str
    header: str
    chapter: str
    article: int | None = None
    style: str = "plain"  # zh | en | plain: how paragraphs are numbered
    skip: set[int] = field(default_factory=set)  # line indexes that are not part of the unit's text


def find_units(text: str, lines: list[Line], language: str) -> list[Unit]:
    """Line ranges of the units: preamble, articles / recitals, and units opened by other headings.

    Division headings only update the chapter path, except in a document without articles,
    where they open a unit like any heading.
    """
    st = find_structure(text, lines, language)
    structured = bool(st.articles or st.recitals)
    first_body = min([*st.articles, *st.recitals], default=len(lines))
    stack: list[Division] = []
    units: list[Unit] = []

    def chapter() -> str:
        return " / ".join(d.title for d in stack)

    def open_unit(i: int) -> Unit:
        ln = lines[i]
        if i in st.articles:
            c = st.articles[i]
            if CN_ARTICLE.match(ln.content):
                label = format_label(c.number, c.suffix, "zh")
                return Unit(i, i, label, _article_key(c), label, chapter(), c.number, "zh")
            label = f"{'Section' if st.sections_are_articles else 'Article'} {c.number}{c.letter}"
            title = c.title or _title_line(lines, i)
            header = f"{label} – {title}" if title else label
            return Unit(i, i, label, _article_key(c), header, chapter(), c.number, "en")
        if i in st.recitals:
            label = f"Recital {st.recitals[i]}"
            return Unit(i, i, label, f"r{st.recitals[i]}", label, chapter(), None, "plain")
        label = _heading_label(ln.content)
        key = _heading_key(ln.content, len(units) + 1)
        return Unit(i, i, label, key, ln.content, chapter(), None, "en" if st.english else "zh")

    if structured:  # everything before the first article or recital, less the division headings
        label = "Preamble" if st.english else "序言"
        current = Unit(0, first_body, label, "pre", label, "", None, "plain")
        for i in range(first_body):
            if i in st.divisions:
                _push(stack, st.divisions[i])
                current.skip.add(i)
        units.append(current)
        current = None
    else:  # text before the first heading
        label = "Full text" if st.english else "全文"
        current = Unit(0, 0, label, "s0", label, "", None, "plain")
        units.append(current)

    for i in range(first_body if structured else 0, len(lines)):
        opens = i in st.articles or i in st.recitals or i in st.headings or (i in st.divisions and not structured)
        if i in st.divisions:
            _push(stack, st.divisions[i])
        elif i in st.headings and structured and lines[i].level <= 2:
            stack.clear()  # an annex or closing part stands outside the chapters
        if i in st.divisions or opens:
            if current:
                current.last = i
            current = open_unit(i) if opens else None
            if current:
                units.append(current)
    if current:
        current.last = len(lines)
    return units


def _push(stack: list[Division], division: Division) -> None:
    while stack and stack[-1].level >= division.level:
        stack.pop()
    stack.append(division)


def _article_key(c: Candidate) -> str:
    return f"a{c.number}" + (f"-{c.suffix}" if c.suffix else "")


def _title_line(lines: list[Line], i: int) -> str:
    """`Article 6` alone on a line (text from PDF): the next short line is its title."""
    for ln in lines[i + 1 : i + 4]:
        c = ln.content
        if not c:
            continue
        if len(c) <= 120 and not c.endswith((".", ":", ";", ",")) and not re.match(r"^[\d(（]", c):
            return c
        return ""
    return ""


def _heading_label(content: str) -> str:
    m = ANNEX.match(content)
    if m and m.group(2):
        return content[: m.end()].strip()
    return content[:80]


def _heading_key(content: str, n: int) -> str:
    m = ANNEX.match(content)
    if m and m.group(2):
        number = m.group(2)
        if re.fullmatch(ENUM_NUMBER, number):
            number = str(cn_to_int(number))
        return f"annex-{number.lower()}"
    slug = re.sub(r"[^a-z0-9]+", "-", content.lower()).strip("-")[:40].strip("-")
    return slug if slug and re.search(r"[a-z]", slug) else f"h{n}"
