"""Hybrid retrieval: exact clause lookup, dense (Chroma) + BM25 fused by reciprocal rank, article-level units."""

from __future__ import annotations

import copy
import dataclasses
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import numpy as np

from ...interfaces import Retriever
from ...language import detect_language, has_cjk
from ...lexis.english_stems import stems
from ...lexis.quantities import figure_kinds
from ...settings import today
from ...text.articles import format_label, label_suffix
from ...text.numerals import int_to_cn
from ...text.tokens import tokenize
from ...types import ClauseRef, Filters, Hit, Retrieval, WordingFit, date_int
from ..bank_as_actor import bank_only_as_actor
from ..concept_evidence import asks_structure
from ..bridge_vectors import BridgedText, can_mix, mixed_vector, preload
from ..cited_duties import cited_articles, duty_before_its_penalty
from ..compound_terms import compound_tokens
from ..config import RetrievalConfig
from ..event_clauses import event_conditions, tells_event
from ..corpus_view import CorpusView, unit_key
from ..definition_asks import defines_asked_term
from ..embeddings import QueryMemo
from ..glossary_texts import GlossaryTexts, order_by_text_votes
from ..jurisdiction_default import (CUED_LISTS, DEFAULT_LISTS, POLICY_LISTS, asks_policy_in_english,
                                    home_side_on_near_tie)
from ..law_mentions import subject_doc_ids
from ..meaning_lead import lead_by_meaning, lead_within_text_by_meaning
from ..policy_lead import policy_leads
from ..policy_names import named_policies
from ..penalty_articles import is_penalty_article, states_sanction
from ..routing import Route, asks_consequences, names_authority_matters, route
from ..spoken_words import without_function_words
from .english_lead import EnglishLead
from .law_level import LawLevel
from .lists import _SENTENCE_LISTS, MoreLists, _merge_sentence_lists
from .query_words import QueryWords
from .reweigh import Reweighing


def _ref_text(ref: ClauseRef, law_name: str, english: bool) -> str:
    if english:
        return f"{law_name} {format_label(ref.article, ref.article_suffix, 'en')}"
    return f"《{law_name}》{format_label(ref.article, ref.article_suffix, 'zh')}"


