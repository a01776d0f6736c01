"""A claim that waives the approval or consent the cited article makes a condition of the act (pure).

The laws make an act conditional by "经…批准 / 同意 / 核准 / 许可" before its verb: "中国人民银行经国务院批准，有权对银行业金融机构
进行检查监督" (中国人民银行法第三十四条), "经国务院反洗钱行政主管部门…负责人批准，可以…" (反洗钱法第四十三条). A claim that says
the act needs no such approval ("中国人民银行无需国务院批准即可…", "may inspect without the State Council's approval") turns the
condition around; the modal checks see only 有权 against 可以 there, which agree. Unless the article itself dispenses with
that approval somewhere (无需…批准), when the claim may restate it.
"""

from __future__ import annotations

import re

from ..language import is_chinese
from .modality import normalised, modal_classes

# the kinds of approval the statutes require before an act, by their Chinese nouns
_APPROVAL_ZH = r"(批准|同意|核准|许可|授权)"
# the article's condition: 经 (or 须经 / 应当经), the body or person, then the approval noun
_REQUIRED_ZH = re.compile(r"经(?:过)?([\u4e00-\u9fff、]{0,30}?)" + _APPROVAL_ZH)
# a Chinese claim that waives it: 无需 / 不需要 / 不必 / 不用 / 无须 (经) … 批准
_WAIVED_ZH = re.compile(r"(?:无需|无须|毋须|不需要|不需|不必|不用)(?:经过?|取得|获得|报)?([\u4e00-\u9fff、]{0,30}?)" + _APPROVAL_ZH)
# … and an article that does without it itself: 可以不经同意查询 (征信业管理条例第十八条)
_DISPENSED_ZH = re.compile(r"不经(?:过)?[\u4e00-\u9fff、]{0,30}?" + _APPROVAL_ZH)
# an English claim that waives it: "without (the) (State Council's / prior) approval", "need not obtain … approval",
# "does not need … approval / consent"
_WAIVED_EN = re.compile(r"\b(?:without (?:the |any |prior )?(?:[\w'’ -]{0,40}?)|(?:need|needs) not (?:obtain|seek|get) (?:the |any |prior )?"
                        r"(?:[\w'’ -]{0,40}?)|(?:does|do) not (?:need|require) (?:the |any |prior )?(?:[\w'’ -]{0,40}?))"
                        r"(approval|consent|authori[sz]ation|permission|licen[cs]e)\b", re.I)
# the article's own case of the act done without it (未经批准设立分支机构的, 商业银行法第七十四条; 未经依法批准…从事支付业务的,
# 非银行支付机构监督管理条例第四十七条): a penalty clause's offence
_UNAPPROVED_CASE_ZH = re.compile(r"未经(?:过)?[\u4e00-\u9fff、]{0,30}?" + _APPROVAL_ZH)
# … which an English claim names as a case: "If a bank sells foreign exchange without approval, …", "Anyone running a
# payment business without approval …" (a condition or a subject's relative clause before the words, in their sentence)
_CASE_BEFORE_EN = re.compile(r"\b(?:if|where|when|whenever|once|anyone|anybody|whoever|who|that|which|those|any)\b", re.I)
_EN_TO_ZH = {"approval": "批准|核准", "consent": "同意", "authorisation": "授权|批准|许可", "authorization": "授权|批准|许可",
             "permission": "许可|批准|同意", "licence": "许可", "license": "许可"}


def waives_required_approval(claim: str, clause_text: str) -> str:
    """The article's condition (「经国务院批准」) a claim says the act does without; '' when it does not, or when the
    article itself dispenses with that approval somewhere."""
    if not is_chinese(clause_text):
        return ""
    article, text = normalised(clause_text), normalised(claim)
    required = [(m.group(0), m.group(1), m.group(2)) for m in _REQUIRED_ZH.finditer(article)]
    if not required or _WAIVED_ZH.search(article) or _DISPENSED_ZH.search(article):
        return ""
    if is_chinese(text):
        for m in _WAIVED_ZH.finditer(text):
            body, noun = m.group(1), m.group(2)
            for said, their_body, their_noun in required:
                # the same approval noun, from the same body when the claim names one (国务院 in 经国务院批准)
                if noun == their_noun and (not body or body in their_body or their_body.endswith(body)):
                    return said
        return ""
    if any(cls == "prohibition" for _, cls in modal_classes(text)):
        return ""  # "Without the regulator's approval, no entity may …" restates the condition (未经…批准，不得…)
    offences = [m.group(1) for m in _UNAPPROVED_CASE_ZH.finditer(article)]
    for m in _WAIVED_EN.finditer(text):
        nouns = _EN_TO_ZH[m.group(1).lower()]
        sentence_before = re.split(r"[.;:]\s", text[: m.start()])[-1]
        if any(re.fullmatch(nouns, noun) for noun in offences) and (
                _CASE_BEFORE_EN.search(sentence_before) or not modal_classes(text)):
            continue  # the offence the article punishes, not an act said to need no approval
        for said, _, their_noun in required:
            if re.fullmatch(nouns, their_noun):
                return said
    return ""


# what a body's name may open with that names no body of its own (中华人民共和国主管机关 is the 主管机关)
_BODY_PREFIX_ZH = re.compile(r"^(?:中华人民共和国|国家|有关|相关|其|该|本)+")
# a claim's approver the article names in another role must hold this much of its character pairs there (all of
# 外国司法机构's in 外国司法或者执法机构): set, not swept; a body the article nowhere names is left to the actor checks
NAMED_ELSEWHERE = 0.8


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _same_body(said: str, theirs: str) -> bool:
    said, theirs = _BODY_PREFIX_ZH.sub("", said), _BODY_PREFIX_ZH.sub("", theirs)
    if not said or not theirs or said in theirs or theirs in said:
        return True
    return len(_pairs(said) & _pairs(theirs)) >= len(_pairs(said)) / 2


def other_approver(claim: str, clause_text: str) -> tuple[str, str] | None:
    """The body whose approval the claim makes the condition of the act (经过外国司法机构批准), when the article makes it
    another's (非经中华人民共和国主管机关批准, 数据安全法第三十六条) and names the claim's body in another role (向外国司法或者执法
    机构提供): a party moved into the approver's place. (approver in the claim, the article's condition) or None. Both
    Chinese; the same approval noun."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return None
    article, text = normalised(clause_text), normalised(claim)
    required = [(m.group(0), m.group(1), m.group(2)) for m in _REQUIRED_ZH.finditer(article) if m.group(1)]
    for m in _REQUIRED_ZH.finditer(text):
        body, noun = _BODY_PREFIX_ZH.sub("", m.group(1)), m.group(2)
        theirs = [(said, their_body) for said, their_body, their_noun in required if their_noun == noun]
        if len(body) < 2 or not theirs or any(_same_body(body, their_body) for _, their_body in theirs):
            continue
        rest = article
        for said, _ in theirs:
            rest = rest.replace(said, " ")
        if len(_pairs(body) & _pairs(rest)) >= NAMED_ELSEWHERE * len(_pairs(body)):
            return m.group(0), theirs[0][0]
    return None
