"""Which part of a text asks (part of the coverage gate): a case told before its question, or a context told in a
sentence of its own, states figures and words that are not what is asked.
"""

from __future__ import annotations

import re

from ...text.tokens import tokenize
from ..named_laws import is_question


def _asking_part(question: str) -> str:
    """The sentences of a text of several that ask something: a case told before its question ("Four months later
    she still had no reply. Did the shop break the rules?") or a fine decision told as a statement states figures
    (amounts, dates, periods, "below the required minimum amount") that it does not ask for. A text of one sentence
    (a question, or a keyword query) is taken whole. Round 11, gate only over the tuning data: gdpr_cases wrongly
    refused 4 -> 3 of 198, gdpr_fines 4 -> 3 of 93, answerable_refuse11b batch A 3 -> 2 of 8 ("Four months later she
    still had no reply": `still` … `?` read as a figure quoted for confirmation); out-of-scope refusals unchanged."""
    sentences = [s for s in _TEXT_SENTENCE.split(question) if s.strip()]
    if len(sentences) < 2:
        return question
    return " ".join(s for s in sentences if is_question(s) or _REQUEST.search(s))


# sentence ends: Chinese ones, and English . ! ? before a space (a decimal point or "S.A." inside a word stays)
_TEXT_SENTENCE = re.compile(r"(?<=[。！？!?；;])|(?<=[.!?])\s+(?=[A-Z\d\"'‘“(])")


def _asking_sentence_terms(question: str, terms: set[str]) -> set[str]:
    """The key terms of the sentence that asks, when a question also tells its context in a sentence of its own
    (现在大型银行的法定存款准备金率是多少？做流动性测算要用): a figure stated about the context (流动性资产余额与流动性负债
    余额的比例不得低于百分之二十五) is not the figure asked. Empty (no constraint) for a question of one sentence, one
    whose every sentence asks, or one whose asking sentence holds none of the terms. Round 15, gate over the tuning
    data: out-of-scope refused 492 -> 493 of 547 (a reserve ratio asked for a liquidity calculation), answerable
    wrongly refused unchanged (79 of 1,286)."""
    sentences = [s for s in _TEXT_SENTENCE.split(question) if s.strip()]
    asking = [s for s in sentences if is_question(s)]
    if len(sentences) < 2 or len(asking) == len(sentences):
        return set()
    return {t for s in asking for t in tokenize(s)} & terms


_REQUEST = re.compile(r"^\s*(?:please\s+)?(?:write|draft|list|explain|tell|give|show|help|summari[sz]e|compare|"
                      r"recommend|suggest|translate|describe|provide|create|make|prepare|find|check)\b|^\s*(?:请|帮|给我)",
                      re.IGNORECASE)


def _asks_or_requests(text: str) -> bool:
    return is_question(text) or bool(_REQUEST.search(text))


# the A-not-A question form (能不能, 要不要, 算不算, 是不是, 可不可以, 有没有: general Chinese grammar) asks without a
# question word or a question mark of its own clause (context_regimes.py and assess._named_in_the_case_only read it)
A_NOT_A = re.compile(r"([\u4e00-\u9fff])不\1|可不可以|有没有")


def asks_in_any_form(text: str) -> bool:
    """The text asks or requests, also in the A-not-A form ("理财产品的业绩比较基准能不能写成…，"), which a clause
    before the question mark uses without one."""
    return _asks_or_requests(text) or bool(A_NOT_A.search(text))
