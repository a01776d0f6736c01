"""An English claim's cleft sentence read in plain order, before the wording checks run (pure).

"It is the notified body that keeps the logs" says what "the notified body keeps the logs" says: a cleft (it is X
that / who …) and a pseudo-cleft (X is the one who …) only stress X (general English grammar: the it-cleft and the
"the one who" cleft focus the subject). The duty-holder checks read the subject before the verb; in a cleft the subject
stands after "it is", so the checks found none and let a claim giving the act to the wrong party through. actors/
holders.py already reads a cleft before a modal verb ("it is the deployer who must keep the logs"); this reads one before
any verb ("… that keeps", "… who carries out"), for every check of the claim.

The focused party must open with a determiner (the / a / an / each / every / only the): "it is clear that …", "it is
likely that …" and "it is not allowed to …" are no clefts. A contrasted party between commas ("it is the provider, not
the deployer, that …") or after "rather than" is dropped with the frame: the claim gives the act to the focused one.
"""

from __future__ import annotations

import re

from ..language import is_chinese
from ..text.tokens import chinese_pairs

# nouns of a fact or view after "it is the": "it is the case that …", "it is the view of … that" (no party focused)
_NO_PARTY = r"(?!(?:case|fact|view|position|rule|law|reason|point|idea|result|effect|same)\b)"
_FOCUS = (r"((?:only\s+)?(?:the|a|an|each|every)\s+" + _NO_PARTY + r"[\w'’()/-]+(?:\s+[\w'’()/-]+){0,11}?)")
_CONTRAST = r"(?:,\s*(?:and\s+)?not\s+[^,;.]{2,80}?,|\s+(?:rather\s+than|and\s+not|instead\s+of)\s+[^,;.]{2,80}?)?"
# it is / it's X [, not Y,] that / who / which <verb>
_IT_CLEFT_EN = re.compile(r"\bit\s+(?:is|'s|’s)\s+" + _FOCUS + _CONTRAST + r"\s+(?:who|that|which)\s+(?=[a-z])", re.I)
# X is / are the one(s) who / that <verb>
_ONE_CLEFT_EN = re.compile(r"\s+(?:is|are)\s+the\s+ones?\s+(?:who|that)\s+(?=[a-z])", re.I)


def uncleft_en(text: str) -> str:
    """`text` with each English cleft read in plain order (X <verb> …); a Chinese text is returned unchanged."""
    if is_chinese(text):
        return text
    return _ONE_CLEFT_EN.sub(" ", _IT_CLEFT_EN.sub(r"\1 ", text))


# A Chinese claim's focus construction read in plain order: "对收集的消费者个人信息严格保密，是经营者的义务" says what
# "经营者对收集的消费者个人信息严格保密" says, as "对…予以保密的，是有关主管部门" does (general Chinese grammar: the 是…的
# focus construction and the 的-phrase subject "V的，是X" stress the doer X; the duty nouns 义务 / 责任 / 职责 are the
# statutes' own words for what a party must do, 消费者权益保护法第二十九条 经营者…必须严格保密, 数据安全法第二十七条 履行数据
# 安全保护义务). The act before it has no subject of its own (it opens with a preposition or verb), so the checks read
# none, or read a noun inside it ("对…消费者个人信息": 个人) as the doer. The focused party must name a known party.
_CITE_ZH = re.compile(r"^((?:依据|根据|依照|按照)[^，,。]{0,60}?[，,]\s*)?")
_DUTY_NOUN_ZH = r"(?:义务|责任|职责|事情|事儿|事|工作|任务)"
_TAIL_ZH = r"\s*[。！!]?\s*$"
_MODAL_ZH = re.compile(r"应当|应该|必须|须|可以|不得|有权|无权")
# <act>，(这)是 X (自己)的 义务 / 责任 / 事情; <act>，这是 X 要做的(事)
_IS_DUTY_ZH = re.compile(r"(?P<act>[^。；;]{2,80}?)[，,]?\s*(?:这|这个|那)?(?:都|就|只|才)?(?:是|属于|归)(?P<party>[^，,。；;]{1,24}?)"
                         r"(?:自己|自身|本身)?(?:的" + _DUTY_NOUN_ZH + r"|(?:要|该|应该|应当|需要|得)(?:做|负责|干)的(?:事情?)?)" + _TAIL_ZH)
# <act>的，是 X
_WHO_ZH = re.compile(r"(?P<act>[^。；;]{2,80}?)的[，,]\s*(?:都|就|只|才)?是(?P<party>[^，,。；;]{1,24}?)" + _TAIL_ZH)
# an act that opens with its own subject is no subjectless act (a preposition or a verb opens the focused act)
_ACT_OPENS_ZH = re.compile(r"^(?:对|向|为|把|将|在|按照|依法|及时|严格|定期|负责|予以|采取|履行|承担|保护|保守|保密|公开|告知)")


# a party the lexicon does not list, named by the general Chinese head nouns of bodies and persons (行业协会, 市场监督管理部门,
# 参与监督检查的相关机构和人员: 算法推荐管理规定第二十九条)
_BODY_ZH = re.compile(r"(?:部门|机关|机构|协会|委员会|人员|用户|个人|单位|组织|企业|公司|银行|者|方)$")


# how much of a focused act's wording (character pairs) a sentence of the cited text must hold for its duty to be the act's
# (set, not swept: an act restated holds most of its pairs, 对投诉、举报人的相关信息予以保密 of 数据安全法第十二条)
DUTY_SHARE = 0.6


def _duty_of(act: str, texts: tuple[str, ...] | list[str]) -> bool:
    """Whether a sentence of the cited texts puts a duty (应当 / 必须 …) on an act holding most of `act`'s words."""
    from .modality import modal_classes

    words = chinese_pairs(act)
    if len(words) < 3:
        return False
    for text in texts:
        for sentence in re.split(r"[。；;\n]", text):
            classes = modal_classes(sentence)
            if classes and min(classes)[1] == "obligation" and len(words & chinese_pairs(sentence)) / len(words) >= DUTY_SHARE:
                return True
    return False


def uncleft_zh(text: str, texts: tuple[str, ...] | list[str] = ()) -> str:
    """`text` with a Chinese focus construction read in plain order (X <act>); any other text is returned unchanged.
    A "V的，是X" with no modal reads the cited texts' duty (应当) when one of their sentences makes the act a duty
    (为存款人保密的，是存款人自己 against 商业银行…应当遵循…为存款人保密的原则: the focus names who does what the clause
    makes a duty)."""
    from ..lexis.parties import actors_in

    if not is_chinese(text):
        return text
    cite = _CITE_ZH.match(text)
    head, body = text[: cite.end()], text[cite.end():]
    for pattern in (_IS_DUTY_ZH, _WHO_ZH):
        m = pattern.fullmatch(body)
        if m and _ACT_OPENS_ZH.match(m.group("act")) and (actors_in(m.group("party")) or _BODY_ZH.search(m.group("party"))):
            # (a duty named by its noun is the statutes' 应当: 是经营者的义务 says 经营者应当; a V的 subject adds no modal)
            duty = "应当" if not _MODAL_ZH.search(m.group("act")) and (pattern is _IS_DUTY_ZH
                                                                        or _duty_of(m.group("act"), texts)) else ""
            return f"{head}{m.group('party')}{duty}{m.group('act')}。"
    return text
