"""A condition of the clause that a Chinese claim says is not needed (pure).

A clause often allows or requires an act only for what has passed a step it names in its case: 经匿名化处理并通过复原风险
评估的数据，可以按照二级或者一级管理. A claim that says the act needs no such step ("不用做复原风险评估也可以直接按一级管理")
drops the condition: more than the clause allows. approvals.py judges a waived approval (经…批准); this judges any step
named by 经 / 通过 … 的 in the sentence the claim paraphrases. The words are general Chinese usage.
"""

from __future__ import annotations

import re

from .modality import normalised
from .wording import matching_sentences

# what a claim says is not needed: 不用 / 无需 / 不需要 / 不必 / 不经 … X (general usage)
# (up to what the claim then allows: 也 / 就 / 即 / 可以 / 直接 …, or the end of the sub-clause)
_WAIVED_ZH = re.compile(r"(?:不用|无需|无须|不需要|不需|不必|用不着|不经过|不经)([\u4e00-\u9fff]{2,14}?)"
                        r"(?=也|就|便|即|可以|可|能|直接|照样|同样|[，,。；;]|$)")
# the light verb before the step (做评估, 进行评估, 通过评估 name the same step)
_LIGHT_VERB = re.compile(r"^(?:先|再)?(?:做|进行|通过|经过|经|办理|搞|走)")
# the step a clause's case names: 经 / 通过 … up to the 的 that closes the case, within one sub-clause; or the step a
# procedure takes before its next act, closed by 后 (中国人民银行法第三十八条 "预算经国务院财政部门审核后，纳入中央预算":
# the review comes first, general Chinese usage of 经…后)
_STEP_ZH = re.compile(r"(?:经过|经|通过)([^，,。；;：:]{2,40}?)(?:的|后)")
# a clause that dispenses with a step itself (无需说明理由, 不需取得个人同意) is judged by the other checks
_DISPENSES_ZH = re.compile(r"不用|无需|无须|不需要|不需|不必|免于|豁免")
# how much of the waived step's wording the clause's step must hold (as the claim checks' other shares: most of it)
STEP_MATCH = 0.8


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def waived_condition(claim: str, clause_text: str) -> str:
    """The clause's step (「经…并通过复原风险评估的」) a Chinese claim says its act needs not take; '' when none."""
    text, clause = normalised(claim), normalised(clause_text)
    waived = [_pairs(_LIGHT_VERB.sub("", m.group(1))) for m in _WAIVED_ZH.finditer(text)]
    waived = [w for w in waived if len(w) >= 2]
    if not waived:
        return ""
    ranked = matching_sentences(text, clause)
    if not ranked or _DISPENSES_ZH.search(ranked[0][0]):
        return ""
    for step in _STEP_ZH.finditer(ranked[0][0]):
        held = _pairs(step.group(1))
        if any(len(w & held) / len(w) >= STEP_MATCH for w in waived):
            return step.group(0)
    return ""
