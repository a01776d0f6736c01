"""Check spec documents against the indexed regulations and policies; produce findings with citations.

Per document: split into requirements → the rule book (rules.py) says which obligations apply and
which safeguards are missing or refused → minimum periods are compared with the regulation in force
on the check date → explicit references (《个人信息保护法》第13条, GDPR Art. 6) are checked for
existence, validity and support → each substantive requirement gets the clauses retrieval finds for
it. Every citation is built from a clause found in the index; nothing else is ever cited.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from assistant.clauses import find_clause_refs
from assistant.errors import AssistantError, UnreadableDocument
from assistant.language import detect_language
from assistant.text.articles import format_label, label_suffix
from assistant.types import Citation, Clause, ClauseRef, Filters, date_int

from .findings import (BatchReport, DocumentReport, Finding, Obligation, ReferenceInfo, RelatedClause,
                       RequirementResult)
from .quotes import MIN_CLAIM_CHARS, bigram_containment, claim_text, meaningful_length, pick_quote, snippet
from .requirements import Requirement, split_requirements
from .rules import SEVERITY_RANK, Cite, DocumentScan, RuleBook, load_rulebook, match_periods, match_rules

log = logging.getLogger(__name__)

# Reference support: weak when both the wording overlap and the embedding similarity are low.
WEAK_OVERLAP = 0.12
WEAK_SIMILARITY = 0.80
SEARCH_MIN_CHARS = 12  # requirements shorter than this (metadata rows, milestones) are not searched
_YEAR_IN_REF = re.compile(r"[（(]\s*((?:19|20)\d{2})\s*年?[^）)]{0,12}[）)]")


# The checker ---------------------------------------------------------------------------------------------


@dataclass
class CheckOptions:
    as_of: date | None = None  # None: the assistant's as_of setting, else today
    max_bytes: int | None = None
    search_k: int = 5  # retrieval hits per requirement (all kinds)
    policy_k: int = 2  # extra hits from internal policies only
    pair_k: int = 3  # regulation clauses retrieval pairs with each policy clause for the conflict check
    search: bool = True
    ask_llm: bool = False  # also ask the generative model per flagged requirement (needs an LLM endpoint)
    rulebook: str | None = None  # path of another rules.toml
    # Larger documents are refused up front with a clear message (the checks' cost grows with both).
    max_chars: int = 2_000_000
    max_requirements: int = 5000
    # how `run.run_check` runs the batch
    policies: bool = False  # also every indexed internal policy against the regulations it implements
    fail_on: str | None = None  # the severity at which the batch's exit code is 1
    shared: bool = False  # shown over the web or Slack: file names instead of the server's paths
    progress: bool = False  # a progress bar on stderr


class SpecChecker:
    def __init__(self, assistant, options: CheckOptions | None = None, rulebook: RuleBook | None = None):
        self.assistant = assistant
        self.options = options or CheckOptions()
        self.book = rulebook or load_rulebook(self.options.rulebook)
        self.view = assistant.view
        self.catalog = assistant.catalog
        self.as_of = self.options.as_of or assistant.settings.effective_as_of()
        self.indexed_docs = {c.doc_id: c for c in self.view.docs()}
        self._retriever = None  # built on first search (wiring.batch_retriever)
        self._suggestions: dict[tuple[str, str], Clause | None] = {}
        self._vector_cache = None
        self._conflicts: dict[str, list[Finding]] = {}  # policy doc_id → its conflicts with regulations

    # batch -----------------------------------------------------------------------------------------
    def check_paths(self, paths: Iterable[Path], progress: bool = False, policies: bool = False,
                    fail_on: str | None = None) -> BatchReport:
        from ..documents.loaders import iter_documents

        files = list(iter_documents([Path(p) for p in paths]))
        report = BatchReport(as_of=self.as_of, fail_on=fail_on)
        bar = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(files, desc="checking", unit="doc")
        for path in bar if bar is not None else files:
            try:
                report.documents.append(self.check_file(path))
            except Exception as err:  # one bad file never aborts the batch: it gets its one line
                log.exception("checking %s failed", path)
                report.documents.append(DocumentReport(path=str(path), name=Path(path).name, status="error",
                                                       error=f"{Path(path).name}: could not be checked ({type(err).__name__})."))
        if policies:
            report.documents.extend(self.check_policies())
        return report

    def check_file(self, path: Path) -> DocumentReport:
        from ..documents.loaders import load_document

        settings = self.assistant.settings
        try:
            loaded = load_document(Path(path), max_bytes=self.options.max_bytes, timeout=settings.parse_timeout,
                                   memory_mb=settings.parse_memory_mb)
        except UnreadableDocument as err:
            return DocumentReport(path=str(path), name=Path(path).name, status="error", error=err.user_message())
        report = self.check_text(loaded.text, str(path), Path(path).name)
        report.notes[:0] = list(loaded.warnings)
        return report

    # one document ------------------------------------------------------------------------------------
    def check_text(self, text: str, path: str, name: str) -> DocumentReport:
        language = detect_language(text[:20000])
        report = DocumentReport(path=path, name=name, language=language)
        if len(text) > self.options.max_chars:
            report.status, report.error = "error", (
                f"{name}: {len(text):,} characters, over the {self.options.max_chars:,} that one check reads; "
                "split the document into parts and check them one by one.")
            return report
        requirements = split_requirements(text)
        if len(requirements) > self.options.max_requirements:
            report.status, report.error = "error", (
                f"{name}: {len(requirements):,} checkable units (list items, rows, paragraphs), over the "
                f"{self.options.max_requirements:,} that one check reviews; split the document and check the parts.")
            return report
        if not requirements:
            report.status, report.error = "error", f"{path}: no text to check (the document has no requirements)."
            return report
        results = {r.id: _result(r) for r in requirements}
        scan = DocumentScan(requirements, self.book.negation)
        findings: list[Finding] = []
        findings += self._rule_findings(scan, results, language, report.notes)
        findings += self._period_findings(scan, language, report.notes, own_doc=None)
        for req in requirements:
            findings += self._reference_findings(req, language, report.notes)
        if self.options.search:
            searched = [r for r in requirements if meaningful_length(r.text) >= SEARCH_MIN_CHARS]
            for req, related in zip(searched, self._related(searched)):
                results[req.id].related = related
        report.findings = _sorted_unique(findings)
        for f in report.findings:
            results[f.requirement].findings.append(f.id)
        report.policy_conflicts = self._conflicts_of_cited_policies(report.findings)
        if self.options.ask_llm and self.assistant.settings.llm_configured:
            self._llm_reviews(results, report)
        report.requirements = list(results.values())
        return report

    def _rule_findings(self, scan: DocumentScan, results, language: str, notes: list[str]) -> list[Finding]:
        findings = []
        document_text = "\n".join(r.context_text() for r in scan.requirements)
        for match in match_rules(self.book, scan):
            rule = match.rule
            for req, _ in match.triggered:
                results[req.id].obligations.append(Obligation(rule=rule.id, text=rule.obligation[language],
                                                              status=match.status))
            if not match.is_gap:
                continue
            citations = self._citations(rule.cites, document_text, notes, rule.id)
            if not citations:
                notes.append(f"rule {rule.id} applies, but none of its clauses is in the index; no finding reported.")
                continue
            anchor = match.anchor
            evidence = [f"{req.id}: {snippet(req.text, words[0])}" for req, words in match.triggered[:5]]
            evidence += [f"{m.requirement.id}: {m.clause}" for m in match.refusals[:3]]
            findings.append(Finding(
                id=f"{rule.id}@{anchor.id}", rule=rule.id, kind="rule", severity=match.severity,
                title=rule.title[language], detail=_rule_detail(match, language),
                recommendation=rule.recommendation[language], requirement=anchor.id, line=anchor.line,
                section=anchor.section, evidence=evidence, citations=citations,
            ))
        return findings

    def _period_findings(self, scan: DocumentScan, language: str, notes: list[str], own_doc: str | None) -> list[Finding]:
        findings = []
        for match in match_periods(self.book, scan):
            minimum, req = match.minimum, match.requirement
            violated = []  # (cite, clause)
            for basis in minimum.bases:
                if basis.doc_id == own_doc or basis.years is None or match.years >= basis.years:
                    continue
                clause = self.view.find_article([basis.doc_id], basis.article, as_of=self.as_of)
                if clause is not None:
                    violated.append((basis, clause))
            if not violated:
                continue
            regulation = [(b, c) for b, c in violated if c.kind == "regulation"]
            severity = minimum.severity if regulation else minimum.policy_severity
            strongest = max(violated, key=lambda bc: (bc[1].kind == "regulation", bc[0].years))
            title = (minimum.policy_title if own_doc else minimum.title)[language]
            required = ", ".join(f"{c.citation_label()} ≥ {_years(b.years, language)}" for b, c in violated)
            detail = (f"规定的期限为 {match.raw}，短于：{required}。" if language == "zh"
                      else f"The stated period is {match.raw}, shorter than: {required}.")
            citations = [self._citation(i + 1, clause, basis.quote) for i, (basis, clause) in enumerate(violated)]
            findings.append(Finding(
                id=f"{minimum.id}@{req.id}", rule=minimum.id, kind="retention", severity=severity, title=title,
                detail=detail,
                recommendation=minimum.recommendation[language].format(
                    years=_years(strongest[0].years, language, unit=False), basis=strongest[1].citation_label()),
                requirement=req.id, line=req.line, section=req.section, evidence=[f"{req.id}: {req.text[:160]}"],
                citations=citations,
            ))
        return findings

    # explicit references -----------------------------------------------------------------------------
    def _reference_findings(self, req: Requirement, language: str, notes: list[str]) -> list[Finding]:
        findings = []
        refs = find_clause_refs(req.text, self.catalog, include_unknown=True)
        seen = set()
        for ref in refs:
            key = (tuple(ref.doc_ids), ref.article, ref.article_suffix)
            if key in seen:
                continue
            seen.add(key)
            start = ref.span[0] - 1 if ref.span[0] > 0 and req.text[ref.span[0] - 1] in "《<〈" else ref.span[0]
            written = req.text[start:ref.span[1]]
            if not ref.doc_ids:
                notes.append(f"{req.id}: {written} — the law is not in the catalog; reference not checked.")
                continue
            indexed = [d for d in ref.doc_ids if d in self.indexed_docs]
            if not indexed:
                notes.append(f"{req.id}: {written} — the law is not in the index; reference not checked.")
                continue
            finding = self._check_reference(req, ref, written, indexed, refs, language)
            if finding is not None:
                findings.append(finding)
        return findings

    def _pick_version(self, ref: ClauseRef, written: str, indexed: list[str]) -> str:
        year = _YEAR_IN_REF.search(written)
        if year:
            dated = [d for d in indexed if self.indexed_docs[d].version_date.startswith(year.group(1))]
            if dated:
                return dated[0]
        in_force = [d for d in indexed if self.indexed_docs[d].in_force_on(self.as_of)]
        return (in_force or indexed)[0]

    def _check_reference(self, req: Requirement, ref: ClauseRef, written: str, indexed: list[str],
                         all_refs: list[ClauseRef], language: str) -> Finding | None:
        doc_id = self._pick_version(ref, written, indexed)
        doc = self.indexed_docs[doc_id]
        zh_law = self._doc_language(doc_id) == "zh"
        label = format_label(ref.article, ref.article_suffix, "zh" if zh_law else "en")
        info = ReferenceInfo(text=written, law=doc.short_title, doc_id=doc_id, article=ref.article, label=label)
        claim = claim_text(req.text, all_refs)
        base = dict(requirement=req.id, line=req.line, section=req.section, evidence=[f"{req.id}: {req.text[:160]}"],
                    reference=info)
        msg = self.book.message
        clause = self.view.find_article([doc_id], ref.article, ref.article_suffix)
        if clause is None:
            successor = self._current_version(doc_id, indexed) or doc_id
            suggestion = self._best_article(successor, claim) if len(claim) >= MIN_CLAIM_CHARS else None
            values = dict(ref=written, law=f"《{doc.short_title}》" if zh_law else doc.short_title,
                          version=doc.version_date, max=self.view.max_article.get(doc_id, 0), label=label,
                          suggestion=suggestion.citation_label() if suggestion else "")
            return Finding(
                id=f"ref-missing@{req.id}:{doc_id}:{ref.article}", rule="ref-missing", kind="reference",
                severity="medium", title=msg("missing_article", "title", language, **values),
                detail=msg("missing_article", "detail", language, **values),
                recommendation=msg("missing_article", "recommendation" if suggestion else "recommendation_plain",
                                   language, **values),
                citations=[self._citation(1, suggestion, near=claim)] if suggestion else [], **base)
        if not clause.in_force_on(self.as_of):
            if date_int(clause.effective_date) > date_int(self.as_of):
                values = dict(ref=written, cited=clause.citation_label(), effective=clause.effective_date,
                              as_of=self.as_of.isoformat())
                return Finding(
                    id=f"ref-not-in-force@{req.id}:{doc_id}:{ref.article}", rule="ref-not-in-force", kind="reference",
                    severity="low", title=msg("not_yet_in_force", "title", language, **values),
                    detail=msg("not_yet_in_force", "detail", language, **values),
                    recommendation=msg("not_yet_in_force", "recommendation", language, **values),
                    citations=[self._citation(1, clause)], **base)
            successor = self._current_version(doc_id, indexed)
            old_text = self._full_text(clause)
            suggestion = self._best_article(successor, f"{old_text}\n{claim}") if successor else None
            values = dict(ref=written, cited=clause.citation_label(), version=clause.version_date,
                          until=clause.effective_until or "?",
                          current_version=self.indexed_docs[successor].version_date if successor else "?",
                          suggestion=suggestion.citation_label() if suggestion else "")
            citations = ([self._citation(1, suggestion, near=f"{old_text}\n{claim}")] if suggestion else []) + [
                self._citation(2 if suggestion else 1, clause)]
            return Finding(
                id=f"ref-outdated@{req.id}:{doc_id}:{ref.article}", rule="ref-outdated", kind="reference",
                severity="medium", title=msg("outdated", "title", language, **values),
                detail=msg("outdated", "detail", language, **values),
                recommendation=msg("outdated", "recommendation" if suggestion else "recommendation_plain",
                                   language, **values),
                citations=citations, **base)
        if len(claim) < MIN_CLAIM_CHARS:
            return None  # "必须符合《个人信息保护法》第13条" claims nothing to check
        text = self._full_text(clause)
        overlap = bigram_containment(claim, text)
        similarity = self._similarity(claim, text) if overlap < WEAK_OVERLAP else None
        if overlap >= WEAK_OVERLAP or (similarity is not None and similarity >= WEAK_SIMILARITY):
            return None
        values = dict(ref=written, cited=clause.citation_label(), overlap=f"{overlap:.2f}",
                      similarity="n/a" if similarity is None else f"{similarity:.2f}")
        return Finding(
            id=f"ref-weak-support@{req.id}:{doc_id}:{ref.article}", rule="ref-weak-support", kind="reference",
            severity="low", title=msg("weak_support", "title", language, **values),
            detail=msg("weak_support", "detail", language, **values),
            recommendation=msg("weak_support", "recommendation", language, **values),
            citations=[self._citation(1, clause)], **base)

    def _doc_language(self, doc_id: str) -> str:
        law = self.catalog.by_doc_id(doc_id)
        if law is not None:
            return law.language
        return "en" if self.indexed_docs[doc_id].jurisdiction in ("EU", "OTHER") else "zh"

    def _current_version(self, doc_id: str, siblings: list[str]) -> str | None:
        """The version of the same law in force on the check date (another doc id of the same catalog title)."""
        title = self.indexed_docs[doc_id].law
        candidates = [d for d in dict.fromkeys([*siblings, *self.indexed_docs])
                      if self.indexed_docs[d].law == title and self.indexed_docs[d].in_force_on(self.as_of)]
        return candidates[0] if candidates else None

    def _best_article(self, doc_id: str, text: str) -> Clause | None:
        """The article of `doc_id` closest to `text` — a suggestion taken from the index, never a guess outside it.

        Hybrid search restricted to that law gives candidates; the one with the sentence most similar to
        the text wins (a duty often sits in one paragraph of a long article, e.g. 报告保密 in 第三十五条第二款).
        """
        text = text[:400]
        key = (doc_id, text)
        if key not in self._suggestions:
            self._suggestions[key] = self._rank_articles(doc_id, text)
        return self._suggestions[key]

    def _rank_articles(self, doc_id: str, text: str) -> Clause | None:
        try:
            # through the batch retriever: its query vectors are cached across runs
            hits = self.retriever.retrieve(text, 3, Filters(laws=[doc_id], as_of=self.as_of)).hits if text.strip() else []
        except AssistantError as err:
            log.warning("suggestion search failed: %s", err)
            return None
        candidates = []
        for hit in hits:
            if hit.clause.doc_id == doc_id and hit.clause.article is not None:
                clause = self.view.find_article([doc_id], hit.clause.article, label_suffix(hit.clause.label)) or hit.clause
                if clause.chunk_id not in {c.chunk_id for c in candidates}:
                    candidates.append(clause)
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        pieces = [(i, p.strip()[:200]) for i, c in enumerate(candidates)
                  for p in re.split(r"[\n。；;]", self._full_text(c)) if len(p.strip()) >= 6][:60]
        try:
            vectors = self._passages([text] + [p for _, p in pieces])
        except Exception as exc:  # the search order stands
            log.warning("embedding failed while ranking suggestions: %s", exc)
            return candidates[0]
        scores = vectors[1:] @ vectors[0]
        best = max(range(len(pieces)), key=lambda j: (float(scores[j]), -pieces[j][0]))
        return candidates[pieces[best][0]]

    def _passages(self, texts: list[str]):
        """Passage vectors through the machine-wide cache: clause paragraphs and requirements recur across runs."""
        from assistant.retrieval.embeddings import EmbeddingCache, embed_passages_cached

        if self._vector_cache is None:
            self._vector_cache = EmbeddingCache(self.assistant.settings.embedding_cache)
        return embed_passages_cached(self.assistant.embedder, self._vector_cache, texts)[0]

    def _similarity(self, a: str, b: str) -> float | None:
        try:
            vectors = self._passages([a, b])
        except Exception as exc:  # the lexical check alone still decides
            log.warning("embedding failed in reference check: %s", exc)
            return None
        return float(vectors[0] @ vectors[1])

    # citations -----------------------------------------------------------------------------------------
    def _full_text(self, clause: Clause) -> str:
        full = self.view.full_article(clause.chunk_id)
        return full.text if full else clause.text

    def _citation(self, marker: int, clause: Clause, quote_pattern: str = "", near: str = "") -> Citation:
        text = self._full_text(clause)
        return Citation.from_clause(marker, clause, quote=pick_quote(text, quote_pattern, near))

    def _citations(self, cites: tuple[Cite, ...], document_text: str, notes: list[str], rule_id: str) -> list[Citation]:
        out = []
        for cite in cites:
            if cite.when is not None and not cite.when.search(document_text):
                continue
            clause = self.view.find_article([cite.doc_id], cite.article, as_of=self.as_of)
            if clause is None:
                law = self.catalog.by_doc_id(cite.doc_id)
                name = law.short_title if law else cite.doc_id
                notes.append(f"rule {rule_id}: 《{name}》{format_label(cite.article)} is not in the index "
                             f"(or not in force on {self.as_of}); not cited.")
                continue
            out.append(self._citation(len(out) + 1, clause, cite.quote))
        return out

    # retrieval -------------------------------------------------------------------------------------------
    @property
    def retriever(self):
        """The offline hybrid retriever with query vectors through the machine-wide cache, embedded in batches:
        a document's hundreds of requirements cost one embedding call per batch, and none when checked again."""
        if self._retriever is None:
            from ..wiring import batch_retriever

            self._retriever = batch_retriever(self.assistant.ctx)
        return self._retriever

    def _search_many(self, queries: list[str], k: int, filters: Filters, what: str) -> list[list]:
        """Hits per query; a failed search costs its hits, never the check."""
        try:
            return [r.hits for r in self.retriever.retrieve_many(queries, k, filters)]
        except AssistantError as err:
            log.warning("%s search failed: %s", what, err)
            return [[] for _ in queries]

    def _related(self, requirements: list[Requirement]) -> list[list[RelatedClause]]:
        queries = [_query(req) for req in requirements]
        related: list[dict[str, RelatedClause]] = [{} for _ in requirements]
        searches = [(Filters(as_of=self.as_of), self.options.search_k)]
        if self.options.policy_k:
            searches.append((Filters(kind="policy", as_of=self.as_of), self.options.policy_k))
        for filters, k in searches:
            for found, hits in zip(related, self._search_many(queries, k, filters, "related-clause")):
                for hit in hits:
                    c = hit.clause
                    found.setdefault(c.chunk_id, RelatedClause(chunk_id=c.chunk_id, citation=c.citation_label(),
                                                               kind=c.kind, score=round(hit.score, 4)))
        return [list(found.values()) for found in related]

    def _llm_reviews(self, results: dict[str, RequirementResult], report: DocumentReport) -> None:
        question = ("以下需求是否符合适用的法规和本行制度？请指出缺失的要求。\n{}" if report.language == "zh"
                    else "Does this requirement comply with the applicable regulations and internal policies? "
                         "Name what is missing.\n{}")
        for result in results.values():
            if not result.findings:
                continue
            try:
                answer = self.assistant.ask(question.format(result.text[:1500]), channel="spec-check")
            except AssistantError as err:
                report.notes.append(f"{result.id}: model review unavailable ({err.user_message()})")
                continue
            result.llm_review = {"status": answer.status, "text": answer.text,
                                 "citations": [c.chunk_id for c in answer.citations]}

    # policies against regulations -----------------------------------------------------------------------
    def check_policies(self) -> list[DocumentReport]:
        """Each indexed internal policy in force, compared with the regulations it implements: time limits and
        modality of every clause against the regulation clauses it cites or retrieval pairs it with
        (conflicts.py), and the references it makes (missing or outdated articles)."""
        reports = []
        for doc_id in sorted(d for d, c in self.indexed_docs.items() if c.kind == "policy"):
            head = self.indexed_docs[doc_id]
            if not head.in_force_on(self.as_of):
                continue
            requirements = self._policy_requirements(doc_id)
            language = self._doc_language(doc_id)
            report = DocumentReport(path=head.source, name=head.short_title, kind="policy", language=language)
            results = {r.id: _result(r) for r in requirements}
            findings = list(self.policy_conflicts(doc_id))
            for req in requirements:
                findings += [f for f in self._reference_findings(req, language, report.notes)
                             if f.rule in ("ref-missing", "ref-outdated")]
            report.findings = _sorted_unique(findings)
            for f in report.findings:
                results[f.requirement].findings.append(f.id)
            report.requirements = list(results.values())
            reports.append(report)
        return reports

    def _policy_requirements(self, doc_id: str) -> list[Requirement]:
        requirements = []
        for clause in self.view.clauses:
            if clause.doc_id != doc_id or clause.piece != 0:
                continue
            text = self._full_text(clause)
            rid = f"A{clause.article}" if clause.article is not None else f"P{len(requirements) + 1}"
            requirements.append(Requirement(id=rid, kind="article", text=text.strip(), line=0, end_line=0,
                                            heading_path=tuple(p for p in [clause.chapter] if p),
                                            label=clause.label))
        return requirements

    def policy_conflicts(self, doc_id: str) -> list[Finding]:
        """Conflicts of one policy with the regulations (cached per checker)."""
        if doc_id not in self._conflicts:
            self._conflicts[doc_id] = self._find_policy_conflicts(doc_id)
        return self._conflicts[doc_id]

    def _find_policy_conflicts(self, doc_id: str) -> list[Finding]:
        language = self._doc_language(doc_id)
        return [self._conflict_finding(req, law, conflict, language)
                for req, law, conflict in self.policy_conflict_pairs(doc_id)]

    def policy_conflict_pairs(self, doc_id: str) -> list[tuple[Requirement, Clause, object]]:
        """Each clause of one policy with a regulation clause it is weaker than, and the conflict (conflicts.py)."""
        from .conflicts import find_conflicts

        requirements = self._policy_requirements(doc_id)
        return [(req, law, conflict)
                for req, laws in zip(requirements, self._regulations_paired_with(requirements))
                for law in laws for conflict in find_conflicts(req.text, self._full_text(law))]

    def _regulations_paired_with(self, requirements: list[Requirement]) -> list[list[Clause]]:
        """Per policy clause, the regulation clauses in force it implements: those it cites; when it cites
        none, those retrieval ranks first for its text (a clause that names its basis is not compared
        with others that merely share words, e.g. a 征信 objection with an AML objection)."""
        cited = [self._cited_regulations(req) for req in requirements]
        uncited = [req for req, paired in zip(requirements, cited) if not paired]
        searched = iter(self._search_many([req.text[:1500] for req in uncited], self.options.pair_k,
                                          Filters(kind="regulation", as_of=self.as_of), "pairing"))
        out = []
        for paired in cited:
            if not paired:
                for hit in next(searched):
                    c = hit.clause
                    if c.article is not None:
                        full = self.view.find_article([c.doc_id], c.article, label_suffix(c.label), as_of=self.as_of) or c
                        paired.setdefault(f"{c.doc_id}:{c.article}", full)
            out.append(list(paired.values()))
        return out

    def _cited_regulations(self, req: Requirement) -> dict[str, Clause]:
        paired: dict[str, Clause] = {}
        for ref in find_clause_refs(req.text, self.catalog):
            clause = self.view.find_article([d for d in ref.doc_ids if d in self.indexed_docs], ref.article,
                                            ref.article_suffix, as_of=self.as_of)
            if clause is not None and clause.kind == "regulation":
                paired.setdefault(f"{clause.doc_id}:{clause.article}", clause)
        return paired

    def _conflict_finding(self, req: Requirement, law: Clause, conflict, language: str) -> Finding:
        msg = self.book.message
        key = "conflict_time_limit" if conflict.kind == "time-limit" else "conflict_modality"
        values = dict(policy=req.label, law=law.citation_label(), policy_says=conflict.policy_says,
                      law_says=conflict.law_says)
        detail = conflict.explanation.get(language) or conflict.explanation["en"]
        return Finding(
            id=f"policy-conflict@{req.id}:{law.doc_id}:{law.article}", rule=f"policy-conflict-{conflict.kind}",
            kind="conflict", severity=conflict.severity, title=msg(key, "title", language, **values),
            detail=detail, recommendation=msg(key, "recommendation", language, **values),
            requirement=req.id, line=req.line, section=req.section,
            evidence=[f"{req.id}: {conflict.policy_sentence}"],
            citations=[self._citation(1, law, re.escape(conflict.law_sentence[:60]))],
        )

    def _conflicts_of_cited_policies(self, findings: list[Finding]) -> list[Finding]:
        """The conflicts of the policy clauses a spec's findings cite, so the spec's report says when the
        bank's own rule is itself weaker than the law."""
        cited = {(c.chunk_id.split(":", 1)[0], c.article) for f in findings for c in f.citations
                 if c.chunk_id.split(":", 1)[0] in self.indexed_docs
                 and self.indexed_docs[c.chunk_id.split(":", 1)[0]].kind == "policy"}
        out = []
        for doc_id in sorted({d for d, _ in cited}):
            out += [f for f in self.policy_conflicts(doc_id) if (doc_id, article_order(f.requirement)) in cited]
        return _by_severity(out)


