"""BM25 over clause texts with Chinese (jieba) and English word tokenisation."""

from __future__ import annotations

import logging
import re
import threading

import numpy as np

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*|\d+(?:\.\d+)?")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
# High-frequency function words carry no signal for clause retrieval.
_STOP_ZH = set("的 了 和 与 或 及 等 在 是 对 为 其 由 应当 可以 不得 按照 依照 有关 以及 或者 并 将 被 该 本 之 中 上 下 所 者 这 那 什么 哪些 如何 是否 吗 呢".split())
_STOP_EN = set(
    "a an the of to in on for by with and or as at is are was were be been being it its this that these those "
    "which who whom whose from under into than then such any all each other shall may must not no".split()
)

_jieba_lock = threading.Lock()
_jieba_ready = False


def _jieba():
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


def defined_terms(texts) -> list[str]:
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


def teach_terms(terms) -> None:
    """Make jieba keep each term whole (idempotent; the tokens of a corpus depend on it, see CorpusView)."""
    fresh = [t for t in terms if t not in _taught]
    if not fresh:
        return
    jieba = _jieba()
    with _jieba_lock:
        for term in fresh:
            jieba.add_word(term, freq=max(jieba.get_FREQ(term) or 0, 20000))
            _taught.add(term)


def tokenize(text: str) -> list[str]:
    """Lower-cased English words and jieba search-mode Chinese words, stop words removed."""
    tokens: list[str] = []
    for word in _WORD.findall(text):
        w = word.lower()
        if w not in _STOP_EN:
            tokens.append(w)
    cjk_runs = _CJK.findall(text)
    if cjk_runs:
        jieba = _jieba()
        for run in cjk_runs:
            for w in jieba.cut_for_search(run):
                if w not in _STOP_ZH:
                    tokens.append(w)
    return tokens


class LexicalIndex:
    """bm25s over pre-tokenised documents; scoring takes a boolean mask so filters cost nothing extra."""

    def __init__(self, token_lists: list[list[str]]):
        import bm25s

        self.size = len(token_lists)
        self._bm25 = bm25s.BM25()
        # bm25s needs at least one token per document
        self._bm25.index([t or ["∅"] for t in token_lists], show_progress=False)
        self._vocab = set(self._bm25.vocab_dict)

    def scores(self, query_tokens: list[str], mask: np.ndarray | None = None) -> np.ndarray:
        known = [t for t in query_tokens if t in self._vocab]
        if not known or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        scores = np.asarray(self._bm25.get_scores(known), dtype=np.float32)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        return scores

    def top(self, query_tokens: list[str], n: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        scores = self.scores(query_tokens, mask)
        if n <= 0 or not scores.any():
            return []
        n = min(n, int((scores > 0).sum()))
        idx = np.argpartition(-scores, n - 1)[:n]
        idx = idx[np.argsort(-scores[idx], kind="stable")]
        return [(int(i), float(scores[i])) for i in idx]
