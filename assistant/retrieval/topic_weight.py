"""How much of what a question is about does a clause carry? Pure logic for the coverage gate's near-miss check.

A clause may state the kind of figure a question asks for (三十个工作日) and share some of its words (网信, 备案) while
being about another object: the algorithm-filing rules' 三十个工作日 are no answer to a question on filing a
cross-border standard contract (标准合同), whose object the clause never names. Counting shared words treats 备案 and
标准合同 alike; weighting each of the question's topic words by how specific it is in the corpus (inverse document
frequency over the indexed clauses, the index's own statistics) and asking that the clause carry most of that weight
makes the object the question names count for what it is.

A question word the glossary bridges to the laws' terms (征信报告 → 信用报告, 关基 → 关键信息基础设施) is carried by a
clause using one of the legal terms of that entry: questions are asked in everyday words the laws put otherwise.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping

from ..language import has_cjk
from ..text.tokens import tokenize


def topic_weights(words: Iterable[str], rarity: Callable[[str], float],
                  concepts: Iterable[str] = ()) -> dict[str, float]:
    """Each topic word with its inverse document frequency, -log(share of clauses holding it), counted CONCEPT_FACTOR
    times when it is part of a phrase the glossary knows (`concepts`: 标准合同, 算法备案, subject access request), the
    concept the question is about rather than what it does with it (签完, 上线, 完成). Words the corpus never uses get
    no weight: no clause can carry them, and a question in words foreign to the corpus is the vocabulary check's to
    judge (vocabulary._foreign_vocabulary), not this one's; unless `concepts` maps a glossary phrase holding the word to
    that entry's legal terms, which a clause can carry (`_legal_terms_share`)."""
    terms_of = concepts if isinstance(concepts, Mapping) else {}
    concepts = list(concepts)
    weights = {}
    for word in words:
        share = rarity(word)
        in_concept = any(_in_phrase(word, c) for c in concepts)
        if not 0 < share < 1 and in_concept:
            share = _legal_terms_share(word, terms_of, rarity)
        if 0 < share < 1:
            weights[word] = -math.log(share) * (CONCEPT_FACTOR if in_concept else 1)
    return weights


def _legal_terms_share(word: str, terms_of: Mapping[str, tuple[str, ...]], rarity: Callable[[str], float]) -> float:
    """A question's own word the corpus never uses (抵债) that a glossary entry ties to the laws' terms (抵债 →
    「行使抵押权、质权而取得的不动产或者股权」, 商业银行法第四十二条) names what the question is about in everyday words:
    it weighs as much as the commonest word of those terms in its script (so no more than any of them), instead of
    nothing. Without it the clause stating the asked figure in the law's words carried only the question's generic
    words (银行) and lost to a clause sharing an incidental one (收回 of 人民币 收回、销毁). 0 when no term helps.
    The commonest word, not the rarest, so that the concept weighs no more than its most generic legal word does (one
    choice, not tuned; round 13)."""
    shares = [rarity(t) for phrase, terms in terms_of.items() if _in_phrase(word, phrase)
              for term in terms if has_cjk(term) == has_cjk(word) for t in tokenize(term) if len(t) >= 2]
    return max((s for s in shares if 0 < s < 1), default=0.0)


# How much more a word of a glossary concept counts than the question's other words. Only 1 and 2 were tried (round 9,
# tuning data of coverage.CARRIED_SHARE): at share 0.5, 2 keeps the refusals (229 of 251) and wrongly refuses one
# answerable question fewer (30 of 656 instead of 31).
CONCEPT_FACTOR = 2.0


def carried_words(weights: Mapping[str, float], clause_text: str, clause_tokens: set[str],
                  bridges: Mapping[str, tuple[str, ...]] = {}) -> set[str]:
    """The question's topic words a clause carries: it holds the word (as a token, or for Chinese as a substring: the
    segmenter cuts 工作日内 and 工作日 differently in two texts), or a glossary entry ties the word to a legal term the
    clause uses (`bridges`: question phrase → the entry's terms)."""
    lowered = clause_text.lower()
    return {word for word in weights
            if word in clause_tokens or (has_cjk(word) and (word in clause_text or _contracted_in(word, clause_text)
                                                            or _legal_register_in(word, clause_text)))
            or any(_in_phrase(word, phrase) and any(t.lower() in lowered for t in terms)
                   for phrase, terms in bridges.items())}


def carried_share(weights: Mapping[str, float], carried: set[str], reachable: set[str]) -> float:
    """Share of the weight of the `reachable` words (those some retrieved clause carries) that one clause carries.
    Words no retrieved clause carries are left out: questions are asked in everyday words (网上, 凑) the laws do not
    use, and cross-language words (an English question on a Chinese law) no Chinese clause can hold; what counts is
    whether the clause stating the figure names what the retrieval found of the question's topic, or only part of it
    while other clauses name the rest (标准合同 in the cross-border articles, 三十个工作日 in the algorithm-filing one)."""
    total = math.fsum(weights[w] for w in reachable)  # fsum: sets iterate in hash-seed order; the share must not
    if not total:
        return 1.0
    return math.fsum(weights[w] for w in carried & reachable) / total


def _contracted_in(word: str, text: str) -> bool:
    """A two-character Chinese word that contracts a four-character term of the text by the first character of each
    of its halves (监管 of 监督管理, 数安 of 数据安全, 网安 of 网络安全): questions use the contraction, the laws the full
    term (银行业监督管理法, 国务院银行业监督管理机构). Only the full form in the text counts, not any two characters."""
    return len(word) == 2 and re.search(f"{re.escape(word[0])}[\u4e00-\u9fff]{re.escape(word[1])}[\u4e00-\u9fff]",
                                        text) is not None


def _legal_register_in(word: str, text: str) -> bool:
    """A party named in everyday words with 商 (服务商, 运营商, 提供商) is named in the laws with 者: 服务提供者 (95 times in
    the indexed Chinese texts, e.g. 电子签名法 「电子认证服务提供者」), 网络运营者 (62, 网络安全法); the text holds the stem
    with 者 or 提供者."""
    stem = word[:-1]
    if word in _SUPPLIER:  # the supplier of a service or product is its 提供者 in the laws, whatever it supplies
        return "提供者" in text
    return len(word) >= 3 and word.endswith("商") and (stem + "者" in text or stem + "提供者" in text)


# Everyday words for whoever supplies a product or service, whose stem is not the laws' (供应, 厂): the laws name that
# party 提供者 (网络安全法第二十二条 「网络产品、服务的提供者」, 电子签名法第十七条 「电子认证服务提供者」, 生成式人工智能服务管理暂行
# 办法 「生成式人工智能服务提供者」). General Chinese: 供应商 supplier, 厂商 manufacturer/vendor.
_SUPPLIER = frozenset({"供应商", "厂商"})


def _in_phrase(word: str, phrase: str) -> bool:
    if has_cjk(word):
        return word in phrase
    return word in phrase.lower().replace("-", " ").split() or word == phrase.lower()
