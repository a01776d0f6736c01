"""What the question asks for, applied to every fused candidate (part of hybrid retrieval): structure
(penalties, final provisions, authorities), policies, the jurisdiction, the figure or frequency asked, headings, and
the lifts for regulators, authorities' acts, individuals' rights and the subject of a Chinese law.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...language import detect_language
from ...lexis.english_stems import stems
from ...lexis.quantities import figure_kinds
from ...text.tokens import tokenize
from ..asked_facts import asks_frequency, states_frequency
from ..clause_modality import allows_or_forbids, asks_whether_allowed
from ..commencement import asks_commencement, states_commencement
from ..definition_asks import (asks_interpreter, asks_meaning, asks_reach, states_definition, states_interpreter,
                               states_reach)
from ..penalty_articles import is_penalty_article
from ..routing import Route, is_authority_chapter, is_boilerplate_final, is_final_chapter, names_authority
from .lists import _DENSE_OWN_LISTS


_HEADING = re.compile(r"(?:Article|Recital)\s+\d+\w*\s+[–—-]\s+([^\n]+)")


@lru_cache(maxsize=65536)
def _heading_stems(text: str) -> frozenset[str]:
    """The word stems of an article's own heading (texts that title their articles: GDPR, AI Act), once per text."""
    m = _HEADING.match(text)
    return frozenset(stems(tokenize(m.group(1)))) if m else frozenset()


@lru_cache(maxsize=64)
def _addressee_pattern(words: tuple[str, ...]) -> re.Pattern:
    """One pattern for a text's addressee words (catalog `addressed_to`): a Latin-letter word starts a word (a prefix
    such as "payment licen" still matches "licence"), and one of up to three letters is a whole word ("AI", not the
    "ai" of "said" or "maintain"; "AI理财助手" still names it); other words anywhere."""
    parts = []
    for w in words:
        if re.fullmatch(r"[A-Za-z][A-Za-z .\-]*", w):
            # a space may be written as a hyphen: "credit report" names a credit-reporting inspection
            body = re.escape(w.lower()).replace(r"\ ", "[ -]")
            parts.append(r"(?<![a-z])" + body + (r"(?![a-z])" if len(w) <= 3 else ""))
        else:
            parts.append(re.escape(w.lower()))
    return re.compile("|".join(parts))


def uses_addressee_word(words: tuple[str, ...], question: str) -> bool:
    """Whether a question uses one of the words naming what a text governs (catalog `addressed_to`)."""
    return bool(words) and bool(_addressee_pattern(tuple(words)).search(question.lower()))


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


