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

from ..text.numerals import NUMBER
from .modality import normalised

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
