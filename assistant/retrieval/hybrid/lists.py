"""The ranked lists beside the question's own (part of hybrid retrieval): the Chinese texts searched on their
own for an English question, the bank's policies, the sentences of a long description, the misconduct lists, and
how a list is fused (reciprocal rank).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import numpy as np

from ...language import detect_language
from ...text.articles import label_suffix
from ...types import Filters
from ..jurisdiction_default import asks_policy_in_english
from ..routing import Route


# the four lists of a Chinese question's own text: its vector against clauses and paragraphs, its words, its bigrams
_OWN_LISTS = ("dense", "dense-paragraph", "bm25", "bm25-bigram")
_DENSE_OWN_LISTS = ("dense", "dense-paragraph")
CHINESE_SIDE = ("CN", "INTERNAL")  # the Chinese laws and the bank's policies, written in Chinese
_SENTENCE_LIST = re.compile(r"-s\d+$")  # "dense-s2", "bm25-s2": the lists of one sentence of the question
_SENTENCE_LISTS = re.compile(r"(?:dense|bm25)-sentences$")  # … merged per kind (_merge_sentence_lists)


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


class MoreLists:
    """Methods of HybridRetriever (hybrid/retriever.py): they read its view, catalog, embedder and config."""

    def _chinese_default_lists(self, query: str, routed: Route, filters: Filters, as_of: date, mask: np.ndarray,
                               lists: dict[str, list[int]], similarity: dict[int, float],
                               vector: np.ndarray | None) -> float:
        """An English question with no cue: the Chinese texts searched on their own too (jurisdiction_default.py).
        The dense list reuses the query's vector (a masked product in memory, or Chroma's filtered query above
        settings.dense_in_memory_max; no second embedding). Returns what those lists weigh in the fusion: more when
        the Chinese side's best article scores nearly as high as the EU side's (side_estimate.py)."""
        from ...lexis.glossary import load_glossary
        from ...lexis.lexicon import load_lexicon
        from ..jurisdiction_default import chinese_bridge_query, cued_chinese_side
        from ..side_estimate import best_score, chinese_side_weight

        cfg = self.config
        weight = cfg.cn_default_weight
        english = detect_language(query) == "en"
        if cfg.policy_side_weight and cfg.routing and asks_policy_in_english(routed, english):
            self._policy_side_lists(query, filters, as_of, mask, lists, vector)
        if cfg.cn_cue_weight and cfg.routing and cued_chinese_side(routed, query, english):
            self._cued_chinese_lists(query, filters, as_of, mask, lists, vector)
            return weight
        if not self._searches_chinese_by_default(query, routed):
            return weight
        cn_mask = mask & self._chinese_side(cfg.cn_default_policies)
        if not cn_mask.any():
            return weight
        if cfg.dense and vector is not None:
            near = self._dense_within(cn_mask, filters, as_of, vector)
            lists["dense-cn"] = list(near)
            if cfg.cn_lift_margin:
                # both sides' best article on the same vector (the whole-corpus list holds the EU side's best: an
                # English question's dense list is mostly EU articles)
                clauses, eu = self.view.clauses, self.view.jurisdictions == "EU"
                weight = chinese_side_weight(
                    best_score(s for i, s in similarity.items() if eu[i] and clauses[i].article is not None),
                    best_score(s for i, s in near.items() if clauses[i].article is not None),
                    cfg.cn_default_weight, cfg.cn_lifted_weight, cfg.cn_lift_margin)
            for i, s in near.items():
                similarity.setdefault(i, s)
        if cfg.lexical:
            sensed = self._sensed(query)
            lists["bm25-cn"] = self._lexical(chinese_bridge_query(sensed, load_glossary(), load_lexicon()), cn_mask)
            if cfg.cn_word_list_weight and (words := " ".join(load_lexicon().chinese_words(sensed))):
                lists["bm25-cn-words"] = self._lexical(words, cn_mask)
            # … and CC-CEDICT's, as a question about Chinese law gets them (bm25-dictionary): the lexicon holds only
            # the words someone wrote down ("take over" 接管, "for life" 终身, "voucher" 票券 are the dictionary's); a
            # word the EU texts use too (consent, erasure) is looked up inside phrases only: it may be the GDPR's
            if cfg.cn_dictionary_weight and (words := self._cedict_words(query, routed, eu_words_in_phrases=True)):
                lists["bm25-cn-dictionary"] = self._lexical(words, cn_mask)
        return weight

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
        from ...lexis.lexicon import load_lexicon

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
        from ...lexis.glossary import load_glossary
        from ...lexis.lexicon import load_lexicon
        from ..jurisdiction_default import chinese_bridge_query

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
        from ..sentences import sentence_chunks

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

    def _english_best_rank_votes(self, fused: dict[int, float], ranks: dict[int, dict[str, int]],
                                 unweighed: dict[int, float] | None = None) -> None:
        """An English question's best-rank votes (config.english_best_rank_weight): each candidate's best rank in any
        list fused so far, as one more reciprocal-rank term (best_rank_k), so that a clause one kind of evidence picks
        out is not outweighed by one that every list ranks in the middle. Added after the priors, it is discounted as
        they discounted the clause (its score now against `unweighed`, its score before them; never raised): a policy
        article when the law is asked, a 附则 boilerplate or a penalty not asked for keep their discounts."""
        cfg = self.config
        unweighed = unweighed or {}
        for i, by_list in ranks.items():
            if by_list and i in fused:
                before = unweighed.get(i, 0.0)
                share = min(1.0, fused[i] / before) if before > 0 else 1.0
                fused[i] += share * cfg.english_best_rank_weight / (cfg.best_rank_k + min(by_list.values()))

    def _sentence_evidence(self, query: str, routed: Route, fused: dict[int, float],
                           ranks: dict[int, dict[str, int]]) -> None:
        """The first fused candidates re-ranked by their best sentence's share of the question (sentence_evidence.py),
        fused as one more list. The bank's policies only when the question asks about the bank's rules: a policy
        restates a law in one short sentence and would win over the law it restates."""
        from ..sentence_evidence import SENTENCE_EVIDENCE_LIST, ranked_by_sentence

        cfg = self.config
        order = self._first_fused(fused)
        first = [i for i in order if routed.wants_policy or self.view.clauses[i].kind != "policy"]
        ranked = ranked_by_sentence(query, first, lambda i: self.view.clauses[i].text, cfg.sentence_evidence_min_share)
        self._fuse_list(fused, ranks, SENTENCE_EVIDENCE_LIST, ranked, cfg.sentence_evidence_weight)

    def _english_sentence_evidence(self, query: str, routed: Route, fused: dict[int, float],
                                   ranks: dict[int, dict[str, int]]) -> None:
        """An English question's sentence evidence (sentence_evidence.ranked_by_weighted_sentence): the first fused
        candidates re-ranked by the share of the question's word weight their best sentence holds, fused as one more
        list. A neighbouring article on the same topic shares the question's setting words (the supervisory authority,
        the notified body) spread over its sentences; the asked one states the act and its object in one sentence."""
        from ..sentence_evidence import ranked_by_weighted_sentence

        cfg = self.config
        weights = self._word_weights(query)
        if not weights:
            return
        order = self._first_fused(fused)
        first = [i for i in order if routed.wants_policy or self.view.clauses[i].kind != "policy"]
        ranked = ranked_by_weighted_sentence(weights, first, lambda i: self.view.clauses[i].text,
                                             cfg.english_sentence_evidence_min_share)
        self._fuse_list(fused, ranks, "sentence-words", ranked, cfg.english_sentence_evidence_weight)

    def _concept_evidence(self, query: str, routed: Route, fused: dict[int, float],
                          ranks: dict[int, dict[str, int]]) -> None:
        """An English question about the Chinese texts: the first fused candidates written in Chinese re-ranked by the
        share of the question's concepts one of their sentences holds (concept_evidence.py), fused as one more list.
        The bank's policies only when the question asks about the bank's rules, as for a Chinese question."""
        from ..concept_evidence import concept_weights, ranked_by_concepts

        cfg = self.config
        view = self.view
        concepts = self._question_concepts(query)
        if len(concepts) < cfg.concept_evidence_min_concepts:
            return
        order = self._first_fused(fused)
        written_in_chinese = self._chinese_side(routed.wants_policy)
        first = [i for i in order if written_in_chinese[i] and view.clauses[i].article is not None]
        by_law: dict[str, list[float]] = {}

        def weights_of(i: int) -> list[float]:
            doc = view.clauses[i].doc_id
            if doc not in by_law:
                by_law[doc] = concept_weights(concepts, view.law_articles(doc), self._article_tokens(doc),
                                              lambda word: self._articles_holding(doc, word))
            return by_law[doc]

        ranked = ranked_by_concepts(concepts, first, lambda i: view.clauses[i].text, weights_of,
                                    cfg.concept_evidence_min_share, cfg.concept_evidence_min_concepts)
        self._fuse_list(fused, ranks, "concept-evidence", ranked, cfg.concept_evidence_weight)

    def _order_by_concepts(self, query: str, hits: list, asks_figure: frozenset[str],
                           answers_form: Callable[[str], bool] | None) -> list:
        """An English question reaching the Chinese texts: each law's first hits there ordered by the share of the
        question's distinct concepts their article holds (concept_neighbours.py); an article stating the figure asked
        for, or doing what the question's form asks, keeps its slot."""
        from ...lexis.quantities import figure_kinds
        from ..concept_evidence import concept_weights
        from ..concept_neighbours import order_by_concepts
        from ..list_agreement import MEANING_LISTS

        cfg = self.config
        view = self.view
        concepts = self._question_concepts(query)
        by_law: dict[str, list[float]] = {}

        def law_of(hit) -> str | None:
            clause = hit.clause
            return clause.doc_id if clause.article is not None and clause.jurisdiction in CHINESE_SIDE else None

        def weights_of(doc: str) -> list[float]:
            if doc not in by_law:
                by_law[doc] = concept_weights(concepts, view.law_articles(doc), self._article_tokens(doc),
                                              lambda word: self._articles_holding(doc, word))
            return by_law[doc]

        def keeps_slot(text: str) -> tuple[bool, bool]:
            return bool(asks_figure & figure_kinds(text)), bool(answers_form and answers_form(text))

        return order_by_concepts(hits, concepts, cfg.concept_neighbour_margin, cfg.neighbour_depth, law_of,
                                 self._article_of, weights_of, cfg.concept_neighbour_head_start, MEANING_LISTS, keeps_slot)

    def _question_concepts(self, query: str) -> tuple:
        """The question's content words, each with every Chinese word the bridges give for it (lexis/concepts.py), law
        names and article numbers blanked. The last question's are remembered: up to four stages of one search read
        them (concept evidence, the coverage lean, the concept order, the concept lead), ~10 ms each time."""
        from ...lexis.concepts import blank_references, bridge_phrases, claim_concepts, texts_dictionary
        from ...lexis.empty_words import says_nothing

        memo = getattr(self, "_concepts_memo", None)  # (question, its concepts), replaced whole: no torn read
        if memo is not None and memo[0] == query:
            return memo[1]
        view = self.view
        # the grounding verifier's dictionary (grounding._concept_dictionary): one build per view for both
        dictionary = view.derived("verifier-cedict", lambda: texts_dictionary(view.token_lists))
        text = blank_references(query, self.catalog)
        concepts = tuple(claim_concepts(text, dictionary, bridge_phrases(text), says_nothing))
        self._concepts_memo = (query, concepts)
        return concepts

    def _lean_by_coverage(self, query: str, routed: Route, fused: dict[int, float],
                          ranks: dict[int, dict[str, int]]) -> bool:
        """An English question that may be about either jurisdiction (jurisdiction_default.wants_both_jurisdictions)
        whose concepts one Chinese sentence among the first candidates holds clearly more of than any English one: its
        EU candidates weigh less (side_coverage.py; a little less when the Chinese side's edge is short of a lead), and
        the Chinese candidates whose sentence leads are marked ("side-coverage": the coverage gate reads a hit the
        no-cue Chinese lists alone reached as no evidence; one whose sentence holds the question is). Whether it
        leaned."""
        from ...lexis.english_stems import stems
        from ...text.tokens import tokenize
        from ..jurisdiction_default import wants_both_jurisdictions
        from ..routing import eu_cued
        from ..side_coverage import chinese_lead, home_side_holds, leading_texts, side_coverage

        cfg = self.config
        if not fused or not wants_both_jurisdictions(routed, query, detect_language(query) == "en"):
            return False
        if eu_cued(query):
            return False  # cues of both sides (a Frankfurt team and a Shanghai branch): it names the EU, not neither
        concepts = self._question_concepts(query)
        if len(concepts) < cfg.coverage_lean_min_concepts:
            return False
        view = self.view
        order = self._first_fused(fused)
        chinese_side = self._chinese_side(cfg.cn_default_policies)
        eu = view.jurisdictions == "EU"
        chinese = [i for i in order if chinese_side[i]]
        coverage = side_coverage(concepts, [frozenset(stems(tokenize(c.word))) for c in concepts], self._eu_stems(),
                                 [view.clauses[i].text for i in chinese], [view.clauses[i].text for i in order if eu[i]])
        lead = chinese_lead(coverage, cfg.coverage_lean_margin, cfg.coverage_lean_known_margin)
        # … and by less when the Chinese side holds more without leading: nothing in the question points at the EU
        # texts more, and the bank asking is a Chinese one (config.coverage_edge_weight). Its candidates are not marked
        # (tried: 2 more tuning questions better, 2 worse, the same refusals)
        weight = cfg.coverage_lean_weight if lead else cfg.coverage_edge_weight if home_side_holds(coverage) else 1.0
        if weight != 1.0:
            for i in fused:
                if eu[i]:
                    fused[i] *= weight
        if not lead:
            return False
        for rank, n in enumerate(leading_texts(coverage, cfg.coverage_lean_margin), start=1):
            ranks[chinese[n]]["side-coverage"] = rank
        return True

    def _eu_stems(self) -> frozenset[str]:
        """The stems of the words the EU texts use, once per view."""
        from ...lexis.english_stems import stems

        view = self.view
        return view.derived("eu-stems", lambda: frozenset(
            s for tokens, eu in zip(view.token_lists, view.jurisdictions == "EU") if eu for s in stems(tokens)))

    def _first_fused(self, fused: dict[int, float]) -> list[int]:
        """The first `sentence_evidence_depth` fused candidates, best first (ties by position): what the sentence and
        concept lists re-rank."""
        return [i for i, _ in sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))[: self.config.sentence_evidence_depth]]

    def _articles_holding(self, doc: str, word: str) -> frozenset[int]:
        """The articles of one law holding a Chinese word (concept_evidence.articles_holding), remembered across
        questions."""
        from ..concept_evidence import articles_holding

        held = self.view.derived("concept-word-articles", dict)  # (law, Chinese word) → its articles
        if (doc, word) not in held:
            held[doc, word] = articles_holding(word, self.view.law_articles(doc), self._article_tokens(doc))
        return held[doc, word]

    def _article_of(self, hit) -> tuple[str, frozenset[str]]:
        """The whole text of a hit's article and its tokens, as the concept readers weigh them; an inserted article
        (第X条之一) is read from its own text."""
        from ...text.tokens import tokenize

        clause = hit.clause
        text = self.view.law_articles(clause.doc_id).get(clause.article) if not label_suffix(clause.label) else None
        if text is None:
            return clause.text, frozenset(tokenize(clause.text))
        return text, self._article_tokens(clause.doc_id)[clause.article]

    def _article_tokens(self, doc: str) -> dict:
        """The tokens of each article of one law, as the grounding verifier reads them (its derived table, shared)."""
        from ...lexis.concepts import article_tokens

        articles = self.view.law_articles(doc)
        return self.view.derived(f"verifier-article-tokens:{doc}", lambda: article_tokens(articles))

    def preload_concept_tables(self) -> None:
        """Tokenise the articles of every text written in Chinese now (Assistant.warm_up): the concept list reads them
        by law, and the first English question on a law waited 30–50 ms for its law's table (bench: first-sight answer
        p95 163 → 204 ms after round 26)."""
        if self.config.coverage_lean_weight != 1.0:
            self._eu_stems()  # … and the EU texts' stems, which the coverage lean reads
        if self.config.texts_wording:
            self._wording_tables()  # … and the texts' own words for a Chinese question's (texts_wording.py)
        if not self.config.concept_evidence_weight:
            return
        side = self._chinese_side(True)
        for doc in dict.fromkeys(d for d, chinese in zip(self.view.doc_ids, side) if chinese):
            self._article_tokens(doc)

    def _word_weights(self, text: str) -> dict[str, float]:
        """The stemmed tokens of `text`, each weighed by its inverse clause frequency (log N / df over the view's
        clauses, stemmed as the sentences are); a token no clause holds weighs nothing."""
        import math

        from ...lexis.english_stems import stems
        from ...text.tokens import tokenize

        df = self.view.derived("stem-clause-frequency", self._stem_frequencies)
        n = max(len(self.view.token_lists), 1)
        return {t: math.log(n / df[t]) for t in stems(tokenize(text)) if df.get(t)}

    def _stem_frequencies(self) -> dict[str, int]:
        from collections import Counter

        from ...lexis.english_stems import stems

        counts: Counter[str] = Counter()
        for tokens in self.view.token_lists:
            counts.update(stems(tokens))
        return dict(counts)

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
        from ..misconduct import linked_penalties, penalty_items

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
