"""A right or duty the article gives to anyone, narrowed by the claim to "only" one kind of party (pure).

"只有网络运营者才有权对危害网络安全的行为…举报" against 任何个人和组织有权对危害网络安全的行为向网信、电信、公安等部门举报
(网络安全法第十五条); "只有金融机构有权举报" against 任何单位和个人发现洗钱活动，有权…举报 (反洗钱法第十一条); "只有用户不得…申请
冻结" against 任何单位和个人不得对非银行支付机构存放备付金的账户申请冻结 (非银行支付机构监督管理条例第二十九条). The statutes
give complaints, reports and some duties and bans to 任何组织、个人 / 任何单位和个人 / 任何个人和组织 (个人信息保护法第六十五条,
数据安全法第十二条, 反洗钱法第十条、第四十条): a claim that keeps the act and hands it to one kind of party alone narrows the
holder. universal_holders.py reads the opposite slip (every party where the clause names one); only_one_item (scope.py) an
"only" over the items of a list, not over the party.

Only Chinese claims on Chinese articles. The claim's "only" (只有 / 仅有 / 唯有 / 只能由 / 仅由 / 仅限 / 只限 / 仅, not after
不 / 非: 不只是, 并非只有 widen) must name a party (its head ends in a party noun of the statutes: 者, 机构, 机关, 组织, 单位,
企业, 用户, 本人 …) the article does not name at all, and the words after it must restate the predicate of the article's
sentence that opens with 任何 + 单位 / 组织 / 个人 (two character pairs at least, and more than of any other sentence). A
party given by a relative clause that restates the article's own condition (只有经依法批准的企业 against 未经依法批准，任何单位
和个人不得从事…支付业务) is the condition, not a narrower holder, and is left alone.
"""

from __future__ import annotations

import re

from ..language import is_chinese
from ..text.articles import CN_ARTICLE_LABEL
from ..text.tokens import chinese_pairs
from .modality import modal_classes, normalised

# the statutes' anyone-holders: 任何组织、个人 (个人信息保护法第六十五条), 任何个人、组织 (数据安全法第十二条), 任何单位和个人
# (反洗钱法第十一条), 任何个人和组织 (网络安全法第十五条), 任何组织和个人 (互联网信息服务算法推荐管理规定第三十条)
_ANYONE_ZH = re.compile(r"任何(?:单位|组织|个人)(?:(?:、|和|及|以及|或者|或)(?:单位|组织|个人))*")
# the claim's "only" before a party (general Chinese usage), not negated (不只是 / 并非只有 / 不仅 widen the holder)
_ONLY_PARTY_ZH = re.compile(r"(?<![不非])(?:只有|仅有|唯有|只能由|仅能由|仅由|只由|仅限于?|只限于?|仅)"
                            r"([\u4e00-\u9fff]{2,24}?)(?=才|可以|可|有权|能够|能|应当|应|需要|须|必须|得|不得|不能|不可|无权|[，,])")
# the statutes' party nouns (the same general vocabulary as universal_holders._PARTY_NOUN_ZH, with the persons of the
# texts: 用户 非银行支付机构监督管理条例, 本人 征信业管理条例, 消费者 消费者权益保护法)
_PARTY_NOUN_ZH = re.compile(r"(?:者|人员|部门|机关|机构|委员会|银行|协会|组织|单位|企业|公司|平台|用户|本人|个人|消费者)")
_SENTENCE_ZH = re.compile(r"[^。；;\n]+")
# the article's sentence's opening before its holder: its label, or a condition sub-clause (未经依法批准，)
_LABEL_ZH = re.compile(rf"^\s*{CN_ARTICLE_LABEL}\s*")


def _head(party: str) -> str:
    """The party the claim's "only" names: after a relative clause's 的 the noun it qualifies (…被处理的个人本人 → 个人本人),
    otherwise the words up to the first party noun (境外企业购买…的 → 境外企业); '' when no party noun is named."""
    if "的" in party:
        after = party.rsplit("的", 1)[1]
        if after and _PARTY_NOUN_ZH.search(after):
            return after
    m = _PARTY_NOUN_ZH.search(party)
    return party[: m.end()] if m else ""


