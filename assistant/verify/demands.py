"""A party's option to demand, set against the other party's duty to act at that demand (pure).

消费者权益保护法第五十三条 "未按照约定提供的，应当按照消费者的要求履行约定或者退回预付款" puts the duty on the business and
names the consumer as the one whose demand it follows; a claim saying "消费者可以要求退回预付款" restates it from the
consumer's side. Its 可以 is the consumer's option to demand, not an option of the business where the clause has a duty:
the modal check must not set the two against each other. Likewise "the authority may request the documentation" against
"Upon request of national competent authorities, the provider shall provide the documentation" (AI Act Art. 6(4)).
"""

from __future__ import annotations

import re

from ..language import is_chinese
from .modality import normalised
from .roles.phrases import same_party

# the claim's party who may demand: the words before 可以 / 有权 / 能 要求 (请求), back to the sub-clause's start
_MAY_DEMAND_ZH = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:也|还|就|都)?(?:可以|有权|能够|能|可)(?:向[\u4e00-\u9fff]{1,12}?)?(?:要求|请求)")
# the sentence's act done at a party's demand: 按照消费者的要求, 应个人的请求, 根据当事人要求
_AT_THE_DEMAND_ZH = re.compile(r"(?:按照|依照|根据|依据|应|依)([\u4e00-\u9fff]{2,12}?)的?(?:要求|请求)")
_MAY_DEMAND_EN = re.compile(r"\b((?:[\w'-]+\s+){1,4}?)(?:can|may|is entitled to|are entitled to|has the right to|have the right to)"
                            r"\s+(?:\w+\s+)?(?:ask|request|demand|require)\b", re.I)
_AT_THE_DEMAND_EN = re.compile(r"\b(?:at|upon|on)\s+(?:the\s+|a\s+)?(?:reasoned\s+)?request\s+(?:of|by|from)\s+((?:[\w'-]+\s+){0,3}[\w'-]+)",
                               re.I)


def duty_at_the_demand_of(claim: str, sentence: str) -> bool:
    """The claim gives a party the option to demand (可以要求, may request) where the sentence has another party act at
    that same party's demand (按照…的要求, upon request of): the claim's option is the demand, the sentence's duty the
    answer to it; neither contradicts the other."""
    claim, sentence = normalised(claim), normalised(sentence)
    if is_chinese(claim) != is_chinese(sentence):
        return False
    mine, theirs = (_MAY_DEMAND_ZH, _AT_THE_DEMAND_ZH) if is_chinese(claim) else (_MAY_DEMAND_EN, _AT_THE_DEMAND_EN)
    demanders = [m.group(1) for m in mine.finditer(claim)]
    answered = [m.group(1) for m in theirs.finditer(sentence)]
    return any(same_party(a, b) for a in demanders for b in answered)
