"""A claim that denies the time limit its clause sets (pure).

银行业监督管理法第二十二条 sets the regulator a period for each kind of application (自收到申请文件之日起三个月内); a claim
that "作出决定没有期限限制" or "there is no deadline" denies it. No figure of the claim's is there to compare, so the
quantity check sees nothing; the modal check sees no modal verb. The denial words are general legal vocabulary (期限,
时限, deadline, time limit); the period is any duration the sentence states with 内 / 以内 / within / no later than.
"""

from __future__ import annotations

import re

from ..lexis.quantities import extract_quantities
from ..language import is_chinese
from .modality import normalised
from .actors.holders import LIST_ITEM
from .wording import MIN_OVERLAP, _lead_in, sentences, wording_share

_NO_LIMIT_ZH = re.compile(r"(?:没有|没|无|不设|不受|并无|不存在)(?:任何)?(?:时间|办理|审批|作出决定的?)?(?:期限|时限)(?:限制|要求)?|"
                          r"(?:期限|时限|时间)(?:上)?(?:不限|没有限制|无限制)|想拖多久|不限时")
_NO_LIMIT_EN = re.compile(r"\b(?:no|without any|without a|not subject to any|not bound by any)\s+(?:fixed\s+|set\s+|statutory\s+)?"
                          r"(?:time[- ]limit|deadline|time frame|timeframe|period)s?\b|\bas long as (?:it|they) (?:likes?|wants?|needs?)\b|"
                          r"\bno limit on how long\b", re.I)
# a period the sentence binds the act to: …三个月内 / 以内 / 之内, "within one month", "no later than"
_WITHIN_ZH = re.compile(r"(?:内|以内|之内|前)")
_WITHIN_EN = re.compile(r"\b(?:within|no later than|not later than|at the latest)\b", re.I)


def denies_time_limit(claim: str, clause_text: str) -> str:
    """'' or a description of the period a sentence the claim paraphrases sets, when the claim says there is none."""
    claim, clause_text = normalised(claim), normalised(clause_text)
    zh = is_chinese(claim)
    if zh != is_chinese(clause_text) or not (_NO_LIMIT_ZH if zh else _NO_LIMIT_EN).search(claim):
        return ""
    within = _WITHIN_ZH if zh else _WITHIN_EN
    # each sentence read with the lead-in of its list (（二）…自收到申请文件之日起三个月内 holds the period, its lead-in
    # 应当在规定的期限，对下列申请事项作出…决定 the act), the best-matching first
    found = sentences(clause_text)
    scored = []
    for at, sentence in enumerate(found):
        lead = _lead_in(clause_text, at) if LIST_ITEM.match(sentence) else ""
        if lead and not lead.startswith(found[0]) and found.index(lead) > 0:
            # a lead-in cut by a semicolon (…作出批准或者不批准的书面决定；决定不批准的，应当说明理由：) keeps its first part
            lead = found[found.index(lead) - 1] + lead
        scored.append((wording_share(claim, sentence + lead), sentence))
    for share, sentence in sorted(scored, key=lambda p: -p[0]):
        if share < MIN_OVERLAP:
            break
        for q in extract_quantities(sentence):
            if q.base()[0] in ("duration", "months") and within.search(sentence[max(0, q.span[0] - 20) : q.span[1] + 4]):
                return f"a time limit ({q.raw})"
    return ""
