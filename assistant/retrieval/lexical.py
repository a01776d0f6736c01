"""BM25 over clause texts tokenised by `assistant.text.tokens.tokenize` (jieba words and English words)."""

from __future__ import annotations

import numpy as np


class LexicalIndex:
    """bm25s over pre-tokenised documents; scoring takes a boolean mask so filters cost nothing extra."""

    def __init__(self, token_lists: list[list[str]]):
        import bm25s

        self.size = len(token_lists)
        self._bm25 = bm25s.BM25()
        # bm25s needs at least one token per document, and at least one document: an index of policies alone has no
        # penalty items, and an empty index scores every query zero
        if token_lists:
            self._bm25.index([t or ["∅"] for t in token_lists], show_progress=False)
        self._vocab = set(self._bm25.vocab_dict) if token_lists else set()

    @property
    def vocabulary(self) -> frozenset[str] | set[str]:
        """The terms the index holds (a query term outside it scores nothing)."""
        return self._vocab

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
