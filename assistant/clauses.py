"""Clause references in free text (pure).

Finds 个保法第13条, 《个人信息保护法》第十三条第一款第（一）项, 商业银行法第二十一条、第四十六条,
GDPR Article 6(1)(a), Art. 5 (1) c) GDPR, Article 6 of the GDPR, PIPL Art. 13 … and resolves the law
through the catalog. A reference without a law name (本法第十三条, Article 6) is kept only when the
caller says which law the text is about (`default_law`), so cross-references inside a law text and
bare numbers in questions never point at the wrong law.
"""

from __future__ import annotations

import re

from assistant.catalog import Catalog, Mention
from assistant.numerals import CN_NUMERAL_CHARS, cn_to_int, int_to_cn
from assistant.types import ClauseRef

NUM = f"[{CN_NUMERAL_CHARS}0-9０-９]+"
MAX_RANGE = 30  # 第十条至第十五条 is expanded; longer ranges are kept as their two ends

CN_ARTICLE = re.compile(rf"第\s*({NUM})\s*条(?:\s*之\s*({NUM}))?")
CN_PARAGRAPH = re.compile(rf"\s*第\s*({NUM})\s*款")
CN_POINT = re.compile(rf"\s*(?:第\s*)?[（(]\s*({NUM})\s*[）)](?:\s*[（(]\s*{NUM}\s*[）)])*\s*项|\s*第\s*({NUM})\s*项")
# Another article of the same law: 、第四十六条 / 和第五十条 / 四十六条 / 至第十五条
CN_NEXT = re.compile(rf"\s*(、|，|,|和|及|以及|与|或者|或|至|到|-|—|~|～)?\s*(?:第\s*)?({NUM})\s*条(?:\s*之\s*({NUM}))?")
# A law name we do not know, written right before 第N条 (its articles must not be given to another law).
CN_UNKNOWN_LAW = re.compile(r"[\u4e00-\u9fff]{2,30}(?:法|条例|办法|规定|细则|解释|决定|通知|指引|准则|规则)$")
THIS_LAW_CN = re.compile(r"(?:本法|本条例|本办法|本规定|本细则|本解释|本决定|本制度|本规则|本准则|本指引)$")

EN_ART = r"\bArt(?:icle)?s?\s*\.?\s*"
EN_PARTS = r"((?:\s?\(\d+\))?)((?:\s?\(?[a-z]{1,5}\))*)"
EN_ARTICLE = re.compile(EN_ART + r"(\d{1,3})([a-z](?![a-z)]))?" + EN_PARTS, re.IGNORECASE)
EN_NEXT = re.compile(r"\s*(,|and|or|&|to|-|–)\s*(?:" + EN_ART + r")?(\d{1,3})(?![\d.,]\d)" + EN_PARTS, re.IGNORECASE)
EN_AFTER = re.compile(r"\s*(?:,\s*)?(?:of\s+|in\s+)?(?:the\s+)?", re.IGNORECASE)
EN_AFTER_UNKNOWN = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?[A-Z]")
THIS_LAW_EN = re.compile(r"\s+(?:of\s+)?this\s+(?:Regulation|Act|Law|Directive|Policy)\b", re.IGNORECASE)


def format_label(article: int, suffix: int = 0, language: str = "zh", letter: str = "") -> str:
    """13 → 第十三条 / Article 13; suffix 1 → 第二十条之一 / Article 20a."""
    if language == "zh":
        return f"第{int_to_cn(article)}条" + (f"之{int_to_cn(suffix)}" if suffix else "")
    letter = letter or (chr(ord("a") + suffix - 1) if suffix else "")
    return f"Article {article}{letter}"


def find_clause_refs(
    text: str, catalog: Catalog, default_law: str | None = None, include_unknown: bool = False
) -> list[ClauseRef]:
    """Clause references in `text`, in order of appearance.

    doc_ids hold every catalog version of the law (retrieval picks the version by date).
    `default_law` (a name or doc id) is the law that 本法第X条 / bare 第X条 / Article X refer to.
    With `include_unknown`, references to a law the catalog does not know (《个人贷款管理暂行办法》第十三条)
    are returned with empty doc_ids, so a caller can say the law is not covered.
    """
    default = None
    if default_law:
        ids = catalog.doc_ids_for(default_law) or ([default_law] if catalog.by_doc_id(default_law) else [])
        default = Mention(0, 0, default_law, ids) if ids else None
    refs = _chinese_refs(text, catalog, default, include_unknown) + _english_refs(text, catalog, default, include_unknown)
    return sorted(refs, key=lambda r: r.span)


# Chinese ---------------------------------------------------------------------


def _number(raw: str | None) -> int | None:
    if not raw:
        return None
    try:
        return cn_to_int(raw)
    except ValueError:
        return None


def _law_before_cn(text: str, pos: int, catalog: Catalog) -> tuple[Mention | None, bool, str]:
    """The law named right before position `pos` → (mention, unknown_law_named, this_law_word)."""
    p = pos
    while p > 0 and (text[p - 1].isspace() or text[p - 1] == "的"):
        p -= 1
    if p > 0 and text[p - 1] in "》>〉":
        open_at = max(text.rfind("《", 0, p - 1), text.rfind("<", 0, p - 1), text.rfind("〈", 0, p - 1))
        if open_at >= 0 and p - open_at <= 80:
            inner = text[open_at + 1 : p - 1]
            ids = catalog.doc_ids_for(inner)
            return Mention(open_at, p, inner, ids), not ids, ""
    # 个人信息保护法（PIPL）第十三条: look past a short parenthesis
    if p > 0 and text[p - 1] in "）)":
        open_at = max(text.rfind("（", 0, p - 1), text.rfind("(", 0, p - 1))
        if open_at >= 0 and p - open_at <= 20:
            before = catalog.mention_ending_at(text, open_at)
            if before:
                return before, False, ""
    mention = catalog.mention_ending_at(text, p)
    if mention:
        return mention, False, ""
    head = text[max(0, p - 30) : p]
    this = THIS_LAW_CN.search(head)
    if this:
        return None, False, this.group(0)
    return None, bool(CN_UNKNOWN_LAW.search(head)), ""


