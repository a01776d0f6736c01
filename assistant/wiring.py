"""Construction of every stage, in one place.

Backends are chosen by name from `Settings` through the registries in `interfaces.py` (and `embedders`). Every
factory takes one `StageContext`: the settings plus what earlier stages built (embedder, store, corpus view,
catalog). No other module of `assistant/` builds another stage's objects: the facade, the spec checker, the
eval harness and the bench ask here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from .errors import IndexNotReady
from .service import Assistant, Rebuild
from .interfaces import Answerer, Retriever, Verifier, answerers, retrievers, verifiers
from .settings import Settings, get_settings
from .stage_context import StageContext

if TYPE_CHECKING:
    import numpy as np

    from .catalog import Catalog
    from .retrieval.corpus_view import CorpusView
    from .retrieval.embeddings import QueryMemo, TextEmbedder
    from .retrieval.config import RetrievalConfig
    from .retrieval.store import ClauseStore

# The verifiers every answer goes through, in order; each is chosen by name from the `verifiers` registry.
VERIFIERS = ("grounding", "llm")


def register_backends() -> None:
    """Importing the backends registers them by name."""
    from .answer import extractive, openai_answerer  # noqa: F401
    from .retrieval import llm_assist  # noqa: F401  (registers "hybrid" and "llm-assisted")
    from .verify import grounding, llm_verifier  # noqa: F401


def build_embedder(settings: Settings) -> TextEmbedder:
    from .retrieval.embeddings import embedders

    return embedders.create(settings.embedder, StageContext(settings))


def corpus_context(settings: Settings, embedder: TextEmbedder | None = None,
                   config: RetrievalConfig | None = None) -> tuple[StageContext, str]:
    """The context over the live index: store, corpus view (from its cache file) and catalog. Returns it with the
    index revision the view was built from."""
    from .retrieval.store import ClauseStore

    embedder = embedder or build_embedder(settings)
    store = ClauseStore(settings, embedder.model_id)
    if store.count() == 0:
        raise IndexNotReady("The clause index is empty.")
    revision = store.revision
    view = load_view(settings, store, revision)
    return StageContext(settings, embedder, store, view, catalog_for(view), config,
                        embed_passages=cached_passages(settings, embedder)), revision


def cached_passages(settings: Settings, embedder: TextEmbedder) -> Callable[[list[str]], np.ndarray]:
    """Passage vectors through the machine-wide embedding cache (built lazily: most answers never need one)."""
    from .retrieval.embeddings import EmbeddingCache, embed_passages_cached

    opened = cache(lambda: EmbeddingCache(settings.embedding_cache))
    return lambda texts: embed_passages_cached(embedder, opened(), list(texts))[0]


def load_view(settings: Settings, store: ClauseStore, revision: str | None) -> CorpusView:
    from .retrieval.corpus_view import CorpusView

    with_vectors = store.count() <= settings.dense_in_memory_max
    source = store.iter_clauses_with_vectors if with_vectors else (lambda: ((c, None) for c in store.iter_clauses()))
    return CorpusView.load(source, settings.cache_dir / f"view-{store.base_name}.pkl", revision, with_vectors)


def catalog_for(view: CorpusView) -> Catalog:
    """The catalog plus the indexed documents it has no entry for (internal policies, dropped-in files)."""
    from .catalog import load_catalog

    return load_catalog().with_documents(view.docs())


def with_view(ctx: StageContext, view: CorpusView) -> StageContext:
    """The same stages over another corpus view (a re-index); the catalog follows the view."""
    return replace(ctx, view=view, catalog=catalog_for(view))


def build_retriever(ctx: StageContext, name: str | None = None) -> Retriever:
    """The retriever the settings name ("hybrid" offline; "llm-assisted" with a model)."""
    register_backends()
    return retrievers.create(name or ctx.settings.retriever_name, ctx)


def local_retriever(ctx: StageContext, config: RetrievalConfig | None = None,
                    queries: QueryMemo | None = None) -> Retriever:
    """The offline hybrid retriever over `ctx` (it never calls a model), optionally with other switches (the eval
    ablations) and a query memo shared by several of them (`query_memo`)."""
    register_backends()
    ctx = replace(ctx, config=config if config is not None else ctx.config,
                  embedder=queries if queries is not None else ctx.embedder)
    return retrievers.create("hybrid", ctx)


def query_memo(ctx: StageContext, cached: bool = False, batch_size: int = 32) -> QueryMemo:
    """The embedder with query vectors remembered, for a batch job. `cached`: through the machine-wide embedding
    cache (texts that come back, like the requirements of a spec checked again, are embedded once per machine)."""
    from .retrieval.embeddings import EmbeddingCache, QueryMemo, embed_queries_cached

    embedder = ctx.embedder
    if not cached:
        return QueryMemo(embedder)
    cache = EmbeddingCache(ctx.settings.embedding_cache)
    return QueryMemo(embedder, lambda texts: embed_queries_cached(embedder, cache, list(texts), batch_size=batch_size)[0])


def batch_retriever(ctx: StageContext) -> Retriever:
    """What a batch of searches runs on (the spec checker): the offline hybrid retriever whose query vectors go
    through the embedding cache, embedded in batches by `retrieve_many`."""
    return local_retriever(ctx, queries=query_memo(ctx, cached=True))


def build_answerers(ctx: StageContext) -> tuple[Answerer, Answerer | None]:
    """The generator the settings name, and the offline one that stands in when it fails (None if it is that)."""
    register_backends()
    name = ctx.settings.generator_name
    answerer = answerers.create(name, ctx)
    fallback = answerers.create("extractive", ctx) if name != "extractive" else None
    return answerer, fallback


def build_verifiers(ctx: StageContext, names: tuple[str, ...] = VERIFIERS) -> list[Verifier]:
    register_backends()
    return [verifiers.create(name, ctx) for name in names]


def build_assistant(settings: Settings | None = None, config: RetrievalConfig | None = None,
                    embedder: TextEmbedder | None = None) -> Assistant:
    """The facade over the live index, every stage chosen by name from `settings`."""
    settings = settings or get_settings()
    ctx, revision = corpus_context(settings, embedder, config)
    # the revision lets follow_reindex() reload the view when the index moves on
    return assemble(ctx, build_retriever(ctx), revision)


def assemble(ctx: StageContext, retriever: Retriever, view_revision: str | None = None) -> Assistant:
    """The facade from a context and a retriever already built over it."""
    answerer, fallback = build_answerers(ctx)
    return Assistant(ctx, retriever, answerer, build_verifiers(ctx), fallback,
                     Rebuild(reload=reload_stages, rewrite_chat=rewrite_chat), view_revision)


def reload_stages(ctx: StageContext, revision: str) -> tuple[StageContext, Retriever]:
    """The context over the index at `revision` (another process re-indexed) and a new retriever over it."""
    ctx = with_view(ctx, load_view(ctx.settings, ctx.store, revision))
    return ctx, build_retriever(ctx)


def rewrite_chat(settings: Settings) -> Any:
    """The chat model that rewrites follow-ups (None offline)."""
    if not settings.llm_configured:
        return None
    from .llm import make_chat_model

    s = settings
    return make_chat_model(s.llm_base_url, s.llm_model, s.llm_api_key, s.llm_timeout, s.llm_max_retries)


def with_settings(assistant: Assistant, settings: Settings) -> Assistant:
    """The same index and retriever, the answerers and verifiers built for other `settings` (a model configured
    or not): how the eval harness and the tests compare configurations over one index."""
    return assemble(replace(assistant.ctx, settings=settings), assistant.retriever)
