"""An act a Chinese clause forbids outright, allowed or required by the claim (pure).

"检查工作不得收取费用" (关键信息基础设施安全保护条例第二十七条) against "有关部门开展…检查时，可以向被检查单位收取检查费用";
"地方政府、各级政府部门、社会团体和个人不得干涉" (银行业监督管理法第五条) against "地方政府…可以对…依法履职进行干涉". The
sentence-matching checks (polarity.py) miss both: the first claim borrows its wording from the sentence before (the case it
speaks of), the second shares too little with the short sentence that bans the act. Here the act itself ties the claim to
the ban: the verb the ban governs, with its object or its subject.

Only a plain ban counts: not one with a condition or exception of its own (未经…批准…不得, 但是…除外), which a claim may
restate as a permission, nor a verb the article allows or requires somewhere else.
"""

from __future__ import annotations

import re

from ..text.articles import CN_ARTICLE_LABEL
from ..language import is_chinese
from .modality import normalised, modal_classes
from .wording import _short, _wording, sentences

# 不得 / 禁止 / 严禁 / 不准 and the two characters of the verb it governs, then its object up to the sub-clause's end
_BAN_ZH = re.compile(r"(?:不得|禁止|严禁|不准)([\u4e00-\u9fff]{2})([\u4e00-\u9fff]{0,8})")
# a verb slot that is a preposition or a coverb opens a phrase, not the act (不得向他人提供, 不得利用…): not read
_COVERB_ZH = re.compile(r"^[向对为在与从以将把由被给替于按]|^利用|^通过|^超过|^少于|^低于|^高于")
# a ban or a claim with a condition or exception of its own: 未经…批准, 经…同意, 但是, 除外, 另有规定
_CONDITIONAL_ZH = re.compile(r"未经|经[^济营]|但是|但|除外|除[^了]|另有规定|同意|批准|授权|许可")
_NEGATION_ZH = re.compile(r"不|未|无|非|没有|禁止|严禁")
# a claim's closing "但不得…" bans another act; it is no condition of what the claim allows before it ("可以以备付金为自己提供
# 担保，但不得挪用备付金": the guarantee is allowed without any condition)
_BUT_BANNED_TAIL_ZH = re.compile(r"[，,；;]\s*但(?:是)?(?:也)?(?:不得|不能|禁止|严禁)[^，,；;。]*")
# A ban whose verb slot is a coverb phrase (不得以备付金为自己或者他人提供担保) is matched as a whole: the claim's allowed act must
# hold this much of its wording and the ban this much of the claim's act (set, not swept: a restated act holds nearly all of
# it; "为自己提供担保" beside "以备付金为他人提供担保" would share less than half)
PHRASE_MATCH = 0.75

# How much of the ban's object the claim's modal sub-clause must hold (set, not swept: 费用 of 收取费用 is one bigram); a ban
# with no object (…不得干涉) needs the claim's subject to name one of the parties it bans
OBJECT_MATCH = 0.5


def allows_what_is_banned(claim: str, clause_text: str) -> str:
    """The clause sentence that bans the act the claim's 可以 / 应当 / 有权 governs ('' when there is none)."""
    text = normalised(claim)
    if not (is_chinese(text) and is_chinese(clause_text)) or _CONDITIONAL_ZH.search(_BUT_BANNED_TAIL_ZH.sub("", text)):
        return ""
    clause = normalised(clause_text)
    for predicate in _allowing_parts(text):
        found = _ban_of(predicate, text, clause)
        if found:
            return found
    return ""


def _ban_of(predicate: str, text: str, clause: str) -> str:
    """The clause sentence that bans, outright, the act `predicate` (a sub-clause of the claim `text`) allows or requires."""
    for sentence in sentences(clause):
        if _CONDITIONAL_ZH.search(sentence):
            continue
        for part in re.split(r"[，,；;：:。]", sentence):
            for m in _BAN_ZH.finditer(part):
                verb, what = m.group(1), m.group(2)
                if _COVERB_ZH.search(verb) and _same_act(part[m.start(1):], predicate, clause):
                    return _short(sentence)
                if _COVERB_ZH.search(verb) or verb not in predicate or _allowed_elsewhere(verb, clause):
                    continue
                if len(what) >= 2:
                    key = _wording(what, True)
                    if key and len(key & _wording(predicate, True)) / len(key) >= OBJECT_MATCH:
                        return _short(sentence)
                elif _names_a_party_of(part[: m.start()], text[: text.find(predicate)]):
                    return _short(sentence)
    return ""


def _same_act(banned: str, predicate: str, clause: str) -> bool:
    """A ban opening with a coverb phrase (以备付金为…提供担保) and the claim's allowed act are one act: each holds PHRASE_MATCH of
    the other's wording, and the ban's closing verb stands nowhere in the article outside this ban."""
    ban, act = _wording(banned, True), _wording(predicate, True)
    if not ban or not act or banned[-2:] in clause.replace(banned, ""):
        return False
    shared = len(ban & act)
    return shared / len(act) >= PHRASE_MATCH and shared / len(ban) >= OBJECT_MATCH


def _allowing_parts(text: str) -> list[str]:
    """Each sub-clause of the claim that allows, requires or gives a right, from its modal verb to the sub-clause's end:
    a claim may allow one act and forbid another ("人民银行可以直接认购、包销国债，只是不能给财政透支" against 中国人民银行法
    第二十九条, which bans both); each allowed act is compared with the clause's bans on its own. A sub-clause with a
    negation after its modal verb (可以不…) allows nothing the ban forbids."""
    parts = []
    for part in re.split(r"[，,；;：:]", text):
        found = modal_classes(part)
        if found and found[0][1] in ("permission", "obligation", "right") \
                and all(cls in ("permission", "obligation", "right") for _, cls in found):
            predicate = part[found[0][0]:]
            if not _NEGATION_ZH.search(predicate):
                parts.append(predicate)
    return parts


def _allowed_elsewhere(verb: str, clause: str) -> bool:
    """The verb stands in the clause outside a ban (the article allows or requires it somewhere, or only names it)."""
    return any(not re.search(r"(?:不得|禁止|严禁|不准)[\u4e00-\u9fff]{0,2}$", clause[max(0, m.start() - 4): m.start()])
               for m in re.finditer(re.escape(verb), clause))


def _names_a_party_of(subject: str, claim_subject: str) -> bool:
    """The claim's subject names one of the parties a ban's subject lists (地方政府 of 地方政府、各级政府部门、社会团体和个人)."""
    parties = [p for p in re.split(r"或者|以及|[、和及与或]", re.sub(rf"^{CN_ARTICLE_LABEL}\s*", "", subject))
               if len(p) >= 2]
    return any(p in claim_subject for p in parties)