def _cn_parts(text: str, end: int) -> tuple[int | None, str | None, int]:
    """第N款 and 第（N）项 after an article → (paragraph, point, end)."""
    paragraph = point = None
    m = CN_PARAGRAPH.match(text, end)
    if m:
        paragraph, end = _number(m.group(1)), m.end()
    m = CN_POINT.match(text, end)
    if m:
        value = _number(m.group(1) or m.group(2))
        point, end = (str(value) if value else None), m.end()
    return paragraph, point, end


def _chinese_refs(text: str, catalog: Catalog, default: Mention | None, include_unknown: bool) -> list[ClauseRef]:
    refs: list[ClauseRef] = []
    pos = 0
    while True:
        m = CN_ARTICLE.search(text, pos)
        if not m:
            return refs
        mention, unknown, this_word = _law_before_cn(text, m.start(), catalog)
        if mention is None and not unknown:
            mention = default  # 本法第X条 / a bare 第X条: only with a default law
        keep = mention is not None and (bool(mention.doc_ids) or include_unknown)
        chain_start = mention.start if (mention and mention is not default) else m.start()
        article, suffix = _number(m.group(1)), _number(m.group(2)) or 0
        paragraph, point, end = _cn_parts(text, m.end())
        found = [(article, suffix, paragraph, point, (chain_start, end))]
        while True:  # the same law's further articles
            n = CN_NEXT.match(text, end)
            if not n:
                break
            nxt, nsuffix = _number(n.group(2)), _number(n.group(3)) or 0
            nparagraph, npoint, nend = _cn_parts(text, n.end())
            start = n.start() + len(n.group(0)) - len(n.group(0).lstrip(" \t、，,和及以与或者至到-—~～"))
            if n.group(1) in ("至", "到", "-", "—", "~", "～") and article and nxt and 0 < nxt - article <= MAX_RANGE:
                found += [(a, 0, None, None, (start, nend)) for a in range(article + 1, nxt)]
            found.append((nxt, nsuffix, nparagraph, npoint, (start, nend)))
            article, end = nxt, nend
        pos = end
        if not keep:
            continue
        law_text = mention.text if mention is not default else (this_word or default.text)
        for art, suf, para, pt, span in found:
            if art:
                refs.append(
                    ClauseRef(
                        law_mention=law_text, doc_ids=list(mention.doc_ids), article=art, article_suffix=suf,
                        paragraph=para, point=pt, span=span,
                    )
                )


# English ---------------------------------------------------------------------


def _en_parts(paragraph_raw: str, points_raw: str) -> tuple[int | None, str | None]:
    paragraph = int(re.sub(r"\D", "", paragraph_raw)) if paragraph_raw.strip() else None
    points = re.findall(r"([a-z]{1,5})\)", points_raw, re.IGNORECASE)
    return paragraph, (points[0].lower() if points else None)


def _english_refs(text: str, catalog: Catalog, default: Mention | None, include_unknown: bool) -> list[ClauseRef]:
    refs: list[ClauseRef] = []
    pos = 0
    while True:
        m = EN_ARTICLE.search(text, pos)
        if not m:
            return refs
        letter = (m.group(2) or "").lower()
        paragraph, point = _en_parts(m.group(3), m.group(4))
        found = [(int(m.group(1)), letter, paragraph, point, [m.start(), m.end()])]
        end = m.end()
        while True:
            n = EN_NEXT.match(text, end)
            if not n:
                break
            nparagraph, npoint = _en_parts(n.group(3), n.group(4))
            first = found[-1][0]
            if n.group(1).lower() in ("to", "-", "–") and 0 < int(n.group(2)) - first <= MAX_RANGE:
                found += [(a, "", None, None, [n.start(2), n.end()]) for a in range(first + 1, int(n.group(2)))]
            found.append((int(n.group(2)), "", nparagraph, npoint, [n.start(2), n.end()]))
            end = n.end()
        pos = end

        mention, unknown = None, False
        after = EN_AFTER.match(text, end)
        mention = catalog.mention_starting_at(text, after.end())
        if mention:
            found[-1][4][1] = mention.end
        elif THIS_LAW_EN.match(text, end):
            mention = default
        elif EN_AFTER_UNKNOWN.match(text, end):
            unknown = True  # Article 8 of the Charter
        if mention is None and not unknown:
            p = m.start()
            while p > 0 and text[p - 1] in " \t,:":
                p -= 1
            if text[max(0, p - 2) : p] in ("'s", "’s"):  # GDPR's Article 6
                p -= 2
            before = catalog.mention_ending_at(text, p)
            if before:
                mention = before
                found[0][4][0] = before.start
            else:
                mention = default
        if mention is None or not (mention.doc_ids or include_unknown):
            continue
        law_text = mention.text
        for art, letter, para, pt, span in found:
            if art:
                refs.append(
                    ClauseRef(
                        law_mention=law_text, doc_ids=list(mention.doc_ids), article=art,
                        article_suffix=(ord(letter) - ord("a") + 1) if letter else 0,
                        paragraph=para, point=pt, span=(span[0], span[1]),
                    )
                )
