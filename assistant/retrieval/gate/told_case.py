"""Does a question tell a case and ask whether that conduct is allowed, or who answers for it (part of the coverage
gate)? A case told in the asker's everyday words (积分商城兑的电饭煲, 百元大钞的图案, 老人滑倒摔伤; "our analytics
lake only holds pseudonymised IDs") and then asked of (这样就行了吧, 能用吗, 要担责吗; "Do we still have to …?") is a
legal question by its form: the words telling the case are no measure of whether the texts speak to it.
"""

from __future__ import annotations

import re

from ...language import has_cjk
from ..routing import asks_permission
from .asking import _TEXT_SENTENCE, _asks_or_requests

# Clause breaks of a Chinese text (general Chinese punctuation): the clause that asks comes after the case told.
_CLAUSES = re.compile(r"[，,。；;！!？?]")

# Asking whether the conduct told is allowed, or who bears its consequences, in general Chinese question forms: an
# A-not-A question on a deontic word (能不能, 可不可以, 行不行, 允不允许, 合不合规), a deontic word closed by a
# question particle (可以…吗, 能…吗, 行了吧, 合规吗, 有效吗), a tag asking for reassurance that the plan is fine
# (没问题吧, 没事吧), and a question on liability (担责, 负什么责任, 赔, 追责).
_ASKS_OF_THE_CASE = re.compile(
    r"能不能|可不可以|行不行|允不允许|合不合[规法]|违不违[规法]|"
    r"(?:可以|能|行|合规|合法|违规|违法|有效)[^，,。；;！!？?]{0,8}[吗吧么]|"
    r"没(?:问题|事|啥事|什么事|关系)[吗吧]|"
    r"[担负][^，,。；;！!？?]{0,4}责|赔|追责")

# The same asks in general English question forms: is it ok / allowed, can / may we, do we (still) have to, are we
# required / liable.
_ASKS_OF_THE_CASE_EN = re.compile(
    r"\b(?:is (?:it|that|this)|would (?:it|that) be) (?:ok|okay|fine|allowed|permitted|legal|lawful|compliant)\b|"
    r"\b(?:can|may|could) (?:we|i|they|the bank)\b|\b(?:do|does|did) (?:we|i|the bank) (?:still )?(?:have|need) to\b|"
    r"\bmust we\b|\b(?:are|is) (?:we|the bank) (?:required|obliged|allowed|permitted|liable)\b|\bliable\b", re.I)


def asks_of_told_case(question: str) -> bool:
    """The question tells a case apart from what it asks, and asks whether that is allowed or required, or who
    answers for it: in Chinese, clauses before the last one and the last one so asking; in English, a sentence that
    does not ask and one that asks so."""
    if has_cjk(question):
        clauses = [c for c in _CLAUSES.split(question) if c.strip()]
        return len(clauses) >= 2 and (bool(_ASKS_OF_THE_CASE.search(clauses[-1])) or asks_permission(clauses[-1]))
    sentences = [s for s in _TEXT_SENTENCE.split(question) if s.strip()]
    asking = [s for s in sentences if _asks_or_requests(s)]
    return 0 < len(asking) < len(sentences) and any(_ASKS_OF_THE_CASE_EN.search(s) for s in asking)
