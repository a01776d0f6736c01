"""Does a question ask who sets a figure, or whether the law itself sets it (part of the coverage gate)? Then a
sentence about the question that leaves the figure to another body's rules (按照中国人民银行的规定, 由…制定) answers it:
the corpus has what is asked, which body's rules govern, though not the figure itself.
"""

from __future__ import annotations

import re

from ..asked_items import ASKS_WHETHER_REGULATED
from .delegation import _DELEGATES

# Asking whose rule governs a figure, in general question forms: 按谁的规定, 谁来定, 谁说了算, 还是行里自己说了算 /
# 自己拍板 (or the bank itself), "who sets / decides", "or does it just point to other rules", "left to", "up to us".
_ASKS_WHOSE_RULE = re.compile(
    r"按谁的|谁(?:来)?(?:定|规定|制定|确定|决定|说了算|拍板)|(?:自己|自行|行里|我们)(?:说了算|定|拍板|决定)|"
    r"\bwho (?:sets|decides|determines|fixes)\b|\bpoints? to other\b|\bleft to\b|\bup to (?:us|the bank)\b|"
    r"\bour (?:own )?call\b", re.I)

# A sentence leaving a matter to rules made by another body (general legal drafting): 按照/依照…规定, 由…规定/制定/确定,
# "in accordance with Member State law", besides the delegating wording the figure test already reads
# (delegation._DELEGATES: 具体办法由, delegated acts, "as laid down by Member State law" …).
_REFERS_ELSEWHERE = re.compile(
    r"(?:按照|依照)[^。；;，,]{0,16}规定|由[^。；;]{1,40}(?:规定|制定|确定)|"
    r"\bin accordance with (?:Union or )?Member State law\b", re.I)


def asks_whose_rule(question: str) -> bool:
    """The question asks which body's rules set a figure, whether the law sets it itself, or whether any rule sets
    it (asked_items.ASKS_WHETHER_REGULATED: 比例有没有监管规定 is answered by 应当符合中国人民银行的规定)."""
    return bool(_ASKS_WHOSE_RULE.search(question) or ASKS_WHETHER_REGULATED.search(question))


def refers_elsewhere(sentence: str) -> bool:
    """The sentence leaves its matter to rules made by another body."""
    return bool(_REFERS_ELSEWHERE.search(sentence) or _DELEGATES.search(sentence))
