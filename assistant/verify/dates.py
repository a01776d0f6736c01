"""Calendar dates a claim states that the cited article states otherwise (pure).

quantities.py compares periods and amounts and skips dates ("2021年11月1日" is no duration). A drafting model that gets an
entry-into-force or a deadline wrong writes another date: "PIPL took effect on 1 September 2021" against 本法自2021年11月1日起
施行 (个人信息保护法第七十四条), "by 25 May 2020" against "by 25 May 2018" (GDPR Art. 84(2)). A claim is contradicted when it
states a full date (day, month and year; or month and year) and the article states dates too, none of them the claim's.
A claim that also states one of the article's dates is left alone (its other date may be another law's).
"""

from __future__ import annotations

import re

from ..text.numerals import DIGITS, NUMBER, cn_to_int

_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], start=1)}
_MONTH_EN = "|".join(_MONTHS)
# 2021年11月1日, 二〇二一年十一月一日, 2021年11月 (a month of a year)
_DATE_ZH = re.compile(rf"({NUMBER})\s?年\s?({NUMBER})\s?月(?:\s?({NUMBER})\s?[日号])?")
# 25 May 2018, May 25, 2018, May 2018
_DAY_MONTH_YEAR_EN = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_EN})\s*,?\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR_EN = re.compile(rf"\b({_MONTH_EN})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(\d{{4}})\b", re.I)
_MONTH_YEAR_EN = re.compile(rf"\b({_MONTH_EN})\s+(\d{{4}})\b", re.I)


def _year(text: str) -> int:
    """A year written digit by digit (2021, 二〇二一); 0 when it is no four-digit year."""
    digits = "".join(str(DIGITS[c]) if c in DIGITS else c for c in text)
    return int(digits) if digits.isdigit() and len(digits) == 4 else 0


def dates_in(text: str) -> set[tuple[int, int, int]]:
    """(year, month, day) of each date the text states; day 0 for a month of a year."""
    found: set[tuple[int, int, int]] = set()
    taken: list[tuple[int, int]] = []
    try:
        for m in _DATE_ZH.finditer(text):
            year = _year(m.group(1)[-4:])
            if year:
                found.add((year, cn_to_int(m.group(2)), cn_to_int(m.group(3)) if m.group(3) else 0))
    except ValueError:
        pass
    for m in _DAY_MONTH_YEAR_EN.finditer(text):
        found.add((int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1))))
        taken.append(m.span())
    for m in _MONTH_DAY_YEAR_EN.finditer(text):
        found.add((int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2))))
        taken.append(m.span())
    for m in _MONTH_YEAR_EN.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            found.add((int(m.group(2)), _MONTHS[m.group(1).lower()], 0))
    return {d for d in found if 1 <= d[1] <= 12 and 0 <= d[2] <= 31}


def _agree(claimed: tuple[int, int, int], stated: tuple[int, int, int]) -> bool:
    """The same date, a month of a year agreeing with any day of it."""
    return claimed[:2] == stated[:2] and (not claimed[2] or not stated[2] or claimed[2] == stated[2])


def other_date(claim: str, article: str) -> str:
    """The article's dates (as text) when the claim states dates and none of them is one of the article's; else ""."""
    claimed, stated = dates_in(claim), dates_in(article)
    if not claimed or not stated or any(_agree(c, s) for c in claimed for s in stated):
        return ""
    return "、".join(f"{y}-{m:02d}" + (f"-{d:02d}" if d else "") for y, m, d in sorted(stated))
