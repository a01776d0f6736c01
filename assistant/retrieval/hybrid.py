"""Hybrid retrieval: exact clause lookup, dense (Chroma) + BM25 fused by reciprocal rank, article-level units."""

from __future__ import annotations

import copy
import dataclasses
import re
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from datetime import date
from pathlib import Path

import numpy as np

from ..interfaces import Retriever
from ..language import detect_language, has_cjk
from ..settings import today
from ..text.articles import format_label
from ..text.numerals import int_to_cn
from ..text.tokens import tokenize
from ..types import ClauseRef, Filters, Hit, Retrieval, date_int
from ..verify.quantities import figure_kinds
from .asked_facts import asks_frequency, states_frequency
from .bank_as_actor import bank_only_as_actor
from .bridge_vectors import BridgedText, can_mix, mixed_vector, preload
from .clause_modality import allows_or_forbids, asks_whether_allowed
from .commencement import asks_commencement, states_commencement
from .config import RetrievalConfig
from .corpus_view import CorpusView, unit_key
from .definition_asks import asks_interpreter, asks_meaning, states_definition, states_interpreter
from .embeddings import QueryMemo
from .english_stems import stems
from .jurisdiction_default import CUED_LISTS, DEFAULT_LISTS, POLICY_LISTS, asks_policy_in_english
from .law_mentions import subject_doc_ids
from .policy_names import named_policies
from .penalty_articles import is_penalty_article, states_sanction
from .routing import Route, is_authority_chapter, is_boilerplate_final, is_final_chapter, names_authority_matters, route
from .spoken_words import without_function_words
from .word_senses import with_legal_senses


# the four lists of a Chinese question's own text: its vector against clauses and paragraphs, its words, its bigrams
_OWN_LISTS = ("dense", "dense-paragraph", "bm25", "bm25-bigram")
_DENSE_OWN_LISTS = ("dense", "dense-paragraph")
_SENTENCE_LIST = re.compile(r"-s\d+$")  # "dense-s2", "bm25-s2": the lists of one sentence of the question
_SENTENCE_LISTS = re.compile(r"(?:dense|bm25)-sentences$")  # … merged per kind (_merge_sentence_lists)
_HEADING = re.compile(r"(?:Article|Recital)\s+\d+\w*\s+[–—-]\s+([^\n]+)")


@lru_cache(maxsize=65536)
def _heading_stems(text: str) -> frozenset[str]:
    """The word stems of an article's own heading (texts that title their articles: GDPR, AI Act), once per text."""
    m = _HEADING.match(text)
    return frozenset(stems(tokenize(m.group(1)))) if m else frozenset()


def _is_definitions_article(text: str) -> bool:
    """An article titled "Definitions" (GDPR Art 4): like a Chinese law's 附则 (用语的含义), what the law's words mean,
    not a duty; it shares a word with nearly every question about the law."""
    m = _HEADING.match(text)
    return bool(m) and m.group(1).strip().lower() in ("definition", "definitions")


def _structure_flags(clause) -> tuple[bool, bool, bool, bool]:
    """(penalty article, final chapter or definitions, boilerplate final provision, authority chapter) of a clause:
    fixed per clause, read by _reweigh for every candidate of every search (five regex searches each), so remembered
    per view."""
    final = is_final_chapter(clause.chapter) or _is_definitions_article(clause.text)
    return (is_penalty_article(clause), final, final and is_boilerplate_final(clause.text),
            is_authority_chapter(clause.chapter))


def _with_chinese_words(query: str, keep: Callable[[str], bool] = lambda w: True) -> str:
    """`query` plus the lexicon's Chinese words for its English words (lexicon.toml) it does not contain yet."""
    from .lexicon import load_lexicon

    words = [w for w in load_lexicon().chinese_words(query) if w not in query and keep(w)]
    return f"{query} {' '.join(words)}" if words else query


def _merge_sentence_lists(lists: dict[str, list[int]]) -> None:
    """The sentences' lists of each kind (dense, BM25) as one list, each clause at its best rank in any sentence:
    one vote per clause however many sentences it matches. Summed, an article whose long text touches every
    sentence's topic (the GDPR's information duties, Articles 13 and 14) gathers a vote from each and outranks the
    article that answers one fact of the description (a breach notified late: Article 33); at its best rank, the
    article a sentence singles out counts as much as the one every sentence half-matches."""
    for kind in ("dense", "bm25"):
        names = [n for n in lists if n.startswith(f"{kind}-s") and _SENTENCE_LIST.search(n)]
        if not names:
            continue
        best: dict[int, tuple[int, int]] = {}
        for name in names:
            for rank, i in enumerate(lists.pop(name), start=1):
                old = best.get(i)
                best[i] = (rank, 1) if old is None else (min(old[0], rank), old[1] + 1)
        lists[f"{kind}-sentences"] = [i for i, _ in sorted(best.items(), key=lambda kv: (kv[1][0], -kv[1][1], kv[0]))]


def _ref_text(ref: ClauseRef, law_name: str, english: bool) -> str:
    if english:
        return f"{law_name} {format_label(ref.article, ref.article_suffix, 'en')}"
    return f"《{law_name}》{format_label(ref.article, ref.article_suffix, 'zh')}"


