"""The references every retrieval number is printed beside.

- `PlainLangChainPipeline`: what a user would build first: RecursiveCharacterTextSplitter(1000, 200) + Chroma +
  the same embedder; its chunks are expanded to the articles they overlap, in order, so k counts articles.
- `ConstantPrior`: the same list of the most frequent gold articles for every question (no retrieval at all).
"""

from __future__ import annotations

import zlib
from bisect import bisect_right
from pathlib import Path

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from assistant.retrieval.embeddings import EmbeddingCache, TextEmbedder, embed_passages_cached
from assistant.settings import Settings
from assistant.documents import chunk_file
from assistant.documents.loaders import iter_documents, load_document


class _CachedEmbeddings(Embeddings):
    def __init__(self, embedder: TextEmbedder, cache: EmbeddingCache):
        self.embedder, self.cache = embedder, cache

    def embed_documents(self, texts):
        return embed_passages_cached(self.embedder, self.cache, list(texts))[0].tolist()

    def embed_query(self, text):
        return self.embedder.embed_query(text)


class PlainLangChainPipeline:
    name = "plain-langchain"

    def __init__(self, settings: Settings, embedder: TextEmbedder, catalog, paths: list[Path] | None = None):
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
        self.spans: dict[str, tuple[list[int], list[tuple[int, int, int, str, str]]]] = {}
        chunks: list[Document] = []
        for path in iter_documents([Path(p) for p in (paths or settings.corpus_dirs) if Path(p).exists()]):
            try:
                text = load_document(path).text
                clauses = chunk_file(path, catalog)
            except Exception:  # the baseline skips what it cannot read, like a user's first script would
                continue
            articles = sorted((c.start, c.end, c.article, c.doc_id, c.law) for c in clauses if c.article is not None)
            self.spans[str(path)] = ([a[0] for a in articles], articles)
            for doc in splitter.split_documents([Document(page_content=text, metadata={"source": str(path)})]):
                chunks.append(doc)
        cache = EmbeddingCache(settings.embedding_cache)
        self.store = Chroma(
            collection_name=f"baseline-{zlib.crc32(embedder.model_id.encode()) % 10**8}",  # stable across processes
            embedding_function=_CachedEmbeddings(embedder, cache),
            persist_directory=str(settings.data_dir / "baseline-chroma"),
        )
        if self.store._collection.count() != len(chunks):
            self.store.reset_collection()
            for start in range(0, len(chunks), 256):
                self.store.add_documents(chunks[start : start + 256])

    def articles_of(self, doc: Document) -> list[dict]:
        """The articles a chunk overlaps, in text order."""
        starts, articles = self.spans.get(doc.metadata["source"], ([], []))
        begin = doc.metadata.get("start_index", 0)
        end = begin + len(doc.page_content)
        out = []
        for start, stop, article, doc_id, law in articles[max(0, bisect_right(starts, begin) - 1) :]:
            if start >= end:
                break
            if stop > begin:
                out.append({"law": law, "doc_id": doc_id, "article": article})
        return out

    def ranked(self, query: str, k: int = 10) -> list[dict]:
        seen, out = set(), []
        for doc in self.store.similarity_search(query, k=max(20, k * 2)):
            for unit in self.articles_of(doc):
                key = (unit["doc_id"], unit["article"])
                if key not in seen:
                    seen.add(key)
                    out.append(unit)
        return out[:k]


class ConstantPrior:
    name = "constant-prior"

    def __init__(self, pairs: list[tuple[str, int]]):
        self.units = [{"law": law, "article": article} for law, article in pairs]

    def ranked(self, query: str, k: int = 10) -> list[dict]:
        return self.units[:k]
