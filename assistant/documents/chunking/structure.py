"""What each line of a document opens (pure): an article (第N条 / Article N), a recital, a division that builds the
chapter path (编/分编/章/节, Part/Title/Chapter/Section, also as `<!-- Section … -->` comments) or another heading.
An English policy numbered "Section 1, Section 2 …" without Articles has its sections for articles.

Article numbers must run on by one (or 之一 after N); this expected-next-number is the strongest
signal, so cross-references such as a paragraph starting 第十三条规定的… never open a new article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ...text.articles import CN_ARTICLE, CN_DIVISION, letter_suffix
from ...text.numerals import cn_to_int
from .lines import COMMENT, Line

# What follows 第N条 when it is a reference, not an article header (第十三条规定的情形…).
CN_REFERENCE_TAIL = re.compile(r"^(?:规定|所称|所列|所述|所指|的|中|、|，|,|；|。|至|到|和|与|或|及|以|第|款|项|之规定)")
CN_DIVISION_LINE = re.compile(CN_DIVISION.pattern + r"(.*)$")
CN_DIVISION_LEVEL = {"编": 0, "分编": 1, "章": 2, "节": 3}
EN_ARTICLE = re.compile(r"^Article\s+(\d{1,3})([a-z])?\s*(?:[–—\-:.]\s*(.*))?$", re.I)
EN_SECTION_ARTICLE = re.compile(r"^Section\s+(\d{1,3})([a-z])?\s*(?:[–—\-:.]\s*(.*))?$", re.I)
EN_RECITAL = re.compile(r"^Recital\s+(\d{1,3})\s*$", re.I)
EN_DIVISION = re.compile(r"^(Part|Title|Chapter|Section)\s+((?-i:[IVXLCDM]+)|\d+)\b(.*)$", re.I)
EN_DIVISION_LEVEL = {"part": 0, "title": 0, "chapter": 2, "section": 3}
CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


@dataclass
class Candidate:
    """A line that may open an article; `strong` when it is well-formed as a header (not 第十三条规定…)."""

    line: int
    number: int
    suffix: int
    strong: bool
    letter: str = ""
    title: str = ""


@dataclass
class Division:
    line: int
    level: int
    title: str


@dataclass
class Structure:
    """Which lines open what: accepted articles, recitals, divisions (编章节 / Chapter / Section), other headings."""

    articles: dict[int, Candidate]
    recitals: dict[int, int]
    divisions: dict[int, Division]
    headings: set[int]
    sections_are_articles: bool
    english: bool  # labels and paragraph style of non-article units


def find_structure(text: str, lines: list[Line], language: str) -> Structure:
    has_en_articles = any(EN_ARTICLE.match(ln.content) for ln in lines if ln.content)
    has_cn_articles = any(CN_ARTICLE.match(ln.content) for ln in lines if ln.content)
    # An English policy numbered "Section 1, Section 2 …" has no Articles: its sections are the articles.
    sections_are_articles = (
        not has_en_articles and not has_cn_articles
        and any(ln.level > 0 and EN_SECTION_ARTICLE.match(ln.content) for ln in lines)
    )
    articles = {c.line: c for c in _select_articles(_article_candidates(lines, sections_are_articles))}
    recitals = {i: int(m.group(1)) for i, ln in enumerate(lines) if (m := EN_RECITAL.match(ln.content))}
    divisions: dict[int, Division] = {}
    for i, ln in enumerate(lines):
        if i not in articles and i not in recitals and (d := _division(ln, not sections_are_articles)):
            d.line = i
            divisions[i] = d
    for d in _section_comments(text, lines):
        divisions.setdefault(d.line, d)
    taken = articles.keys() | recitals.keys() | divisions.keys()
    headings = {i for i, ln in enumerate(lines) if ln.level > 0 and i not in taken}
    english = language == "en" or has_en_articles or sections_are_articles or bool(recitals)
    return Structure(articles, recitals, divisions, headings, sections_are_articles, english)


def _cn_number(raw: str | None) -> int:
    try:
        return cn_to_int(raw) if raw else 0
    except ValueError:
        return -1


def _article_candidates(lines: list[Line], sections_are_articles: bool) -> list[Candidate]:
    found = []
    for i, ln in enumerate(lines):
        c = ln.content
        if not c:
            continue
        m = CN_ARTICLE.match(c)
        if m:
            number, suffix = _cn_number(m.group(1)), _cn_number(m.group(2))
            tail = c[m.end():]
            strong = ln.level > 0 or not tail or tail[0] in " \t\u3000" or ln.raw.lstrip().startswith("**")
            if number > 0 and suffix >= 0 and (strong or not CN_REFERENCE_TAIL.match(tail)):
                found.append(Candidate(i, number, suffix, strong))
            continue
        pattern = EN_SECTION_ARTICLE if sections_are_articles else EN_ARTICLE
        m = pattern.match(c)
        if m and (ln.level > 0 or len(c) <= 200):
            letter = (m.group(2) or "").lower()
            found.append(Candidate(i, int(m.group(1)), letter_suffix(letter), True, letter, (m.group(3) or "").strip()))
    return found


def _select_articles(cands: list[Candidate]) -> list[Candidate]:
    """Keep the candidates that continue the numbering: N+1, or N之一 after N.

    A weak candidate (第十三条规定… with no space after 条) gives way to a later well-formed one
    with the same number; a jump in numbering is accepted only for well-formed headers when the
    expected number never comes (the source dropped an article, or an extract starts mid-law).
    """
    accepted: list[Candidate] = []
    for i, c in enumerate(cands):
        rest = cands[i + 1 :]
        if not accepted:
            ok = c.strong or c.number == 1
        else:
            last = accepted[-1]

            def follows(x: Candidate, last=last) -> bool:
                return (x.suffix == 0 and x.number == last.number + 1) or (
                    x.number == last.number and x.suffix == last.suffix + 1
                )

            if follows(c):
                ok = c.strong or not any(x.strong and (x.number, x.suffix) == (c.number, c.suffix) for x in rest)
            else:
                ok = c.strong and c.number > last.number + 1 and not any(x.strong and follows(x) for x in rest)
        if ok:
            accepted.append(c)
    return accepted


def _division(ln: Line, sections_are_divisions: bool) -> Division | None:
    c = ln.content
    if not c:
        return None
    m = CN_DIVISION_LINE.match(c)
    if m:
        rest = m.group(3)
        bare_ok = len(c) <= 40 and not re.search(r"[。；，：:;,]", c) and not CN_REFERENCE_TAIL.match(rest.strip() or "x")
        if ln.level > 0 or bare_ok:
            head = c[: m.start(3)].replace(" ", "").replace("\u3000", "")
            title = CJK_GAP.sub("", rest.strip())
            return Division(0, CN_DIVISION_LEVEL[m.group(2)], f"{head} {title}".strip())
        return None
    m = EN_DIVISION.match(c)
    if m:
        word = m.group(1).lower()
        if word == "section" and not sections_are_divisions:
            return None
        bare_ok = len(c) <= 150 and not c.rstrip().endswith((".", ";", ","))
        if ln.level > 0 or bare_ok:
            return Division(0, EN_DIVISION_LEVEL[word], " ".join(c.split()))
    return None


def _section_comments(text: str, lines: list[Line]) -> list[Division]:
    """`<!-- Section 2 – Requirements … -->` on a line of its own: a section heading."""
    found = []
    starts = [ln.start for ln in lines]  # rising strictly
    for m in COMMENT.finditer(text):
        inner = " ".join(m.group(0)[4:-3].split())
        if EN_DIVISION.match(inner) and len(inner) <= 200:
            index = max(bisect_right(starts, m.start()) - 1, 0)  # the line the comment starts on
            found.append(Division(index, EN_DIVISION_LEVEL[inner.split()[0].lower()], inner))
    return found