class HybridRetriever(Retriever):
    name = "hybrid"

    def __init__(self, view: CorpusView, store, embedder, catalog, config: RetrievalConfig | None = None,
                 default_as_of: Callable[[], date] = today, embedding_cache: Path | None = None):
        self.view = view
        self.store = store
        self.embedder = embedder
        self.catalog = catalog
        self.config = config or RetrievalConfig()
        self.default_as_of = default_as_of  # the settings' as-of date (wiring), for filters that name none
        self._policy_laws: dict[str, set[str]] | None = None
        self.embedding_cache = embedding_cache  # where ingest put the paragraph vectors (paragraph_dense.py)

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

    def implementing_policies(self, doc_ids: set[str]) -> set[str]:
        """Internal policies that cite one of `doc_ids` (they implement it): searched with the law they implement."""
        if self._policy_laws is None:
            texts: dict[str, list[str]] = defaultdict(list)
            for c in self.view.clauses:
                if c.kind == "policy":
                    texts[c.doc_id].append(c.text)
            self._policy_laws = {
                doc: {d for m in self.catalog.find_mentions("\n".join(parts)) for d in m.doc_ids}
                for doc, parts in texts.items()
            }
        return {doc for doc, laws in self._policy_laws.items() if laws & doc_ids}

    def _mask(self, filters: Filters, as_of: date) -> np.ndarray:
        mask = self.view.in_force_mask(as_of)
        if filters.laws:
            mask &= self.view.doc_mask(self._resolve_docs(filters.laws))
        if filters.jurisdiction:
            mask &= self.view.jurisdictions == filters.jurisdiction.upper()
        if filters.kind:
            mask &= self.view.kinds == filters.kind
        return mask

    def _where(self, filters: Filters, as_of: date, docs: set[str] | None = None) -> dict:
        d = date_int(as_of)
        clauses: list[dict] = [{"effective_from_int": {"$lte": d}}, {"effective_until_int": {"$gt": d}}]
        if filters.laws:
            clauses.append({"doc_id": {"$in": sorted(self._resolve_docs(filters.laws)) or ["∅"]}})
        if docs:
            clauses.append({"doc_id": {"$in": sorted(docs)}})
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

    def _dense(self, query: str, filters: Filters, as_of: date, mask: np.ndarray, docs: set[str] | None = None,
               vector: np.ndarray | None = None) -> dict[int, float]:
        """Chunk position → cosine similarity, best first (`vector`: the query's, when already embedded)."""
        vector = self.embedder.embed_queries([query])[0] if vector is None else vector
        wanted = self.config.candidates
        if self.view.vectors is not None:
            return self.view.nearest(vector, wanted, mask)
        # Chroma's metadata pre-filter costs ~0.4 s at 100k chunks, an unfiltered HNSW query ~2 ms. When the mask
        # keeps most of the corpus (only superseded versions drop out), over-fetch and post-filter in memory;
        # a selective filter (a law, a kind, a distant date) goes to Chroma's `where`.
        if mask.mean() >= 0.5:
            out = self._similarities(self.store.query(vector, 2 * wanted), mask)
            if len(out) >= wanted:
                return dict(list(out.items())[:wanted])
        return self._similarities(self.store.query(vector, wanted, where=self._where(filters, as_of, docs)), mask)

    def _similarities(self, ranked: list[tuple[str, float]], mask: np.ndarray) -> dict[int, float]:
        out: dict[int, float] = {}
        for chunk_id, distance in ranked:
            i = self.view.position.get(chunk_id)
            if i is not None and mask[i]:
                out[i] = 1.0 - float(distance)
        return out

    def _lexical(self, query: str, mask: np.ndarray, spoken: str = "") -> list[int]:
        """BM25's first candidates for `query`; `spoken`: the Chinese question whose function words (spoken_words.py)
        are left out of it."""
        tokens = tokenize(query)
        if spoken:
            tokens = without_function_words(tokens, spoken)
        return [i for i, _ in self.view.lexical.top(tokens, self.config.candidates, mask)]

    def _paragraph_votes(self, query: str, mask: np.ndarray) -> list[int]:
        """Clauses ranked by their best-matching paragraph."""
        owner, index = self.view.paragraph_index()
        para_mask = mask[np.asarray(owner, dtype=np.int64)] if owner else None
        ranked: list[int] = []
        seen: set[int] = set()
        for p, _ in index.top(tokenize(query), 2 * self.config.candidates, para_mask):
            i = owner[p]
            if i not in seen:
                seen.add(i)
                ranked.append(i)
                if len(ranked) >= self.config.candidates:
                    break
        return ranked

    def _paragraph_question(self, query: str, routed: Route) -> bool:
        """A question short enough to be about one paragraph, not a description of misconduct (misconduct.py)."""
        return len(query) <= self.config.dense_paragraph_max_chars and not routed.misconduct

    def _dense_paragraphs(self, vector: np.ndarray, mask: np.ndarray) -> list[int]:
        """Clauses ranked by max(paragraph cosine, clause cosine) (paragraph_dense.py); [] without the vectors."""
        from .paragraph_dense import load_paragraph_vectors

        rows = load_paragraph_vectors(self.view, getattr(self.embedder, "model_id", ""), self.embedding_cache)
        return rows.votes(vector, mask, self.config.candidates) if rows is not None else []

    def _mentioned_docs(self, query: str, refs: list[ClauseRef]) -> set[str]:
        # the laws named as the question's subject, typos included, not the ones it only compares with; the bank's
        # policies named by a shortening of their English alias ("the model risk policy", policy_names.py) as well
        named = {d for ref in refs for d in ref.doc_ids} | subject_doc_ids(query, self.catalog)
        if self.config.english_policy_names:
            named |= named_policies(query, self.catalog)
        return named

    # main ---------------------------------------------------------------------------
    def route(self, query: str, refs: list[ClauseRef] | None = None) -> Route:
        refs = self._find_refs(query) if refs is None else refs
        indexed = set(self.view.max_article) | {c.doc_id for c in self.view.docs()}
        named = [d for d in sorted(self._mentioned_docs(query, refs)) if d in indexed]
        return route(query, named)

    def retrieve(self, query: str, k: int, filters: Filters | None = None) -> Retrieval:
        filters = filters or Filters()
        as_of = filters.as_of or self.default_as_of()
        cfg = self.config
        timings: dict[str, float] = {}
        t = time.perf_counter()
        mask = self._mask(filters, as_of)
        # the question's language, once: English lists and lifts, or the Chinese-only ones (a Chinese question, not an
        # English one quoting a Chinese term)
        english = detect_language(query) == "en"
        chinese = has_cjk(query) and not english
        refs = self._find_refs(query) if cfg.exact else []
        exact, missing = self._exact(refs, mask, as_of, english)
        routed = self.route(query, refs) if cfg.routing else Route()
        if cfg.bank_as_actor and routed.wants_policy and bank_only_as_actor(query):
            routed = dataclasses.replace(routed, wants_policy=False)
        if cfg.policy_side_weight and cfg.routing and routed.jurisdiction is None and \
                asks_policy_in_english(routed, english):
            # the bank's policies implement Chinese law: the EU texts are the other jurisdiction (policies are exempt)
            routed = dataclasses.replace(routed, jurisdiction="CN", reasons=(*routed.reasons, "the bank's rules: CN"))
        if cfg.title_subject_cue and cfg.routing and self._about_chinese_law_subject(query, routed):
            routed = dataclasses.replace(routed, jurisdiction="CN", reasons=(*routed.reasons, "a Chinese law's subject"))
        routed_docs: set[str] | None = None
        if routed.named:
            # A named law restricts the search to it and the policies implementing it: another law's articles
            # never rank above the law the question is about.
            named = set(routed.named)
            routed_docs = named | self.implementing_policies(named)
            narrowed = mask & self.view.doc_mask(routed_docs)
            if narrowed.any():
                mask = narrowed
            else:
                routed_docs = None
        lexical_query, dense_query = self._query_texts(query, routed)
        if cfg.authority_terms and not routed.wants_authorities and isinstance(dense_query, BridgedText) and \
                names_authority_matters(" ".join(dense_query.terms)):
            routed = dataclasses.replace(routed, wants_authorities=True)
        timings["exact"] = time.perf_counter() - t

        lists: dict[str, list[int]] = {}
        similarity: dict[int, float] = {}
        sentences = self._sentence_queries(query, routed)
        query_vector: np.ndarray | None = None
        if cfg.dense and self.store is not None:
            t = time.perf_counter()
            # the whole text and its sentences in one embedding batch
            vectors = self.embedder.embed_queries([self._embedded_text(dense_query), *(d for _, d in sentences)])
            query_vector = vectors[0]
            if self._mixes(dense_query):
                query_vector = mixed_vector(self.embedder, query_vector, dense_query, cfg.bridge_mix_weight,
                                            self.embedding_cache)
            similarity = self._dense(dense_query, filters, as_of, mask, routed_docs, query_vector)
            lists["dense"] = list(similarity)
            for n, vector in enumerate(vectors[1:], start=1):
                lists[f"dense-s{n}"] = list(self._dense("", filters, as_of, mask, routed_docs, vector))
            if cfg.dense_paragraphs and self._paragraph_question(query, routed) and (
                    voted := self._dense_paragraphs(query_vector, mask)):
                lists["dense-paragraph"] = voted
            timings["dense"] = time.perf_counter() - t
        if cfg.lexical:
            t = time.perf_counter()
            lists["bm25"] = self._lexical(lexical_query, mask, query if chinese and cfg.spoken_function_words else "")
            for n, (lexical, _) in enumerate(sentences, start=1):
                lists[f"bm25-s{n}"] = self._lexical(lexical, mask)
            if cfg.word_list_weight and (words := self._bridge_words(query, routed)):
                lists["bm25-words"] = self._lexical(words, mask)
            if cfg.dictionary_weight and (words := self._dictionary_words(query, routed)):
                lists["bm25-dictionary"] = self._lexical(words, mask)
            if cfg.paragraphs:
                lists["bm25-paragraph"] = self._paragraph_votes(lexical_query, mask)
            if cfg.char_bigrams and has_cjk(query) and self._paragraph_question(query, routed):
                from .char_ngrams import bigram_index

                lists["bm25-bigram"] = bigram_index(self.view).top(query, cfg.candidates, mask)
            timings["bm25"] = time.perf_counter() - t
        _merge_sentence_lists(lists)
        t = time.perf_counter()
        self._chinese_default_lists(query, routed, filters, as_of, mask, lists, similarity, query_vector)
        timings["cn_default"] = time.perf_counter() - t

        t = time.perf_counter()
        fused: dict[int, float] = defaultdict(float)
        ranks: dict[int, dict[str, int]] = defaultdict(dict)
        for name, ranked in lists.items():
            weight = {"bm25-paragraph": cfg.paragraph_weight, "dense-paragraph": cfg.dense_paragraph_weight,
                      "bm25-bigram": cfg.char_bigram_weight, **dict.fromkeys(DEFAULT_LISTS, cfg.cn_default_weight),
                      **dict.fromkeys(CUED_LISTS, cfg.cn_cue_weight), **dict.fromkeys(POLICY_LISTS, cfg.policy_side_weight),
                      "bm25-words": cfg.word_list_weight, "bm25-dictionary": cfg.dictionary_weight,
                      "bm25-cn-words": cfg.cn_word_list_weight}.get(
                name, cfg.sentence_weight if _SENTENCE_LISTS.match(name) else 1.0)
            self._fuse_list(fused, ranks, name, ranked, weight)
        if cfg.best_rank_weight and has_cjk(query) and self._paragraph_question(query, routed):
            self._best_rank_votes(fused, ranks)
        if cfg.sentence_evidence_weight and chinese and self._paragraph_question(query, routed):
            self._sentence_evidence(query, routed, fused, ranks)
        self._misconduct_lists(lexical_query, routed, mask, fused, ranks, chinese=chinese)
        # the clauses the question's own dense lists rank first: their chapter and addressee priors count less
        picked = self._picked_out(ranks) if self._paragraph_question(query, routed) else frozenset()
        self._reweigh(fused, routed, self._addressed_elsewhere(query, routed), stems(tokenize(lexical_query)), query,
                      picked)
        if cfg.domain_lean_weight != 1.0 and cfg.routing:
            self._lean_by_domain(query, routed, fused)
        if cfg.authority_act_boost != 1.0 and chinese:
            self._lift_authority_acts(query, routed, fused)
        if cfg.individual_right_boost != 1.0 and chinese:
            self._lift_individual_rights(query, routed, fused)
        if cfg.routing and not routed.named and fused:
            self._lift_regulated(query, fused)
            self._weigh_laws(fused)
        mentioned = set(routed.named) if cfg.routing else self._mentioned_docs(query, refs)
        if cfg.rerank and mentioned:
            for i in fused:
                if self.view.clauses[i].doc_id in mentioned:
                    fused[i] += cfg.mention_boost
        if cfg.obligations and not exact:
            self._add_obligations(query, fused, ranks, mask, set(routed.named) or self._top_laws(fused))
        self._law_first(fused, routed)
        if cfg.policy_links:
            self._place_policy_links(fused, routed, mask)
        if cfg.figure_neighbours and routed.asks_figure:
            from .figure_neighbours import lift_figure_neighbours

            lift_figure_neighbours(self.view, fused, routed.asks_figure, mask, figure_kinds, reach=cfg.neighbour_reach)
        if cfg.agreement_depth and chinese:
            from .list_agreement import agreed, lift_agreed

            # articles only (a law's title or preamble stays where non_article_weight put it); what the question's own
            # words rule out stays out: the bank's policies when it asks what the law says (法律上: routing._LAW_INTENT),
            # a sanction (a penalty article stating one) when it asks neither a penalty nor describes misconduct: the
            # duty is asked (issue 10). A policy's chapter 监督与责任 counts as a penalty chapter; its audit intervals
            # state no sanction and stay liftable.
            articles = [i for i in agreed(ranks, cfg.agreement_depth) if (c := self.view.clauses[i]).article is not None
                        and not (routed.wants_law and c.kind == "policy")
                        and (routed.wants_penalties or routed.misconduct
                             or not (is_penalty_article(c) and states_sanction(c.text)))]
            lift_agreed(fused, articles, lambda i: unit_key(self.view.clauses[i]), cfg.agreement_place)
        reorders = cfg.neighbour_margin < 1.0 and len(exact) <= k  # the first units are ordered before cutting at k
        hits = self._units(exact, fused, ranks, similarity, max(k, cfg.neighbour_depth) if reorders else k)
        if reorders:
            from .law_neighbours import order_law_neighbours

            hits = order_law_neighbours(self.view, query, hits, cfg.neighbour_margin, cfg.neighbour_depth,
                                         routed.asks_figure)[:k]
        timings["fuse"] = time.perf_counter() - t
        return Retrieval(query=query, hits=hits, exact_refs=refs, missing_refs=missing, as_of=as_of, timings=timings,
                         best_similarity=max(similarity.values(), default=None))

    def retrieve_many(self, queries: Sequence[str], k: int, filters: Filters | None = None) -> list[Retrieval]:
        """`retrieve` per query, with the query embeddings computed in one batch: into the retriever's QueryMemo
        when the wiring gave it one (batch callers share it across configurations), else into one for this call."""
        queries = list(queries)
        retriever = self
        if not isinstance(self.embedder, QueryMemo):
            retriever = copy.copy(self)  # same view, store and catalog; only the query vectors are remembered
            retriever.embedder = QueryMemo(self.embedder)
        if retriever.config.dense and retriever.store is not None:
            routes = [self.route(q) if self.config.routing else Route() for q in queries]
            texts = [self._embedded_text(self._query_texts(q, r)[1]) for q, r in zip(queries, routes)]
            retriever.embedder.remember(texts)
        return [retriever.retrieve(query, k, filters) for query in queries]

    def _mixes(self, dense_query: str) -> bool:
        """Whether the dense vector is the question's mixed with its bridge terms' (bridge_vectors.py)."""
        return (isinstance(dense_query, BridgedText) and bool(dense_query.terms)
                and 0 < self.config.bridge_mix_min_chars < len(dense_query.question) and can_mix(self.embedder))

    def preload_bridge_terms(self) -> None:
        """Embed the EU heading words now (or read them from the embedding cache): the warm-up's part, so that a long
        description met first after start embeds only itself (bridge_vectors.py)."""
        from .eu_terms import load_eu_terms

        if self.config.eu_terms and self.config.eu_dense_bridge and self.config.bridge_mix_min_chars:
            terms = [t for glossary in load_eu_terms().by_law.values() for e in glossary.entries for t in e.en]
            preload(self.embedder, terms, self.embedding_cache)

    def _embedded_text(self, dense_query: str) -> str:
        """The text the query embedding is computed from: the question alone when its bridge terms are mixed in."""
        return dense_query.question if self._mixes(dense_query) else dense_query

    def _chinese_default_lists(self, query: str, routed: Route, filters: Filters, as_of: date, mask: np.ndarray,
                               lists: dict[str, list[int]], similarity: dict[int, float],
                               vector: np.ndarray | None) -> None:
        """An English question with no cue: the Chinese texts searched on their own too (jurisdiction_default.py).
        The dense list reuses the query's vector (a masked product in memory, or Chroma's filtered query above
        settings.dense_in_memory_max; no second embedding)."""
        from .glossary import load_glossary
        from .jurisdiction_default import chinese_bridge_query, cued_chinese_side, wants_both_jurisdictions
        from .lexicon import load_lexicon

        cfg = self.config
        english = detect_language(query) == "en"
        if cfg.policy_side_weight and cfg.routing and asks_policy_in_english(routed, english):
            self._policy_side_lists(query, filters, as_of, mask, lists, vector)
        if cfg.cn_cue_weight and cfg.routing and cued_chinese_side(routed, query, english):
            self._cued_chinese_lists(query, filters, as_of, mask, lists, vector)
            return
        if not (cfg.cn_default and cfg.routing and wants_both_jurisdictions(routed, query, english)):
            return
        cn_mask = mask & self._chinese_side(cfg.cn_default_policies)
        if not cn_mask.any():
            return
        if cfg.dense and vector is not None:
            near = self._dense_within(cn_mask, filters, as_of, vector)
            lists["dense-cn"] = list(near)
            for i, s in near.items():
                similarity.setdefault(i, s)
        if cfg.lexical:
            sensed = self._sensed(query)
            lists["bm25-cn"] = self._lexical(chinese_bridge_query(sensed, load_glossary(), load_lexicon()), cn_mask)
            if cfg.cn_word_list_weight and (words := " ".join(load_lexicon().chinese_words(sensed))):
                lists["bm25-cn-words"] = self._lexical(words, cn_mask)

    def _dense_within(self, side: np.ndarray, filters: Filters, as_of: date, vector: np.ndarray) -> dict[int, float]:
        """The query's vector against the texts `side` allows alone (Chinese texts, the policies), which the
        whole-corpus dense list gives few places. Chroma answers when the view holds no vectors: same articles
        (test_dense_in_memory)."""
        docs = None if self.view.vectors is not None else set(self.view.doc_ids[side])
        return self._dense("", filters, as_of, side, docs, vector)

    def _chinese_side(self, with_policies: bool) -> np.ndarray:
        """The texts written in Chinese: the Chinese laws, and the bank's own policies when `with_policies`."""
        side = self.view.jurisdictions == "CN"
        return side | (self.view.jurisdictions == "INTERNAL") if with_policies else side

    def _cued_chinese_lists(self, query: str, filters: Filters, as_of: date, mask: np.ndarray,
                            lists: dict[str, list[int]], vector: np.ndarray | None) -> None:
        """An English question whose cues say China: the query's vector, and the lexicon's Chinese words for its own
        English words, against the Chinese texts alone (jurisdiction_default.cued_chinese_side). No similarities
        recorded: the coverage gate's similarity evidence stays what the whole-corpus lists found."""
        from .lexicon import load_lexicon

        cn_mask = mask & self._chinese_side(False)  # a question saying "in China" asks the law (config)
        if not cn_mask.any():
            return
        if self.config.dense and vector is not None:
            lists["dense-cn-cue"] = list(self._dense_within(cn_mask, filters, as_of, vector))
        if self.config.lexical:
            sensed = self._sensed(query)
            if words := " ".join(load_lexicon().chinese_words(sensed)):
                lists["bm25-cn-cue"] = self._lexical(words, cn_mask)

    def _policy_side_lists(self, query: str, filters: Filters, as_of: date, mask: np.ndarray,
                           lists: dict[str, list[int]], vector: np.ndarray | None) -> None:
        """An English question about the bank's own rules: the query's vector, and BM25 over the glossary's and the
        lexicon's Chinese words for its English words, against the bank's policies alone (written in Chinese, they lose
        every whole-corpus list to the English GDPR and AI Act; jurisdiction_default.asks_policy_in_english)."""
        from .glossary import load_glossary
        from .jurisdiction_default import chinese_bridge_query
        from .lexicon import load_lexicon

        policy_mask = mask & (self.view.jurisdictions == "INTERNAL")
        if not policy_mask.any():
            return
        if self.config.dense and vector is not None:
            lists["dense-policy"] = list(self._dense_within(policy_mask, filters, as_of, vector))
        if self.config.lexical:
            sensed = self._sensed(query)
            lists["bm25-policy"] = self._lexical(chinese_bridge_query(sensed, load_glossary(), load_lexicon()),
                                                 policy_mask)

    def _sentence_queries(self, query: str, routed: Route) -> list[tuple[str, str]]:
        """(BM25 text, dense text) of each sentence of a description of several (sentences.py); none otherwise."""
        from .sentences import sentence_chunks

        # a question of two short sentences asks one thing; a description of several facts is longer (the length that
        # ends the paragraph questions: dense_paragraph_max_chars)
        if not self.config.sentence_votes or len(query) <= self.config.dense_paragraph_max_chars:
            return []
        return [self._query_texts(sentence, routed) for sentence in sentence_chunks(query)]

    def _best_rank_votes(self, fused: dict[int, float], ranks: dict[int, dict[str, int]]) -> None:
        """Each candidate's best rank in any one of the question's own lists, as one more reciprocal-rank term."""
        cfg = self.config
        for i, by_list in ranks.items():
            best = min((rank for name, rank in by_list.items() if name in _OWN_LISTS), default=None)
            if best is not None:
                fused[i] += cfg.best_rank_weight / (cfg.best_rank_k + best)

    def _sentence_evidence(self, query: str, routed: Route, fused: dict[int, float],
                           ranks: dict[int, dict[str, int]]) -> None:
        """The first fused candidates re-ranked by their best sentence's share of the question (sentence_evidence.py),
        fused as one more list. The bank's policies only when the question asks about the bank's rules: a policy
        restates a law in one short sentence and would win over the law it restates."""
        from .sentence_evidence import ranked_by_sentence

        cfg = self.config
        order = [i for i, _ in sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))[: cfg.sentence_evidence_depth]]
        first = [i for i in order if routed.wants_policy or self.view.clauses[i].kind != "policy"]
        ranked = ranked_by_sentence(query, first, lambda i: self.view.clauses[i].text, cfg.sentence_evidence_min_share)
        self._fuse_list(fused, ranks, "sentence-evidence", ranked, cfg.sentence_evidence_weight)

    def _fuse_list(self, fused: dict[int, float], ranks: dict[int, dict[str, int]], name: str, ranked: list[int],
                   weight: float = 1.0) -> None:
        """Reciprocal-rank fusion of one more ranked list of chunk positions."""
        for rank, i in enumerate(ranked, start=1):
            fused[i] += weight / (self.config.rrf_k + rank)
            ranks[i][name] = rank

    def _misconduct_lists(self, lexical_query: str, routed: Route, mask: np.ndarray, fused: dict[int, float],
                          ranks: dict[int, dict[str, int]], chinese: bool = False) -> None:
        """Questions describing misconduct under Chinese law: the penalty articles whose items describe the conduct,
        and the penalty sanctioning the rule body that the best-matching duties belong to (misconduct.py)."""
        from .misconduct import linked_penalties, penalty_items

        cfg = self.config
        # asking a Chinese law's consequences of an act (没批就办了…罚多少) names the conduct as a finding does
        asks_sanction = cfg.penalty_items_when_asked and routed.wants_penalties and chinese
        if routed.jurisdiction == "EU" or not (routed.misconduct or asks_sanction):
            return
        if cfg.penalty_items:
            items, twins = penalty_items(self.view).votes(lexical_query, mask, cfg.candidates)
            self._fuse_list(fused, ranks, "penalty-item", items, cfg.penalty_item_weight)
            self._fuse_list(fused, ranks, "penalty-twin", twins, cfg.penalty_twin_weight)
        if cfg.penalty_links and fused:
            order = [i for i, _ in sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))]
            linked = linked_penalties(self.view, order, mask, cfg.penalty_link_depth)
            self._fuse_list(fused, ranks, "penalty-link", linked, cfg.penalty_link_weight)

    def _bridges_to_chinese(self, query: str, routed: Route) -> tuple[bool, bool]:
        """(English, reaches the Chinese texts): an English question reaches Chinese text only when it is about Chinese
        law (named, or a CN cue) or the bank's policies (written in Chinese)."""
        english = detect_language(query) == "en"
        # the bank's policies (jurisdiction INTERNAL) are written in Chinese like the Chinese laws: an English question
        # naming one ("under the Model Risk Management Policy") needs the Chinese words as much as one naming the PIPL
        chinese_texts = ("CN", "INTERNAL")
        cn_named = any(getattr(self.catalog.by_doc_id(d), "jurisdiction", "") in chinese_texts for d in routed.named)
        return english, not english or routed.jurisdiction == "CN" or cn_named or routed.wants_policy

    def _bridge_words(self, query: str, routed: Route) -> str:
        """The lexicon's Chinese words for an English question about Chinese texts (empty otherwise)."""
        from .lexicon import load_lexicon

        english, chinese = self._bridges_to_chinese(query, routed)
        sensed = self._sensed(query, english)
        if not (english and chinese and self.config.word_bridge):
            return ""
        return " ".join(w for w in load_lexicon().chinese_words(sensed) if self._tells_apart(w, routed))

    def _dictionary_words(self, query: str, routed: Route) -> str:
        """CC-CEDICT's Chinese words for an English question about Chinese texts (cedict.py; empty otherwise): those
        the Chinese texts use in few clauses, that tell the named law's articles apart, the most shared first."""
        english, chinese = self._bridges_to_chinese(query, routed)
        if not (english and chinese):
            return ""
        from .cedict import Dictionary, common_english, distinctive_words, read_entries, reverse

        cfg = self.config
        # built once per view and settings (0.6 s reading CC-CEDICT; the warm-up's AML question builds it)
        dictionary = self.view.derived(f"cedict-{cfg.dictionary_max_share}-{cfg.dictionary_max_zipf}", lambda: Dictionary(
            reverse(read_entries(distinctive_words(
                (tokens for tokens, written_in_chinese in zip(self.view.token_lists, self._chinese_side(True))
                 if written_in_chinese), cfg.dictionary_max_share).__contains__)),
            common_english(cfg.dictionary_max_zipf)))
        # a law's name is routing's: translated word by word ("credit reporting regulation": 信用 信贷 章程 规章 …) it gives
        # the words of titles and scope articles, not the question's topic
        for mention in reversed(self.catalog.find_mentions(query)):
            query = query[:mention.start] + " " + query[mention.end:]
        words = [w for w in dictionary.chinese_words(query, cfg.dictionary_max_translations)
                 if self._tells_apart(w, routed)]
        return " ".join(words[:cfg.dictionary_cap])

    def _query_texts(self, query: str, routed: Route) -> tuple[str, str]:
        """What BM25 and the dense index are asked: the question, with the glossary's legal terms."""
        if not self.config.glossary:
            return query, query
        from .glossary import load_glossary

        # An English question reaches Chinese text only when it is about Chinese law (named, or a CN cue);
        # otherwise Chinese terms would pull a GDPR question towards the PIPL.
        # The bank's policies are written in Chinese: an English question about them needs the Chinese terms too.
        english, chinese = self._bridges_to_chinese(query, routed)
        # the terms are those of the question's legal senses ("breach of the DSL" is a violation, not a data breach:
        # word_senses.py); BM25 still reads the question's own words
        sensed = self._sensed(query, english)
        expanded = load_glossary().expand(sensed, chinese=chinese)
        if self.config.word_bridge and chinese and english:
            expanded = _with_chinese_words(expanded, lambda w: self._tells_apart(w, routed))
        lexical_query = query + expanded[len(sensed):]
        # A question about the GDPR / AI Act: their own heading words (eu_terms.py); not for an English question
        # bridged to the Chinese texts above (about Chinese law or the bank's policies)
        if self.config.eu_terms and not (english and chinese) and (eu_words := self._eu_words(sensed, routed)):
            lexical_query += " " + " ".join(eu_words)
            if self.config.eu_dense_bridge:
                return lexical_query, BridgedText(query, eu_words)
        if self.config.dense_bridge and chinese and english:
            # An English question about Chinese law: the Chinese legal terms it maps to join the dense query too,
            # since a small multilingual model matches across languages less well than within one.
            bridge = [t for t in lexical_query[len(query):].split() if has_cjk(t)]
            return lexical_query, query + " " + " ".join(dict.fromkeys(bridge))
        return lexical_query, query

    def _sensed(self, query: str, english: bool = True) -> str:
        """An English question with its words read in their legal senses (word_senses.py), for the lexicon and the
        glossary; other questions, or the switch off, as they are."""
        return with_legal_senses(query) if english and self.config.word_senses else query

    def _tells_apart(self, word: str, routed: Route) -> bool:
        """Whether a lexicon word can tell the named law's articles apart: one found in most of them (征信机构 in the
        credit reporting regulation) is the law's subject, not the question's; searched within that law only, it just
        favours the articles that repeat it. True when no law is named (the word then tells laws apart)."""
        share = self.config.named_law_word_share
        if share >= 1.0 or not routed.named:
            return True
        texts = self.view.derived("article_texts", self._article_texts)
        counts = self.view.derived("word-article-counts", dict)  # (law, word) → (articles with it, articles)
        for doc in routed.named:
            if (doc, word) not in counts:
                articles = texts.get(doc, [])
                counts[doc, word] = (sum(word in t for t in articles), len(articles))
            holding, total = counts[doc, word]
            if total and holding > share * total:
                return False
        return True

    def _article_texts(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for c in self.view.clauses:
            if c.article is not None:
                out[c.doc_id].append(c.text)
        return dict(out)

    def _eu_words(self, query: str, routed: Route) -> list[str]:
        """The EU texts' heading words for a question about them (eu_terms.py): the EU texts it names, or all of them
        when it names none and its cues are EU, or it is English without any cue."""
        from .eu_terms import load_eu_terms

        eu_named = {d for d in routed.named if getattr(self.catalog.by_doc_id(d), "jurisdiction", "") == "EU"}
        # An English question with no cue and no name is about the EU texts more often than not, and the heading words
        # can only match the English texts (the Chinese laws and the bank's policies hold no English words).
        unrouted_english = not routed.named and routed.jurisdiction is None and detect_language(query) == "en"
        if not eu_named and routed.jurisdiction != "EU" and not unrouted_english:
            return []
        return load_eu_terms().english_terms(query, eu_named or None)

    def _addressed_elsewhere(self, query: str, routed: Route) -> set[str]:
        """Indexed texts that govern institutions other than banks, when the question neither names them nor uses a
        word for the institutions they govern: the asker is a bank."""
        lowered = query.lower()
        return {c.doc_id for c in self.view.docs() if c.doc_id not in routed.named
                and (words := self.catalog.addressed_to(c.doc_id))
                and not any(w.lower() in lowered for w in words)}

    def _picked_out(self, ranks: dict[int, dict[str, int]]) -> frozenset[int]:
        """The clauses the question's own dense lists (its vector against clauses and paragraphs) rank within
        structure_escape_rank: what the question's meaning points at, whichever chapter it stands in."""
        depth = self.config.structure_escape_rank
        if not depth:
            return frozenset()
        return frozenset(i for i, by_list in ranks.items()
                         if any(by_list.get(name, depth + 1) <= depth for name in _DENSE_OWN_LISTS))

    def _reweigh(self, fused: dict[int, float], routed: Route, elsewhere: set[str] = frozenset(),
                 query_stems: set[str] = frozenset(), question: str = "", picked: frozenset[int] = frozenset()) -> None:
        """What the question asks for, applied to every candidate: articles over recitals, duties over penalties and
        final provisions unless asked, the bank's policies when asked, the jurisdiction the cues name, the figure
        asked for; texts governing other kinds of institution only when the question is about them. The chapter and
        addressee discounts are priors: a clause in `picked` (_picked_out) takes them only in part
        (structure_escape_share)."""
        cfg = self.config
        asks_often = cfg.frequency_boost and asks_frequency(question)
        asks_allowed = cfg.permission_clause_boost != 1.0 and asks_whether_allowed(question) and \
            detect_language(question) != "en"
        names_law = self._names_only_laws(routed)
        asks_start = cfg.commencement_boost != 1.0 and asks_commencement(question)
        asks_term = cfg.definition_boost != 1.0 and asks_meaning(question)
        asks_who_interprets = cfg.definition_boost != 1.0 and asks_interpreter(question)
        structure = self.view.derived("structure-flags", dict)  # position → _structure_flags, filled as met
        for i in fused:
            clause = self.view.clauses[i]
            starts = asks_start and states_commencement(clause.text)  # the date asked for: no 附则 discount
            defines = asks_term and states_definition(clause.text)  # the term asked about: no 附则 discount
            # … or the body that interprets the text, asked who interprets it (definition_asks.asks_interpreter)
            defines = defines or asks_who_interprets and states_interpreter(clause.text)
            softened = cfg.structure_escape_share if i in picked else 1.0  # what the question's meaning points at
            if clause.doc_id in elsewhere:
                fused[i] *= cfg.other_addressee_weight ** softened
            if clause.article is None:
                fused[i] *= cfg.non_article_weight
            if cfg.structure:
                if (flags := structure.get(i)) is None:
                    flags = structure[i] = _structure_flags(clause)
                penalty, final, boilerplate_final, authority = flags
                if penalty:
                    # Chinese administrative penalties cite the penalty article (法律责任) as their legal basis, so a
                    # misconduct description under Chinese law asks for it; under the GDPR a fine cites the duty breached.
                    if routed.wants_penalties or (routed.misconduct and clause.jurisdiction == "CN"):
                        fused[i] *= cfg.penalty_boost
                    else:
                        fused[i] *= cfg.penalty_weight ** softened
                elif not routed.wants_definitions and not (starts or defines) and final and (
                        clause.jurisdiction != "CN" or not cfg.substantive_final or boilerplate_final):
                    fused[i] *= cfg.final_weight ** softened
                if not routed.wants_authorities and authority:
                    fused[i] *= cfg.authority_weight ** softened
            if starts:
                fused[i] *= cfg.commencement_boost
            if defines:
                fused[i] *= cfg.definition_boost
            if routed.wants_policy and clause.kind == "policy":
                fused[i] *= cfg.policy_boost
            elif clause.kind == "policy" and (routed.wants_law or cfg.named_law_is_law_cue and names_law):
                fused[i] *= cfg.law_cue_policy_weight
            if asks_allowed and allows_or_forbids(clause.text, question, cfg.permission_shared_bigrams):
                fused[i] *= cfg.permission_clause_boost
            if routed.asks_figure and routed.asks_figure & figure_kinds(clause.text):
                fused[i] *= cfg.figure_boost
            elif asks_often and states_frequency(clause.text):
                fused[i] *= cfg.figure_boost  # how often: a clause stating a frequency (每两年, every four years)
            if query_stems and (heading := _heading_stems(clause.text)):
                shared = len(heading & query_stems)
                if shared >= min(2, len(heading)) and shared >= cfg.heading_share * len(heading):
                    fused[i] *= cfg.heading_boost
            if routed.jurisdiction and clause.kind != "policy" and clause.jurisdiction.upper() != routed.jurisdiction:
                fused[i] *= cfg.other_jurisdiction_weight

    def _names_only_laws(self, routed: Route) -> bool:
        """The question names a law and none of the bank's policies: it asks what that law says (个保法对…有没有要求)."""
        kinds = {getattr(self.catalog.by_doc_id(d), "kind", "") for d in routed.named}
        return bool(routed.named) and "policy" not in kinds

    def _lift_regulated(self, query: str, fused: dict[int, float]) -> None:
        """A question naming a Chinese regulator and no law: the laws it administers (regulators.py)."""
        from .regulators import administered_docs, regulator_titles

        english = detect_language(query) == "en"
        boost = self.config.regulator_boost if english else self.config.cn_regulator_boost
        if boost == 1.0 or not (titles := regulator_titles(query, chinese=not english)):
            return
        docs = administered_docs(self.view, titles)
        for i in fused:
            if self.view.clauses[i].doc_id in docs:
                fused[i] *= boost

    def _lean_by_domain(self, query: str, routed: Route, fused: dict[int, float]) -> None:
        """An English question with no cue whose subject words the EU texts never use: its EU candidates weigh less
        (domain_lean.py)."""
        from .domain_lean import eu_absent_keys, leans_chinese
        from .jurisdiction_default import wants_both_jurisdictions
        from .lexicon import load_lexicon

        if not wants_both_jurisdictions(routed, query, detect_language(query) == "en"):
            return
        keys = self.view.derived("eu-absent-lexicon-keys", lambda: eu_absent_keys(
            load_lexicon(), (c.text for c in self.view.clauses if c.jurisdiction.upper() == "EU")))
        sensed = self._sensed(query)
        if not leans_chinese(sensed, keys, self.config.domain_lean_min_words, bool(self._eu_words(sensed, routed))):
            return
        for i in fused:
            if self.view.clauses[i].jurisdiction.upper() == "EU":
                fused[i] *= self.config.domain_lean_weight

    def _about_chinese_law_subject(self, query: str, routed: Route) -> bool:
        """An English question with no cue whose words name the subject of a Chinese law, in words no EU text uses
        (domain_lean.title_subject_keys: e-signature, CIIO, consumer association): its jurisdiction is China."""
        from .domain_lean import domain_words, eu_absent_keys, title_subject_keys
        from .jurisdiction_default import wants_both_jurisdictions
        from .lexicon import load_lexicon

        if not wants_both_jurisdictions(routed, query, detect_language(query) == "en"):
            return False
        absent = self.view.derived("eu-absent-lexicon-keys", lambda: eu_absent_keys(
            load_lexicon(), (c.text for c in self.view.clauses if c.jurisdiction.upper() == "EU")))
        keys = self.view.derived("title-subject-lexicon-keys", lambda: title_subject_keys(
            load_lexicon(), absent, {c.law for c in self.view.docs() if c.jurisdiction.upper() == "CN"}))
        return bool(domain_words(self._sensed(query), keys))

    def _lift_authority_acts(self, query: str, routed: Route, fused: dict[int, float]) -> None:
        """A Chinese question whose actor is an authority: the articles stating what the authority does
        (authority_acts.py)."""
        from .authority_acts import authority_articles, names_authority_actor

        if not routed.misconduct and names_authority_actor(query):
            self._lift(fused, authority_articles(self.view), self.config.authority_act_boost)

    def _lift_individual_rights(self, query: str, routed: Route, fused: dict[int, float]) -> None:
        """A Chinese question whose actor is the customer asking the bank for something: the articles granting the
        individual a right (individual_requests.py)."""
        from .individual_requests import names_individual_requester, right_articles

        if not routed.misconduct and names_individual_requester(query):
            self._lift(fused, right_articles(self.view), self.config.individual_right_boost)

    @staticmethod
    def _lift(fused: dict[int, float], positions: frozenset[int], boost: float) -> None:
        for i in fused:
            if i in positions:
                fused[i] *= boost

    def _law_shares(self, fused: dict[int, float]) -> dict[str, float]:
        """Each law's share of the top fused evidence (policies count on their own)."""
        mass: dict[str, float] = defaultdict(float)
        for i, score in sorted(fused.items(), key=lambda kv: -kv[1])[: self.config.law_evidence_depth]:
            mass[self.view.clauses[i].doc_id] += score
        total = sum(mass.values()) or 1.0
        return {doc: m / total for doc, m in mass.items()}

    def _weigh_laws(self, fused: dict[int, float]) -> None:
        """Law-level ranking before article-level ranking: an article of a law that holds much of the evidence
        outranks an equally similar article of a law that appears once."""
        shares = self._law_shares(fused)
        for i in fused:
            clause = self.view.clauses[i]
            if clause.kind == "policy":
                continue  # a short policy concentrates evidence without being "the law" a question is about
            fused[i] *= 1.0 + self.config.law_weight * shares.get(clause.doc_id, 0.0)

    def _top_laws(self, fused: dict[int, float], n: int = 1) -> set[str]:
        shares = self._law_shares(fused)
        return {doc for doc, _ in sorted(shares.items(), key=lambda kv: -kv[1])[:n]}

    def _add_obligations(self, query, fused, ranks, mask, laws: set[str]) -> None:
        """The checklist's articles for the laws the question is about, fused as one more ranked list."""
        from .obligations import load_checklist

        checklist = load_checklist()
        rank = 0
        for doc_id in sorted(laws):
            for article in checklist.engaged(checklist.canonical(doc_id), query):
                pieces = [i for i in self.view.articles.get((doc_id, article, 0), []) if mask[i]]
                if not pieces:
                    continue
                rank += 1
                i = pieces[0]
                fused[i] = fused.get(i, 0.0) + self.config.obligation_weight / (self.config.rrf_k + rank)
                ranks[i]["obligation"] = rank

    def _law_first(self, fused: dict[int, float], routed: Route) -> None:
        """More than one law in the first slots (law_first.py)."""
        from .law_first import diversify_laws

        cfg = self.config
        if not cfg.routing or not fused:
            return
        if not routed.named and cfg.law_decay < 1.0:
            diversify_laws(self.view, fused, cfg.law_decay, cfg.law_window)

    def _place_policy_links(self, fused: dict[int, float], routed: Route, mask: np.ndarray) -> None:
        """The law article a ranked policy article implements, beside it (policy_links.py); not when the question asks
        about the bank's own rules or names a policy."""
        from .policy_links import place_linked_laws, policy_links

        cfg = self.config
        if not cfg.routing or not fused or routed.wants_policy:
            return
        if any(c.kind == "policy" for c in self.view.docs() if c.doc_id in routed.named):
            return
        links = policy_links(self.view, self.catalog, cfg.policy_link_overlap)
        place_linked_laws(self.view, fused, links, mask, cfg.policy_link_top, cfg.policy_link_before)

    def _find_refs(self, query: str) -> list[ClauseRef]:
        from ..clauses import find_clause_refs

        return find_clause_refs(query, self.catalog)

    def _units(self, exact, fused: dict[int, float], ranks: dict[int, dict[str, int]], similarity: dict[int, float], k: int) -> list[Hit]:
        """Chunks → article-level units: an article counts once, represented by its best piece."""
        hits: list[Hit] = []
        seen: set[tuple] = set()
        for i in exact:
            key = unit_key(self.view.clauses[i])
            if key not in seen:
                seen.add(key)
                hits.append(Hit(clause=self.view.clauses[i], score=1.0, sources={"exact": 1, **ranks.get(i, {})},
                                similarity=similarity.get(i)))
        for i, score in sorted(fused.items(), key=lambda kv: (-kv[1], kv[0])):
            if len(hits) >= k:
                break
            key = unit_key(self.view.clauses[i])
            if key in seen:
                continue
            seen.add(key)
            hits.append(Hit(clause=self.view.clauses[i], score=round(score, 6), sources=ranks.get(i, {}),
                            similarity=similarity.get(i)))
        return hits[:k] if len(exact) <= k else hits
