"""A number the clause fixes, left open by the claim (pure).

商业银行法第四十八条 lets an enterprise open 一个 basic account at 一家 bank and bans 两个以上基本账户; a claim that it may
open "几个都可以" (as many as it likes) has no figure for the quantity check, and its everyday permission after the act
(都可以, 随便) governs no modal verb the other checks read. The open count is general Chinese and English usage (几个 /
多少个 … 都可以 / 随便; "any number of", "as many … as it likes"); the bound is a numeral and a measure word before the same
noun in the clause (numerals from assistant/text). A count the clause leaves open itself (若干, 多个, "one or more") is
not a bound.
"""

from __future__ import annotations

import re

from ..language import is_chinese
from ..lexis.quantities import EN_NUMBER_WORDS
from ..text.numerals import NUMBER, cn_to_int
from .modality import MODAL_EN_RE, normalised

# the claim's count left open, then the noun counted (几个基本账户, 多少家银行)
_OPEN_ZH = re.compile(r"(?:几|多少)(个|家|名|项|次|份|张|户)((?:(?!几|多少)[\u4e00-\u9fff]){0,12}?)(?=都|也|均|随便|几|多少|[，,。；;]|$)")
# the claim lets the party choose it (general usage: 都可以, 都行, 随便, 均可, 不限)
_CHOICE_ZH = re.compile(r"都(?:可以|行|没事|没关系|无所谓)|随便|随意|均可|不限|没有?(?:数量)?限制")
# the clause's bound: a numeral and the same measure word (一个 / 两个以上 / 一家), within a sub-clause before the noun
_BOUND_ZH = r"(?:{n}){m}(?:以上|以下|以内)?[^，,。；;]{{0,24}}?{noun}"
# the clause leaves the count open itself
_OPEN_IN_CLAUSE = re.compile(r"若干|多个|多家|一个或者多个|一家或者多家|\bone or more\b|\bany number\b", re.I)

_OPEN_EN = re.compile(r"\b(?:any number of|as many)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)(?:\s+as\s+(?:it|they|he|she|"
                      r"the \w+)\s+(?:likes?|wants?|wishes|pleases?|chooses?))?", re.I)
# words that end the noun phrase counted ("any number of accounts at …")
_PHRASE_END = frozenset("as at in with for from to of and or per each one that which who it they".split())
_BOUND_EN = r"\b(?:one|a single|only one|two|two or more|more than one|a maximum of \w+)\s+(?:[a-z-]+\s+){{0,3}}?{noun}s?\b"


def open_count(claim: str, clause_text: str) -> str:
    """The clause's count (「一个…基本账户」) of what the claim lets the party have in any number; '' when none."""
    text, clause = normalised(claim), normalised(clause_text)
    if _OPEN_IN_CLAUSE.search(clause):
        return ""
    if _CHOICE_ZH.search(text):
        for m in _OPEN_ZH.finditer(text):
            # the noun counted, up to its last four characters (基本账户: not 一般账户, whose ending 账户 it shares)
            measure, noun = m.group(1), m.group(2)[-4:]
            if len(noun) < 2:
                continue
            bound = re.search(_BOUND_ZH.format(n=NUMBER, m=measure, noun=re.escape(noun)), clause)
            if bound:
                return bound.group(0)
    m = _OPEN_EN.search(text)
    if m and (m.group(0).lower().startswith("any number") or " as " in m.group(0)):
        words = m.group(1).lower().split()
        head = next((i for i, w in enumerate(words) if w in _PHRASE_END), len(words))
        noun = words[head - 1].rstrip("s") if head else ""
        if len(noun) >= 4:
            bound = re.search(_BOUND_EN.format(noun=re.escape(noun)), clause, re.I)
            if bound:
                return bound.group(0)
    return ""


# the clause's ban on a count "N or more" (不得开立两个以上基本账户, 商业银行法第四十八条; 两个及以上, 非银行支付机构监督管理条例):
# in Chinese law 以上 includes the number itself (民法典第一千二百五十九条 "民法所称的'以上'…包括本数"; the statutes' usage)
_BANNED_FROM_ZH = re.compile(r"不得[^，,。；;]{0,20}?(" + NUMBER + r")(?:个|家|名|项|次|份|张|户)?及?以上")
# the claim's ceiling it allows: "up to N", "at most N", "no more than N", "as many as N", "a maximum of N" (general
# English usage); 最多 / 至多 / 顶多 / 不超过 N (general Chinese usage)
_CEILING_EN = re.compile(r"\b(?:up to|at most|no more than|not more than|as many as|a maximum of)\s+(\d+|[a-z]+)\b", re.I)
_CEILING_ZH = re.compile(r"(?:最多|至多|顶多|不超过)[^，,。；;]{0,8}?(" + NUMBER + r")(?:个|家|名|项|次|份|张|户)")
_MAY_ZH = re.compile(r"可以|能|允许|都行|没问题")


def _value(text: str) -> int | None:
    word = text.lower()
    if word in EN_NUMBER_WORDS:
        return EN_NUMBER_WORDS[word]
    try:
        return cn_to_int(text)
    except ValueError:
        return None


def allowed_banned_count(claim: str, clause_text: str) -> str:
    """The clause's ban on N or more (「不得开立两个以上」) of what the claim lets the party have up to N of; '' when none."""
    text, clause = normalised(claim), normalised(clause_text)
    if is_chinese(text):
        allowed = [m.group(1) for m in _CEILING_ZH.finditer(text)] if _MAY_ZH.search(text) else []
    else:
        allowed = [m.group(1) for m in _CEILING_EN.finditer(text)] if MODAL_EN_RE["permission"].search(text) else []
    values = {v for v in map(_value, allowed) if v is not None and v > 1}
    for m in _BANNED_FROM_ZH.finditer(clause):
        if _value(m.group(1)) in values:
            return m.group(0)
    return ""
