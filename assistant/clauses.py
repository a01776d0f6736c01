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
from assistant.text.articles import (
    CN_ARTICLE, CN_NEXT, CN_RANGE_WORDS, EN_ARTICLE, EN_NEXT, EN_RANGE_WORDS, cn_parts, en_parts, number, parse_article_ref,
)
from assistant.types import ClauseRef

MAX_RANGE = 30  # 第十条至第十五条 is expanded; longer ranges are kept as their two ends

# A law name we do not know, written right before 第N条 (its articles must not be given to another law).
CN_UNKNOWN_LAW = re.compile(r"[\u4e00-\u9fff]{2,30}(?:法|条例|办法|规定|细则|解释|决定|通知|指引|准则|规则)$")
THIS_LAW_CN = re.compile(r"(?:本法|本条例|本办法|本规定|本细则|本解释|本决定|本制度|本规则|本准则|本指引)$")

EN_AFTER = re.compile(r"\s*(?:,\s*)?(?:of\s+|in\s+)?(?:the\s+)?", re.IGNORECASE)
EN_AFTER_UNKNOWN = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?[A-Z]")
THIS_LAW_EN = re.compile(r"\s+(?:of\s+)?this\s+(?:Regulation|Act|Law|Directive|Policy)\b", re.IGNORECASE)


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


def _refs(found: list, mention: Mention, law_text: str) -> list[ClauseRef]:
    """(article, suffix, paragraph, point, span) of one law's references → ClauseRefs (article 0 / None dropped)."""
    return [
        ClauseRef(law_mention=law_text, doc_ids=list(mention.doc_ids), article=art, article_suffix=suf,
                  paragraph=para, point=pt, span=(span[0], span[1]))
        for art, suf, para, pt, span in found if art
    ]


# Chinese ---------------------------------------------------------------------


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
        ref = parse_article_ref(text, m.start())
        article, end = (ref.article, ref.end) if ref else (None, m.end())
        found = [(article, ref.suffix, ref.paragraph, ref.point, (chain_start, end))] if ref else []
        while True:  # the same law's further articles
            n = CN_NEXT.match(text, end)
            if not n:
                break
            nxt, nsuffix = number(n.group(2)), number(n.group(3)) or 0
            nparagraph, npoint, nend = cn_parts(text, n.end())
            start = n.start() + len(n.group(0)) - len(n.group(0).lstrip(" \t、，,和及以与或者至到-—~～"))
            if n.group(1) in CN_RANGE_WORDS and article and nxt and 0 < nxt - article <= MAX_RANGE:
                found += [(a, 0, None, None, (start, nend)) for a in range(article + 1, nxt)]
            found.append((nxt, nsuffix, nparagraph, npoint, (start, nend)))
            article, end = nxt, nend
        pos = end
        if not keep:
            continue
        refs += _refs(found, mention, mention.text if mention is not default else (this_word or default.text))


# English ---------------------------------------------------------------------


def _english_refs(text: str, catalog: Catalog, default: Mention | None, include_unknown: bool) -> list[ClauseRef]:
    refs: list[ClauseRef] = []
    pos = 0
    while True:
        m = EN_ARTICLE.search(text, pos)
        if not m:
            return refs
        ref = parse_article_ref(text, m.start())
        found = [(ref.article, ref.suffix, ref.paragraph, ref.point, [m.start(), ref.end])]
        end = ref.end
        while True:
            n = EN_NEXT.match(text, end)
            if not n:
                break
            nparagraph, npoint = en_parts(n.group(3), n.group(4))
            first = found[-1][0]
            if n.group(1).lower() in EN_RANGE_WORDS and 0 < int(n.group(2)) - first <= MAX_RANGE:
                found += [(a, 0, None, None, [n.start(2), n.end()]) for a in range(first + 1, int(n.group(2)))]
            found.append((int(n.group(2)), 0, nparagraph, npoint, [n.start(2), n.end()]))
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
        refs += _refs(found, mention, mention.text)
