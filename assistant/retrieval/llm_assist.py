"""Retrieval with a language model configured: the question rewritten into legal terms (multi-query), and the top
candidates reranked by the model (listwise JSON). Offline the hybrid retriever is used alone.

Any model fault falls back to what the hybrid retriever found: a slow or broken model never costs an answer.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from ..answer.context import escape_data
from ..errors import ModelError
from ..interfaces import Retriever, retrievers
from ..llm import invoke_structured, load_prompt
from ..types import Filters, Hit, Retrieval

if TYPE_CHECKING:
    from ..stage_context import StageContext

log = logging.getLogger(__name__)


class LegalQueries(BaseModel):
    queries: list[str] = Field(default_factory=list)


class Ranking(BaseModel):
    ranking: list[str] = Field(default_factory=list)


def _key(hit: Hit) -> tuple:
    c = hit.clause
    return (c.doc_id, c.article, c.label) if c.article is not None else (c.doc_id, c.chunk_id)


def fuse(runs: list[list[Hit]], rrf_k: int = 60) -> list[Hit]:
    """Reciprocal-rank fusion of several ranked hit lists at article level (first list breaks ties)."""
    score: dict[tuple, float] = defaultdict(float)
    best: dict[tuple, Hit] = {}
    for run in runs:
        for rank, hit in enumerate(run, start=1):
            key = _key(hit)
            score[key] += 1.0 / (rrf_k + rank)
            best.setdefault(key, hit)
    order = sorted(score, key=lambda k: -score[k])
    return [best[k].model_copy(update={"score": round(score[k], 6)}) for k in order]


def apply_ranking(hits: list[Hit], ids: list[str]) -> list[Hit]:
    """`hits` reordered by the model's ranking of ids c1..cN; unknown or repeated ids are ignored and hits the
    model left out keep their order after the ranked ones (the model may demote, never delete evidence)."""
    by_id = {f"c{i + 1}": hit for i, hit in enumerate(hits)}
    ranked, seen = [], set()
    for raw in ids:
        hid = str(raw).strip()
        if hid in by_id and hid not in seen:
            seen.add(hid)
            ranked.append(by_id[hid])
    rest = [hit for i, hit in enumerate(hits) if f"c{i + 1}" not in seen]
    return ranked + rest


class LLMAssistedRetriever(Retriever):
    name = "llm-assisted"

    def __init__(self, base: Retriever, chat: Any, candidates: int = 20, max_queries: int = 3, snippet_chars: int = 400):
        self.base = base
        self.chat = chat
        self.candidates = candidates
        self.max_queries = max_queries
        self.snippet_chars = snippet_chars

    def __getattr__(self, name):  # view, store, catalog, config … of the hybrid retriever
        return getattr(self.base, name)

    def legal_queries(self, question: str) -> list[str]:
        from langchain_core.messages import HumanMessage, SystemMessage

        messages = [SystemMessage(load_prompt("legal_queries.md")),
                    HumanMessage(f"<question>\n{escape_data(question)}\n</question>")]
        reply = invoke_structured(self.chat, messages, LegalQueries)
        return [q.strip() for q in reply.queries if q.strip() and q.strip() != question][: self.max_queries]

    def rerank(self, question: str, hits: list[Hit]) -> list[Hit]:
        from langchain_core.messages import HumanMessage, SystemMessage

        blocks = [f'<clause id="c{i + 1}" citation="{escape_data(h.clause.citation_label())}">\n'
                  f"{escape_data(h.clause.text[: self.snippet_chars])}\n</clause>" for i, h in enumerate(hits)]
        messages = [SystemMessage(load_prompt("rerank.md")),
                    HumanMessage(f"<question>\n{escape_data(question)}\n</question>\n\n" + "\n\n".join(blocks))]
        return apply_ranking(hits, invoke_structured(self.chat, messages, Ranking).ranking)

    def retrieve(self, query: str, k: int, filters: Filters | None = None) -> Retrieval:
        first = self.base.retrieve(query, max(k, self.candidates), filters)
        exact = [h for h in first.hits if "exact" in h.sources]
        if exact and len(exact) >= k:
            return first.model_copy(update={"hits": first.hits[:k]})
        runs = [first.hits]
        notes: dict[str, float] = dict(first.timings)
        try:
            for q in self.legal_queries(query):
                runs.append(self.base.retrieve(q, self.candidates, filters).hits)
        except ModelError as err:
            log.warning("query rewriting failed, using the question alone: %s", err)
        fused = fuse(runs)
        exact_keys = {_key(h) for h in exact}
        candidates = [h for h in fused if _key(h) not in exact_keys][: self.candidates]
        try:
            candidates = self.rerank(query, candidates)
        except ModelError as err:
            log.warning("reranking failed, keeping the fused order: %s", err)
        hits = (exact + candidates)[:k]
        return first.model_copy(update={"hits": hits, "timings": notes})


@retrievers.register("llm-assisted")
def create_llm_assisted(ctx: StageContext) -> Retriever:
    from ..llm import make_chat_model

    settings = ctx.settings
    chat = make_chat_model(settings.llm_base_url, settings.llm_model, settings.llm_api_key, settings.llm_timeout,
                           settings.llm_max_retries)
    return LLMAssistedRetriever(retrievers.create("hybrid", ctx), chat, candidates=settings.rerank_candidates)


@retrievers.register("hybrid")
def create_hybrid(ctx: StageContext) -> Retriever:
    from .hybrid.retriever import HybridRetriever

    return HybridRetriever(ctx.view, ctx.store, ctx.embedder, ctx.catalog, ctx.config,
                           default_as_of=ctx.settings.effective_as_of, embedding_cache=ctx.settings.embedding_cache)
