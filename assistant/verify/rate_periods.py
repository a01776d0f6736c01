"""A rate whose period a claim changes (pure).

"高风险模型每年至少进行一次重新验证，中风险模型每两年至少进行一次" (policy-model-risk 第二十六条), "权限每半年复核一次"
(policy-data-classification 第二十条): a claim that high-risk models are revalidated "every other year", or the
controls checked 每季度, states another rate. The quantity check leaves the period of a rate aside (period_of_a_rate: 每年
is no duration), so the changed period passed. Each rate is read as times per month; the claim's is compared with the
rate of the part of the article that holds most of its words (the case it speaks of: 高风险 / 中风险), and only when
that part is the unique best. The period words are general usage in both languages (每年 / 每年度 / annually, 每半年 /
semi-annually, 每季度 / quarterly, 每两年 / 隔年 / every other year / biennially, 每月 / monthly …).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..language import is_chinese
from ..lexis.quantities import EN_NUMBER_WORDS
from ..text.numerals import NUMBER, cn_to_int
from .claim_parts import best_part

_MONTHS_ZH = {"年": 12, "年度": 12, "季度": 3, "季": 3, "月": 1}
# 每年 / 每两年 / 每半年 / 每季度 / 每个月 / 隔年 ; the count (一次, 两次) within the same sub-clause, 1 when none is said
_PERIOD_ZH = re.compile(rf"每(?:隔)?(?P<n>半|{NUMBER})?个?(?P<unit>年度|年|季度|季|月)(?!底|末|初|份)|(?P<other>隔年)")
_COUNT_ZH = re.compile(rf"(?P<c>{NUMBER})次")
_WORD = "|".join(sorted(EN_NUMBER_WORDS, key=len, reverse=True))
_MONTHS_EN = {"year": 12, "month": 1, "quarter": 3}
_PERIOD_EN = re.compile(
    rf"\bevery (?P<other>other|second) (?P<ou>year|month|quarter)\b|"
    rf"\bevery (?P<n>\d+|{_WORD}) (?P<nu>year|month|quarter)s\b|"
    rf"\b(?:every|each|per|a|an) (?P<u>year|month|quarter)\b|"
    r"\b(?P<adv>annually|yearly|semi-annually|biannually|biennially|quarterly|monthly|half-yearly)\b", re.I)
_ADVERBS = {"annually": 12, "yearly": 12, "semi-annually": 6, "half-yearly": 6, "biannually": 6, "biennially": 24,
            "quarterly": 3, "monthly": 1}
_COUNT_EN = re.compile(rf"\b(?:(?P<once>once)|(?P<twice>twice)|(?P<n>\d+|{_WORD}) times)\b", re.I)
_PARTS = re.compile(r"[，,；;。.\n]")


def _rate_zh(part: str) -> tuple[int | None, float] | None:
    m = _PERIOD_ZH.search(part)
    if not m:
        return None
    if m.group("other"):
        months = 24.0
    else:
        n = m.group("n")
        months = _MONTHS_ZH[m.group("unit")] * (0.5 if n == "半" else cn_to_int(n) if n else 1)
    count = _COUNT_ZH.search(part, m.end())
    return (cn_to_int(count.group("c")) if count else None), months


def _rate_en(part: str) -> tuple[int | None, float] | None:
    m = _PERIOD_EN.search(part)
    if not m:
        return None
    if m.group("other"):
        months = 2.0 * _MONTHS_EN[m.group("ou").lower()]
    elif m.group("n"):
        n = m.group("n").lower()
        months = (int(n) if n.isdigit() else EN_NUMBER_WORDS[n]) * _MONTHS_EN[m.group("nu").lower()]
    elif m.group("u"):
        months = _MONTHS_EN[m.group("u").lower()]
    else:
        months = _ADVERBS[m.group("adv").lower()]
    count = _COUNT_EN.search(part)
    if not count:
        return None, months
    return (1 if count.group("once") else 2 if count.group("twice") else
            int(count.group("n")) if count.group("n").isdigit() else int(EN_NUMBER_WORDS[count.group("n").lower()])), months


def rate_of(text: str) -> tuple[int | None, float] | None:
    """(how many times, in how many months) of the first rate `text` states: None when it states none; the count None
    when the text names the period only (每年度…开展, "every year")."""
    return _rate_zh(text) if is_chinese(text) else _rate_en(text)


def _without_rate(text: str) -> str:
    """A text's case words: its rate (每年…一次, 至少) left out, so that a part does not win for holding the claim's own
    (changed) rate."""
    return _COUNT_ZH.sub("", _PERIOD_ZH.sub("", text)).replace("至少", "")


def other_rate(claim: str, article: str, bridge: Callable[[str], Sequence[str]] = lambda _: ()) -> str:
    """'' or the article's rate when the claim states another rate for the case of the article's part it restates.
    `bridge` gives Chinese words for an English claim (lexicon.chinese_words) to find that part in a Chinese article."""
    said = rate_of(claim)
    if said is None:
        return ""
    parts = [p for p in _PARTS.split(article) if rate_of(p) is not None]
    if not parts:
        return ""
    if is_chinese(claim) and not is_chinese(article):
        return ""  # a Chinese claim on an English text: its rates are left to the other checks
    at = best_part(claim, parts, bridge, skip=_without_rate)
    if at is None:
        return ""
    part = parts[at]
    theirs = rate_of(part)
    if theirs is None or not _differ(said, theirs):
        return ""
    return part.strip()


def _differ(said: tuple[int | None, float], theirs: tuple[int | None, float]) -> bool:
    """Whether two rates differ: per month when both give a count; a period alone (每年, "every year") read as once in
    it, compared only with a rate of once ("every six months" may restate 每年两次, "every year" says nothing of 两次)."""
    (mine, months), (count, period) = said, theirs
    if mine is not None and count is not None:
        return abs(mine / months - count / period) > 1e-9
    if (mine or 1) != 1 or (count or 1) != 1:
        return False
    return abs(months - period) > 1e-9
