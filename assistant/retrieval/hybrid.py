"""Hybrid retrieval: exact clause lookup, dense (Chroma) + BM25 fused by reciprocal rank, article-level units."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import numpy as np

from ..interfaces import Retriever
from ..language import detect_language
from ..numerals import int_to_cn
from ..types import Clause, ClauseRef, Filters, Hit, Retrieval, date_int
from .corpus_view import CorpusView, label_suffix
from .lexical import tokenize


@dataclass(frozen=True)
class RetrievalConfig:
    """Switches for the ablations the eval harness compares; defaults are the shipped system."""

    dense: bool = True
    lexical: bool = True
    exact: bool = True
    rerank: bool = True
    candidates: int = 80  # chunks taken from each ranked list before fusion
    rrf_k: int = 60
    mention_boost: float = 0.02  # fused-score bonus for clauses of a law the question names
    non_article_weight: float = 0.5  # recitals and preambles explain; articles bind
    obligations: bool = True  # add the articles a scenario engages (obligations.toml) for the dominant law
    obligation_weight: float = 3.0
    dominance_share: float = 0.3  # a law "dominates" when it holds this share of the top evidence


def _unit_key(clause: Clause) -> tuple:
    if clause.article is None:
        return (clause.doc_id, clause.chunk_id)
    return (clause.doc_id, clause.article, label_suffix(clause.label))


def _ref_text(ref: ClauseRef, law_name: str, english: bool) -> str:
    if english:
        return f"{law_name} Article {ref.article}"
    suffix = f"之{int_to_cn(ref.article_suffix)}" if ref.article_suffix else ""
    return f"《{law_name}》第{int_to_cn(ref.article)}条{suffix}"


class HybridRetriever(Retriever):
    name = "hybrid"

    def __init__(self, view: CorpusView, store, embedder, catalog, config: RetrievalConfig | None = None):
        self.view = view
        self.store = store
        self.embedder = embedder
        self.catalog = catalog
        self.config = config or RetrievalConfig()

    # filters ------------------------------------------------------------------------
    def _resolve_docs(self, laws: list[str]) -> set[str]:
        docs: set[str] = set()
        known = {c.doc_id for c in self.view.docs()}
        for law in laws:
            if law in known:
                docs.add(law)
                continue
            docs.update(info.doc_id for info in self.catalog.resolve(law))
        return docs

    def _mask(self, filters: Filters, as_of: date) -> np.ndarray:
        mask = self.view.in_force_mask(as_of)
        if filters.laws:
            mask &= self.view.doc_mask(self._resolve_docs(filters.laws))
        if filters.jurisdiction:
            mask &= self.view.jurisdictions == filters.jurisdiction.upper()
        if filters.kind:
            mask &= self.view.kinds == filters.kind
        return mask

    def _where(self, filters: Filters, as_of: date) -> dict:
        d = date_int(as_of)
        clauses: list[dict] = [{"effective_from_int": {"$lte": d}}, {"effective_until_int": {"$gt": d}}]
        if filters.laws:
            clauses.append({"doc_id": {"$in": sorted(self._resolve_docs(filters.laws)) or ["∅"]}})
        if filters.jurisdiction:
            clauses.append({"jurisdiction": filters.jurisdiction.upper()})
        if filters.kind:
            clauses.append({"kind": filters.kind})
        return {"$and": clauses}

    # stages -------------------------------------------------------------------------
    def _exact(self, refs: list[ClauseRef], mask: np.ndarray, as_of: date, english: bool) -> tuple[list[int], list[str]]:
        found, missing = [], []
        for ref in refs:
            doc_ids = [d for d in ref.doc_ids if d in self.view.max_article]
            if not doc_ids:
                continue  # a law we know of but have not indexed: nothing to look up
            pieces = []
            for doc_id in doc_ids:
                pieces = [i for i in self.view.articles.get((doc_id, ref.article, ref.article_suffix), []) if mask[i]]
                if pieces:
                    break
            if pieces:
                found.extend(pieces)
                continue
            exists_elsewhere = any(self.view.articles.get((d, ref.article, ref.article_suffix)) for d in doc_ids)
            sample = self.view.clauses[next(i for i, c in enumerate(self.view.clauses) if c.doc_id == doc_ids[0])]
            name = _ref_text(ref, sample.short_title, english or not sample.label.startswith("第") and sample.article is not None)
            if exists_elsewhere:
                missing.append(f"{name} is not in force on {as_of.isoformat()} (only in another version)" if english
                               else f"{name}在{as_of.isoformat()}不处于有效状态（仅存在于其他版本）")
            else:
                total = max(self.view.max_article[d] for d in doc_ids)
                missing.append(f"{name} does not exist: the text has {total} articles" if english
                               else f"{name}不存在：该文本共{int_to_cn(total)}条")
        return found, missing

    def _dense(self, query: str, filters: Filters, as_of: date, mask: np.ndarray) -> dict[int, float]:
        """Chunk position → cosine similarity, best first."""
        vector = self.embedder.embed_queries([query])[0]
        wanted = self.config.candidates
        # Chroma's metadata pre-filter costs ~0.4 s at 100k chunks, an unfiltered HNSW query ~2 ms. When the mask
        # keeps most of the corpus (only superseded versions drop out), over-fetch and post-filter in memory;
        # a selective filter (a law, a kind, a distant date) goes to Chroma's `where`.
        if mask.mean() >= 0.5:
            out = self._similarities(self.store.query(vector, 2 * wanted), mask)
            if len(out) >= wanted:
                return dict(list(out.items())[:wanted])
        return self._similarities(self.store.query(vector, wanted, where=self._where(filters, as_of)), mask)

    def _similarities(self, ranked: list[tuple[str, float]], mask: np.ndarray) -> dict[int, float]:
        out: dict[int, float] = {}
        for chunk_id, distance in ranked:
            i = self.view.position.get(chunk_id)
            if i is not None and mask[i]:
                out[i] = 1.0 - float(distance)
        return out

    def _lexical(self, query: str, mask: np.ndarray) -> list[int]:
        return [i for i, _ in self.view.lexical.top(tokenize(query), self.config.candidates, mask)]

    def _mentioned_docs(self, query: str, refs: list[ClauseRef]) -> set[str]:
        docs = {d for ref in refs for d in ref.doc_ids}
        for mention in self.catalog.find_mentions(query):
            docs.update(mention.doc_ids)
        return docs

    # main ---------------------------------------------------------------------------
    def retrieve(self, query: str, k: int = 10, filters: Filters | None = None) -> Retrieval:
        filters = filters or Filters()
        as_of = filters.as_of or date.today()
        timings: dict[str, float] = {}
        t = time.perf_counter()
        mask = self._mask(filters, as_of)
        refs = self._find_refs(query) if self.config.exact else []
        exact, missing = self._exact(refs, mask, as_of, detect_language(query) == "en")
        timings["exact"] = time.perf_counter() - t

        lists: dict[str, list[int]] = {}
        similarity: dict[int, float] = {}
        if self.config.dense and self.store is not None:
            t = time.perf_counter()
            similarity = self._dense(query, filters, as_of, mask)
            lists["dense"] = list(similarity)
            timings["dense"] = time.perf_counter() - t
        if self.config.lexical:
            t = time.perf_counter()
            lists["bm25"] = self._lexical(query, mask)
            timings["bm25"] = time.perf_counter() - t

        t = time.perf_counter()
        fused: dict[int, float] = defaultdict(float)
        ranks: dict[int, dict[str, int]] = defaultdict(dict)
        for name, ranked in lists.items():
            for rank, i in enumerate(ranked, start=1):
                fused[i] += 1.0 / (self.config.rrf_k + rank)
                ranks[i][name] = rank
        for i in fused:
            if self.view.clauses[i].article is None:
                fused[i] *= self.config.non_article_weight
        mentioned = self._mentioned_docs(query, refs)
        if self.config.rerank and mentioned:
            for i in fused:
                if self.view.clauses[i].doc_id in mentioned:
                    fused[i] += self.config.mention_boost
        if self.config.obligations and not exact:
            self._add_obligations(query, fused, ranks, mask, mentioned)
        hits = self._units(exact, fused, ranks, similarity, k)
        timings["fuse"] = time.perf_counter() - t
        return Retrieval(query=query, hits=hits, exact_refs=refs, missing_refs=missing, as_of=as_of, timings=timings)

    def _add_obligations(self, query, fused, ranks, mask, mentioned: set[str]) -> None:
        """Fuse the checklist's articles for the laws that dominate the evidence as one more ranked list."""
        from .obligations import load_checklist

        checklist = load_checklist()
        mass: dict[str, float] = defaultdict(float)
        for i, score in sorted(fused.items(), key=lambda kv: -kv[1])[:10]:
            mass[checklist.canonical(self.view.clauses[i].doc_id)] += score
        total = sum(mass.values()) or 1.0
        laws = checklist.standalone_laws(query)
        laws += [d for d, m in sorted(mass.items(), key=lambda kv: -kv[1]) if m / total >= self.config.dominance_share][:2]
        laws += [checklist.canonical(d) for d in sorted(mentioned)]  # sorted: rankings must not depend on hash order
        laws = list(dict.fromkeys(laws))
        rank = 0
        for doc_id in laws:
            for article in checklist.engaged(doc_id, query):
                pieces = [i for i in self.view.articles.get((doc_id, article, 0), []) if mask[i]]
                if not pieces:
                    continue
                rank += 1
                i = pieces[0]
                fused[i] = fused.get(i, 0.0) + self.config.obligation_weight / (self.config.rrf_k + rank)
                ranks[i]["obligation"] = rank

    def _find_refs(self, query: str) -> list[ClauseRef]:
        from ..clauses import find_clause_refs

        return find_clause_refs(query, self.catalog)

    def _units(self, exact, fused: dict[int, float], ranks: dict[int, dict[str, int]], similarity: dict[int, float], k: int) -> list[Hit]:
        """Chunks → article-level units: an article counts once, represented by its best piece."""
        hits: list[Hit] = []
        seen: set[tuple] = set()
        for i in exact:
            key = _unit_key(self.view.clauses[i])
            if key not in seen:
                seen.add(key)
                hits.append(Hit(clause=self.view.clauses[i], score=1.0, sources={"exact": 1, **ranks.get(i, {})},
                                similarity=similarity.get(i)))
        for i, score in sorted(fused.items(), key=lambda kv: (-kv[1], kv[0])):
            if len(hits) >= k:
                break
            key = _unit_key(self.view.clauses[i])
            if key in seen:
                continue
            seen.add(key)
            hits.append(Hit(clause=self.view.clauses[i], score=round(score, 6), sources=ranks.get(i, {}),
                            similarity=similarity.get(i)))
        return hits[:k] if len(exact) <= k else hits
