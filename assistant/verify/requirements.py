"""Requirements a clause dispenses with (pure): "without requiring any specific authorisation from a supervisory
authority" (GDPR Art. 46(2)), "shall not require any specific authorisation" (Art. 45(1)), 无需取得个人同意. A claim that
makes the dispensed thing a condition ("can only be relied on once a supervisory authority has authorised it", "须经批准")
says the opposite of the clause, in words the modal-verb checks do not see: the clause's own modal verb is "may"."""

from __future__ import annotations

import re

from ..language import is_chinese
from .modality import normalised

_QUALIFIER_EN = r"(?:(?:any|an|a|the|its|their)\s+)?(?:(?:specific|prior|further|separate|additional|express|individual|formal)\s+)*"
_DISPENSED_EN = re.compile(r"\b(?:without (?:requiring|the need for|needing|having to (?:obtain|seek))|(?:shall|does|do|need|will) not "
                           r"(?:require|need)|need not (?:obtain|seek|have)|(?:is|are|be) not subject to|no need for)\s+"
                           + _QUALIFIER_EN + r"([a-z]{4,})", re.I)
# the approvals Chinese laws make conditions of: 同意 (个人信息保护法第十三条), 批准 / 核准 (商业银行法), 许可 (数据安全法第三十四条),
# 授权, 审批, 备案, 认证, 评估, 登记
_DISPENSED_ZH = re.compile(r"(?:无需|无须|不需要|不需|不必|不用)(?:事先|另行|单独|再)?(?:经过?|取得|征得|获得|得到|办理|申请)?"
                           r"[\u4e00-\u9fff]{0,8}?(同意|批准|核准|许可|授权|审批|备案|认证|评估|登记)")
# what a claim says it takes: "must obtain … X", "only / once / after / subject to … X"; 须经…X, 应当取得…X, 经…X后方可
_REQUIRED_EN = (r"\b(?:must|shall|has to|have to|needs? to|(?:is|are) required to)\s+(?:first\s+|always\s+)?(?:obtain|get|seek|secure|"
                r"have|receive|apply for)\b[^.;]{{0,50}}?{stem}|\b(?:only|once|after|upon|subject to|requires?|required|conditional "
                r"(?:on|upon)|dependent on|pending)\b[^.;]{{0,60}}?{stem}")
_REQUIRED_ZH = (r"(?:须|需|需要|必须|应当|应|要)(?:先|事先|首先)?(?:经过?|取得|征得|获得|得到|办理|申请)[^，。；]{{0,12}}?{stem}|"
                r"经[^，。；]{{0,12}}?{stem}[^，。；]{{0,8}}?(?:后|方可|才)")
_WAIVED_EN = re.compile(r"\bwithout\b|\bno need\b|\bnot (?:require|need)|\bneed not\b|\bnot subject to\b|\bexempt", re.I)
_WAIVED_ZH = re.compile(r"无需|无须|不需|不必|不用|免于|豁免")
_SUFFIX_EN = re.compile(r"(?:ations?|ions?|als?|ments?|ed|es|s|e)$")


def _stem(word: str) -> str:
    word = word.lower().replace("iz", "is")
    stem = _SUFFIX_EN.sub("", word)
    return stem if len(stem) >= 5 else word


def dispensed(text: str) -> list[str]:
    """What `text` says is not required (English stems, or the two characters of a Chinese noun: 同意, 批准, 许可)."""
    text = normalised(text)
    if is_chinese(text):
        return [m.group(1) for m in _DISPENSED_ZH.finditer(text)]
    return [_stem(m.group(1)) for m in _DISPENSED_EN.finditer(text)]


def requires(text: str, stem: str) -> bool:
    """`text` makes `stem` a condition (and does not itself waive it)."""
    text = normalised(text)
    zh = is_chinese(text)
    if (_WAIVED_ZH if zh else _WAIVED_EN).search(text):
        return False
    return bool(re.search((_REQUIRED_ZH if zh else _REQUIRED_EN).format(stem=re.escape(stem)), text, re.I))


def requires_dispensed(claim: str, context: str) -> str:
    """The thing `context` dispenses with that `claim` requires ('' if none). A context that also requires it itself
    (应当取得个人同意…但是…不需取得个人同意, 个人信息保护法第十三条) states a rule and its exception: left to the other checks."""
    if is_chinese(claim) != is_chinese(context):
        return ""
    for stem in dispensed(context):
        parts = re.split(r"[，,；;。:：]", normalised(context))  # the rule and its exception stand in sub-clauses of their own
        if requires(claim, stem) and not any(requires(part, stem) for part in parts):
            return stem
    return ""


# what a Chinese clause says is not needed, up to the sub-clause's end: 无需说明理由 (消费者权益保护法第二十五条), 无需取得个人同意
_DISPENSING_ZH = "(?:无需|无须|不需要|不需|不必|不用)"
_DISPENSED_PHRASE_ZH = re.compile(_DISPENSING_ZH + r"([\u4e00-\u9fff]{2,10})")
# an English claim's condition on the act: "only after / only once / only if / subject to / on condition that / must first"
# and what follows it to the sub-clause's end
_CONDITION_ON_EN = re.compile(r"\b(?:only (?:after|once|if|when|upon|with)|subject to|on condition that|provided that|"
                              r"conditional (?:on|upon)|(?:must|has to|have to|needs? to) first)\s+([^,;.]{3,80})", re.I)
# …or makes it a duty of its own: "must give a reason before returning them" says what 无需说明理由 says is not needed (an
# obligation against the clause's exemption); not when negated ("does not have to", "is not required to")
_DUTY_ON_EN = re.compile(r"(?<!\bnot )(?<!n't )(?<!\bnever )\b(?:must|shall|has to|have to|needs? to|(?:is|are) (?:required|obliged) "
                         r"to)\s+(?!not\b)([^,;.]{3,80})", re.I)


def requires_dispensed_across(claim: str, clause_text: str, chinese_words) -> str:
    """What a Chinese clause says is not needed (无需说明理由) that an English claim makes the condition of the act ("can
    return goods within seven days, but only after explaining the reason"), bridged by `chinese_words` (the lexicon's
    Chinese words for English ones). Only when the clause names the thing nowhere else, outside what it dispenses with,
    (a rule and its exception: the other checks judge it). '' when there is none."""
    if is_chinese(claim) or not is_chinese(clause_text) or _WAIVED_EN.search(claim):
        return ""
    clause = normalised(clause_text)
    for cond in [*_CONDITION_ON_EN.finditer(claim), *_DUTY_ON_EN.finditer(claim)]:
        words = [w for w in chinese_words(cond.group(1)) if len(w) >= 2]
        for m in _DISPENSED_PHRASE_ZH.finditer(clause):
            for word in words:
                if word in m.group(1) and clause.count(word) == len(re.findall(
                        _DISPENSING_ZH + rf"[\u4e00-\u9fff]{{0,8}}?{re.escape(word)}", clause)):
                    return m.group(0)
    return ""
