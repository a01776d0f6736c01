"""A Chinese question's words that the texts never use, given the texts' own words for them.

People ask in everyday words and the laws answer in legal ones: 社保 for 社会保障, 运维 for 运行、维护, 尽调 for 尽职
调查; 借给 for 出借, 删掉 for 删除, 封存 for 查封. A question word no clause holds adds nothing to BM25, so the article
that answers it loses to one repeating another of its words. Two regular patterns of Chinese word formation bridge the
gap without a word list, read from the texts themselves:

- an abbreviation keeps the first character of each word of a phrase (社会保障 → 社保, 尽职调查 → 尽调, 运行、维护 →
  运维, 网络安全 → 网安): the texts' runs of two to four words, read by their initials, give the phrase a short form
  stands for, when the texts write the phrase at least `min_phrase_count` times;
- an everyday word and its legal counterpart share a morpheme and a meaning (借给 / 出借 "to lend", 删掉 / 删除 "to
  delete", 关掉 / 关闭 "to shut"): a word of the texts holding one of the question word's characters whose CC-CEDICT
  senses share an English gloss word with it (cedict.gloss_words; common English words, "to have", "kind", say
  nothing), among the texts' words found in few clauses, the most used first.

Only for a word jieba's dictionary counts as rare (an everyday word such as 以后 or 不行 has many senses and shares one
with some legal word by chance) that the texts never write, not even inside another word. Measured on the round-37
tuning pool (hybrid/query_words.py, config.texts_wording): 7 questions up, 3 down; in the dense query too the words
moved as many down as up.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)*")  # a run of words, a list joined by 、 included


def phrase_initials(word_runs: Iterable[list[str]], max_words: int = 4) -> dict[str, Counter]:
    """Initials → the phrases (words joined by spaces) of two to `max_words` words of two characters or more that they
    abbreviate, with how often the texts write each, from the texts' runs of words."""
    table: dict[str, Counter] = defaultdict(Counter)
    for words in word_runs:
        for w in words:  # a four-character word of two words keeps their first characters (网络安全 → 网安)
            if len(w) == 4 and _CJK_WORD.fullmatch(w):
                table[w[0] + w[2]][w] += 1
        long_enough = [bool(_CJK_WORD.fullmatch(w)) for w in words]
        for n in range(2, max_words + 1):
            for i in range(len(words) - n + 1):
                if all(long_enough[i:i + n]):
                    table["".join(w[0] for w in words[i:i + n])][" ".join(words[i:i + n])] += 1
    return dict(table)


def word_runs(texts: Iterable[str], cut: Callable[[str], list[str]]) -> Iterable[list[str]]:
    """The words of each run of Chinese text (a list joined by 、 is one run: 建设、运行、维护), cut by `cut` (jieba)."""
    for text in texts:
        for run in _CJK_RUN.findall(text):
            yield [w for part in run.split("、") for w in cut(part)]


def spelled_out(word: str, initials: dict[str, Counter], min_phrase_count: int) -> list[str]:
    """The words of the phrase `word` abbreviates (its most frequent one, ties by the phrase), or []."""
    phrases = initials.get(word)
    if not phrases:
        return []
    phrase, count = min(phrases.items(), key=lambda kv: (-kv[1], kv[0]))
    return phrase.split() if count >= min_phrase_count else []


def same_morpheme_words(word: str, glosses: Callable[[str], frozenset], words_with_char: dict[str, frozenset],
                        frequency: dict[str, int], limit: int) -> list[str]:
    """The texts' words sharing a character and a CC-CEDICT gloss word (`glosses`: a word's, common English words left
    out) with `word`, not holding it nor held by it, those the texts use most first (ties by the word)."""
    own = glosses(word)
    if not own:
        return []
    candidates = set().union(*(words_with_char.get(ch, frozenset()) for ch in set(word)))
    found = [w for w in candidates if word not in w and w not in word and own & glosses(w)]
    return sorted(found, key=lambda w: (-frequency.get(w, 0), w))[:limit]


class TextsWording:
    """The tables the two patterns read, built once per corpus view from the texts written in Chinese."""

    def __init__(self, initials: dict[str, Counter], glosses: Callable[[str], frozenset],
                 words_with_char: dict[str, frozenset], frequency: dict[str, int], text: str):
        self.initials = initials
        self.glosses = glosses  # a word's CC-CEDICT gloss words (remembered by the caller)
        self.words_with_char = words_with_char
        self.frequency = frequency
        self.text = text  # every Chinese text, joined: a word the texts write anywhere is theirs, not a gap
        self._found: dict[tuple[str, int, int], tuple[list[str], bool] | None] = {}

    def words_for(self, word: str, min_phrase_count: int, limit: int) -> tuple[list[str], bool] | None:
        """The texts' words for a question word none of their clauses holds, and whether they are the phrase it
        abbreviates (else the words sharing a morpheme and a meaning with it); None without any. Remembered."""
        key = (word, min_phrase_count, limit)
        if key not in self._found:
            self._found[key] = self._words_for(word, min_phrase_count, limit)
        return self._found[key]

    def _words_for(self, word: str, min_phrase_count: int, limit: int) -> tuple[list[str], bool] | None:
        if word in self.text:
            return None  # a piece of the texts' wording that their words cut elsewhere (人民银行 in 中国人民银行)
        if phrase := spelled_out(word, self.initials, min_phrase_count):
            return phrase, True
        found = same_morpheme_words(word, self.glosses, self.words_with_char, self.frequency, limit) if limit else []
        return (found, False) if found else None