class Reweighing:
    """Methods of HybridRetriever (hybrid/retriever.py): they read its view, catalog, embedder and config."""

    def _addressed_elsewhere(self, query: str, routed: Route) -> set[str]:
        """Indexed texts that govern institutions other than banks, when the question neither names them nor uses a
        word for the institutions they govern: the asker is a bank."""
        return {c.doc_id for c in self.view.docs() if c.doc_id not in routed.named
                and (words := self.catalog.addressed_to(c.doc_id))
                and not uses_addressee_word(words, query)}

    def _picked_out(self, ranks: dict[int, dict[str, int]]) -> frozenset[int]:
        """The clauses the question's own dense lists (its vector against clauses and paragraphs) rank within
        structure_escape_rank: what the question's meaning points at, whichever chapter it stands in."""
        depth = self.config.structure_escape_rank
        if not depth:
            return frozenset()
        return frozenset(i for i, by_list in ranks.items()
                         if any(by_list.get(name, depth + 1) <= depth for name in _DENSE_OWN_LISTS))

    def _fused_first(self, fused: dict[int, float]) -> frozenset[int]:
        """The clause every list together ranks first, before any prior (structure_escape_fused): what all the
        question's evidence points at."""
        if not self.config.structure_escape_fused or not fused:
            return frozenset()
        return frozenset([max(fused, key=lambda i: (fused[i], -i))])

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
        asks_law_reach = cfg.definition_boost != 1.0 and asks_reach(question)
        structure = self.view.derived("structure-flags", dict)  # position → _structure_flags, filled as met
        authority_weight = cfg.authority_weight_short if self._asks_about_authorities(question, routed) else \
            cfg.authority_weight
        for i in fused:
            clause = self.view.clauses[i]
            starts = asks_start and states_commencement(clause.text)  # the date asked for: no 附则 discount
            defines = asks_term and states_definition(clause.text)  # the term asked about: no 附则 discount
            # … or the body that interprets the text, asked who interprets it (definition_asks.asks_interpreter)
            defines = defines or asks_who_interprets and states_interpreter(clause.text)
            # … or whom the text reaches, asked whether it reaches a case (definition_asks.asks_reach)
            defines = defines or asks_law_reach and states_reach(clause.text)
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
                    # misconduct description under Chinese law asks for it; under the GDPR a fine cites the duty
                    # breached.
                    if routed.wants_penalties or (routed.misconduct and clause.jurisdiction == "CN"):
                        fused[i] *= cfg.penalty_boost
                    else:
                        fused[i] *= cfg.penalty_weight ** softened
                elif not routed.wants_definitions and not (starts or defines) and final and (
                        clause.jurisdiction != "CN" or not cfg.substantive_final or boilerplate_final):
                    fused[i] *= cfg.final_weight ** softened
                if not routed.wants_authorities and authority:
                    fused[i] *= authority_weight ** softened
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

    def _asks_about_authorities(self, question: str, routed: Route) -> bool:
        """A short question (one paragraph's worth, _paragraph_question) that asks (a question mark: a case told as
        statements reports a controller's failings) and names a supervisory or notifying authority or a notified body
        (routing.names_authority): it asks about the authorities, and their chapters need no discount."""
        return self.config.authority_weight_short != self.config.authority_weight and \
            bool(re.search(r"[?？]", question)) and self._paragraph_question(question, routed) and \
            names_authority(question)

    def _names_only_laws(self, routed: Route) -> bool:
        """The question names a law and none of the bank's policies: it asks what that law says (个保法对…有没有要求)."""
        kinds = {getattr(self.catalog.by_doc_id(d), "kind", "") for d in routed.named}
        return bool(routed.named) and "policy" not in kinds

    def _lift_regulated(self, query: str, fused: dict[int, float]) -> None:
        """A question naming a Chinese regulator and no law: the laws it administers (regulators.py)."""
        from ..regulators import acting_shares, acting_titles, administered_docs, regulator_titles

        english = detect_language(query) == "en"
        boost = self.config.regulator_boost if english else self.config.cn_regulator_boost
        acting = 0.0 if english else self.config.cn_regulator_acting_weight
        if (boost == 1.0 and not acting) or not (titles := regulator_titles(query, chinese=not english)):
            return
        docs = administered_docs(self.view, titles)
        # … most of all the law in whose sentences that regulator itself acts (regulators.acting_shares)
        shares = acting_shares(self.view, acting_titles(query)) if acting else {}
        for i in fused:
            doc = self.view.clauses[i].doc_id
            if doc in docs:
                fused[i] *= boost
            if doc in shares:
                fused[i] *= 1.0 + acting * shares[doc]

    def _lean_by_domain(self, query: str, routed: Route, fused: dict[int, float]) -> bool:
        """An English question with no cue whose subject words the EU texts never use: its EU candidates weigh less
        (domain_lean.py). Whether it leaned."""
        from ...lexis.lexicon import load_lexicon
        from ..domain_lean import eu_absent_keys, leans_chinese
        from ..jurisdiction_default import wants_both_jurisdictions

        if not wants_both_jurisdictions(routed, query, detect_language(query) == "en"):
            return False
        keys = self.view.derived("eu-absent-lexicon-keys", lambda: eu_absent_keys(
            load_lexicon(), (c.text for c in self.view.clauses if c.jurisdiction.upper() == "EU")))
        sensed = self._sensed(query)
        if not leans_chinese(sensed, keys, self.config.domain_lean_min_words, bool(self._eu_words(sensed, routed))):
            return False
        for i in fused:
            if self.view.clauses[i].jurisdiction.upper() == "EU":
                fused[i] *= self.config.domain_lean_weight
        return True

    def _about_chinese_law_subject(self, query: str, routed: Route) -> bool:
        """An English question with no cue whose words name the subject of a Chinese law, in words no EU text uses
        (domain_lean.title_subject_keys: e-signature, CIIO, consumer association): its jurisdiction is China."""
        from ...lexis.lexicon import load_lexicon
        from ..jurisdiction_default import wants_both_jurisdictions
        from ..domain_lean import domain_words, eu_absent_keys, title_subject_keys

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
        from ..authority_acts import authority_articles, names_authority_actor

        if not routed.misconduct and names_authority_actor(query):
            self._lift(fused, authority_articles(self.view), self.config.authority_act_boost)

    def _lift_individual_rights(self, query: str, routed: Route, fused: dict[int, float]) -> None:
        """A Chinese question whose actor is the customer asking the bank for something: the articles granting the
        individual a right (individual_requests.py)."""
        from ..individual_requests import names_individual_requester, right_articles

        if not routed.misconduct and names_individual_requester(query):
            self._lift(fused, right_articles(self.view), self.config.individual_right_boost)

    def _discount_other_operators(self, query: str, fused: dict[int, float]) -> None:
        """An English question saying which AI Act operator the bank is: the articles binding only another operator
        count less (operator_roles.py)."""
        from ..operator_roles import other_operators_articles

        self._lift(fused, other_operators_articles(self.view, query), self.config.other_operator_weight)

    @staticmethod
    def _lift(fused: dict[int, float], positions: frozenset[int], boost: float) -> None:
        for i in fused:
            if i in positions:
                fused[i] *= boost
