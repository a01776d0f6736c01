"""A permission the clause gives only in a case it states, which the claim gives without that case (pure).

A clause often lets a party leave a duty undone, or take a step against the other party, only in a case it names first:
个人信息保护法第五十七条 "个人信息处理者采取措施能够有效避免信息泄露、篡改、丢失造成危害的，个人信息处理者可以不通知个人";
GDPR Art. 12(5) "Where requests from a data subject are manifestly unfounded or excessive, … the controller may either:
(a) charge a reasonable fee …; or (b) refuse to act on the request". A claim that says the party need not do the act
(不用告诉个人), or may do it for every request, drops the case: more than the clause allows.

Chinese: the clause's 可以不 + act in a sentence opened by a case closed by 的 / 时 (general Chinese usage of the
conditional …的，); the claim's 不用 / 不必 / 无需 / 没必要 / 可以不 + act with the same object, stating too little of
the case. English: the clause's "Where / If / When <case>, <party> may [either:] <acts>" (the items of a "may either:"
lead-in folded in, GDPR Art. 12(5)); the claim's permission (may / can / is free to / is entitled to / is allowed to)
for the same act widened to every case ("every", "any", "all", "always", "regardless", "in all cases": general English
quantifiers). The words are general usage; the thresholds are the claim checks' usual shares.
"""

from __future__ import annotations

import re

from .claim_parts import han_bigrams
from .modality import normalised

# the claim's omission allowed: need not / may not (general Chinese usage)
_OMITTED_ZH = re.compile(r"(?:不用|不必|无需|无须|不需要|不需|没必要|用不着|可以不|可不)(?:再|去|专门|另行)?"
                         r"([\u4e00-\u9fff]{2,12})")
# the clause's permission to omit the act, in a sentence whose case (…的， / …时，) comes first (个人信息保护法第五十七条,
# 商业银行法第三十六条 "经商业银行审查、评估，确认借款人资信良好，确能偿还贷款的，可以不提供担保"; NFKC turns ，into ,)
_CASE_ZH = re.compile(r"([^。；;：:\n]{6,120}?)(?:的|时)[，,]([^。；;\n]{0,40}?)可以不([\u4e00-\u9fff]{2,12})")
# the claim's permission (English; "free to" as people paraphrase a permission, protocol round 41)
_MAY_EN = re.compile(r"\b(?:may|can|is free to|are free to|is entitled to|are entitled to|is allowed to|are allowed to|"
                     r"is permitted to|are permitted to)\s+(?:always\s+)?(\w+)\s+(?:an?\s+|the\s+)?(\w+)", re.I)
# the claim's act widened to every case (general English quantifiers)
_EVERY_EN = re.compile(r"\b(?:every|each and every|any and all|all (?:requests|cases)|always|regardless|in all cases|"
                       r"whenever it (?:likes|wishes|wants)|at will|in any case)\b", re.I)
# the clause's case and permission: "Where / If / When <case>, <party> may [either:] <acts up to the sentence's end or
# the list's end>"
_CASE_EN = re.compile(r"\b(?:Where|If|When|In (?:the )?cases? where)\s+([^.;:]{10,240}?),\s+([^.;:,]{2,80}?)\s+may\b"
                      r"((?:\s+either:)?[^.]{0,400})", re.S)
# a list item's label, "(a)" (GDPR layout)
_ITEM_LABEL = re.compile(r"\(\w{1,3}\)")
# most of the case's wording must be in the claim for the claim to state it (the claim checks' usual share)
CASE_SHARE = 0.5
_STOP_EN = frozenset("a an the of to in on or and for by with from their its his her because particular any".split())


def _same_object(claimed: str, allowed: str) -> bool:
    """The claim's omitted act and the clause's share their object (the last two characters: 告诉个人 / 通知个人) or
    most of their wording."""
    if claimed[-2:] == allowed[-2:] or allowed[-2:] in claimed:
        return True
    mine, theirs = han_bigrams(claimed), han_bigrams(allowed)
    return bool(theirs) and len(mine & theirs) / len(theirs) >= CASE_SHARE


def _omission_without_case_zh(claim: str, clause: str) -> str:
    omitted = [m.group(1) for m in _OMITTED_ZH.finditer(claim)]
    if not omitted:
        return ""
    held = han_bigrams(claim)
    for m in _CASE_ZH.finditer(clause):
        case, act = m.group(1), m.group(3)
        if not any(_same_object(o, act) for o in omitted):
            continue
        # the case is stated when the claim holds any of its wording found nowhere else in the article (资信 of
        # 资信良好; the article's own case, 个人信息泄露, does not state the permission's)
        wanted = han_bigrams(case) - han_bigrams(clause[: m.start()] + "。" + clause[m.end() :])
        if wanted and not wanted & held:
            return m.group(0)
    return ""


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)} - _STOP_EN


def _permission_for_every_case_en(claim: str, clause: str) -> str:
    if not _EVERY_EN.search(claim):
        return ""
    acts = [(m.group(1).lower(), m.group(2).lower()) for m in _MAY_EN.finditer(claim)]
    if not acts:
        return ""
    held = _words(claim)
    for m in _CASE_EN.finditer(clause):
        case, allowed = m.group(1), _ITEM_LABEL.sub(" ", m.group(3))
        allowed_words = _words(allowed)
        if not any(verb in allowed_words and obj in allowed_words for verb, obj in acts):
            continue
        wanted = _words(case)
        if wanted and len(wanted & held) / len(wanted) < CASE_SHARE:
            return m.group(0)
    return ""


def permission_without_its_case(claim: str, clause_text: str) -> str:
    """The clause's sentence giving the permission only in its case, when the claim gives it without; '' when none."""
    text, clause = normalised(claim), normalised(clause_text)
    found = _omission_without_case_zh(text, clause) or _permission_for_every_case_en(text, clause)
    return re.sub(r"\s+", " ", found).strip()
