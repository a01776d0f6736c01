"""Compound terms the Chinese texts use as units, indexed by BM25 as tokens of their own beside jieba's pieces.

jieba cuts a multi-word term of the texts (网络安全事件, 安全评估, 客户名单) into its words, and search mode adds only the
dictionary's sub-words: BM25 then scores 安全 and 评估 wherever they occur apart, and an article using the term scores no
higher than one using both words in different sentences. A run of two or three adjacent jieba words (3–8 characters,
no stop word, no numeral) that the texts write in `MIN_ARTICLES` to `MAX_ARTICLES` articles and that jieba never gives as one
word is such a term (the collocation test of corpus linguistics: a word sequence recurring as a unit). Each occurrence
of such a string, in a clause or a question, becomes one more token, so a question writing the term matches it as one
rare token. Built once per corpus view from the Chinese-side clauses; a question costs one substring scan of its
Chinese runs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from ..text.numerals import NUMBER
from ..text.tokens import CJK_CHARS, STOP_ZH, segment

MIN_ARTICLES = 3  # a string written in three articles recurs as a unit (two may be one passage restated)
# … and at most ten: a rare token of a few articles on one topic (重要数据目录, 数据分类分级). A term running through a whole
# text (处理个人信息 in 45 articles, 客户信息 in the customer-information policy's 14) only repeats the words it is made of
# and lifts that text over the law asked (pool:zh dev half without this bound: 3 up / 7 down)
MAX_ARTICLES = 10
MIN_CHARS, MAX_CHARS = 3, 8  # two words of one character each are no compound; 8: four two-character words
MAX_WORDS = 3
_RUN = re.compile(f"[{CJK_CHARS}]+")
_NUMBER = re.compile(NUMBER)


def corpus_compounds(units: Iterable[tuple[object, str]], min_articles: int = MIN_ARTICLES,
                     max_articles: int = MAX_ARTICLES) -> frozenset[str]:
    """The compound terms of (article key, Chinese text) pairs: runs of 2–3 adjacent precise-mode jieba words of two
    characters or more, none a stop word, no numeral, that `min_articles` distinct keys hold and that jieba never
    gives as one word, held by at most `max_articles`; a compound always found inside one longer compound (as many
    articles) is left to the longer."""
    held: dict[str, set] = defaultdict(set)
    words_seen: set[str] = set()
    for key, text in units:
        for run in _RUN.findall(text):
            words = segment(run)
            words_seen.update(words)
            for i in range(len(words)):
                span = words[i]
                if span in STOP_ZH or len(span) < 2:
                    continue
                for j in range(i + 1, min(i + MAX_WORDS, len(words))):
                    word = words[j]
                    if word in STOP_ZH or len(word) < 2:
                        break
                    span += word
                    if len(span) > MAX_CHARS:
                        break
                    if len(span) >= MIN_CHARS and not _NUMBER.search(span):
                        held[span].add(key)
    found = {s: len(keys) for s, keys in held.items()
             if min_articles <= len(keys) <= max_articles and s not in words_seen}
    # closed terms only: 其他直接责任 inside 其他直接责任人员 in the same articles adds nothing of its own
    longer: dict[str, int] = defaultdict(int)
    for s, n in found.items():
        for a in range(len(s)):
            for b in range(a + MIN_CHARS, len(s) + 1):
                if (a, b) != (0, len(s)):
                    longer[s[a:b]] = max(longer[s[a:b]], n)
    return frozenset(s for s, n in found.items() if longer.get(s, 0) < n)


def compound_tokens(text: str, compounds: frozenset[str] | set[str]) -> list[str]:
    """Every occurrence of a compound term in `text`'s Chinese runs, in order (repeats kept: BM25 counts them)."""
    if not compounds:
        return []
    out: list[str] = []
    for run in _RUN.findall(text):
        if len(run) < MIN_CHARS:
            continue
        for a in range(len(run) - MIN_CHARS + 1):
            for b in range(a + MIN_CHARS, min(a + MAX_CHARS, len(run)) + 1):
                if run[a:b] in compounds:
                    out.append(run[a:b])
    return out
