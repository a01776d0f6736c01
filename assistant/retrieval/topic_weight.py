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
from collections.abc import Callable, Iterable, Mapping

from ..language import has_cjk


def topic_weights(words: Iterable[str], rarity: Callable[[str], float],
                  concepts: Iterable[str] = ()) -> dict[str, float]:
    """Each topic word with its inverse document frequency, -log(share of clauses holding it), counted CONCEPT_FACTOR
    times when it is part of a phrase the glossary knows (`concepts`: 标准合同, 算法备案, subject access request), the
    concept the question is about rather than what it does with it (签完, 上线, 完成). Words the corpus never uses get
    no weight: no clause can carry them, and a question in words foreign to the corpus is the vocabulary check's to
    judge (coverage._foreign_vocabulary), not this one's."""
    concepts = list(concepts)
    weights = {}
    for word in words:
        share = rarity(word)
        if 0 < share < 1:
            weights[word] = -math.log(share) * (CONCEPT_FACTOR if any(_in_phrase(word, c) for c in concepts) else 1)
    return weights


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
            if word in clause_tokens or (has_cjk(word) and word in clause_text)
            or any(_in_phrase(word, phrase) and any(t.lower() in lowered for t in terms)
                   for phrase, terms in bridges.items())}


def carried_share(weights: Mapping[str, float], carried: set[str], reachable: set[str]) -> float:
    """Share of the weight of the `reachable` words (those some retrieved clause carries) that one clause carries.
    Words no retrieved clause carries are left out: questions are asked in everyday words (网上, 凑) the laws do not
    use, and cross-language words (an English question on a Chinese law) no Chinese clause can hold; what counts is
    whether the clause stating the figure names what the retrieval found of the question's topic, or only part of it
    while other clauses name the rest (标准合同 in the cross-border articles, 三十个工作日 in the algorithm-filing one)."""
    total = sum(weights[w] for w in reachable)
    if not total:
        return 1.0
    return sum(weights[w] for w in carried & reachable) / total


def _in_phrase(word: str, phrase: str) -> bool:
    if has_cjk(word):
        return word in phrase
    return word in phrase.lower().replace("-", " ").split() or word == phrase.lower()
