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
    demanders = [m.group(1) for m in (_MAY_DEMAND_ZH if is_chinese(claim) else _MAY_DEMAND_EN).finditer(claim)]
    return _one_party(claim, demanders, sentence, _answered(sentence))


def _answered(sentence: str) -> list[str]:
    """The parties at whose demand the sentence has something done (按照消费者的要求, upon request of …, upon request … to
    any data subject)."""
    if is_chinese(sentence):
        return [m.group(1) for m in _AT_THE_DEMAND_ZH.finditer(sentence)]
    return [m.group(1) for m in _AT_THE_DEMAND_EN.finditer(sentence)] + \
        [m.group(1) for m in _ON_REQUEST_TO_EN.finditer(sentence)]


def _one_party(claim: str, claimed: list[str], sentence: str, answered: list[str]) -> bool:
    """Whether a party the claim names is one the sentence names: by their words in one language; an English claim's
    party on a Chinese sentence bridged by the glossary and the lexicon ("the consumer" → 消费者). A Chinese claim's party
    on an EU text is not bridged here."""
    if is_chinese(claim) == is_chinese(sentence):
        return any(same_party(a, b) for a in claimed for b in answered)
    if is_chinese(claim):
        return False
    from ..lexis.glossary import load_glossary
    from ..lexis.lexicon import load_lexicon

    def bridged(party: str) -> set[str]:
        terms = set(load_glossary().expansion(party)) | set(load_lexicon().chinese_words(party))
        return {t for t in terms if is_chinese(t)}

    return any(t in b or b in t for a in claimed for t in bridged(a) for b in answered)


# The same demand denied: a party that "is not entitled to / has no right to / cannot / may not ask" (无权 / 不能 / 不得 /
# 不可以 要求、请求). The negators are read as modality.py reads them (a negated right or a ban), each before a verb of
# demanding; an adverb may stand between ("cannot even ask", "无权再要求").
_DENIED_DEMAND_ZH = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:也|还|就|都|并)?(?:无权|没有权利|不享有[\u4e00-\u9fff]{0,4}?权利?|不能够|不能|"
                               r"不得|不可以|不可)(?:向[\u4e00-\u9fff]{1,12}?)?(?:再|另行)?(?:要求|请求|索取|申请)")
_DENIED_DEMAND_EN = re.compile(
    r"\b((?:[\w'-]+\s+){1,4}?)(?:(?:is|are)(?: not|n't) (?:entitled|allowed|permitted|able) to|(?:has|have) no (?:\w+ )?right to|"
    r"(?:does|do)(?: not|n't) have (?:the|a|any) right to|lacks? (?:the|any) right to|cannot|can ?not|can't|may not|"
    r"(?:shall|must) not)\s+(?:\w+\s+)?(?:ask|request|demand|require|obtain on request)\b", re.I)
# a duty done "upon request" with no requester named is done at the request of the party it is done for ("provide
# information to any data subject", GDPR Art. 57(1)(e))
_ON_REQUEST_TO_EN = re.compile(r"\b(?:at|upon|on)\s+(?:the\s+|a\s+)?request\b,?(?![^.;]{0,12}\b(?:of|by|from)\b)[^.;]{0,80}?\bto\s+"
                               r"((?:[\w'-]+\s+){0,3}[\w'-]+)", re.I)


def demand_denied_where_answered(claim: str, sentence: str) -> bool:
    """The claim denies a party the demand (is not entitled to ask, 无权要求) that the sentence has another party answer
    with a duty (shall … at its request, 应当按照…的要求): the correlative of `duty_at_the_demand_of` on the negative side.
    A duty owed upon a party's request presupposes that the party may make it, so the denial turns the rule around."""
    claim, sentence = normalised(claim), normalised(sentence)
    denied = [m.group(1) for m in (_DENIED_DEMAND_ZH if is_chinese(claim) else _DENIED_DEMAND_EN).finditer(claim)]
    return _one_party(claim, denied, sentence, _answered(sentence))