def _anyone_sentences(article: str) -> list[tuple[str, str, str]]:
    """(condition, predicate, sentence) of each sentence of the article whose subject is an anyone-holder: the words around the
    holder before its modal (未经依法批准 / 发现洗钱活动) and the sentence after the holder."""
    found = []
    for sentence in _SENTENCE_ZH.findall(article):
        sentence = _LABEL_ZH.sub("", sentence)
        m = _ANYONE_ZH.search(sentence)
        if not m or re.search(r"[\u4e00-\u9fff]", sentence[: m.start()].split("，")[-1].split(",")[-1]):
            continue  # 任何 not opening its sub-clause: an object (拒绝任何单位或者个人查询), not the holder
        found.append((sentence[: m.start()], sentence[m.end() :], sentence))
    return found


def narrowed_anyone_holder(claim: str, clause_text: str) -> str:
    """The article's anyone-holder (任何单位和个人 …) when a Chinese claim gives its act to "only" a party the article does
    not name; '' otherwise."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return ""
    text, article = normalised(claim), normalised(clause_text)
    holders = _anyone_sentences(article)
    if not holders:
        return ""
    article_pairs = chinese_pairs(article)
    sentence_pairs = [chinese_pairs(s) for s in _SENTENCE_ZH.findall(article)]
    for m in _ONLY_PARTY_ZH.finditer(text):
        party = m.group(1)
        head = _head(party)
        if not head or "任何" in party or chinese_pairs(head) <= article_pairs:
            continue
        qualifier = party[: len(party) - len(head)] if party.endswith(head) else ""
        said = chinese_pairs(text[m.end() :]) | (chinese_pairs(party[len(head) :]) if not qualifier else set())
        best = max((len(said & p) for p in sentence_pairs), default=0)
        for condition, predicate, sentence in holders:
            if len(said & chinese_pairs(predicate)) < 2 or len(said & chinese_pairs(sentence)) < best:
                continue
            modals = modal_classes(predicate)
            case = condition + (predicate[: modals[0][0]] if modals else "")
            if qualifier and chinese_pairs(qualifier) & chinese_pairs(case):
                continue  # 只有经依法批准的企业: the article's own condition, not a narrower holder
            return _ANYONE_ZH.search(article).group(0)
    return ""


# an English claim's "only" before its party and the verb it governs (not "not only": that widens the holder)
_ONLY_PARTY_EN = re.compile(r"(?<!not )\bonly ((?:the |a |an )?[a-z][a-z -]{2,60}?)\s+(?:may|can|must|shall|are|is|have|has|"
                            r"need|needs)\b(.*)$", re.I)
# words of a party that is itself anyone (general English usage)
_ANYONE_EN = re.compile(r"\b(?:any|anyone|anybody|every|everyone|all)\b", re.I)


def narrowed_anyone_holder_across(claim: str, clause_text: str, chinese_words) -> str:
    """The same across the two languages: an English claim giving to "only" one kind of party what a Chinese article gives
    to anyone. The party's Chinese words (the lexicon's `chinese_words`) must be words the article does not use at all,
    and the words after it must give one the anyone-holder's sentence uses."""
    if is_chinese(claim) or not is_chinese(clause_text):
        return ""
    article = normalised(clause_text)
    holders = _anyone_sentences(article)
    m = _ONLY_PARTY_EN.search(normalised(claim))
    if not holders or not m or _ANYONE_EN.search(m.group(1)):
        return ""
    party = chinese_words(m.group(1))
    if not party or any(word in article for word in party):
        return ""
    said = chinese_words(m.group(2))
    for _, predicate, _ in holders:
        if any(word in predicate for word in said):
            return _ANYONE_ZH.search(article).group(0)
    return ""
