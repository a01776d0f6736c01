"""Tokenisers for matching legal text, in two kinds (pure apart from jieba's dictionary, loaded on first use).

- `tokenize`: words. English words and jieba search-mode Chinese words, stop words removed: what BM25 indexes
  and what coverage compares. Terms a law defines are taught to jieba (`teach_terms`), so 敏感个人信息 is one word.
- `bigram_terms`: CJK character bigrams plus Latin words: language-neutral and dictionary-free, for comparing a
  claim or a requirement with a clause sentence. Callers differ only in the options they pass.

(Counting the tokens of an LLM prompt is another thing: `assistant/tokens.py`.)
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from functools import lru_cache

from .numerals import NUMBER

CJK_CHARS = "\u3400-\u4dbf\u4e00-\u9fff"  # CJK unified ideographs and extension A
_CJK = re.compile(f"[{CJK_CHARS}]+")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*|\d+(?:\.\d+)?")
# High-frequency function words carry no signal for clause retrieval.
STOP_ZH = frozenset("的 了 和 与 或 及 等 在 是 对 为 其 由 应当 可以 不得 按照 依照 有关 以及 或者 并 将 被 该 本 之 中 上 下 所 者 这 那 什么 哪些 如何 是否 吗 呢".split())
STOP_EN = frozenset(
    "a an the of to in on for by with and or as at is are was were be been being it its this that these those "
    "which who whom whose from under into than then such any all each other shall may must not no".split()
)

_jieba_lock = threading.Lock()
_jieba_ready = False


def initialised_jieba():
    """The jieba module, initialised once (thread-safe) and quiet."""
    global _jieba_ready
    import jieba

    with _jieba_lock:
        if not _jieba_ready:
            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _jieba_ready = True
    return jieba


# Terms a law defines ("本法所称敏感个人信息，是指…", "“受益所有人”是指…", "个人信息处理者，是指…"): taught to
# jieba so 敏感个人信息 or 个人信息处理者 is one token (it also keeps its parts in search mode).
_DEFINED = [
    re.compile(r"(?:本(?:法|条例|办法|规定|细则)(?:中)?所称|所称)的?“?([\u4e00-\u9fff]{2,16}?)”?[，,]?(?:是指|指)"),
    re.compile(r"“([\u4e00-\u9fff]{2,16})”[，,]?(?:是指|指|包括)"),
    re.compile(r"(?:^|[。；;\n（(、）)])\s*([\u4e00-\u9fff]{3,12})[，,]是指"),
    re.compile(r"(?:条\s+|\n)([\u4e00-\u9fff]{2,10})是(?:以|一旦|指)"),  # 个人信息是以电子…; 敏感个人信息是一旦泄露…
]
_taught: set[str] = set()


def defined_terms(texts: Iterable[str]) -> list[str]:
    """The terms the given legal texts define, in order of first definition (pure)."""
    found: dict[str, None] = {}
    for text in texts:
        if "指" not in text:
            continue
        for pattern in _DEFINED:
            for m in pattern.finditer(text):
                term = m.group(1).removeprefix("所称")
                if len(term) >= 2 and not term.startswith(("本", "前款", "上述", "其他")):
                    found[term] = None
    return list(found)


def teach_terms(terms: Iterable[str]) -> None:
    """Make jieba keep each term whole (idempotent; the tokens of a corpus depend on it, see CorpusView)."""
    fresh = [t for t in terms if t not in _taught]
    if not fresh:
        return
    jieba = initialised_jieba()
    with _jieba_lock:
        for term in fresh:
            jieba.add_word(term, freq=max(jieba.get_FREQ(term) or 0, 20000))
            _taught.add(term)


def segment(text: str, hmm: bool = True) -> list[str]:
    """jieba's precise-mode words of `text`, nothing removed (names such as 个人贷款管理办法, a word-by-word diff).
    hmm=False: no guessing of words outside the dictionary."""
    return initialised_jieba().lcut(text, HMM=hmm)


# The last texts tokenised, keyed with how many terms jieba has been taught (its dictionary only grows by teach_terms):
# one search tokenises its BM25 text three times (clause and paragraph lists, heading stems), and coverage its question
# again. Bounded: cleared when full (an ingest tokenises every clause once).
_MEMO_SIZE = 512
_memo: dict[tuple[str, int], tuple[str, ...]] = {}


def tokenize(text: str) -> list[str]:
    """Lower-cased English words and jieba search-mode Chinese words, stop words removed."""
    key = (text, len(_taught))
    if (known := _memo.get(key)) is not None:
        return list(known)
    tokens = _tokenize(text)
    if len(_taught) == key[1]:  # not taught anything meanwhile (another thread): the key still names this dictionary
        if len(_memo) >= _MEMO_SIZE:
            _memo.clear()
        _memo[key] = tuple(tokens)
    return tokens


def _tokenize(text: str) -> list[str]:
    tokens: list[str] = []
    for word in _WORD.findall(text):
        w = word.lower()
        if w not in STOP_EN:
            tokens.append(w)
    cjk_runs = _CJK.findall(text)
    if cjk_runs:
        jieba = initialised_jieba()
        for run in cjk_runs:
            for w in jieba.cut_for_search(run):
                if w not in STOP_ZH:
                    tokens.append(w)
    return tokens


def chinese_pairs(text: str) -> set[str]:
    """The character pairs of `text`'s runs of common CJK ideographs (U+4E00–U+9FFF), nothing else: the wording a
    claim and a clause share, as the verifier's restatement tests count it."""
    return {run[i : i + 2] for run in re.findall(r"[\u4e00-\u9fff]+", text) for i in range(len(run) - 1)}


def bigram_terms(
    text: str, *, min_word: int = 2, digits: bool = True, stop: Iterable[str] = (), single_chars: bool = False,
    drop_numbers: bool = False,
) -> set[str]:
    """CJK character bigrams plus lower-cased Latin words: language-neutral, no dictionary.

    min_word: shortest Latin word kept; digits: whether digits count as word characters (data2024, not data);
    stop: Latin words left out; single_chars: a lone CJK character between non-CJK text is kept as a term;
    drop_numbers: blank out numbers first (Chinese ones too), so 保存五年 and 保存十年 give the same terms.
    """
    if drop_numbers:
        text = re.sub(NUMBER, " ", text)
    found: set[str] = set()
    for run in _CJK.findall(text):
        if single_chars and len(run) == 1:
            found.add(run)
        found.update(run[i : i + 2] for i in range(len(run) - 1))
    stop = frozenset(stop)
    words = re.findall(r"[a-z0-9]+" if digits else r"[a-z]+", text.lower())
    found.update(w for w in words if len(w) >= min_word and w not in stop)
    return found


@lru_cache(maxsize=1)
def _idioms() -> frozenset[str]:
    """The words jieba's own dictionary tags as idioms (POS `i`: 根本无法, 想方设法, 绳之以法), read once (0.1 s)."""
    import os

    jieba = initialised_jieba()
    with open(os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME), encoding="utf-8") as f:
        return frozenset(parts[0] for line in f if len(parts := line.split()) == 3 and parts[2] == "i")


def is_idiom(word: str) -> bool:
    """An idiom of jieba's dictionary (成语 and set phrases): never a name, whatever it ends in."""
    return word in _idioms()
