"""A claim that narrows a list of alternative cases to one of them (pure).

个人信息保护法第五十五条 "有下列情形之一的，个人信息处理者应当事前进行个人信息保护影响评估" lists five cases, any one of which
calls for the assessment; "只有在向境外提供个人信息时才需要做" keeps one item and makes it the only one. The words that open a
list of alternatives (情形之一, 情况之一, "one of the following", "any of the following") are the statutes' drafting; the
words of "only when" are general usage of each language (只有…才, 仅在…时, only when / only if / only where).
"""

from __future__ import annotations

import re

from .actors.holders import LIST_ITEM
from ..language import is_chinese
from .modality import normalised
from .wording import sentences, wording_share

_ALTERNATIVES_LEAD_IN = re.compile(r"(?:情形|情况|行为|条件)之一|\b(?:one|any) of the following\b", re.I)
_ONLY_WHEN_ZH = re.compile(r"(?:只有|仅有|唯有|只在|仅在|只是在|仅当|只当)([^，,。；;]{2,40}?)(?:时|的时候|的情况下|的)?(?:才|，|,|$)")
_ONLY_WHEN_EN = re.compile(r"\bonly (?:when|if|where|in the case of|for)\b([^,;.]{3,120})", re.I)
# how much of the claim's case one item must hold to be the case the claim names
ITEM_MATCH = 0.6


def one_of_the_cases_made_the_only(claim: str, clause_text: str) -> str:
    """'' or the lead-in whose list of alternative cases the claim narrows to one item ("only when …")."""
    claim, clause_text = normalised(claim), normalised(clause_text)
    zh = is_chinese(claim)
    if zh != is_chinese(clause_text):
        return ""
    m = (_ONLY_WHEN_ZH if zh else _ONLY_WHEN_EN).search(claim)
    if not m:
        return ""
    case = m.group(1)
    found = sentences(clause_text)
    for at, lead in enumerate(found):
        if not _ALTERNATIVES_LEAD_IN.search(lead) or not lead.rstrip().endswith((":", "：")):
            continue
        items = []
        for item in found[at + 1 :]:
            if not LIST_ITEM.match(item):
                break
            items.append(item)
        if len(items) < 2:
            continue
        held = [item for item in items if wording_share(case, item) >= ITEM_MATCH]
        if len(held) == 1:
            return lead
    return ""
