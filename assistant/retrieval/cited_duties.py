"""A penalty article above the very duty it sanctions, when the question asks the duty (pure logic; round 47).

A Chinese law's 法律责任 article names the duty it sanctions: 网络安全法第六十九条 「网络运营者违反本法第四十九条规定，对…
禁止发布或者传输的信息未停止传输…的，由有关主管部门责令改正…」 restates 第四十九条's duty word for word and adds the
sanction, so it carries as many of the question's words as the duty does and more of a question that describes the
breach (有人发了违法信息, which counts as misconduct and lifts penalty articles). When the question asks what to do, not
what follows (not routing's wants_penalties, not asks_consequences: 要做哪些动作), the duty article answers it; where both
stand among the first hits with the penalty article first, the duty takes the penalty article's place (the penalty
article moves one down). Only that pair trades places: the law's structure says which duty a penalty article is about,
so nothing here is a word list. Round 47 (ret47zh), the loss table of pool:zh's dev half: of 91 questions whose gold
sat below an article of its own text, in one the leader was the penalty article citing the gold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from ..text.numerals import CN_NUMERAL_CHARS, cn_to_int

H = TypeVar("H")

# 违反本法第四十九条规定, 违反本条例第十三条规定, 违反本法第二十四条第一款、第二款和第五十条第一款规定: the citing part of a
# penalty article (the corpus' 法律责任 chapters and the bank's policies, 违反本办法第…条)
_CITATION = re.compile(rf"违反本(?:法|条例|办法|规定)((?:第[{CN_NUMERAL_CHARS}]+[条款项](?:、|，|和|及|或者)?)+)")
_ARTICLE = re.compile(rf"第([{CN_NUMERAL_CHARS}]+)条")


def cited_articles(text: str) -> frozenset[int]:
    """The article numbers of its own text that an article says are breached (违反本法第X条规定)."""
    numbers: set[int] = set()
    for citation in _CITATION.finditer(text or ""):
        for numeral in _ARTICLE.findall(citation.group(1)):
            number = cn_to_int(numeral)
            if number:
                numbers.add(number)
    return frozenset(numbers)


def duty_before_its_penalty(hits: Sequence[H], depth: int, doc_of: Callable[[H], str],
                            article_of: Callable[[H], int | None], sanctions: Callable[[H], frozenset[int]]) -> list[H]:
    """`hits` with, among the first `depth`, each duty article placed just above a same-text penalty article ranked
    before it that cites it (`sanctions`: the article numbers a hit is a penalty article for; empty for any other).
    Each duty moves once, to the first such penalty article; the order of everything else is kept."""
    out = list(hits)
    for position in range(1, min(depth, len(out))):
        duty = out[position]
        number = article_of(duty)
        if number is None:
            continue
        above = next((k for k in range(position) if doc_of(out[k]) == doc_of(duty) and number in sanctions(out[k])),
                     None)
        if above is not None:
            out.insert(above, out.pop(position))
    return out
