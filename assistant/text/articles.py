"""Article references and labels (pure): 第十三条之一第二款第（三）项, Article 6(1)(a), Art. 17, 第二章.

The patterns every reader of legal text shares: the chunker finds article headers with them, `clauses.py`
finds references in questions and clause texts (and resolves the law), the spec splitter, the law diff and the
follow-up rewriter find article labels. `format_label` writes a label and `label_suffix` reads its suffix back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numerals import ENUM_NUMBER, NUMBER, cn_to_int, int_to_cn

# Chinese --------------------------------------------------------------------------------------------------

# 第十三条 / 第二十条之一 (spaces allowed inside: OCR and PDF text leave them). Groups: article, suffix.
CN_ARTICLE = re.compile(rf"第\s*({NUMBER})\s*条(?:\s*之\s*({NUMBER}))?")
# The label as a law writes it, no spaces (regex source): 第十三条, 第二十条之一.
CN_ARTICLE_LABEL = rf"第{NUMBER}条(?:之{NUMBER})?"
CN_PARAGRAPH = re.compile(rf"\s*第\s*({NUMBER})\s*款")
CN_POINT = re.compile(rf"\s*(?:第\s*)?[（(]\s*({NUMBER})\s*[）)](?:\s*[（(]\s*{NUMBER}\s*[）)])*\s*项|\s*第\s*({NUMBER})\s*项")
# Another article of the same law: 、第四十六条 / 和第五十条 / 四十六条 / 至第十五条. Groups: connector, article, suffix.
CN_NEXT = re.compile(rf"\s*(、|，|,|和|及|以及|与|或者|或|至|到|-|—|~|～)?\s*(?:第\s*)?({NUMBER})\s*条(?:\s*之\s*({NUMBER}))?")
CN_RANGE_WORDS = ("至", "到", "-", "—", "~", "～")
# 第二章 / 第一节 / 第三分编: the divisions above articles. Groups: number, kind.
CN_DIVISION = re.compile(rf"第\s*({NUMBER})\s*(分编|编|章|节)")
# （一） / (三): an item (项) of a paragraph.
CN_ITEM = re.compile(rf"[（(]\s*{ENUM_NUMBER}\s*[)）]")
# where a Chinese clause's case ends and its rule begins (…的，): 违反本法规定…的，由…责令改正
CN_CASE_END = re.compile(r"的[，,]")

# English --------------------------------------------------------------------------------------------------

EN_ART = r"\bArt(?:icle)?s?\s*\.?\s*"
EN_PARTS = r"((?:\s?\(\d+\))?)((?:\s?\(?[a-z]{1,5}\))*)"
# Article 6(1)(a) / Art. 5 (1) c) / Articles 15: groups article, letter (Article 20a), paragraph, points.
EN_ARTICLE = re.compile(EN_ART + r"(\d{1,3})([a-z](?![a-z)]))?" + EN_PARTS, re.IGNORECASE)
# Another article: ", 7 and 9" / "to 22". Groups: connector, article, paragraph, points.
EN_NEXT = re.compile(r"\s*(,|and|or|&|to|-|–)\s*(?:" + EN_ART + r")?(\d{1,3})(?![\d.,]\d)" + EN_PARTS, re.IGNORECASE)
EN_RANGE_WORDS = ("to", "-", "–")
# The reference as a span of text (regex source, compile with re.IGNORECASE): Article 6(1)(a), Art. 13, Articles 12.
EN_ARTICLE_LABEL = EN_ART + r"\d{1,3}(?:[a-z](?![a-z)]))?(?:\s?\(\d+\))?(?:\s?\([a-z]{1,5}\))*"

_LABEL_SUFFIX = re.compile(rf"^\s*第\s*{NUMBER}\s*条\s*之\s*({NUMBER})|^\s*(?:Article|Section)\s+\d+([a-z])\b", re.IGNORECASE)


@dataclass(frozen=True)
class ArticleRef:
    """One article reference without its law: 第二十条之一第二款第（三）项 → article 20, suffix 1, paragraph 2, point "3"."""

    article: int
    suffix: int = 0  # 之一 → 1; Article 20a → 1
    paragraph: int | None = None
    point: str | None = None  # "3" for 第（三）项, "a" for (a)
    end: int = 0  # where the reference ends in the text it was read from


def number(raw: str | None) -> int | None:
    """A Chinese or Arabic number, None when there is none or it does not parse."""
    if not raw:
        return None
    try:
        return cn_to_int(raw)
    except ValueError:
        return None


def cn_parts(text: str, end: int) -> tuple[int | None, str | None, int]:
    """第N款 and 第（N）项 right after an article ending at `end` → (paragraph, point, new end)."""
    paragraph = point = None
    m = CN_PARAGRAPH.match(text, end)
    if m:
        paragraph, end = number(m.group(1)), m.end()
    m = CN_POINT.match(text, end)
    if m:
        value = number(m.group(1) or m.group(2))
        point, end = (str(value) if value else None), m.end()
    return paragraph, point, end


def en_parts(paragraph_raw: str, points_raw: str) -> tuple[int | None, str | None]:
    """The "(1)" and "(a)(i)" of Article 6(1)(a)(i) → (1, "a"): the paragraph and the first point."""
    paragraph = int(re.sub(r"\D", "", paragraph_raw)) if paragraph_raw.strip() else None
    points = re.findall(r"([a-z]{1,5})\)", points_raw, re.IGNORECASE)
    return paragraph, (points[0].lower() if points else None)


def letter_suffix(letter: str) -> int:
    """Article 20a → 1 (the English way of writing 之一)."""
    return ord(letter.lower()) - ord("a") + 1 if letter else 0


def parse_article_ref(text: str, pos: int = 0) -> ArticleRef | None:
    """The article reference that starts at `pos` (after spaces), Chinese or English; None when there is none."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    m = CN_ARTICLE.match(text, pos)
    if m:
        article = number(m.group(1))
        if not article:
            return None
        paragraph, point, end = cn_parts(text, m.end())
        return ArticleRef(article, number(m.group(2)) or 0, paragraph, point, end)
    m = EN_ARTICLE.match(text, pos)
    if m:
        paragraph, point = en_parts(m.group(3), m.group(4))
        return ArticleRef(int(m.group(1)), letter_suffix(m.group(2) or ""), paragraph, point, m.end())
    return None


def format_label(article: int, suffix: int = 0, language: str = "zh", letter: str = "") -> str:
    """13 → 第十三条 / Article 13; suffix 1 → 第二十条之一 / Article 20a."""
    if language == "zh":
        return f"第{int_to_cn(article)}条" + (f"之{int_to_cn(suffix)}" if suffix else "")
    letter = letter or (chr(ord("a") + suffix - 1) if suffix else "")
    return f"Article {article}{letter}"


def label_suffix(label: str) -> int:
    """The suffix of an article label, the inverse of `format_label`: 第二十条之一 → 1, Article 20a → 1, else 0."""
    m = _LABEL_SUFFIX.match(label or "")
    if not m:
        return 0
    if m.group(2):
        return letter_suffix(m.group(2))
    return number(m.group(1)) or 0
