"""Chinese compounds in the vocabulary test (vocabulary._foreign_vocabulary): jieba's search mode cuts a long word
into the word and its pieces (客户名单 → 客户, 名单, 户名, 客户名单; 保险代理 → 保险, 代理, 保险代理), so one word no clause
uses was counted several times against a question, pieces straddling two words (户名 of 客户|名单) included; and a
compound written as two of the texts' words joined (客户名单 = 客户 + 名单, 数据平台 = 数据 + 平台) says what its two words
say, as an English closed compound does (everyday_english.written_apart_in_texts). General Chinese word formation,
no word list.
"""

from __future__ import annotations

from collections.abc import Callable

from ..language import has_cjk

# each part of a joined compound is a word of two characters or more (a one-character part, 肉 of 红烧肉, is no word
# the texts' use of says anything about)
PART_CHARS = 2


def joined_of_texts_words(word: str, doc_freq: Callable[[str], float]) -> bool:
    """A Chinese word no clause uses, written as two words the clauses do use (客户名单 = 客户 + 名单)."""
    if not has_cjk(word) or len(word) < 2 * PART_CHARS:
        return False
    return any(doc_freq(word[:i]) > 0 and doc_freq(word[i:]) > 0 for i in range(PART_CHARS, len(word) - PART_CHARS + 1))


def pieces_of_longer_words(words: set[str]) -> set[str]:
    """The Chinese words of `words` that lie inside a longer Chinese word of `words`: jieba's search-mode pieces of
    it, counted with the longer word already."""
    cjk = [w for w in words if has_cjk(w)]
    return {w for w in cjk if any(len(o) > len(w) and w in o for o in cjk)}