class HybridRetriever(Retriever, QueryWords, MoreLists, Reweighing, LawLevel, EnglishLead):
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
        self._glossary_cited: GlossaryTexts | None = None  # the glossary's cited texts (glossary_texts.py), read once
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
    def _exact(self, refs: list[ClauseRef], mask: np.ndarray, as_of: date,
               english: bool) -> tuple[list[int], list[str]]:
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
            name = _ref_text(ref, sample.short_title,
                             english or not sample.label.startswith("第") and sample.article is not None)
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
        # the texts' compound terms a Chinese question writes itself, each once, beside jieba's pieces
        # (compound_terms.py); not those of the words a glossary or a dictionary adds to it: they are no wording of
        # the asker's, and each would add a whole term's score
        compounds = list(dict.fromkeys(compound_tokens(spoken, self.view.compounds))) if (
            spoken and self.config.compound_terms) else []
        return [i for i, _ in self.view.lexical.top(tokens, self.config.candidates, mask, compounds)]

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
        from ..paragraph_dense import load_paragraph_vectors

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

    def _search_route(self, query: str, refs: list[ClauseRef], english: bool) -> Route:
        """The route a search follows: routing's, with the retriever's own readings of the bank's policies."""
        cfg = self.config
        if not cfg.routing:
            return Route()
        routed = self.route(query, refs)
        if cfg.bank_as_actor and routed.wants_policy and bank_only_as_actor(query):
            routed = dataclasses.replace(routed, wants_policy=False)
        if cfg.policy_side_weight and routed.jurisdiction is None and asks_policy_in_english(routed, english):
            # the bank's policies implement Chinese law: the EU texts are the other jurisdiction (policies are exempt)
            routed = dataclasses.replace(routed, jurisdiction="CN", reasons=(*routed.reasons, "the bank's rules: CN"))
        if cfg.title_subject_cue and self._about_chinese_law_subject(query, routed):
            routed = dataclasses.replace(routed, jurisdiction="CN",
                                         reasons=(*routed.reasons, "a Chinese law's subject"))
        return routed

    def wording(self, query: str) -> WordingFit | None:
        """The question's wording fit (wording_fit.py) as `retrieve` measures it, without searching (calibration)."""
        cfg = self.config
        if not cfg.lexical:
            return None
        refs = self._find_refs(query) if cfg.exact else []
        routed = self._search_route(query, refs, detect_language(query) == "en")
        return self._wording_fit(query, routed, self._dictionary_words(query, routed) if cfg.dictionary_weight else "")

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
        routed = self._search_route(query, refs, english)
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
        dictionary_words = ""
        if cfg.lexical:
            t = time.perf_counter()
            lists["bm25"] = self._lexical(lexical_query, mask, query if chinese and cfg.spoken_function_words else "")
            for n, (lexical, _) in enumerate(sentences, start=1):
                lists[f"bm25-s{n}"] = self._lexical(lexical, mask)
            if cfg.word_list_weight and (words := self._bridge_words(query, routed)):
                lists["bm25-words"] = self._lexical(words, mask)
            if cfg.dictionary_weight and (dictionary_words := self._dictionary_words(query, routed)):
                lists["bm25-dictionary"] = self._lexical(dictionary_words, mask)
            if cfg.paragraphs:
                lists["bm25-paragraph"] = self._paragraph_votes(lexical_query, mask)
            if cfg.char_bigrams and has_cjk(query) and self._paragraph_question(query, routed):
                from ..char_ngrams import bigram_index

                lists["bm25-bigram"] = bigram_index(self.view).top(query, cfg.candidates, mask)
            timings["bm25"] = time.perf_counter() - t
        _merge_sentence_lists(lists)
        t = time.perf_counter()
        cn_default_weight = self._chinese_default_lists(query, routed, filters, as_of, mask, lists, similarity,
                                                        query_vector)
        timings["cn_default"] = time.perf_counter() - t

        t = time.perf_counter()
        fused: dict[int, float] = defaultdict(float)
        ranks: dict[int, dict[str, int]] = defaultdict(dict)
        for name, ranked in lists.items():
            weight = {"bm25-paragraph": cfg.paragraph_weight, "dense-paragraph": cfg.dense_paragraph_weight,
                      "bm25-bigram": cfg.char_bigram_weight, **dict.fromkeys(DEFAULT_LISTS, cn_default_weight),
                      **dict.fromkeys(CUED_LISTS, cfg.cn_cue_weight),
                      **dict.fromkeys(POLICY_LISTS, cfg.policy_side_weight),
                      "bm25-words": cfg.word_list_weight, "bm25-dictionary": cfg.dictionary_weight,
                      "bm25-cn-words": cfg.cn_word_list_weight, "bm25-cn-dictionary": cfg.cn_dictionary_weight}.get(
                name, cfg.sentence_weight if _SENTENCE_LISTS.match(name) else 1.0)
            self._fuse_list(fused, ranks, name, ranked, weight)
        if cfg.best_rank_weight and has_cjk(query) and self._paragraph_question(query, routed):
            self._best_rank_votes(fused, ranks)
        if cfg.sentence_evidence_weight and chinese and self._paragraph_question(query, routed):
            self._sentence_evidence(query, routed, fused, ranks)
        elif cfg.english_sentence_evidence_weight and english and self._paragraph_question(query, routed) and \
                not self._bridges_to_chinese(query, routed)[1]:
            # an English question about the English texts (issue 10); one about the Chinese texts reaches them through
            # bridged words, too loose for one sentence (measured: en pool MRR 0.664 → 0.650 with them)
            self._english_sentence_evidence(query, routed, fused, ranks)
        elif cfg.concept_evidence_weight and english and self._paragraph_question(query, routed) and \
                not asks_structure(query):
            # … one about the Chinese texts: its concepts, each English word with all its bridged Chinese words, in one
            # Chinese sentence (concept_evidence.py)
            self._concept_evidence(query, routed, fused, ranks)
        self._misconduct_lists(lexical_query, routed, mask, fused, ranks, chinese=chinese)
        if cfg.event_clause_weight and chinese and tells_event(query):
            # a told event: the laws' clauses whose event condition it matches (event_clauses.py)
            self._fuse_list(fused, ranks, "event-condition",
                            event_conditions(self.view).ranked(lexical_query, mask, cfg.candidates),
                            cfg.event_clause_weight)
        # the clauses the question's own dense lists rank first: their chapter and addressee priors count less
        picked = self._picked_out(ranks) if self._paragraph_question(query, routed) else frozenset()
        if not chinese and self._paragraph_question(query, routed):
            # … and the clause all the lists together rank first; a Chinese question has list_agreement's lift instead
            picked |= self._fused_first(fused)
        # the evidence before the priors (what they took away, the English best-rank vote loses too); only it reads it
        unweighed = dict(fused) if english and cfg.english_best_rank_weight else None
        self._reweigh(fused, routed, self._addressed_elsewhere(query, routed), stems(tokenize(lexical_query)), query,
                      picked)
        leaned = cfg.domain_lean_weight != 1.0 and cfg.routing and self._lean_by_domain(query, routed, fused)
        if cfg.coverage_lean_weight != 1.0 and cfg.routing and not leaned:
            # an unnamed English question the word-list lean leaves: its EU candidates weigh less when one Chinese
            # sentence holds clearly more of its concepts than any English one (side_coverage.py)
            self._lean_by_coverage(query, routed, fused, ranks)
        if cfg.authority_act_boost != 1.0 and chinese:
            self._lift_authority_acts(query, routed, fused)
        if cfg.individual_right_boost != 1.0 and chinese:
            self._lift_individual_rights(query, routed, fused)
        if cfg.other_operator_weight != 1.0 and english:
            self._discount_other_operators(query, fused)
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
            from ..figure_neighbours import lift_figure_neighbours
            from ..gate.delegation import _cited_articles

            lift_figure_neighbours(self.view, fused, routed.asks_figure, mask, figure_kinds, reach=cfg.neighbour_reach,
                                   cites=_cited_articles(self.catalog))
        if (cfg.agreement_depth or cfg.meaning_agreement_place or cfg.unanimous_place) and chinese:
            from ..list_agreement import MEANING_LISTS, agreed, lift_agreed, unanimous

            # articles only (a law's title or preamble stays where non_article_weight put it); what the question's own
            # words rule out stays out: the bank's policies when it asks what the law says (法律上: routing._LAW_INTENT),
            # a sanction (a penalty article stating one) when it asks neither a penalty nor describes misconduct: the
            # duty is asked (issue 10). A policy's chapter 监督与责任 counts as a penalty chapter; its audit intervals
            # state no sanction and stay liftable.
            def liftable(candidates: list[int]) -> list[int]:
                return [i for i in candidates if (c := self.view.clauses[i]).article is not None
                        and not (routed.wants_law and c.kind == "policy")
                        and (routed.wants_penalties or routed.misconduct
                             or not (is_penalty_article(c) and states_sanction(c.text)))]

            if cfg.agreement_depth:
                lift_agreed(fused, liftable(agreed(ranks, cfg.agreement_depth)),
                            lambda i: unit_key(self.view.clauses[i]), cfg.agreement_place)
            if cfg.meaning_agreement_place:
                # the question's vector against whole clauses and against their paragraphs both put it first
                lift_agreed(fused, liftable(agreed(ranks, 1, MEANING_LISTS[:1], MEANING_LISTS[1:])),
                            lambda i: unit_key(self.view.clauses[i]), cfg.meaning_agreement_place)
            if cfg.unanimous_place:
                # … and by a list of its words too: every kind of evidence the search has names it
                lift_agreed(fused, liftable(unanimous(ranks)), lambda i: unit_key(self.view.clauses[i]),
                            cfg.unanimous_place)
        if cfg.english_best_rank_weight and english and self._paragraph_question(query, routed) and \
                not asks_structure(query) and (self._bridges_to_chinese(query, routed)[1]
                                               or self._searches_chinese_by_default(query, routed)):
            # an English question that reaches the Chinese texts (named, cued, the bank's rules, or no cue either way):
            # its best rank in any list, after the priors and placements (config.english_best_rank_weight); not one
            # asking commencement or a term's meaning, whose own lifts place the answer
            self._english_best_rank_votes(fused, ranks, unweighed)
        # the first units are ordered before cutting at k: by a Chinese question's words, an English one's concepts
        reorders = min(cfg.neighbour_margin, cfg.concept_neighbour_margin) < 1.0 and len(exact) <= k
        hits = self._units(exact, fused, ranks, similarity, max(k, cfg.neighbour_depth) if reorders else k)
        # (routing's wants_penalties is asks_consequences; read here only when routing is off)
        asks_penalties = routed.wants_penalties if cfg.routing else asks_consequences(query)
        if reorders:
            from ..asked_form import form_answerer
            from ..law_neighbours import order_law_neighbours

            answers_form = form_answerer(query)
            hits = order_law_neighbours(self.view, query, hits, cfg.neighbour_margin, cfg.neighbour_depth,
                                         routed.asks_figure, cfg.neighbour_meaning_head_start,
                                         cfg.neighbour_sentence_head_start, cfg.neighbour_source_words,
                                         answers_form if cfg.neighbour_keeps_form else None, cfg.neighbour_max_sink,
                                         defines_asked_term(query) if cfg.neighbour_asked_term_leads else None)
            if cfg.duty_before_its_penalty and not asks_penalties:
                # the duty asked above the penalty article sanctioning its breach (cited_duties.py)
                hits = self._duty_before_its_penalty(hits, cfg.neighbour_depth)
            if cfg.concept_neighbour_margin < 1.0 and english and self._paragraph_question(query, routed) and \
                    not asks_structure(query) and (self._bridges_to_chinese(query, routed)[1]
                                                   or self._searches_chinese_by_default(query, routed)):
                hits = self._order_by_concepts(query, hits, routed.asks_figure, answers_form)
            hits = hits[:k]
        if cfg.home_tie_ratio and self._searches_chinese_by_default(query, routed):
            hits = home_side_on_near_tie(hits, cfg.home_tie_ratio)
        if cfg.glossary_text_weight and cfg.glossary and not routed.named and len(hits) > 1:
            # the texts the triggered glossary entries cite break near ties between texts (glossary_texts.py)
            hits = order_by_text_votes(hits, self._glossary_texts().votes(query), cfg.glossary_text_offset,
                                       cfg.glossary_text_weight)
        if cfg.sentence_lead_margin < 1.0 and chinese and not exact and len(hits) > 1:
            # … and of the first two from two texts, the one whose sentence states the question's matter leads
            from ..sentence_lead import bigram_rarity, lead_by_sentence

            hits = lead_by_sentence(query, hits, bigram_rarity(self.view), cfg.sentence_lead_margin)
        elif cfg.concept_lead_margin < 1.0 and english and not exact and len(hits) > 1:
            # … an English one's, the one whose article holds clearly more of its concepts (concept_lead.py)
            hits = self._lead_by_english_concepts(query, hits, routed.asks_figure)
        if cfg.meaning_lead_margin < 1.0 and chinese and not exact:
            # … and of the first two from two texts, the one the embedder rates clearly closer (meaning_lead.py)
            hits = lead_by_meaning(hits, cfg.meaning_lead_margin)
        if cfg.within_text_meaning_margin < 1.0 and not exact:
            # … and of the first two from one text, the one the embedder rates clearly closer (meaning_lead.py)
            hits = lead_within_text_by_meaning(hits, cfg.within_text_meaning_margin, keep_duty_first=not asks_penalties)
        if cfg.policy_lead and not exact:
            # last: a question asking the bank's own rules has the bank's policy first of the first two (policy_lead.py)
            hits = policy_leads(hits, routed.wants_policy)
        timings["fuse"] = time.perf_counter() - t
        # what the answer tells the user about the question's wording (wording_fit.py); it changes no ranking
        t = time.perf_counter()
        wording = self._wording_fit(query, routed, dictionary_words) if cfg.lexical else None
        timings["wording"] = time.perf_counter() - t
        return Retrieval(query=query, hits=hits, exact_refs=refs, missing_refs=missing, as_of=as_of, timings=timings,
                         best_similarity=max(similarity.values(), default=None), wording=wording)

    def _duty_before_its_penalty(self, hits: list[Hit], depth: int) -> list[Hit]:
        """cited_duties.duty_before_its_penalty over the first `depth` hits, a penalty article's citations read from its
        whole text (the citing sentence opens the article, but a long one comes in pieces)."""
        cited = self.view.derived("cited-duties", dict)  # (doc, article, suffix) → what it sanctions, read once

        def sanctions(hit: Hit) -> frozenset[int]:
            key = (hit.clause.doc_id, hit.clause.article, label_suffix(hit.clause.label))
            if key not in cited:
                pieces = self.view.articles.get(key, ())
                cited[key] = cited_articles("\n".join(self.view.clauses[i].text for i in pieces) or hit.clause.text) \
                    if is_penalty_article(hit.clause) else frozenset()
            return cited[key]

        return duty_before_its_penalty(hits, depth, lambda h: h.clause.doc_id, lambda h: h.clause.article, sanctions)

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
        from ...lexis.eu_terms import load_eu_terms

        if self.config.eu_terms and self.config.eu_dense_bridge and self.config.bridge_mix_min_chars:
            terms = [t for glossary in load_eu_terms().by_law.values() for e in glossary.entries for t in e.en]
            preload(self.embedder, terms, self.embedding_cache)

    def _embedded_text(self, dense_query: str) -> str:
        """The text the query embedding is computed from: the question alone when its bridge terms are mixed in."""
        return dense_query.question if self._mixes(dense_query) else dense_query

    def _glossary_texts(self) -> GlossaryTexts:
        """The glossary's entries with the indexed texts their sources cite, read once."""
        if self._glossary_cited is None:
            from ...lexis.glossary import load_glossary

            indexed = {c.doc_id for c in self.view.docs()} | set(self.view.max_article)
            self._glossary_cited = GlossaryTexts(load_glossary(), self.catalog, indexed)
        return self._glossary_cited

    def _find_refs(self, query: str) -> list[ClauseRef]:
        from ...clauses import find_clause_refs

        return find_clause_refs(query, self.catalog)

    def _units(self, exact, fused: dict[int, float], ranks: dict[int, dict[str, int]], similarity: dict[int, float],
               k: int) -> list[Hit]:
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
