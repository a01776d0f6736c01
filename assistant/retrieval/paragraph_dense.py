"""Dense votes of article paragraphs: a question that matches one paragraph (款) of a long article ranks the article.

A long article (a list of duties, then a paragraph of exceptions) is embedded as one vector, and a question about one
of its paragraphs (个人信息保护法第六十三条 lists four supervisory measures; only the fourth is about seizing equipment)
matches that average poorly. The grounding verifier's comparison texts (`support_targets`: each clause and, when it has several, its
paragraphs) are embedded at ingest into the embedding cache (settings.embed_verifier_paragraphs), so the paragraph
vectors are read from there, never computed at query time. Every row votes for the clause that owns it, and a clause
ranks by its best row: max(paragraph cosine, clause cosine). The clause rows are the vectors the dense list ranks
(`embedding_text`, header included): the view's own, or, for a corpus too large to hold them (dense search in Chroma),
the same vectors from the embedding cache, where ingest put them.

Measured: rows of the paragraphs alone (without the clause rows) favour long articles over short ones (realistic_dev
tune zh Hit@5 0.930 → 0.754); clause rows from the cached clause texts (no header) instead of the view's vectors gain
less (Chinese Hit@5 on realistic_dev's tuning half 0.912 against 0.947, on realistic_probe2 0.622 against 0.644).

When the cache lacks any of the paragraph vectors (ingest ran without embedding them, another model), the list is
absent: votes from some clauses' paragraphs and not others would favour those clauses.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..text.paragraphs import support_targets
from .corpus_view import CorpusView
from .store import embedding_text

log = logging.getLogger(__name__)
# Rows (clauses plus their paragraphs: ~3 per clause in the shipped corpus, 5.5k rows) held in memory at most: 150 MB
# at 384 dimensions, what settings.dense_in_memory_max allows the view's own vectors. A larger corpus gets no
# paragraph votes (its product would also cost ~10 ms per 100k rows on a busy core).
MAX_ROWS = 100_000
_warned: set[str] = set()


@dataclass(frozen=True)
class ParagraphVectors:
    """Unit rows (paragraphs and whole clauses) and the clause position each row votes for."""

    vectors: np.ndarray  # (rows, dim), float32, unit length
    owner: np.ndarray  # (rows,), int64: clause position in the view

    def votes(self, query: np.ndarray, mask: np.ndarray, n: int) -> list[int]:
        """Clause positions allowed by `mask`, ranked by their best row's cosine with `query`, at most `n`."""
        allowed = mask[self.owner]
        depth = min(int(allowed.sum()), 8 * n)  # a clause owns up to 13 rows (itself and 12 paragraphs)
        if depth <= 0:
            return []
        q = np.asarray(query, dtype=np.float32)
        q = q / (np.linalg.norm(q) or 1.0)
        # einsum, not `@`: see CorpusView.nearest (multithreaded BLAS wake-ups cost more than the product)
        scores = np.where(allowed, np.einsum("ij,j->i", self.vectors, q), -np.inf)
        top = np.argpartition(-scores, depth - 1)[:depth]
        top = top[np.argsort(-scores[top], kind="stable")]
        ranked: list[int] = []
        seen: set[int] = set()
        for row in top:
            i = int(self.owner[row])
            if i not in seen:
                seen.add(i)
                ranked.append(i)
                if len(ranked) >= n:
                    break
        return ranked


def load_paragraph_vectors(view: CorpusView, model_id: str, cache_path: Path | None) -> ParagraphVectors | None:
    """The rows for `view` with the paragraph vectors of the embedding cache at `cache_path`, built once per view
    (CorpusView.derived); None when the cache holds no paragraph vector of this model."""
    if cache_path is None or not model_id:
        return None
    return view.derived(f"paragraph-dense|{model_id}|{cache_path}", lambda: _build(view, model_id, Path(cache_path)))


def _build(view: CorpusView, model_id: str, cache_path: Path) -> ParagraphVectors | None:
    from .embeddings import EmbeddingCache

    if not cache_path.is_file():
        _warn_once(f"no embedding cache at {cache_path}: no paragraph votes")
        return None
    texts: list[str] = []  # what the dense list embeds of each clause, then its paragraphs, each with its owner
    owner: list[int] = []
    is_paragraph: list[bool] = []
    for i, clause in enumerate(view.clauses):
        for n, text in enumerate([embedding_text(clause), *support_targets(clause.text)[1:]]):
            texts.append(text)
            owner.append(i)
            is_paragraph.append(n > 0)
    if len(texts) > MAX_ROWS:
        _warn_once(f"{len(texts):,} clauses and paragraphs exceed {MAX_ROWS:,}: no paragraph votes")
        return None
    keys = [EmbeddingCache.key(model_id, t) for t in texts]
    cache = EmbeddingCache(cache_path)
    try:
        found = cache.get_many(list(dict.fromkeys(keys)))
    finally:
        cache.close()
    paragraph_rows = [r for r in range(len(texts)) if is_paragraph[r] and keys[r] in found]
    wanted = sum(is_paragraph)
    if len(paragraph_rows) < wanted:
        # All or nothing: the cache is machine-wide and the verifier adds paragraph vectors as it checks answers, so
        # a partial set is an accident of what was checked before. Votes from it would favour those clauses and make
        # the ranking depend on the cache's history (a near-threshold test flipped with it).
        _warn_once(f"the embedding cache {cache_path} holds {len(paragraph_rows):,} of {wanted:,} paragraph vectors "
                   f"for {model_id}: no paragraph votes (ingest with embed_verifier_paragraphs)")
        return None
    if view.vectors is not None:
        clause_vectors, clause_owner = view.vectors, np.arange(len(view.clauses), dtype=np.int64)
    else:
        rows = [r for r in range(len(texts)) if not is_paragraph[r] and keys[r] in found]
        clause_vectors = np.stack([found[keys[r]] for r in rows]) if rows else np.zeros((0, 0), dtype=np.float32)
        clause_owner = np.asarray([owner[r] for r in rows], dtype=np.int64)
    paragraphs = np.stack([found[keys[r]] for r in paragraph_rows])
    matrix = np.concatenate([clause_vectors, paragraphs]) if len(clause_vectors) else paragraphs
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix = matrix / np.where(norms == 0, 1.0, norms)
    owners = np.concatenate([clause_owner, np.asarray([owner[r] for r in paragraph_rows], dtype=np.int64)])
    return ParagraphVectors(matrix, owners)


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        log.warning(message)
