"""Periods a claim names with a word instead of a figure, written as the figure (pure).

A claim may restate 七日 as "a fortnight", 五年 as "half a decade", 三个月 as "a quarter" or 一个季度: ordinary words for a
period that extract_quantities does not read (it reads a number and a unit), so a changed period written so passes the
quantity check. These are the fixed lengths of general English and Chinese usage (fortnight: two weeks; decade: ten
years; a quarter of a year, 季度: three months). Only the claim is rewritten, for the verifier's comparison: the retrieval
and gate readers of quantities are left as they are.
"""

from __future__ import annotations

import re

from ..lexis.quantities import EN_NUMBER_WORDS
from ..text.numerals import NUMBER, cn_to_int

# (pattern, the figure it stands for); "quarter" only as a period ("within a quarter", "a quarter of a year"), never a
# fraction of something ("a quarter of the members")
_PERIODS = (
    (re.compile(r"\bhalf an? decade\b", re.I), "five years"),
    (re.compile(r"\b(?:a|one) decade\b", re.I), "ten years"),
    (re.compile(r"\btwo decades\b", re.I), "twenty years"),
    (re.compile(r"\b(?:a|one) fortnight\b", re.I), "two weeks"),
    (re.compile(r"\b(?:a|one) quarter of a year\b", re.I), "three months"),
    (re.compile(r"\b(within|for|after|in) (?:a|one) (?:calendar )?quarter\b(?!\s+of\b)", re.I), r"\1 three months"),
    (re.compile(r"(?:一个|一)季度(?=内|以内|之内|后|以后|之后|前|以前)"), "三个月"),
)


# a year and a half (一年半, 两年半, "one and a half years", "a year and a half"): the extractor reads the whole years only,
# so "一年半" would pass against 一年; written in months (12 a year, general usage). 礼拜 is the everyday word for 周 (week).
# (not a calendar year, 2024年半年度报告: at most two digits, and no 年 / 度 / 报 after 半)
_DIGIT = NUMBER.removesuffix("+")  # one numeral character
_YEARS_AND_A_HALF_ZH = re.compile(rf"(?<!{_DIGIT})({_DIGIT}{{1,2}})(?:个)?年半(?![年度报])")
_WORD = "|".join(sorted(EN_NUMBER_WORDS, key=len, reverse=True))
_YEARS_AND_A_HALF_EN = re.compile(rf"\b(\d+|{_WORD}) and a half years?\b|\b(a|one) year and a half\b", re.I)
_WEEK_ZH = re.compile(rf"({NUMBER})个?礼拜")


def _en_number(word: str) -> int:
    word = word.lower()
    return 1 if word in ("a", "one") else int(word) if word.isdigit() else int(EN_NUMBER_WORDS[word])


def periods_in_figures(text: str) -> str:
    """`text` with each period named by a word written as its figure ("a fortnight" → "two weeks")."""
    for pattern, figure in _PERIODS:
        text = pattern.sub(figure, text)
    text = _YEARS_AND_A_HALF_ZH.sub(lambda m: f"{cn_to_int(m.group(1)) * 12 + 6}个月", text)
    text = _YEARS_AND_A_HALF_EN.sub(lambda m: f"{_en_number(m.group(1) or m.group(2)) * 12 + 6} months", text)
    return _WEEK_ZH.sub(lambda m: f"{m.group(1)}周", text)
