"""A right to refuse turned into a duty to comply (pure).

"对个人储蓄存款，商业银行有权拒绝任何单位或者个人查询、冻结、扣划，但法律另有规定的除外" (商业银行法第二十九条) lets the bank say
no. A claim that the bank must freeze or deduct a deposit when asked inverts it with no word polarity.py can set against
有权拒绝: the duty is to do the very act the clause lets the same party refuse. The statutes give such rights to refuse to
banks (商业银行法第二十九、三十、四十一条), inspected institutions (银行业监督管理法第三十四条) and individuals (个人信息保护法
第二十四条); the party must be the same, so a duty of the other side ("the handler must explain the automated decision")
is never read against the individual's right to refuse it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..text.articles import CN_CASE_END
from .actors.holders import _duty_pairs
# "Under the Commercial Bank Law, …": the law a claim cites is no condition it puts on the duty
from ..lexis.parties import actors_in
from .bodies import _CITING_OPENER_EN
from ..language import is_chinese
from .modality import Finding, normalised

# the party before 有权拒绝 (in its sub-clause) and what it may refuse (up to the end of the sub-clause)
_RIGHT_TO_REFUSE_ZH = re.compile(r"([^，。；;,]{0,30}?)有权拒绝([^，。；;,]{1,60})")
# the refused acts of the object, one per item of its list (查询、冻结、扣划; 发放贷款或者提供担保): each item's last two
# characters, the verb or its object noun
_ITEMS_ZH = re.compile(r"、|或者|以及|及|和")
# a claim that itself speaks of refusing states the right, whatever else it says
_REFUSING = re.compile(r"拒绝|拒不|\brefus|\bdeclin|\bturn(?:s|ed)? (?:it |them )?down\b|\breject", re.I)
# a claim whose duty is tied to the law's own demands restates the clause's exception (但法律另有规定的除外), not the rule
_WHERE_THE_LAW_SAYS = re.compile(r"另有规定|依法|依照法律|法律规定|法律要求|法院|\bunless\b|\bexcept\b|\b(?:by|under|the) law\b|"
                                 r"\blegal basis\b|\bcourt\b|\bstatut", re.I)


# the ones whose demand may be refused, before the acts (任何单位或者个人查询: the requesters are not refused acts)
_REQUESTERS_ZH = re.compile(r"^(?:任何|其他|有关)?(?:单位|个人|组织|机构|部门)(?:(?:或者|和|、|及)(?:单位|个人|组织|机构|部门))*")


def _refused_items(obj: str) -> list[str]:
    return [item[-2:] for item in _ITEMS_ZH.split(_REQUESTERS_ZH.sub("", obj)) if len(item) >= 2]


def _required_elsewhere(item: str, article: str) -> bool:
    """Whether a sentence of the article makes the refused act a duty itself (应当配合反洗钱调查 beside 有权拒绝接受调查)."""
    from .modality import modal_classes

    return any(item in part and any(cls == "obligation" for _, cls in modal_classes(part))
               for part in re.split(r"[。；;]", article) if "有权拒绝" not in part)


def refusal_made_duty(claim: str, clause_text: str,
                      chinese_words: Callable[[str], Iterable[str]] | None = None) -> Finding | None:
    """A claim (Chinese, or English with `chinese_words` to bridge its acts) that makes a party's duty an act the Chinese
    clause gives that same party the right to refuse."""
    if not is_chinese(clause_text):
        return None
    text = normalised(claim)
    zh = is_chinese(text)
    if not zh and chinese_words is None:
        return None
    body = text if zh else _CITING_OPENER_EN.sub("", text)
    if _REFUSING.search(text) or _WHERE_THE_LAW_SAYS.search(body):
        return None
    holders = {name for name, cls in _duty_pairs(text, reciprocal=False, pronouns=False) if cls == "obligation" and name}
    if not holders:
        return None
    acts = None if zh else set(chinese_words(text))
    article = normalised(clause_text)
    for m in _RIGHT_TO_REFUSE_ZH.finditer(article):
        # a right to refuse only in a case (调查人员少于二人或者未出示执法证件和调查通知书的，金融机构…有权拒绝接受调查, 反洗钱法
        # 第四十三条): the case's 的， before the party; outside it the duty stands (…应当配合反洗钱调查, the same article)
        if not holders & set(actors_in(m.group(1))) or CN_CASE_END.search(article[: m.start()].split("。")[-1]):
            continue
        done = [item for item in _refused_items(m.group(2)) if (item in text if zh else item in acts)
                and not _required_elsewhere(item, article)]
        if done:
            return Finding("right", f"the clause lets the party refuse {'、'.join(done)} (「有权拒绝{m.group(2)}」); the "
                                    f"claim makes it its duty")
    return None
