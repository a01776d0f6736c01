"""A duty or right given to every party of a kind where the clause gives it to a narrower kind (pure).

"所有网络数据处理者都应当每年发布个人信息保护社会责任报告" against 大型网络平台服务提供者应当每年度发布个人信息保护社会责任报告
(网络数据安全管理条例第四十四条): the claim's party is quantified over all of its kind (所有 / 一切 / 任何 / 全部 / 凡 / 每个 /
各类), while the article binds only a party it names otherwise, or the claim's kind narrowed by what stands before it
(从事金融业务的金融机构, 重要数据的处理者, 大型网络平台服务提供者). The actor checks (actors/) read both parties as the same
side (organisations that process or provide) and find nothing; the scope checks (scope.py) look for conditions and
exceptions the claim leaves out, and a restriction built into the party's own name is neither.

Only Chinese claims on Chinese articles: the party's words are compared as written. The claim's party must end in a party
noun of the statutes (者, 机构, 银行, 部门 …: the same general vocabulary as actors/findings._PARTY_NOUN_ZH), the article
must put a modal verb on some party, and must itself say of no party "any / all" (任何组织、个人不得…: a universal word of
the clause licenses the claim's, as in scope.py).
"""

from __future__ import annotations

import re

from ..text.articles import CN_ARTICLE_LABEL
from ..language import is_chinese
from .modality import Finding, normalised, modal_classes

# the claim's universal word, its party and the modal verb it governs: 所有网络数据处理者都应当, 任何金融机构均不得,
# 凡是支付机构一律必须, 每家银行都要 (general Chinese usage; 都 / 均 / 一律 / 也 repeat the quantifier before the verb)
_UNIVERSAL_PARTY_ZH = re.compile(r"(?:所有|一切|任何|全部|凡是?|每一?[个家类位]|各类|各种)的?"
                                 r"([\u4e00-\u9fff]{2,16}?)(?:都|均|一律|也|全都|统统)?"
                                 r"(?=应当|应该|应|必须|须|需要|要|得|不得|不能|可以|有权|无权|无需|不必|不用)")
# the statutes' party nouns (者, 人员, 机构, 部门 …): the claim's word must name a kind of party
_PARTY_NOUN_ZH = re.compile(r"(?:者|人员|部门|机关|机构|委员会|银行|协会|组织|单位|企业|公司|平台)$")
# what may stand right before the party in the article and leave it unnarrowed: the start of a sub-clause, a
# coordinating word, a governing word (由 / 向 / 对 / 经 / 要求 …) or a determiner (各 / 该 / 其 / 有关 / 相关 / 本)
_BARE_BEFORE_ZH = re.compile(rf"(?:^|[。；;，,：:、\s（(]|和|及|与|或|或者|以及|并|由|向|对|经|要求|督促|各|该|其|有关|相关|本|其他|"
                             rf"{CN_ARTICLE_LABEL})$")
# the article's own universal word before a party (任何组织、个人; 一切单位; 所有…): licenses the claim's
_CLAUSE_UNIVERSAL_ZH = re.compile(r"任何|所有|一切|全部|凡|一律|均")


def _bare_mention(party: str, article: str) -> bool:
    """Whether the article names the party as it stands, not only inside a longer name or after words that narrow it
    (从事…的金融机构, 大型网络平台服务提供者 for 服务提供者)."""
    for m in re.finditer(re.escape(party), article):
        if _BARE_BEFORE_ZH.search(article[max(0, m.start() - 4) : m.start()]):
            return True
    return False


def _holders(article: str) -> list[str]:
    """The opening words of each sub-clause of the article that puts a modal verb on a party (the party noun before it, or
    the sub-clause before when the subject stands alone before a comma: 中国消费者协会以及…设立的消费者协会，可以…)."""
    found, before = [], ""
    for part in re.split(r"[。；;，,：:]", article):
        modals = modal_classes(part)
        head = part[: modals[0][0]].strip() if modals else ""
        if modals and not head:
            head = before.strip()
        if modals and _PARTY_NOUN_ZH.search(head):
            found.append(head)
        before = part
    return found


def narrowed_universal_party(claim: str, clause_text: str) -> Finding | None:
    """A finding when a Chinese claim says every party of a kind must (may, must not) do something, and the Chinese article
    names that kind only narrowed, or not at all, while putting its modal verbs on other parties."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return None
    text, article = normalised(claim), normalised(clause_text)
    if _CLAUSE_UNIVERSAL_ZH.search(article):
        return None
    holders = _holders(article)
    if not holders:
        return None
    for m in _UNIVERSAL_PARTY_ZH.finditer(text):
        party = m.group(1)
        if not _PARTY_NOUN_ZH.search(party) or _bare_mention(party, article):
            continue
        return Finding("scope", f"the claim puts this on every {party}; the clause only on 「{holders[0]}」")
    return None
