"""An English claim whose case is the act done, where the Chinese article's case is the act not done (pure).

The statutes state many cases by a negated act: 商业银行的工作人员对单位或者个人强令其发放贷款或者提供担保未予拒绝的，应当给予
纪律处分 (商业银行法第八十八条: staff who did NOT refuse are disciplined). "A bank employee who refuses an official's order to
grant a loan is the one who gets disciplined" turns the case around with no modal verb to compare: the consequence is the
article's, the case its opposite. Read here: a word of the claim's condition (a relative clause "who / that / which …", or
an opening "if / where / when …") that the Chinese article says only right after a plain negation in a case of its own
(未予拒绝的, 不同意的, 没有报告的: the negation word straight before the verb, the sub-clause closed by 的), while the claim's
condition carries no negation of its own ("who fails to refuse", "who does not refuse" restate it) and the claim says the
article's consequence (纪律处分, "disciplined"): the opposite case with another consequence is the rule's converse.

Only a negation straight before the word counts: 未按照规定报告 or 未及时报送 leave room for "reports late / improperly",
and 不得拒绝 (a ban, not a case) is no negated case.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..language import is_chinese
from .modality import Finding, normalised

# the negations of Chinese legal drafting that stand straight before the verb of a case (未予拒绝, 不予受理, 没有报告, 拒不改正)
_NEGATION_ZH = ("未予", "不予", "没有", "拒不", "未", "不")
# an English condition: a relative clause of a party or thing, or an opening condition, up to the end of its sub-clause
# or the main verb's modal or copula
_CONDITION_EN = re.compile(r"\b(?:who|that|which|if|where|when|whenever|once)\s+([^,;.:]{3,120}?)"
                           r"(?=[,;.:]|\s+(?:is|are|was|were|must|shall|will|may|can|gets?|has to|have to)\b|$)", re.I)
# "that" after a verb of saying, knowing or ensuring opens what is said, not a condition ("must ensure that customers
# consent", "states that …"; ordinary English)
_THAT_CLAUSE_EN = re.compile(r"\b(?:ensures?|ensuring|provides?|states?|says?|requires?|means?|shows?|proves?|confirms?|"
                             r"verif(?:y|ies)|checks?|notif(?:y|ies)|informs?|knows?|believes?|finds?|demonstrates?|"
                             r"so|given|such|now|clear|true|likely|sure)\s+$", re.I)
# a negation of the claim's own (ordinary English): the condition then restates the negated case
# ("instead of refusing it", "rather than report": the act after them is the one not done)
_NEGATED_EN = re.compile(r"\b(?:not|never|no|nor|without|fail(?:s|ed|ing)?|neglect(?:s|ed)?|omit(?:s|ted)?|instead\s+of|"
                         r"rather\s+than)\b|n['’]t\b", re.I)
# a Chinese word shorter than this says too little of which act it is
MIN_TERM_CHARS = 2
# how far after the negated word the case may close with 的 (未予拒绝的; 不同意该处理的), within its sub-clause
CASE_REACH = 12


def _negated_case(term: str, at: int, text: str) -> str | None:
    """The negation straight before `term` at `at` when that occurrence is a case closed by 的, else None."""
    neg = next((n for n in _NEGATION_ZH if text.endswith(n, 0, at)), None)
    if neg is None or text[at - len(neg) - 1 : at - len(neg)] in ("得", "须", "应"):  # (不得 / 无须 are modal words)
        return None
    rest = text[at + len(term) : at + len(term) + CASE_REACH + 8]
    case = re.match(r"[^，,。；;：:]{0,%d}?的([，,]?)" % CASE_REACH, rest)
    if not case or _NEGATED_CONSEQUENCE.match(rest, case.end()):
        # (a negated case with a negated consequence, 不符合条件的，不予批准, states its converse too: "those meeting the
        # conditions are approved" is no inversion)
        return None
    return neg


# a consequence that is itself negated or a relief (不予批准, 不得, 免予处罚): general drafting of both halves of a rule
_NEGATED_CONSEQUENCE = re.compile(r"\s*(?:不予|不得|不|无|没有|免予|免除|可以不)")


def affirmed_negated_case(claim: str, clause_text: str, words: Callable[[str], Iterable[str]]) -> Finding | None:
    """A finding when a claim's condition does an act that the Chinese article's only case of it leaves undone (an English
    claim's words bridged by `words`; a Chinese claim's case read in its own words)."""
    if not is_chinese(clause_text):
        return None
    text = normalised(clause_text)
    if is_chinese(claim):
        return _affirmed_in_chinese(normalised(claim), text)
    for m in _CONDITION_EN.finditer(claim):
        condition = m.group(1)
        if _NEGATED_EN.search(condition) or _THAT_CLAUSE_EN.search(claim[: m.start()]) and m.group(0)[:4].lower() == "that":
            continue
        rest = claim[: m.start()] + " " + claim[m.end() :]
        said = {t for t in words(rest) if len(t) >= MIN_TERM_CHARS}
        for term in dict.fromkeys(t for t in words(condition) if len(t) >= MIN_TERM_CHARS):
            spots = [s.start() for s in re.finditer(re.escape(term), text)]
            negated = [(at, _negated_case(term, at, text)) for at in spots]
            if spots and all(neg for _, neg in negated) and any(t in _consequence(text, at) for at, _ in negated
                                                                for t in said):
                at, neg = negated[0]
                return Finding("polarity", f"the clause's case is the act not done (「{neg}{term}」); the claim's "
                                           f"(「{condition.strip()}」) is the act done")
    return None


# the two-character verb straight after a negation (未予拒绝, 不同意, 没有报告)
_NEGATED_VERB_ZH = re.compile(r"(?:" + "|".join(_NEGATION_ZH) + r")([\u4e00-\u9fff]{2})")


def _affirmed_in_chinese(claim: str, text: str) -> Finding | None:
    """A Chinese claim whose case (…的) does the act the article states only as a negated case: "工作人员拒绝强令发放贷款的，
    要受纪律处分" against …强令其发放贷款未予拒绝的，应当给予纪律处分."""
    for m in _NEGATED_VERB_ZH.finditer(text):
        verb = m.group(1)
        spots = [s.start() for s in re.finditer(re.escape(verb), text)]
        if not _negated_case(verb, m.start(1), text) or not all(_negated_case(verb, at, text) for at in spots):
            continue
        said = [s.start() for s in re.finditer(re.escape(verb), claim)]
        follows = _consequence(text, m.start(1))
        if said and not any(any(claim.endswith(n, 0, at) for n in (*_NEGATION_ZH, "没")) for at in said) \
                and any(re.match(r"[^，,。；;：:]*?的", claim[at + len(verb) : at + len(verb) + CASE_REACH]) for at in said) \
                and any(follows[i : i + 2] in claim for i in range(len(follows) - 1) if follows[i : i + 2] not in _EMPTY_ZH):
            return Finding("polarity", f"the clause's case is the act not done (「{m.group(0)}」); the claim's is the act "
                                       f"done (「{verb}」)")
    return None


# words every consequence shares, which tie a claim's consequence to none in particular
_EMPTY_ZH = {"应当", "可以", "依法", "予以", "给予", "对其", "并处", "以上", "以下"}


def _consequence(text: str, at: int) -> str:
    """What the article makes follow from the case at `at`: the sub-clause after its 的， up to the sentence's end. A claim
    that turns the case around says the same consequence of the opposite case; one with another consequence states the
    rule's converse ("those meeting the conditions are approved"), which the article does not deny."""
    m = re.compile(r"的[，,]([^。；;]{2,80})").search(text, at)
    return m.group(1) if m else ""
