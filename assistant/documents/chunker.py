"""Split a legal text into article-level `Clause`s (pure, no I/O).

The input is the normalised text of a whole file: Markdown, or plain text converted from
PDF/DOCX/HTML where headings may lack `#`. The parser recognises
- Chinese structure: 编/章/节 headings build the chapter path, articles start with 第N条 (之一),
  paragraphs (款) are blank-line separated blocks, items (项) start with （一）;
- English structure: Part/Title/Chapter/Section headings (also as `<!-- Section … -->` comments),
  `Article N – Title`, `Recital N`, paragraphs `1.`, points `(a)`; footnotes stay with their article.

Article numbers must run on by one (or 之一 after N); this expected-next-number is the strongest
signal, so cross-references such as a paragraph starting 第十三条规定的… never open a new article.
Text before the first article becomes one preamble unit; headings after the articles (Annex III,
附件, Closing formula) become units of their own. A document without articles is cut by headings.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from ..catalog import name_key, parse_front_matter
from ..text.articles import CN_ARTICLE, CN_DIVISION, CN_ITEM, format_label
from ..text.numerals import ENUM_NUMBER, cn_to_int
from ..types import Clause, LawInfo

COMMENT = re.compile(r"<!--.*?-->", re.S)
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
BOLD_LEAD = re.compile(r"^\*\*(.+?)\*\*")
# What follows 第N条 when it is a reference, not an article header (第十三条规定的情形…).
CN_REFERENCE_TAIL = re.compile(r"^(?:规定|所称|所列|所述|所指|的|中|、|，|,|；|。|至|到|和|与|或|及|以|第|款|项|之规定)")
CN_DIVISION_LINE = re.compile(CN_DIVISION.pattern + r"(.*)$")
CN_DIVISION_LEVEL = {"编": 0, "分编": 1, "章": 2, "节": 3}
EN_ARTICLE = re.compile(r"^Article\s+(\d{1,3})([a-z])?\s*(?:[–—\-:.]\s*(.*))?$", re.I)
EN_SECTION_ARTICLE = re.compile(r"^Section\s+(\d{1,3})([a-z])?\s*(?:[–—\-:.]\s*(.*))?$", re.I)
EN_RECITAL = re.compile(r"^Recital\s+(\d{1,3})\s*$", re.I)
EN_DIVISION = re.compile(r"^(Part|Title|Chapter|Section)\s+((?-i:[IVXLCDM]+)|\d+)\b(.*)$", re.I)
EN_DIVISION_LEVEL = {"part": 0, "title": 0, "chapter": 2, "section": 3}
EN_PARAGRAPH = re.compile(r"^(\d{1,3})\.\s")
FOOTNOTE = re.compile(r"^\[\^\w+\]:")
ANNEX = re.compile(rf"^(Annex|附件|附录)\s*([IVXLCDM]+\b|\d+|{ENUM_NUMBER})?", re.I)
SENTENCE_END = re.compile(r"(?<=[。；！？;!?])|(?<=[.:]\s)")
CLAUSE_END = re.compile(r"(?<=[，、,：])")
WORD_END = re.compile(r"(?<=\s)")
CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


@dataclass
class _Line:
    start: int
    end: int
    raw: str  # the line of the masked text (comments blanked out)
    content: str  # without heading marks / bold wrapper, stripped
    level: int  # markdown heading level, 0 for body text
    text: str = ""  # the line as it goes into clause text: comments removed, heading marks off


@dataclass
class _Candidate:
    line: int
    number: int
    suffix: int
    strong: bool
    letter: str = ""
    title: str = ""


@dataclass
class _Division:
    line: int
    level: int
    title: str


@dataclass
class _Unit:
    first: int  # line index range [first, last)
    last: int
    label: str
    key: str
    header: str
    chapter: str
    article: int | None = None
    style: str = "plain"  # zh | en | plain: how paragraphs are numbered
    skip: set[int] = field(default_factory=set)  # line indexes that are not part of the unit's text


@dataclass
class _Block:
    start: int
    end: int
    text: str
    paragraph: int = 0  # 0 = the article's header
    heading: bool = False  # a Markdown heading line


def chunk_document(text: str, law: LawInfo, source: str, max_chars: int = 1200) -> list[Clause]:
    """One Clause per article (pieces for long ones), plus preamble / annex / other units."""
    masked = _mask(text, " ")
    lines = _lines(masked, _mask(text, "\0"))
    units = _units(text, lines, law.language)
    clauses: list[Clause] = []
    seen_keys: set[str] = set()
    for unit in units:
        blocks = _blocks(lines, unit)
        if not blocks or not _has_body(blocks, unit, law):
            continue
        key = unit.key
        n = 2
        while key in seen_keys:
            key, n = f"{unit.key}-{n}", n + 1
        seen_keys.add(key)
        pieces = _pack(unit.header, _paragraph_groups(blocks), max_chars, text)
        for index, piece in enumerate(pieces):
            body = "\n\n".join(b.text for b in piece)
            clause_text = body if index == 0 else f"{unit.header}\n\n{body}"
            numbers = sorted({b.paragraph for b in piece if b.paragraph})
            paragraph = "" if len(pieces) == 1 or not numbers else _range(numbers)
            clauses.append(
                Clause(
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
            )
    return clauses


# Lines -----------------------------------------------------------------------


def _mask(text: str, fill: str) -> str:
    """Overwrite HTML comments and a front matter block with `fill`, keeping every offset and newline."""

    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", fill, match.group(0))

    _, _, body_offset = parse_front_matter(text)
    masked = re.sub(r"[^\n]", fill, text[:body_offset]) + text[body_offset:]
    return COMMENT.sub(blank, masked)


def _lines(masked: str, nulled: str) -> list[_Line]:
    """Lines of the masked text; offsets skip a line's leading and trailing white space."""
    lines, pos = [], 0
    for raw in masked.split("\n"):
        end = pos + len(raw)
        content, level = raw.strip(), 0
        m = HEADING.match(content)
        if m:
            level, content = len(m.group(1)), m.group(2).strip()
        clean = nulled[pos:end].replace("\0", "").strip()
        if level:
            clean = HEADING.match(clean).group(2).strip() if HEADING.match(clean) else content
        content = BOLD_LEAD.sub(r"\1", content).strip()
        lead = len(raw) - len(raw.lstrip())
        start, stop = (pos + lead, pos + len(raw.rstrip())) if raw.strip() else (pos, end)
        lines.append(_Line(start, stop, raw, content, level, clean))
        pos = end + 1
    return lines


