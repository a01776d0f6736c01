"""The three stage interfaces. Backends implement one abstract method each."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from .registry import Registry
from .types import Draft, Filters, Retrieval, Verification


class Retriever(ABC):
    name: str = "retriever"

    @abstractmethod
    def retrieve(self, query: str, k: int, filters: Filters | None = None) -> Retrieval:
        """Ranked, article-level clauses for `query`, best first, at most `k` (`Settings.top_k` for answers,
        `Settings.search_k` for search lists). Without `filters.as_of`, the settings' as-of date."""

    def retrieve_many(self, queries: Sequence[str], k: int, filters: Filters | None = None) -> list[Retrieval]:
        """`retrieve` for each query, in order. Backends that can batch (the hybrid retriever embeds the queries
        in one call) override it; results are the same as one `retrieve` per query."""
        return [self.retrieve(query, k, filters) for query in queries]


class Answerer(ABC):
    name: str = "answerer"

    @abstractmethod
    def draft(self, question: str, retrieval: Retrieval, language: str) -> Draft:
        """A draft answer to `question` whose every claim cites clauses of `retrieval`."""


class Verifier(ABC):
    name: str = "verifier"

    @abstractmethod
    def verify(self, question: str, draft: Draft, retrieval: Retrieval) -> Verification:
        """Judge each claim of `draft` against the clauses it cites. Never raises for model faults:
        returns `Verification(ran=False, error=...)` instead."""


class Indexer(Protocol):
    """Indexing the corpus into the clause store. The `ingest` package provides it as a plugin (`plugins.py`):
    the core and the front ends use it through this interface and never import `ingest`."""

    def index(self, settings: Any, embedder: Any, progress: bool = False) -> Any:
        """Index `settings.corpus_dirs` now (incremental); returns a report with `summary()`."""

    def start(self, settings: Any, embedder: Any, before: Callable[[], None], on_ready: Callable[[], None]) -> Any:
        """Index in a background thread; returns a status with `snapshot()` the caller polls."""


# Backends register themselves here by name; settings pick them.
retrievers: Registry[Retriever] = Registry("retriever")
answerers: Registry[Answerer] = Registry("generator")
verifiers: Registry[Verifier] = Registry("verifier")
