"""A case the clause bounds by a threshold, restated without it (pure, Chinese).

A clause often applies a rule only above a threshold it states in its case: 网络数据处理者处理1000万人以上个人信息的，还应当
遵守… (网络数据安全管理条例第二十八条), 处理个人信息达到国家网信部门规定数量的个人信息处理者应当指定… (个人信息保护法第五十二条).
A claim that restates the case, the act and what it is done to (处理…个人信息), with no figure and no word of a threshold
("网络数据处理者只要处理个人信息，就得…") states the rule for every case of the act: more than the clause says. The claim's
own figure is judged by the number checks, so a claim stating any figure is left to them.
"""

from __future__ import annotations

import re

from ..lexis.quantities import extract_quantities
from ..text.numerals import NUMBER
from .modality import normalised
from .wording import matching_sentences

# A threshold in a case: a count or amount with 以上 (not a range: 以上…以下 bounds a penalty), or 达到 … a number,
# scale or standard (general drafting of the laws: 达到国家网信部门规定数量, 达到一定规模)
_THRESHOLD = re.compile(rf"(?:[0-9]+(?:\.[0-9]+)?|{NUMBER})[万亿]?(?:人|户|条|家|个|名|元|次|笔|项)?"
                        r"(?:以上|及以上)(?![^，,。；;]{0,12}以下)|"
                        r"达到[^，,。；;的]{0,20}(?:数量|规模|标准|金额|门槛)")

# the act before the threshold and what it is done to after it, up to the 的 that closes the case (处理1000万人以上个人信息的);
# or, when the threshold closes the case itself, the act and its object before it (处理个人信息达到…规定数量的)
_BEFORE = re.compile(r"([\u4e00-\u9fff]{2})$")
_AFTER = re.compile(r"^([\u4e00-\u9fff]{2,8}?)的")
_ACT_AND_OBJECT_BEFORE = re.compile(r"([\u4e00-\u9fff]{2})([\u4e00-\u9fff]{2,4})$")

# words of a claim that keep a threshold, if not its figure (general usage: 以上 / 超过 / 达到 / 一定 / 大量 / 规模 …)
_KEPT_ZH = re.compile(r"以上|超过|达到|不少于|不低于|多于|一定|大量|大规模|规模|门槛|规定数量|数量|较多|众多|海量|千万|万人")

# at most this many characters between the act and its object in the claim (处理客户个人信息: a party word between)
GAP = 3


def dropped_threshold(claim: str, clause_text: str) -> str:
    """The clause's case (its text up to the 的 that closes it) whose threshold a Chinese claim restating it drops; ''
    when none is dropped."""
    claim, clause_text = normalised(claim), normalised(clause_text)
    if extract_quantities(claim) or _KEPT_ZH.search(claim):
        return ""
    for m in _THRESHOLD.finditer(clause_text):
        before = _BEFORE.search(clause_text[: m.start()])
        after = _AFTER.match(clause_text[m.end():])
        both = _ACT_AND_OBJECT_BEFORE.search(clause_text[: m.start()])
        if before and after:
            act, thing = before.group(1), after.group(1)
        elif both and clause_text[m.end(): m.end() + 1] == "的":
            act, thing = both.group(1), both.group(2)
        else:
            continue
        # (the act as a verb: 处理者 is the party, "个人信息处理者须把…个人信息" no act done to it)
        if not re.search(re.escape(act) + rf"(?!者)[^者，,。；;]{{0,{GAP}}}?" + re.escape(thing), claim):
            continue
        ranked = matching_sentences(claim, clause_text)
        if ranked and m.group(0) not in ranked[0][0]:
            continue  # the claim paraphrases another sentence of the article (个人信息保护法第五十二条第二款)
        start = max((p.end() for p in re.finditer(r"[，,。；;\n]", clause_text[: m.start()])), default=0)
        return clause_text[start : m.end() + (after.end() if after else 1)]
    return ""
