"""BM25 over clause texts tokenised by `assistant.text.tokens.tokenize` (jieba words and English words)."""

from __future__ import annotations

import numpy as np


class LexicalIndex:
    """bm25s over pre-tokenised documents; scoring takes a boolean mask so filters cost nothing extra."""

    def __init__(self, token_lists: list[list[str]], extra_lists: list[list[str]] | None = None):
        """`extra_lists`: more tokens of each document (compound terms, compound_terms.py), in an index of their own
        without length normalisation (b = 0): they leave the words' scores and `vocabulary` as they were, and a
        query's extra tokens add their own BM25 score."""
        import bm25s

        self.size = len(token_lists)
        self._bm25 = bm25s.BM25()
        # bm25s needs at least one token per document, and at least one document: an index of policies alone has no
        # penalty items, and an empty index scores every query zero
        if token_lists:
            self._bm25.index([t or ["∅"] for t in token_lists], show_progress=False)
        self._vocab = set(self._bm25.vocab_dict) if token_lists else set()
        self._extra = None
        self._extra_vocab: set[str] = set()
        if extra_lists and any(extra_lists):
            self._extra = bm25s.BM25(b=0.0)
            self._extra.index([e or ["∅"] for e in extra_lists], show_progress=False)
            self._extra_vocab = set(self._extra.vocab_dict) - {"∅"}

    @property
    def vocabulary(self) -> frozenset[str] | set[str]:
        """The terms the index holds (a query term outside it scores nothing)."""
        return self._vocab

    def scores(self, query_tokens: list[str], mask: np.ndarray | None = None,
               extra_tokens: list[str] = ()) -> np.ndarray:
        """BM25 scores of `query_tokens`, plus those of `extra_tokens` in the extra index."""
        known = [t for t in query_tokens if t in self._vocab]
        extra = [t for t in extra_tokens if t in self._extra_vocab]
        if not (known or extra) or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        scores = np.zeros(self.size, dtype=np.float32)
        if known:
            scores += np.asarray(self._bm25.get_scores(known), dtype=np.float32)
        if extra:
            scores += np.asarray(self._extra.get_scores(extra), dtype=np.float32)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        return scores

    def top(self, query_tokens: list[str], n: int, mask: np.ndarray | None = None,
            extra_tokens: list[str] = ()) -> list[tuple[int, float]]:
        scores = self.scores(query_tokens, mask, extra_tokens)
        if n <= 0 or not scores.any():
            return []
        n = min(n, int((scores > 0).sum()))
        idx = np.argpartition(-scores, n - 1)[:n]
        idx = idx[np.argsort(-scores[idx], kind="stable")]
        return [(int(i), float(scores[i])) for i in idx]
