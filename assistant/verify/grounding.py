"""The deterministic verifier: is each claim grounded in the clauses it cites? (offline, always on)

Per claim it checks that
- it cites something, and every citation points at a clause that was actually retrieved;
- quoted text (Citation.quote, 「…」 “…” "…" in the claim) occurs verbatim in the cited clause;
- its numbers, amounts, time limits and percentages agree with the cited clause;
- the laws and articles it names exist and are in force on the retrieval date;
- (with an embedder) it is semantically close to the cited clause.

The weakest finding decides: contradicted < not_supported < supported. Nothing here calls a
model, so it cannot fail for model reasons; any internal error yields `ran=False`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Protocol

from ..interfaces import Verifier, verifiers
from ..lexis.quantities import (Quantity, as_counted, compare, count_mismatches, elliptical_mismatches,
                                extract_quantities, period_of_a_rate)
from ..language import is_chinese
from ..text.articles import label_suffix
from ..text.paragraphs import support_targets
from ..settings import today
from ..types import Citation, Claim, ClaimVerdict, Clause, Draft, Retrieval, Verdict, Verification, date_int
from ..verdicts import all_ran, combine, weakest  # noqa: F401  (combine, all_ran: re-exported for evals/claims.py)
from .polarity import contradictions, statement, wording_share
from .cases import figure_of_another_case
from .figures import extension_stated
from .modality import normalised
from .dates import other_date
from .edits import copied_sentence_findings
from .statute_words_zh import statute_words_zh
from .clefts import uncleft_en, uncleft_zh
from .offenders import offence_not_in_article
from .missing_words import holds_what_the_cited_lacks
from .bounded_figures import bound_findings
from .period_words import periods_in_figures

if TYPE_CHECKING:
    from ..stage_context import StageContext
    import numpy as np

QUOTED = re.compile(r"「([^」]+)」|“([^”]+)”|『([^』]+)』|\"([^\"]+)\"")
ELLIPSIS = re.compile(r"\.{3,}|…+|⋯+")
# A claim must share this much of its wording (character bigrams, or words in English) with a clause it cites:
# a true statement cited to an article that does not say it is not "supported". Calibrated on
# evals/data/planted_claims.jsonl (paraphrases pass, wrong-article claims fail); raised from 0.4 when the tuning probes
# (probe 1–3, blind batch A) showed true same-language claims sharing 0.52 or more of their wording with the clause they
# paraphrase and wrong-article claims at most 0.40 (a neighbouring article that repeats the claim's subject): the midpoint.
MIN_WORDING_SHARE = 0.45
# An English claim citing a Chinese article (_check_neighbour_terms): a neighbour within NEIGHBOUR_REACH holding at least
# NEIGHBOUR_TERMS_MIN of the claim's bridged legal terms and NEIGHBOUR_TERMS_MARGIN more than the cited article. Set on
# the tuning claim files (57 true English claims on Chinese articles: the largest lead of a neighbour was 1; wrong-
# article claims: leads of 4, 2, 0 and 0).
NEIGHBOUR_REACH = 2
NEIGHBOUR_TERMS_MIN = 3
NEIGHBOUR_TERMS_MARGIN = 2
# A same-language claim whose wording an article beside the cited one (±NEIGHBOUR_REACH, same law) holds much better
# (_check_neighbour_wording): the neighbour holds at least NEIGHBOUR_SHARE_MIN of it and NEIGHBOUR_SHARE_LEAD more than
# the cited article. Set on the tuning claim files (every probe, the tuning half, blind A+B, C, E; 520 same-language
# claims): the largest lead of a neighbour on a true claim was 0.07 (GDPR Art. 29 against Art. 28, which repeats its
# "acting under the authority of the controller"); wrong-article claims that pass MIN_WORDING_SHARE led by 0.44 and 0.47
# with neighbour shares of 1.00 (a verbatim sentence of the next article), the rest by 0.25–0.69. The lead is the
# midpoint of 0.07 and 0.44; the floor keeps a neighbour that merely shares more of the law's vocabulary out.
NEIGHBOUR_SHARE_MIN = 0.75
NEIGHBOUR_SHARE_LEAD = 0.25


class ArticleLookup(Protocol):
    """What the verifier needs from the corpus (the retrieval engine's corpus view implements it)."""

    def find_article(
        self, doc_ids: list[str], article: int, suffix: int = 0, as_of: date | None = None
    ) -> Clause | None:
        """The article in the first of `doc_ids` that has it; with `as_of`, only a version in force
        that day. `as_of=None` means any version."""


def _squash(text: str) -> str:
    """Compare text whitespace- and width-insensitively (全角，vs ASCII, line breaks)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def quote_in(quote: str, texts: Sequence[str]) -> bool:
    """Every fragment of the quote (split at ellipses) occurs verbatim in one of `texts`."""
    fragments = [_squash(f) for f in ELLIPSIS.split(quote)]
    fragments = [f for f in fragments if f]
    haystacks = [_squash(t) for t in texts]
    return bool(fragments) and any(all(f in h for f in fragments) for h in haystacks)


def quotes_in_claim(text: str) -> list[str]:
    out = []
    for m in QUOTED.finditer(text):
        q = next(g for g in m.groups() if g is not None).strip()
        if len(_squash(q)) >= 2:
            out.append(q)
    return out


class GroundingVerifier(Verifier):
    name = "grounding"

    def __init__(
        self,
        lookup: ArticleLookup | None = None,
        embed: Callable[[list[str]], np.ndarray] | None = None,
        catalog=None,
        support_threshold: float = 0.80,
        default_as_of: Callable[[], date] = today,
    ):
        self.lookup = lookup
        self.embed = embed
        self.catalog = catalog
        self.support_threshold = support_threshold
        self.default_as_of = default_as_of  # the settings' as-of date (wiring), for a retrieval that has none

    def verify(self, question: str, draft: Draft, retrieval: Retrieval) -> Verification:
        try:
            return self._verify(draft, retrieval)
        except Exception as exc:  # never raise: a broken check must not look like a pass or crash the answer
            return Verification(verifier=self.name, ran=False, error=f"{type(exc).__name__}: {exc}")

    # ------------------------------------------------------------------------------

    def _verify(self, draft: Draft, retrieval: Retrieval) -> Verification:
        as_of = retrieval.as_of or self.default_as_of()
        retrieved = {h.clause.chunk_id: h.clause for h in retrieval.hits}
        citations = {c.marker: c for c in draft.citations}
        cited_per_claim: list[list[tuple[Citation, Clause]]] = []
        problems: list[list[tuple[Verdict, str]]] = []

        for claim in draft.claims:
            cited, found = self._resolve_markers(claim, citations, retrieved)
            for citation, clause in cited:
                if not clause.in_force_on(as_of):
                    found.append(("contradicted", f"cites {_label(clause)}, which is not in force on {as_of}"))
            found += self._check_quotes(claim, cited)
            found += self._check_quantities(claim, cited)
            # the wording checks read a Chinese claim's colloquial modal and negation words as the statutes' own
            found += self._check_wording(self._in_statute_words(claim, cited), cited)
            found += self._check_named_articles(claim, cited, as_of)
            cited_per_claim.append(cited)
            problems.append(found)

        scores = self._support_scores(draft.claims, cited_per_claim)
        verdicts, findings = [], []
        for i, found in enumerate(problems):
            score = scores[i]
            if score is not None and score < self.support_threshold:
                found.append(("not_supported", f"weak support {score:.2f} (threshold {self.support_threshold:.2f})"))
            verdict = weakest([v for v, _ in found]) or "supported"
            reasons = [r for _, r in found]
            if verdict == "supported":
                reasons = [f"support {score:.2f}"] if score is not None else ["grounded in the cited clauses"]
            elif score is not None and not any(r.startswith("weak support") for r in reasons):
                reasons.append(f"support {score:.2f}")
            verdicts.append(ClaimVerdict(claim=i, verdict=verdict, reason="; ".join(reasons)))
            findings += [f"claim {i + 1} ({v}): {r}" for v, r in found]
        if verdicts and not findings:
            findings.append(f"all {len(verdicts)} claims are grounded in the clauses they cite")
        return Verification(
            verifier=self.name,
            verdicts=verdicts,
            findings=findings,
            conclusion=weakest([v.verdict for v in verdicts]),
        )

    @staticmethod
    def _resolve_markers(claim: Claim, citations: dict[int, Citation], retrieved: dict[str, Clause]):
        cited: list[tuple[Citation, Clause]] = []
        found: list[tuple[Verdict, str]] = []
        if not claim.markers:
            found.append(("not_supported", "cites no clause"))
        for marker in claim.markers:
            citation = citations.get(marker)
            if citation is None:
                found.append(("not_supported", f"marker [{marker}] has no citation"))
            elif citation.chunk_id not in retrieved:
                found.append(("not_supported", f"[{marker}] cites nothing that was retrieved ({citation.chunk_id})"))
            else:
                cited.append((citation, retrieved[citation.chunk_id]))
        return cited, found

    def _in_statute_words(self, claim: Claim, cited: list[tuple[Citation, Clause]]) -> Claim:
        if not cited:
            return claim
        if not is_chinese(claim.text):
            # an English cleft ("it is the notified body that keeps the logs") read in plain order (clefts.py)
            plain = uncleft_en(claim.text)
            return claim if plain == claim.text else claim.model_copy(update={"text": plain})
        texts = [t for _, clause in cited for t in self._clause_texts(clause)]
        # a Chinese focus construction ("对…严格保密，是经营者的义务") read in plain order first (clefts.py)
        return claim.model_copy(update={"text": statute_words_zh(uncleft_zh(claim.text, texts), texts)})

    def _clause_texts(self, clause: Clause) -> list[str]:
        """The cited piece, and the whole article when the lookup can give it (quotes may span pieces)."""
        texts = [clause.text]
        full = getattr(self.lookup, "full_article", None)
        if callable(full) and clause.paragraph:
            whole = full(clause.chunk_id)
            if whole is not None:
                texts.append(whole.text)
        return texts

    def _check_quotes(self, claim: Claim, cited: list[tuple[Citation, Clause]]) -> list[tuple[Verdict, str]]:
        if not cited:
            return []
        found: list[tuple[Verdict, str]] = []
        all_texts = [t for _, clause in cited for t in self._clause_texts(clause)]
        for citation, clause in cited:
            if citation.quote and not quote_in(citation.quote, self._clause_texts(clause)):
                found.append(("not_supported", f"quote 「{_short(citation.quote)}」 is not in {_label(clause)}"))
        for quote in quotes_in_claim(claim.text):
            if not quote_in(quote, all_texts):
                where = "、".join(dict.fromkeys(_label(c) for _, c in cited))
                found.append(("not_supported", f"quoted 「{_short(quote)}」 does not occur in {where}"))
        return found

    def _check_quantities(self, claim: Claim, cited: list[tuple[Citation, Clause]]) -> list[tuple[Verdict, str]]:
        if not cited:
            return []
        clauses = list({c.chunk_id: c for _, c in cited}.values())  # each cited clause once
        # the period of a rate the clause states per period (一年里有两次 for 每年两次): no duration to compare
        # (a headcount of employees, staff or workers is one of persons, as the clause counts them; a bare age after the
        # persons it bounds, "minors under 16", is one of years of age)
        # (and a period named by a word, "a fortnight" or 一个季度, as its figure: period_words.py)
        said = periods_in_figures(as_counted(claim.text))
        article_of = {c.chunk_id: self._clause_texts(c)[-1] for c in clauses}  # each cited clause's whole article, read once
        claim_q = [q for q in extract_quantities(said)
                   if not any(period_of_a_rate(q, said, article_of[c.chunk_id]) for c in clauses)]
        sources: list[tuple[str, Quantity]] = []
        for clause in clauses:
            sources += [(_label(clause), q) for q in extract_quantities(as_counted(clause.text))]
        found: list[tuple[Verdict, str]] = []
        where_all = "、".join(dict.fromkeys(_label(c) for _, c in cited))
        for mismatch in compare(claim_q, [q for _, q in sources]):
            if mismatch.kind == "contradiction":
                labels = "、".join(dict.fromkeys(label for label, q in sources if q in mismatch.clause))
                found.append(("contradicted", mismatch.describe(labels)))
            else:
                found.append(("not_supported", mismatch.describe(where_all)))
        for clause in clauses:
            # a calendar date the article states otherwise (dates.py: quantities skip dates)
            stated = other_date(claim.text, article_of[clause.chunk_id])
            if stated:
                found.append(("contradicted", f"{_label(clause)} states the date(s) {stated}, not the claim's"))
        for clause in clauses:
            # a count of a thing the clause counts otherwise ("three deputy chairs" against "two deputy chairs")
            text = article_of[clause.chunk_id]
            if not is_chinese(claim.text) and not is_chinese(text):
                for thing, value, said in count_mismatches(claim.text, text):
                    shown = "、".join(f"{n:g}" for n in sorted(said))
                    found.append(("contradicted", f"claim says {value:g} {thing}(s), {_label(clause)} says {shown}"))
                # a bare number after a bound, in the unit the clause gives after the same bound ("not below fourteen")
                for bound, value, said in elliptical_mismatches(claim.text, text):
                    shown = "、".join(dict.fromkeys(q.raw for q in said))
                    found.append(("contradicted", f"claim says {bound} {value:g}, {_label(clause)} says {bound} {shown}"))
        from ..lexis.lexicon import load_lexicon

        bridge = load_lexicon().chinese_words  # Chinese words for an English claim's, to find the part it restates
        for clause in clauses:
            # a bare figure lowered past the floor, a duty made to last past its period of validity, a rate's period
            # changed: what the quantity check reads no figure of (bounded_figures.py)
            found += [("contradicted", f"{_label(clause)}: {f}")
                      for f in bound_findings(claim.text, article_of[clause.chunk_id], bridge)]
        if not found and claim_q:
            # every figure is in the article, but is each the figure of the case the claim speaks of? (cases.py)
            # A verbatim quote of the clause states each figure with its own case (a quote spanning 第六十六条's two
            # paragraphs holds both 一百万元 and 五千万元): nothing to compare.
            for clause in clauses:
                if quote_in(statement(claim.text), self._clause_texts(clause)):
                    continue
                text = article_of[clause.chunk_id]
                # the words of each figure's own case (cases.py): bridged for an English claim on a Chinese article
                case_bridge = bridge if is_chinese(text) and not is_chinese(claim.text) else ()
                for other in figure_of_another_case(claim.text, text, case_bridge):
                    if extension_stated(normalised(claim.text), other.claim, text):
                        continue  # the claim's extension, which the article's extension states (figures.py)
                    found.append(("contradicted", f"{_label(clause)}: {other.describe()}"))
        return found

    def _check_wording(self, claim: Claim, cited: list[tuple[Citation, Clause]]) -> list[tuple[Verdict, str]]:
        """The claim must say what a cited clause says: its wording is found there (same language), and it does
        not invert the clause's polarity, modality, rights, scope or duty holder (see polarity.py)."""
        if not cited or not claim.text.strip():
            return []
        texts = [(clause, text) for _, clause in cited for text in self._clause_texts(clause)[-1:]]
        same_language = [(c, t) for c, t in texts if is_chinese(t) == is_chinese(claim.text)]
        if not same_language:
            # A claim in the other language than its clause: the glossary's legal terms bridge the languages to find the
            # sentence it is about; modality, rights, scope and actors are then compared across languages.
            from ..lexis.glossary import load_glossary
            from ..lexis.lexicon import load_lexicon

            # the glossary's phrases, and the lexicon's Chinese words for the claim's own English words (贷款 for
            # "loan", 借款人 for "borrower"): a claim need not use a phrase some glossary entry was written for
            terms = load_glossary().expansion(claim.text)
            terms += [w for w in load_lexicon().chinese_words(claim.text) if w not in terms]
            if is_chinese(claim.text):
                # a Chinese claim on the GDPR or the AI Act: the EU texts' own heading words for its terms (分销商 →
                # "obligations of distributors", eu_terms.toml), for the cited texts only
                from ..lexis.eu_terms import load_eu_terms

                docs = {clause.doc_id for clause, _ in texts}
                terms += [w for w in load_eu_terms().english_terms(claim.text, docs) if w not in terms]
            found = []
            for clause, text in texts:
                # the bridge speaks the clause's language: Chinese terms for a Chinese law, English ones for the GDPR
                bridge = " ".join(t for t in terms if is_chinese(t) == is_chinese(text))
                found += [("contradicted", f"{_label(clause)}: {f.message}") for f in contradictions(claim.text, text, bridge)]
            clauses = [c for _, c in cited]
            return found or self._check_neighbour_terms(claim, clauses, terms) or self._check_concepts(claim, clauses)
        # the claim's own words, without the citation it opens with (依据《生成式人工智能服务管理暂行办法》第十一条，…): the
        # law's title is no wording the article holds, so a long title would count against a claim that copies its rule
        said = statement(claim.text)
        shares = sorted(((wording_share(said, t), i) for i, (_, t) in enumerate(same_language)), reverse=True)
        coverage, best = shares[0]
        if coverage < MIN_WORDING_SHARE:
            where = "、".join(dict.fromkeys(_label(c) for c, _ in same_language))
            return [("not_supported", f"{where} does not contain what the claim says (shares {coverage:.0%} of its wording)")]
        clause, text = same_language[best]  # the clause the claim is about: the one holding most of its wording
        found = self._check_neighbour_wording(claim, [c for c, _ in same_language], coverage) \
            or self._check_missing_words(claim, clause, text)
        offence = offence_not_in_article(claim.text, text)
        if offence and not found:
            # not supported, not contradicted: the claim may be true of the article that punishes that offence
            found = [("not_supported", f"{_label(clause)} does not name the case the claim is about (「{offence}」): "
                                       f"the claim may cite the wrong article")]
        # a near copy of one sentence with one operative word changed (edits.py) when the sentence-level checks find nothing
        contra = contradictions(claim.text, text) or copied_sentence_findings(claim.text, text)
        return found + [("contradicted", f"{_label(clause)}: {f.message}") for f in contra]

    def _check_neighbour_wording(self, claim: Claim, clauses: list[Clause], coverage: float) -> list[tuple[Verdict, str]]:
        """A claim that says what an article beside the cited one says, much more than what the cited one says, most
        likely cites the neighbour of the article that states it (a drafting model's common slip: 非银行支付机构监督管理条例
        第二十八条 cited for a sentence of 第二十九条, both about 备付金). Not supported, not contradicted: the claim may be
        true, of the other article."""
        if self.lookup is None or coverage > 1 - NEIGHBOUR_SHARE_LEAD:
            return []
        full = getattr(self.lookup, "full_article", None)
        cited = {(c.doc_id, c.article) for c in clauses if c.article is not None}
        for doc_id, article in sorted(cited):
            for step in range(-NEIGHBOUR_REACH, NEIGHBOUR_REACH + 1):
                if not step or (doc_id, article + step) in cited:
                    continue
                other = self.lookup.find_article([doc_id], article + step)
                if other is None:
                    continue
                other = (full(other.chunk_id) if callable(full) else None) or other
                if is_chinese(other.text) != is_chinese(claim.text):
                    continue
                share = wording_share(statement(claim.text), other.text)  # as the cited article's share is read
                if share >= NEIGHBOUR_SHARE_MIN and share >= coverage + NEIGHBOUR_SHARE_LEAD:
                    return [("not_supported", f"{_label(other)} holds {share:.0%} of the claim's wording, the cited "
                                              f"article {coverage:.0%}: the claim may cite the wrong article")]
        return []

    def _check_missing_words(self, claim: Claim, clause: Clause, text: str) -> list[tuple[Verdict, str]]:
        """A Chinese claim whose own words the cited article lacks and an article beside it holds (missing_words.py): most
        likely the neighbour's rule. Not supported, not contradicted: the claim may be true, of the other article."""
        full = getattr(self.lookup, "full_article", None)
        if self.lookup is None or clause.article is None or not is_chinese(claim.text) or not is_chinese(text):
            return []
        for step in (s for s in range(-NEIGHBOUR_REACH, NEIGHBOUR_REACH + 1) if s):
            other = self.lookup.find_article([clause.doc_id], clause.article + step)
            other = ((full(other.chunk_id) if callable(full) else None) or other) if other is not None else None
            held = holds_what_the_cited_lacks(claim.text, text, other.text) if other is not None else None
            if held:
                return [("not_supported", f"{_label(other)} holds {held[0]:.0%} of the claim's words {_label(clause)} "
                                          f"lacks: the claim may cite the wrong article")]
        return []

    def _check_neighbour_terms(self, claim: Claim, clauses: list[Clause], glossary_terms) -> list[tuple[Verdict, str]]:
        """An English claim citing a Chinese article cannot be compared word for word (_check_wording), but its legal
        terms can: the Chinese words the glossary and the lexicon give for it. When the cited article holds few of
        them and an article beside it (±NEIGHBOUR_REACH) holds NEIGHBOUR_TERMS_MARGIN more, at least
        NEIGHBOUR_TERMS_MIN, the claim most likely cites the neighbour of the article that says it (a drafting model's
        common slip). Not supported, not contradicted: the claim may be true of the other article."""
        if self.lookup is None:
            return []
        from ..lexis.lexicon import load_lexicon

        terms = {t for t in glossary_terms if is_chinese(t)} | set(load_lexicon().chinese_words(claim.text))
        if len(terms) < NEIGHBOUR_TERMS_MIN:
            return []

        def held(clause: Clause | None) -> int:
            return sum(1 for t in terms if t in clause.text) if clause is not None else 0

        chinese = [c for c in clauses if c.article is not None and is_chinese(c.text)]
        if not chinese:
            return []
        best = max(held(c) for c in chinese)
        for clause in chinese:
            for step in range(-NEIGHBOUR_REACH, NEIGHBOUR_REACH + 1):
                other = self.lookup.find_article([clause.doc_id], clause.article + step) if step else None
                n = held(other)
                if n >= NEIGHBOUR_TERMS_MIN and n >= best + NEIGHBOUR_TERMS_MARGIN:
                    return [("not_supported", f"{_label(clause)} holds {best} of the claim's legal terms, {_label(other)} "
                                              f"{n}: the claim may cite the wrong article")]
        return []

    def _check_concepts(self, claim: Claim, clauses: list[Clause]) -> list[tuple[Verdict, str]]:
        """An English claim whose concepts, bridged word by word to Chinese (concepts.py), another article of the cited
        Chinese law holds much better than the cited one: most likely the wrong article. Not supported, not
        contradicted: the claim may be true, of the other article. Needs a lookup that lists a law's articles (the
        corpus view)."""
        law_articles = getattr(self.lookup, "law_articles", None)
        derived = getattr(self.lookup, "derived", None)
        token_lists = getattr(self.lookup, "token_lists", None)  # the index's tokens: the dictionary keeps their words
        chinese = [c for c in clauses if c.article is not None and is_chinese(c.text)]
        if is_chinese(claim.text) or not chinese or not callable(law_articles) or not callable(derived) or token_lists is None:
            return []
        from ..lexis.concepts import article_tokens, better_article, blank_references, bridge_phrases, claim_concepts
        from ..lexis.empty_words import says_nothing

        dictionary = self._concept_dictionary()
        text = blank_references(claim.text, self.catalog)
        concepts = claim_concepts(text, dictionary, bridge_phrases(text), says_nothing)
        for doc_id in dict.fromkeys(c.doc_id for c in chinese):
            cited = [c for c in chinese if c.doc_id == doc_id]
            articles = law_articles(doc_id)
            tokens = derived(f"verifier-article-tokens:{doc_id}", lambda: article_tokens(articles))
            other = better_article(concepts, [c.article for c in cited], articles, tokens)
            if other is not None:
                there = self.lookup.find_article([doc_id], other.article)
                where = _label(there) if there is not None else f"article {other.article}"
                return [("not_supported", f"{_label(cited[0])} holds {other.cited_share:.0%} of the claim's concepts, "
                                          f"{where} {other.share:.0%}: the claim may cite the wrong article")]
        return []

    def _concept_dictionary(self):
        """CC-CEDICT read backwards over the index's words (concepts.texts_dictionary), built once per corpus view; None
        without a lookup that derives tables and lists the index's tokens."""
        derived = getattr(self.lookup, "derived", None)
        token_lists = getattr(self.lookup, "token_lists", None)
        if not callable(derived) or token_lists is None:
            return None
        from ..lexis.concepts import texts_dictionary

        return derived("verifier-cedict", lambda: texts_dictionary(token_lists))

    def warm_up(self) -> None:
        """Build now the tables the first English claim on a Chinese article would wait for (the concept dictionary,
        0.25–0.6 s; the glossary's and the lexicon's patterns, 0.9 s, if retrieval has not loaded them): Assistant.warm_up
        calls it, as it builds the retriever's derived tables."""
        from ..lexis.glossary import load_glossary
        from ..lexis.lexicon import load_lexicon

        load_glossary()
        load_lexicon()
        self._concept_dictionary()

    def _not_indexed(self, ref) -> str:
        """Why an article the index lacks may still exist ("" when it does not): its law has no text in the corpus
        (刑法, a catalog entry only), or the corpus holds an extract of it, its articles not numbered from 1 (the AI Act's
        Chapter III, Articles 6–49: its Article 78 exists)."""
        if not any(self.catalog.is_indexed(d) for d in ref.doc_ids):
            return "its law is not in the indexed texts"
        law_articles = getattr(self.lookup, "law_articles", None)
        if callable(law_articles) and all(min(law_articles(d), default=1) > 1 for d in ref.doc_ids):
            return "the index holds only an extract of that law"
        return ""

    def _check_named_articles(self, claim: Claim, cited, as_of: date) -> list[tuple[Verdict, str]]:
        if self.catalog is None:
            return []
        from ..clauses import find_clause_refs  # lazy: written by another stage, needs the catalog

        cited_docs = {clause.doc_id for _, clause in cited}
        if any(quote_in(statement(claim.text), self._clause_texts(clause)) for _, clause in cited):
            return []  # a verbatim quote: the articles it names are the clause's own cross-references
        default_law = next(iter(cited_docs)) if len(cited_docs) == 1 else None  # 本法第X条 → the cited law
        refs = [r for r in find_clause_refs(claim.text, self.catalog, default_law=default_law) if r.doc_ids]
        # the articles the cited clauses themselves refer to (…in accordance with Article 98(2), 依照刑法第二百五十三条之一):
        # a claim that repeats the clause's cross-reference names what the clause names, indexed or not
        referred = {(doc_id, r.article, r.article_suffix) for _, clause in cited
                    for r in find_clause_refs(clause.text, self.catalog, default_law=clause.doc_id) for doc_id in r.doc_ids} \
            if refs else set()
        found: list[tuple[Verdict, str]] = []
        for ref in refs:
            written = claim.text[ref.span[0] : ref.span[1]] or f"{ref.law_mention} {ref.article}"
            if self.lookup is None:
                continue
            if self.lookup.find_article(ref.doc_ids, ref.article, ref.article_suffix, as_of=as_of) is not None:
                continue
            other = self.lookup.find_article(ref.doc_ids, ref.article, ref.article_suffix, as_of=None)
            if other is None and any((d, ref.article, ref.article_suffix) in referred for d in ref.doc_ids):
                continue
            if other is None:
                unchecked = self._not_indexed(ref)
                found.append(("not_supported", f"{written}: {unchecked}, so it was not checked") if unchecked
                             else ("contradicted", f"{written} does not exist"))
            elif date_int(other.effective_date) > date_int(as_of):
                version = f"the version of {other.version_date} takes effect {other.effective_date}"
                found.append(("contradicted", f"{written} is not yet in force on {as_of} ({version})"))
            else:
                version = f"only the {other.version_date} version, now {other.status}, has it"
                found.append(("contradicted", f"{written} is not in force on {as_of} ({version})"))
        # A claim that names articles of a law but cites other articles of that same law (LLMs often
        # name one article and cite its neighbour). Naming an article the cited clause itself refers
        # to (本法第四十条规定的名单, quoted from 第四十一条) is fine.
        for doc_ids in {tuple(r.doc_ids) for r in refs}:
            same_law = [c for _, c in cited if c.doc_id in doc_ids and c.article is not None]
            named = [r for r in refs if tuple(r.doc_ids) == doc_ids]
            if not same_law:
                continue
            backed = {(c.article, label_suffix(c.label)) for c in same_law}
            for c in same_law:
                backed |= {(r.article, r.article_suffix)
                           for r in find_clause_refs(c.text, self.catalog, default_law=c.doc_id)}
            if not any((r.article, r.article_suffix) in backed for r in named):
                names = "、".join(dict.fromkeys(claim.text[r.span[0] : r.span[1]] for r in named))
                cites = "、".join(dict.fromkeys(_label(c) for c in same_law))
                found.append(("not_supported", f"names {names} but cites {cites}"))
        return found

    def _support_scores(self, claims: list[Claim], cited_per_claim) -> list[float | None]:
        """Cosine of each claim with its best-matching cited clause (or paragraph of it)."""
        scores: list[float | None] = [None] * len(claims)
        if self.embed is None:
            return scores
        texts: list[str] = []
        index: dict[str, int] = {}

        def slot(text: str) -> int:
            if text not in index:
                index[text] = len(texts)
                texts.append(text)
            return index[text]

        plan: list[tuple[int, int, list[int]]] = []
        for i, (claim, cited) in enumerate(zip(claims, cited_per_claim)):
            if not cited or not claim.text.strip():
                continue
            if quote_in(statement(claim.text), [t for _, clause in cited for t in self._clause_texts(clause)]):
                continue  # the claim is the clause's own words: a similarity score could add nothing
            targets = [slot(text) for _, clause in cited for text in support_targets(clause.text)]
            plan.append((i, slot(claim.text), targets))
        if not plan:
            return scores
        import numpy as np

        vectors = np.asarray(self.embed(texts), dtype=float)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.where(norms == 0, 1.0, norms)  # defensive: rows should already be unit length
        for i, claim_row, targets in plan:
            scores[i] = float(max(vectors[t] @ vectors[claim_row] for t in targets))
        return scores


def _label(clause: Clause) -> str:
    label = clause.citation_label()
    return f"{label}（{clause.version_date}）" if clause.status != "in_force" and clause.version_date else label


def _short(text: str, limit: int = 40) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


@verifiers.register("grounding")
def create_grounding_verifier(ctx: StageContext) -> GroundingVerifier:
    """Articles looked up in the corpus view; support scores embed through the machine-wide cache."""
    return GroundingVerifier(lookup=ctx.view, embed=ctx.embed_passages, catalog=ctx.catalog,
                             default_as_of=ctx.settings.effective_as_of)