# helpers (pure) ------------------------------------------------------------------------------------------


def _query(req: Requirement) -> str:
    """What is searched for a requirement: its text with the headings above it (the section says what it is about)."""
    return req.context_text()[-1500:].strip()


def _result(req: Requirement) -> RequirementResult:
    return RequirementResult(id=req.id, kind=req.kind, line=req.line, section=req.section, label=req.label,
                             text=req.text)


def _sorted_unique(findings: list[Finding]) -> list[Finding]:
    """One finding per (rule, cited reference) per document, at its first place; later places become evidence."""
    merged: dict[tuple, Finding] = {}
    for f in sorted(findings, key=lambda f: (f.line, f.id)):
        key = (f.rule, f.reference.doc_id if f.reference else "", f.reference.article if f.reference else 0)
        if f.kind == "conflict":  # one per policy clause and regulation clause
            key = (f.id,)
        first = merged.get(key)
        if first is None:
            merged[key] = f
            continue
        if SEVERITY_RANK[f.severity] > SEVERITY_RANK[first.severity]:
            first.severity = f.severity
        first.evidence += [e for e in f.evidence if e not in first.evidence]
    return _by_severity(merged.values())


def _by_severity(findings: Iterable[Finding]) -> list[Finding]:
    """HIGH before MEDIUM before LOW; within a severity, in document order."""
    return sorted(findings, key=lambda f: (-SEVERITY_RANK[f.severity], f.line, article_order(f.requirement), f.id))


def article_order(requirement_id: str) -> int:
    """The article number in a requirement id, to sort findings by (0 without one)."""
    digits = re.sub(r"\D", "", requirement_id)
    return int(digits) if digits else 0


def _rule_detail(match, language: str) -> str:
    places = "、".join(req.id for req, _ in match.triggered[:6]) if language == "zh" else \
        ", ".join(req.id for req, _ in match.triggered[:6])
    if language == "zh":
        state = {"refused": "规格书明确排除了相应保障措施", "missing": "规格书未提及相应保障措施",
                 "defect": "规格书的写法本身不符合要求"}[match.status]
        return f"{state}（触发位置：{places}）。义务：{match.rule.obligation['zh']}。"
    state = {"refused": "the spec explicitly rules out the safeguard", "missing": "the spec does not mention the safeguard",
             "defect": "the spec's own wording is the problem"}[match.status]
    return f"{state.capitalize()} (triggered at {places}). Obligation: {match.rule.obligation['en']}."


def _years(value: float | None, language: str, unit: bool = True) -> str:
    number = f"{value:g}" if value is not None else "?"
    if not unit:
        return number
    return f"{number} 年" if language == "zh" else f"{number} years"