def _section_comments(text: str, lines: list[_Line]) -> list[_Division]:
    """`<!-- Section 2 – Requirements … -->` on a line of its own: a section heading."""
    found = []
    starts = [ln.start for ln in lines]
    for m in COMMENT.finditer(text):
        inner = " ".join(m.group(0)[4:-3].split())
        if EN_DIVISION.match(inner) and len(inner) <= 200:
            index = _line_at(starts, m.start())
            found.append(_Division(index, EN_DIVISION_LEVEL[inner.split()[0].lower()], inner))
    return found


def _line_at(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


# Structure -------------------------------------------------------------------


def _cn_number(raw: str | None) -> int:
    try:
        return cn_to_int(raw) if raw else 0
    except ValueError:
        return -1


def _article_candidates(lines: list[_Line], sections_are_articles: bool) -> list[_Candidate]:
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
                found.append(_Candidate(i, number, suffix, strong))
            continue
        pattern = EN_SECTION_ARTICLE if sections_are_articles else EN_ARTICLE
        m = pattern.match(c)
        if m and (ln.level > 0 or len(c) <= 200):
            letter = (m.group(2) or "").lower()
            suffix = ord(letter) - ord("a") + 1 if letter else 0
            found.append(_Candidate(i, int(m.group(1)), suffix, True, letter, (m.group(3) or "").strip()))
    return found


def _select_articles(cands: list[_Candidate]) -> list[_Candidate]:
    """Keep the candidates that continue the numbering: N+1, or N之一 after N.

    A weak candidate (第十三条规定… with no space after 条) gives way to a later well-formed one
    with the same number; a jump in numbering is accepted only for well-formed headers when the
    expected number never comes (the source dropped an article, or an extract starts mid-law).
    """
    accepted: list[_Candidate] = []
    for i, c in enumerate(cands):
        rest = cands[i + 1 :]
        if not accepted:
            ok = c.strong or c.number == 1
        else:
            last = accepted[-1]

            def follows(x: _Candidate, last=last) -> bool:
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


def _division(ln: _Line, sections_are_divisions: bool) -> _Division | None:
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
            return _Division(0, CN_DIVISION_LEVEL[m.group(2)], f"{head} {title}".strip())
        return None
    m = EN_DIVISION.match(c)
    if m:
        word = m.group(1).lower()
        if word == "section" and not sections_are_divisions:
            return None
        bare_ok = len(c) <= 150 and not c.rstrip().endswith((".", ";", ","))
        if ln.level > 0 or bare_ok:
            return _Division(0, EN_DIVISION_LEVEL[word], " ".join(c.split()))
    return None


@dataclass
class _Structure:
    """Which lines open what: accepted articles, recitals, divisions (编章节 / Chapter / Section), other headings."""

    articles: dict[int, _Candidate]
    recitals: dict[int, int]
    divisions: dict[int, _Division]
    headings: set[int]
    sections_are_articles: bool
    english: bool  # labels and paragraph style of non-article units


def _structure(text: str, lines: list[_Line], language: str) -> _Structure:
    has_en_articles = any(EN_ARTICLE.match(ln.content) for ln in lines if ln.content)
    has_cn_articles = any(CN_ARTICLE.match(ln.content) for ln in lines if ln.content)
    # An English policy numbered "Section 1, Section 2 …" has no Articles: its sections are the articles.
    sections_are_articles = (
        not has_en_articles and not has_cn_articles
        and any(ln.level > 0 and EN_SECTION_ARTICLE.match(ln.content) for ln in lines)
    )
    articles = {c.line: c for c in _select_articles(_article_candidates(lines, sections_are_articles))}
    recitals = {i: int(m.group(1)) for i, ln in enumerate(lines) if (m := EN_RECITAL.match(ln.content))}
    divisions: dict[int, _Division] = {}
    for i, ln in enumerate(lines):
        if i not in articles and i not in recitals and (d := _division(ln, not sections_are_articles)):
            d.line = i
            divisions[i] = d
    for d in _section_comments(text, lines):
        divisions.setdefault(d.line, d)
    taken = articles.keys() | recitals.keys() | divisions.keys()
    headings = {i for i, ln in enumerate(lines) if ln.level > 0 and i not in taken}
    english = language == "en" or has_en_articles or sections_are_articles or bool(recitals)
    return _Structure(articles, recitals, divisions, headings, sections_are_articles, english)


def _units(text: str, lines: list[_Line], language: str) -> list[_Unit]:
    """Line ranges of the units: preamble, articles / recitals, and units opened by other headings.

    Division headings only update the chapter path, except in a document without articles,
    where they open a unit like any heading.
    """
    st = _structure(text, lines, language)
    structured = bool(st.articles or st.recitals)
    first_body = min([*st.articles, *st.recitals], default=len(lines))
    stack: list[_Division] = []
    units: list[_Unit] = []

    def chapter() -> str:
        return " / ".join(d.title for d in stack)

    def open_unit(i: int) -> _Unit:
        ln = lines[i]
        if i in st.articles:
            c = st.articles[i]
            if CN_ARTICLE.match(ln.content):
                label = format_label(c.number, c.suffix, "zh")
                return _Unit(i, i, label, _article_key(c), label, chapter(), c.number, "zh")
            label = f"{'Section' if st.sections_are_articles else 'Article'} {c.number}{c.letter}"
            title = c.title or _title_line(lines, i)
            header = f"{label} – {title}" if title else label
            return _Unit(i, i, label, _article_key(c), header, chapter(), c.number, "en")
        if i in st.recitals:
            label = f"Recital {st.recitals[i]}"
            return _Unit(i, i, label, f"r{st.recitals[i]}", label, chapter(), None, "plain")
        label = _heading_label(ln.content)
        key = _heading_key(ln.content, len(units) + 1)
        return _Unit(i, i, label, key, ln.content, chapter(), None, "en" if st.english else "zh")

    if structured:  # everything before the first article or recital, less the division headings
        label = "Preamble" if st.english else "序言"
        current = _Unit(0, first_body, label, "pre", label, "", None, "plain")
        for i in range(first_body):
            if i in st.divisions:
                _push(stack, st.divisions[i])
                current.skip.add(i)
        units.append(current)
        current = None
    else:  # text before the first heading
        label = "Full text" if st.english else "全文"
        current = _Unit(0, 0, label, "s0", label, "", None, "plain")
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


def _push(stack: list[_Division], division: _Division) -> None:
    while stack and stack[-1].level >= division.level:
        stack.pop()
    stack.append(division)


def _article_key(c: _Candidate) -> str:
    return f"a{c.number}" + (f"-{c.suffix}" if c.suffix else "")


def _title_line(lines: list[_Line], i: int) -> str:
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


# Blocks and pieces -----------------------------------------------------------


def _blocks(lines: list[_Line], unit: _Unit) -> list[_Block]:
    """Blank-line separated blocks of the unit, with clean text and paragraph numbers."""
    blocks: list[_Block] = []
    current: list[_Line] = []

    def close() -> None:
        if current:
            text = "\n".join(ln.text for ln in current if ln.text)
            blocks.append(_Block(current[0].start, current[-1].end, text, heading=current[0].level > 0))
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


def _number_paragraphs(blocks: list[_Block], unit: _Unit) -> None:
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


def _header_title(unit: _Unit) -> str:
    return unit.header.split(" – ", 1)[1] if " – " in unit.header else ""


def _has_body(blocks: list[_Block], unit: _Unit, law: LawInfo) -> bool:
    """A unit that holds nothing but headings or the document's title (a bare title line in text
    from a PDF) is dropped; articles never are."""
    titles = {name_key(law.title), name_key(law.short_title)}
    return unit.article is not None or any(not b.heading and name_key(b.text) not in titles for b in blocks)


def _paragraph_groups(blocks: list[_Block]) -> list[list[_Block]]:
    """Consecutive blocks of one paragraph; header blocks join the first paragraph."""
    groups: list[list[_Block]] = []
    for b in blocks:
        if groups and (b.paragraph == groups[-1][-1].paragraph or groups[-1][-1].paragraph == 0):
            groups[-1].append(b)
        else:
            groups.append([b])
    return groups


def _pack(header: str, groups: list[list[_Block]], max_chars: int, source: str) -> list[list[_Block]]:
    """Greedy: whole paragraphs while they fit, else single blocks, else sentences of a block."""
    pieces: list[list[_Block]] = []
    current: list[_Block] = []

    def size(blocks: list[_Block]) -> int:
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


def _split_block(block: _Block, limit: int, source: str) -> list[_Block]:
    """A paragraph longer than the limit, cut at sentence ends, else at commas, else at spaces
    (offsets kept when the block's text is the raw text)."""
    if len(block.text) <= limit or limit <= 0:
        return [block]
    raw = source[block.start : block.end] == block.text
    parts: list[_Block] = []
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


def _sub_block(block: _Block, text: str, offset: int, raw: bool) -> _Block:
    stripped = text.strip()
    if raw:
        start = block.start + offset + (len(text) - len(text.lstrip()))
        return _Block(start, start + len(stripped), stripped, block.paragraph)
    return _Block(block.start, block.end, stripped, block.paragraph)


def _range(numbers: list[int]) -> str:
    return str(numbers[0]) if numbers[0] == numbers[-1] else f"{numbers[0]}-{numbers[-1]}"
