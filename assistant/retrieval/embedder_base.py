"""What every embedding backend offers (embeddings.py holds the backends, their registry and the cache).

Its own module so that `StageContext` can name the type without importing the backends, which take a StageContext.
"""

from __future__ import annotations

import numpy as np


class TextEmbedder:
    """LangChain's `Embeddings` interface plus numpy access and a stable model id (the cache key).

    The interface is implemented, not inherited: importing langchain_core costs every CLI start about half a
    second, and LangChain (Chroma, retrievers) only calls these methods; nothing checks the base class.
    """

    model_id: str = ""
    # How many requests the backend can usefully run at once: ingest hands a remote embedder this many
    # batches at a time; a local engine (one C handle, one lock) stays at 1.
    parallel_requests: int = 1

    def embed_passages(self, texts: list[str]) -> np.ndarray:  # (n, dim), L2-normalised
        raise NotImplementedError

    def ingest_batch_size(self, default: int) -> int:
        """How many texts ingest hands over at once: enough to keep every parallel request busy."""
        return default * self.parallel_requests

    def embed_queries(self, texts: list[str]) -> np.ndarray:  # (n, dim), L2-normalised
        raise NotImplementedError

    # LangChain interface ------------------------------------------------------
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_passages(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_queries([text])[0].tolist()

    async def aembed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_documents(texts)

    async def aembed_query(self, text: str) -> list[float]:
        return self.embed_query(text)
