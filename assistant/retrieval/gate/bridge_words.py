"""The Chinese words an English question can share with Chinese clauses (pure logic, part of the coverage gate).

An English question answered from Chinese clauses shares no word with them, so the gate counted any such question as
tied to its leading clauses (assess._ties_to_key_terms, "across") and the no-overlap floor never applied to it. Yet
its words reach Chinese text through the language layer: the lexicon's Chinese words for its English words
(lexicon.toml), CC-CEDICT's (topic.dictionary_words) and its glossary entries' legal terms. When none of those, of any
frequency, stands in a leading Chinese clause, nothing but the embedder ties the question to what it retrieved
("Which bank stocks will outperform next quarter?" against banking clauses at 0.79): it is held to the no-overlap
floor as a question sharing no key term is. Only for a question naming no Chinese law or cue (assess's
about_chinese_law): one that does is asked of Chinese text by its own words, and its English may be a title's
(the Cybersecurity Law, China's standards), which the lexicon need not hold.
Round 47 (issue 11), gate on cached retrievals of the round's baseline, the pools' English items (552 out-of-scope,
1,591 answerable): out-of-scope refused 491 -> 492 (the stock tip above, of the id-hash tune half), answerable wrongly
refused unchanged (58). Read from the same items before the change: without the exception for a question naming a
Chinese law or cue, +2 near misses for +3 answerable ones lost (an AI clause of the Cybersecurity Law, paperwork in
China that cannot be signed electronically, China's cybersecurity standards). The English near misses the round before
read as passing here (on call, out-of-office, parking) do not: their words reach a leading clause through rare
lexicon words (支付, 平台; 答复) or their leading clauses are not all Chinese.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ...language import has_cjk
from ...lexis.lexicon import load_lexicon
from .topic import LEADING_CLAUSES, dictionary_words


def bridge_words(question: str, doc_freq: Callable[[str], float], expansion: Iterable[str] = ()) -> list[str]:
    """The Chinese words the language layer gives for `question`'s English words: the lexicon's, the dictionary's
    (any share of the clauses under 1: here a word ties, it does not have to be rare) and the glossary's legal terms."""
    words = list(load_lexicon().chinese_words(question))
    words += dictionary_words(question, doc_freq, rare=1.0)
    words += [term for term in expansion if has_cjk(term)]
    return words


def bridged_to_leading(question: str, retrieval, doc_freq: Callable[[str], float], expansion: Iterable[str] = ()) \
        -> bool:
    """Does a leading Chinese clause hold one of the question's bridge words?"""
    leading = [h.clause.text for h in retrieval.hits[:LEADING_CLAUSES] if has_cjk(h.clause.text)]
    return any(w in text for w in bridge_words(question, doc_freq, expansion) for text in leading)
