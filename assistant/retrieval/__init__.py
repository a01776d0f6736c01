"""Retrieval: embeddings, the Chroma clause store, BM25, the in-memory corpus view, hybrid ranking with exact
clause lookup and the obligation checklist, and the coverage gate that decides when to abstain."""

from .config import RetrievalConfig
from .hybrid.retriever import HybridRetriever

__all__ = ["HybridRetriever", "RetrievalConfig"]
