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

Across the two languages (an English claim on a Chinese clause), the case's wording cannot be compared, but a claim
that names no case at all cannot state it: an English claim that frees the party of an act ("need not", "does not have
to", or "may / can … without" an approval) that a Chinese sentence lets it leave undone only in a case (可以不 after a
case closed by …的，/ …时，, or within a 规定 / …的除外: 个人信息保护法第十八条、第五十七条, 商业银行法第三十六条,
征信业管理条例第十八条 "但是，法律规定可以不经同意查询的除外"), with the act tied through the lexicon's Chinese words,
and no word of a case (where / if / when / unless / except / provided / as long as / only …: general English usage),
gives the permission in every case. And an English claim that gives a Chinese sentence's permission "even where" /
"regardless of" the case the sentence excepts (可以…；个人明确拒绝的除外, 个人信息保护法第二十七条) gives it in the one
case the clause withholds it.
"""

from __future__ import annotations

import re

from .claim_parts import han_bigrams
from ..language import is_chinese
from .modality import modal_classes, normalised

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


# the English claim's omission: an exemption (modality.py's words), or a permission to act "without" something (an
# approval or step dispensed with: "can query … without the person's consent")
_WITHOUT_EN = re.compile(r"\bwithout\b", re.I)
# the English claim's words of a case (general English usage)
_CASE_WORDS_EN = re.compile(r"\b(?:where|if|when|whenever|unless|except|provided|providing|as long as|so long as|only|"
                            r"in (?:the )?(?:case|event)s?|on condition|subject to|once|after|in certain|in some|"
                            r"in specific|in limited|under certain)\b", re.I)
# the Chinese clause's permission to leave an act undone (可以不 / 可不, and 可以不予 of a penalty clause)
_MAY_OMIT_ZH = re.compile(r"可以不|可不")
# the case of a sentence: opened by …的，/ …时，(general Chinese usage), or a permission a 规定 gives or a …的除外 bounds
_OPENING_CASE_ZH = re.compile(r"(?:的|时)[，,]")
# the English claim's "even where / regardless of" the case (general English usage)
_EVEN_IN_CASE_EN = re.compile(r"\b(?:even (?:where|if|when|though|after|in cases? where)|regardless of (?:whether )?|"
                              r"notwithstanding|irrespective of (?:whether )?)([^.;]{3,120})", re.I)
# a Chinese sentence's permission with its exception: 可以…；<case>的除外 / 但是<case>的除外 (general Chinese usage)
_PERMISSION_EXCEPT_ZH = re.compile(r"([^。；;]*?可以[^。；;]*?)[；;，,]\s*(?:但是?[，,]?)?([^。；;，,]{2,40}?)的除外")
_EN_SPAN = 120


def _terms(chinese_words, text: str) -> set[str]:
    return {t for t in chinese_words(text) if len(t) >= 2}


def _omitted_acts_en(claim: str) -> list[str]:
    """The text after each of an English claim's exemptions, and after each permission whose act is done "without"
    something (to the end of its sentence); none when the claim binds or bans anything too (a claim that also states
    a duty or a ban, "must notify …; is not required to … by post", "no one can query without it", restates more than
    the permission)."""
    found = modal_classes(claim)
    if any(cls not in ("exemption", "permission") for _, cls in found):
        return []
    out = []
    for at, cls in found:
        act = re.split(r"[;.!?]", claim[at:at + _EN_SPAN], maxsplit=1)[0]
        if cls == "exemption" or _WITHOUT_EN.search(act):
            out.append(act)
    return out


def _omission_without_case_across(claim: str, clause: str, chinese_words) -> str:
    if _CASE_WORDS_EN.search(claim):
        return ""
    acts = [_terms(chinese_words, act) for act in _omitted_acts_en(claim)]
    acts = [a for a in acts if a]
    if not acts:
        return ""
    held = _terms(chinese_words, claim)
    sentences = re.split(r"[。；;\n]", clause)
    for at, sentence in enumerate(sentences):
        for m in _MAY_OMIT_ZH.finditer(sentence):
            before, after = sentence[: m.start()], sentence[m.end():]
            allowed = re.split(r"[，,、]|的除外", after, maxsplit=1)[0]
            if not (_OPENING_CASE_ZH.search(before) or "规定" in before or after.startswith(allowed + "的除外")):
                continue
            if not any(any(t in allowed for t in terms) for terms in acts):
                continue
            # the case is stated in other words ("a bank that has … assessed … and confirmed the borrower is
            # creditworthy": 评估, 资信) when the claim holds a word of it found nowhere else in the article
            rest = "。".join(sentences[:at] + sentences[at + 1:])
            if any(t in before and t not in rest and t not in allowed for t in held):
                continue
            return sentence
    return ""


def _permission_in_excepted_case_across(claim: str, clause: str, chinese_words) -> str:
    found = {cls for _, cls in modal_classes(claim)}
    if "permission" not in found or found - {"permission", "right"}:
        return ""  # (a ban or duty "even where …" restates no permission)
    for even in _EVEN_IN_CASE_EN.finditer(claim):
        case_terms = _terms(chinese_words, even.group(1))
        act_terms = _terms(chinese_words, claim[: even.start()])
        if not case_terms:
            continue
        for m in _PERMISSION_EXCEPT_ZH.finditer(clause):
            if any(t in m.group(2) for t in case_terms) and any(t in m.group(1) for t in act_terms):
                return m.group(0)
    return ""


def permission_without_its_case_across(claim: str, clause_text: str, chinese_words) -> str:
    """An English claim freeing the party of an act a Chinese clause lets it leave undone only in its case, naming no
    case: the clause's sentence; '' when none. `chinese_words` gives the Chinese words of English text (the lexicon's)."""
    if is_chinese(claim) or not is_chinese(clause_text):
        return ""
    found = _omission_without_case_across(normalised(claim), normalised(clause_text), chinese_words)
    return re.sub(r"\s+", " ", found).strip()


def permission_in_excepted_case_across(claim: str, clause_text: str, chinese_words) -> str:
    """An English claim giving a Chinese sentence's permission "even where" the case the sentence excepts holds
    (可以…；个人明确拒绝的除外): the sentence; '' when none."""
    if is_chinese(claim) or not is_chinese(clause_text):
        return ""
    found = _permission_in_excepted_case_across(normalised(claim), normalised(clause_text), chinese_words)
    return re.sub(r"\s+", " ", found).strip()


def permission_without_its_case(claim: str, clause_text: str) -> str:
    """The clause's sentence giving the permission only in its case, when the claim gives it without; '' when none."""
    text, clause = normalised(claim), normalised(clause_text)
    found = _omission_without_case_zh(text, clause) or _permission_for_every_case_en(text, clause)
    return re.sub(r"\s+", " ", found).strip()
