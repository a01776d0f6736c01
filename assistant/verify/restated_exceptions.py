"""The clause's exception restated by the claim as "but X need not" (pure).

"征信机构采集个人信息要经本人同意，不过依法公开的信息不用" restates 采集个人信息应当经信息主体本人同意…。但是，依照法律、
行政法规规定公开的信息除外 (征信业管理条例第十三条): the claim's concession (但是 / 但 / 不过 / 可是 / 只是, "but / however")
frees the very case the clause excepts from its rule, and its "need not" is no denial of the rule. The checks of
polarity.py read that "need not" against the rule's 应当 and found a duty denied. A concession is read as the clause's
exception when its words (the no-duty words aside) are mostly the words of a sub-clause of the article that makes an
exception (除外 / 但是 / 不适用 / 不在此限; unless / except / shall not apply / shall not be required); it is then left out
of the claim before the claim is compared with the rule. Same language only (the words are compared as written).
"""

from __future__ import annotations

import re

from ..language import is_chinese
from .modality import normalised
from .wording import _wording

# a concession opening a sub-clause, and a "need not" in it (general usage)
_NO_DUTY_WORDS_ZH = r"(?:不用|不需要|无需|无须|不必|不需|可以不|用不着)"
_CONCESSION_ZH = re.compile(r"[，,；;]\s*(?:但是|但|不过|可是|只是)[，,]?([^，,。；;]*?" + _NO_DUTY_WORDS_ZH + r"[^，,。；;]*)")
_CONCESSION_EN = re.compile(r"[,;]\s*(?:but|though|however|although)\s*,?\s+([^,;.]*?\b(?:need not|needn't|do(?:es)? not "
                            r"(?:need|have to|require)|(?:is|are) not (?:required|needed|necessary)|no \w+ (?:is )?"
                            r"(?:required|needed))\b[^,;.]*)", re.I)
_NO_DUTY_ZH = re.compile(_NO_DUTY_WORDS_ZH)
_NO_DUTY_EN = re.compile(r"\b(?:need not|needn't|do(?:es)? not (?:need|have to|require)|(?:is|are) not (?:required|needed|"
                         r"necessary)|no|required|needed)\b", re.I)
# a sub-clause of the article that makes an exception to its rule
_EXCEPTION_ZH = re.compile(r"除外|但是|不适用|不在此限")
_EXCEPTION_EN = re.compile(r"\b(?:unless|except|shall not apply|does not apply|shall not be required|not be required)\b",
                           re.I)
# how much of the concession's own words the exception must hold: most of them (a concession about another case of
# the article shares only the rule's words)
EXCEPTION_MATCH = 0.6


def _exception_texts(article: str, zh: bool) -> list[str]:
    """The article's sentences that make an exception, with the sentence before each (但是，…除外 continues it)."""
    parts = [p for p in re.split(r"[。；;\n]|\.(?!\d)" if zh else r"[;\n]|\.(?!\d)", article) if p.strip()]
    marker = _EXCEPTION_ZH if zh else _EXCEPTION_EN
    return [p for p in parts if marker.search(p)]


def without_restated_exception(claim: str, clause_text: str) -> str:
    """The claim without its concession when the concession restates the article's exception; the claim otherwise."""
    zh = is_chinese(claim)
    if zh != is_chinese(clause_text):
        return claim
    text = normalised(claim)
    m = (_CONCESSION_ZH if zh else _CONCESSION_EN).search(text)
    if not m:
        return claim
    own = _wording((_NO_DUTY_ZH if zh else _NO_DUTY_EN).sub(" ", m.group(1)), zh)
    if not own:
        return claim
    for exception in _exception_texts(normalised(clause_text), zh):
        if len(own & _wording(exception, zh)) / len(own) >= EXCEPTION_MATCH:
            rest = (text[: m.start()] + text[m.end():]).strip()
            return rest if rest else claim
    return claim
