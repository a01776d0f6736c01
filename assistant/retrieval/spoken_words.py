"""The function words of a spoken Chinese question, left out of its BM25 query.

A colloquial question is full of pronouns, particles, prepositions and conjunctions (咱们, 他, 这个, 啥, 吗, 把, 给,
跟). The laws are written in formal Chinese and hardly use them, so BM25 gives each a high inverse frequency, and the
few articles that happen to contain one (他人's 他, 这个 in a policy) gain a score the question's subject never gave
them. STOP_ZH (text/tokens.py) covers the formal function words; the spoken ones are read from jieba's part-of-speech
tags (its dictionary's ICTCLAS tag set) rather than listed: a word tagged as pronoun, preposition, conjunction,
particle, modal particle, interjection or onomatopoeia carries no topic whatever its form. Content words (nouns, verbs,
adjectives, idioms, abbreviations, English words) stay, and so do adverbs, numerals and locatives: 从轻 and 2006年
name what is asked (measured: with them left out too, three golds fell out of the first ten).
"""

from __future__ import annotations

from functools import lru_cache

# ICTCLAS tag prefixes of function words (jieba's dictionary): r pronoun (rr, rz, rg too), p preposition,
# c conjunction, u particle (uj, ul, uz, ug, ud, uv), y modal particle, e interjection (not eng), o onomatopoeia
_FUNCTION_TAGS = ("r", "p", "c", "u", "y", "e", "o")


@lru_cache(maxsize=4096)
def pos_tagged(text: str) -> tuple[tuple[str, str], ...]:
    """The words of `text` with jieba's part-of-speech tags (its dictionary's ICTCLAS set), blanks left out."""
    import jieba.posseg as posseg

    from ..text.tokens import initialised_jieba

    initialised_jieba()  # the shared dictionary, with the taught legal terms
    return tuple((w, tag) for w, tag in posseg.cut(text) if w.strip())


@lru_cache(maxsize=4096)
def function_words(question: str) -> frozenset[str]:
    """The words of `question` that jieba tags as function words (pronouns, particles, prepositions …)."""
    return frozenset(w for w, tag in pos_tagged(question) if _is_function_tag(tag))


def _is_function_tag(tag: str) -> bool:
    return tag != "eng" and tag.startswith(_FUNCTION_TAGS)  # eng: an English word


def without_function_words(tokens: list[str], question: str) -> list[str]:
    """`tokens` (a BM25 query) without the question's function words; all of them if nothing else is left."""
    drop = function_words(question)
    kept = [t for t in tokens if t not in drop]
    return kept or tokens

