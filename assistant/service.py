"""The one facade every front end (CLI, web UI, Slack, batch checker, evals) goes through: the ask, search and
browse flow. The stages are built by `wiring.py`, the answer assembled by `answer/assembly.py`, the words it adds
come from `messages.py`."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .answer.assembly import assemble_answer
from .errors import AssistantError, InvalidQuestion, ModelError
from .interfaces import Answerer, Retriever, Verifier
from .messages import coverage_notice, model_unavailable_notice, not_indexed_notice, wording_hint
from .ops import metrics
from .settings import Settings
from .types import Answer, Clause, Draft, Filters, Retrieval

if TYPE_CHECKING:
    from .retrieval.corpus_view import CorpusView
    from .stage_context import StageContext

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 4000
# Chinese and English questions: jieba, both tokenisers, exact lookup, the dense and lexical paths, and the tables the
# retriever derives from the corpus on first use: a clause lookup, an English question, a supervisor's finding (the
# penalty items, misconduct.py), an authority as actor naming a regulator (authority_acts.py, regulators.py) and an
# English "who supervises" question with no jurisdiction cue (domain_lean.py), an English question naming
# a Chinese law (the per-law word counts of its bridge words)
WARM_UP_QUESTIONS = ("个人信息保护法第十三条规定了什么？", "When must a controller notify a personal data breach?",
                     "支行未按规定审查借款人的借款用途", "人民银行来检查时可以查阅哪些资料？",
                     "Who supervises the lending business of a bank?",
                     "What does the AML Law require for customer due diligence?")


@dataclass(frozen=True)
class StreamEvent:
    """What `Assistant.ask_stream` reports before the Answer: see there for the kinds."""

    kind: str  # retrieved | draft | verifying | fallback
    text: str = ""


@dataclass(frozen=True)
class Rebuild:
    """What the facade asks of `assistant.wiring` after it is built, handed in so that this module never imports
    the one that builds it: `reload` gives the context and a new retriever over the index at a revision (another
    process re-indexed), `rewrite_chat` the chat model that rewrites follow-ups (None offline)."""

    reload: Callable[[StageContext, str], tuple[StageContext, Retriever]]
    rewrite_chat: Callable[[Settings], Any]


class Assistant:
    def __init__(self, ctx: StageContext, retriever: Retriever, answerer: Answerer, checkers: list[Verifier],
                 fallback: Answerer | None = None, rebuild: Rebuild | None = None,
                 view_revision: str | None = None):
        """Built by `assistant.wiring.build_assistant`; the stages arrive ready-made. `view_revision`: the index
        revision the corpus view was built from (None: not known); without `rebuild` the view never reloads and
        follow-ups are not rewritten."""
        self.ctx = ctx
        self.settings = ctx.settings
        self.embedder = ctx.embedder
        self.store = ctx.store
        self.view = ctx.view
        self.retriever = retriever
        self.answerer = answerer
        self.verifiers = checkers
        self.fallback = fallback
        self.catalog = retriever.catalog
        self._audit = None
        self._redactor = None
        self._chat = None
        self._rebuild = rebuild
        self._view_revision = view_revision
        self._revision_checked = 0.0
        self._reloading = False
        self._conflicts: dict = {}  # policy clauses weaker than a regulation (spec/conflict_table.py) …
        self._conflicts_view = None  # … for this corpus view

    def warm_up(self) -> float:
        """Load now what the first request would otherwise load: jieba's dictionary, the model's weights, the
        lexical index, Chroma's segment, the answer and verifier code paths. Front ends call this at start so
        the first question is as fast as the second. Nothing is recorded and no model endpoint is called.
        Returns the seconds it took."""
        from .language import detect_language
        from .redact import load_name_tagger
        from .retrieval.gate.assess import warm_up as warm_up_gate
        from .rewrite import standalone_question  # noqa: F401  (imported for its module-level set-up)

        started = time.perf_counter()
        self.redactor  # noqa: B018  (loads the key)
        load_name_tagger()  # the redactor's name tagger, else the first question naming a person waits 0.5 s for it
        warm_up_gate()  # the coverage gate's word tables (2.3 s at the first English question that needs them)
        self.audit  # noqa: B018  (opens the trail; appends nothing)
        local = getattr(self.retriever, "base", self.retriever)  # an LLM-assisted retriever would call the model
        if hasattr(local, "preload_bridge_terms"):
            local.preload_bridge_terms()
        if hasattr(local, "preload_concept_tables"):
            local.preload_concept_tables()
        for verifier in self.verifiers:  # a verifier's own tables (the grounding verifier's concept dictionary)
            warm = getattr(verifier, "warm_up", None)
            if callable(warm):
                warm()
        for question in WARM_UP_QUESTIONS:
            retrieval = local.retrieve(question, self.settings.top_k, self._filters(None))
            self.coverage(question, retrieval)
            offline = self.answerer if self.answerer.name == "extractive" else self.fallback
            if offline is not None and retrieval.hits:
                draft = offline.draft(question, retrieval, detect_language(question))
                for verifier in self.verifiers:
                    if verifier.name == "grounding" and draft.claims:
                        verifier.verify(question, draft, retrieval)
        self._policy_conflicts(self.retriever.view)  # else the first answer quoting a policy waits ~1.5 s for them
        return time.perf_counter() - started

    # another process re-indexed: load the new corpus view in the background, then swap it in ------
    def follow_reindex(self, wait: bool = False) -> None:
        """Cheap per query: at most one revision read per `index_pointer_ttl`. The store itself already follows
        the live collection; this keeps the in-memory view (articles, BM25) in step with it."""
        import threading

        now = time.monotonic()
        if not wait and now - self._revision_checked < self.settings.index_pointer_ttl:
            return
        self._revision_checked = now
        revision = self.store.revision
        if self._rebuild is None or not revision or revision == self._view_revision or self._reloading:
            return
        if self._view_revision is None:  # assembled from a view of unknown revision: take it as current
            self._view_revision = revision
            return
        self._reloading = True

        def reload():
            try:
                # A new retriever rather than a mutated one: a query in flight keeps the retriever (and the view
                # its positions index) it started with.
                self.ctx, self.retriever = self._rebuild.reload(self.ctx, revision)
                view = self.view = self.ctx.view
                for verifier in self.verifiers:  # lookups by law and article: safe to swap between calls
                    if getattr(verifier, "lookup", None) is not None:
                        verifier.lookup = view
                self._view_revision = revision
            except Exception as exc:  # keep answering from the old view; try again on a later query
                log.warning("could not load the re-indexed corpus: %s", exc)
            finally:
                self._reloading = False

        if wait:
            reload()
        else:
            threading.Thread(target=reload, name="corpus-view-reload", daemon=True).start()

    # audit and redaction are created on first use: searches never touch them -------
    @property
    def audit(self):
        if self._audit is None and self.settings.audit_enabled:
            from .audit import AuditLog

            self._audit = AuditLog(self.settings.audit_path, key=self.settings.audit_key)
        return self._audit

    @property
    def redactor(self):
        if self._redactor is None:
            from .redact import Redactor, load_or_create_key

            key = load_or_create_key(self.settings.data_dir / "redaction.key", self.settings.redaction_key)
            self._redactor = Redactor(key)
        return self._redactor

    # queries --------------------------------------------------------------------
    def search(self, query: str, k: int | None = None, filters: Filters | None = None) -> Retrieval:
        self.follow_reindex()
        query = _clean_question(query)
        return self.retriever.retrieve(query, k or self.settings.top_k, self._filters(filters))

    def _filters(self, filters: Filters | None) -> Filters:
        """The request's filters with the settings' as-of date (ASSISTANT_AS_OF, else today) when it names none:
        the one place the default date is decided for every stage of this request."""
        filters = filters or Filters()
        if filters.as_of is None:
            filters = filters.model_copy(update={"as_of": self.settings.effective_as_of()})
        return filters

    @metrics.instrument_ask
    def ask(self, question: str, history=None, filters: Filters | None = None,
            user: str | None = None, channel: str | None = None) -> Answer:
        """Redact → standalone question → retrieve → coverage gate → draft → verify → assemble → audit."""
        *_, answer = self._answer_events(question, history, filters, user, channel, stream=False)
        return answer

    @property
    def streams(self) -> bool:
        """Whether `ask_stream` yields the draft as it is written (a generator that streams is configured)."""
        return hasattr(self.answerer, "draft_stream")

    @metrics.instrument_ask_stream
    def ask_stream(self, question: str, history=None, filters: Filters | None = None,
                   user: str | None = None, channel: str | None = None) -> Iterator[StreamEvent | Answer]:
        """`ask`, with the draft streamed: yields StreamEvents while it works, then the Answer (always last).

        Events: "retrieved" (evidence found, drafting starts), "draft" (the draft text so far; NOT verified),
        "verifying" (the draft is complete; the verifiers run), "fallback" (the model failed: the streamed
        text is void and the offline answer follows). Without a streaming generator it yields the Answer only.
        """
        yield from self._answer_events(question, history, filters, user, channel, stream=self.streams)

    def _answer_events(self, question, history, filters, user, channel, stream: bool) -> Iterator[StreamEvent | Answer]:
        """The one answering flow behind `ask` and `ask_stream`; events only when `stream`."""
        from .language import detect_language
        from .rewrite import standalone_question

        self.follow_reindex()
        started = time.perf_counter()
        timings: dict[str, float] = {}
        question = self.redactor.redact(_clean_question(question)).text
        history = [self._redact_turn(turn) for turn in (history or [])]
        language = detect_language(question)

        t = time.perf_counter()
        standalone = standalone_question(question, history, chat=self._rewrite_chat())
        timings["rewrite"] = time.perf_counter() - t

        retriever = self.retriever  # one retriever (and its view) for the whole answer, even across a reload
        retrieval = retriever.retrieve(standalone, self.settings.top_k, self._filters(filters))
        timings["retrieve"] = sum(retrieval.timings.values())
        coverage = self.coverage(standalone, retrieval, retriever.view)
        if stream:
            yield StreamEvent("retrieved")

        t = time.perf_counter()
        if not coverage.covered:
            from .retrieval.named_laws import regime_labels

            log.info("not covered: %s", coverage.reason)  # the gate's own wording and figures, for whoever tunes it
            draft = Draft(text="", abstained=True, generator=self.answerer.name)
            notices = [not_indexed_notice(regime_labels(coverage.unknown_laws, language), language)
                       if coverage.unknown_laws else coverage_notice(coverage.kind, coverage.reason, language)]
        elif stream and (retrieval.hits or retrieval.missing_refs):
            draft, notices = yield from self._draft_streamed(standalone, retrieval, language, timings, started)
        else:
            draft, notices = self._draft(standalone, retrieval, language)
        timings["generate"] = time.perf_counter() - t

        if stream:
            yield StreamEvent("verifying", draft.text)
        t = time.perf_counter()
        checks = [v.verify(standalone, draft, retrieval) for v in self.verifiers] if draft.claims else []
        timings["verify"] = time.perf_counter() - t

        answer = assemble_answer(question, standalone, language, draft, checks, retrieval, notices)
        answer.notices += self._conflict_notices(answer, retriever.view)
        answer.wording_hint = self._wording_hint(answer, retrieval, retriever)
        # only the verifiers that actually ran: offline that is "grounding" alone, and the badge says so
        answer.verifiers = [c.verifier for c in checks if c.ran]
        timings["total"] = time.perf_counter() - started
        answer.timings = {k: round(v, 4) for k, v in timings.items()}
        answer.audit_id = self._record(answer, user, channel)
        yield answer

    def _conflict_notices(self, answer: Answer, view) -> list[str]:
        """A quoted policy clause weaker than the law it implements is said to be so (answer/conflict_notes.py: the
        table holds policy clauses only, so a regulation cited finds nothing there)."""
        from .answer.conflict_notes import conflict_notices

        if not answer.citations or answer.status == "not_covered":
            return []
        cited = [(c.chunk_id.split(":", 1)[0], c.article, f"《{c.short_title}》{c.label}") for c in answer.citations]
        return conflict_notices(cited, self._policy_conflicts(view), answer.language)

    def _policy_conflicts(self, view) -> dict:
        """The policy clauses weaker than a regulation (spec/conflict_table.py), built at warm-up, again after a reload."""
        if self._conflicts_view is not view:
            from .spec.conflict_table import conflicts_by_clause

            self._conflicts, self._conflicts_view = conflicts_by_clause(self), view
        return self._conflicts

    def _draft_streamed(self, question, retrieval, language, timings, started):
        """Yields "draft" events as the model writes; returns (draft, notices). A model failure voids the streamed
        text ("fallback") and the offline answer takes its place."""
        draft, notices = None, []
        metrics.llm_call("generate")
        try:
            for piece in self.answerer.draft_stream(question, retrieval, language):
                if isinstance(piece, Draft):
                    draft = piece
                else:
                    timings.setdefault("first_text", time.perf_counter() - started)
                    yield StreamEvent("draft", piece)
        except ModelError as err:
            metrics.llm_error("generate")
            if self.fallback is None:
                raise
            log.warning("streaming generator failed, using the offline answer: %s", err)
            notice = model_unavailable_notice(err, language)
            notices.append(notice)
            yield StreamEvent("fallback", notice)
            draft = self.fallback.draft(question, retrieval, language)
        return draft, notices

    @staticmethod
    def _wording_hint(answer: Answer, retrieval: Retrieval, retriever) -> str:
        """The hint that the question's words are far from the texts' (wording_fit.py): for an answer, not a refusal
        (a refusal already says why), below the retriever's calibrated share."""
        from .retrieval.wording_fit import far_from_texts

        below = getattr(getattr(retriever, "config", None), "wording_hint_below", 0.0)
        if answer.status == "not_covered" or not far_from_texts(retrieval.wording, below):
            return ""
        return wording_hint(retrieval.wording, answer.language)

    def coverage(self, question: str, retrieval: Retrieval, view: CorpusView | None = None):
        """Does the corpus answer it? Judged in the view the retrieval's hits came from, on the embedder's scale."""
        from .retrieval.gate.assess import assess_in_view

        return assess_in_view(question, retrieval, view or self.view, self.catalog,
                              getattr(self.embedder, "coverage_floors", None), self.embedder)

    def _redact_turn(self, turn):
        if isinstance(turn, dict):
            return {**turn, "content": self.redactor.redact(str(turn.get("content", ""))).text}
        q, a = turn
        return (self.redactor.redact(q).text, a)

    def _rewrite_chat(self):
        if not self.settings.llm_configured or self._rebuild is None:
            return None
        if self._chat is None:
            self._chat = self._rebuild.rewrite_chat(self.settings)
        return self._chat

    def _draft(self, question: str, retrieval: Retrieval, language: str) -> tuple[Draft, list[str]]:
        notices: list[str] = []
        if not retrieval.hits and not retrieval.missing_refs:
            return Draft(text="", abstained=True, generator=self.answerer.name), notices
        calls_llm = self.answerer.name != "extractive"
        if calls_llm:
            metrics.llm_call("generate")
        try:
            return self.answerer.draft(question, retrieval, language), notices
        except ModelError as err:
            if calls_llm:
                metrics.llm_error("generate")
            if self.fallback is None:
                raise
            log.warning("generator failed, using the offline answer: %s", err)
            notices.append(model_unavailable_notice(err, language))
            return self.fallback.draft(question, retrieval, language), notices

    def _record(self, answer: Answer, user: str | None, channel: str | None) -> str | None:
        if self.audit is None:
            return None
        try:
            return self.audit.append(
                {
                    "type": "ask",
                    "user": user,
                    "channel": channel,
                    "question": answer.question,
                    "standalone_question": answer.standalone_question,
                    "retrieved": [r["chunk_id"] for r in answer.retrieval],
                    # dense similarity of the best clauses: `assistant drift` watches it move
                    "retrieval_similarity": [round(r["similarity"], 4) for r in answer.retrieval[:3]
                                             if r.get("similarity") is not None],
                    "answer": answer.text,
                    "status": answer.status,
                    "citations": [c.model_dump() for c in answer.citations],
                    "claims": [c.model_dump() for c in answer.claims],
                    "generator": answer.generator,
                    "verifiers": answer.verifiers,
                    "embedder": self.embedder.model_id,
                    "index_revision": self.store.revision,
                }
            )
        except Exception as exc:  # the answer still reaches the user; the failure is logged loudly
            log.error("audit append failed: %s", exc)
            answer.notices.append("Audit trail unavailable: this answer was not recorded.")
            return None

    # corpus browsing ---------------------------------------------------------------
    def article(self, chunk_id: str) -> Clause | None:
        return self.view.full_article(chunk_id)

    def documents(self) -> list[dict]:
        out = []
        for c in sorted(self.view.docs(), key=lambda c: (c.kind, c.jurisdiction, c.law, c.version_date)):
            out.append({
                "doc_id": c.doc_id, "law": c.law, "short_title": c.short_title, "kind": c.kind,
                "jurisdiction": c.jurisdiction, "version_date": c.version_date, "effective_date": c.effective_date,
                "status": c.status, "articles": len({k for k in self.view.articles if k[0] == c.doc_id}),
            })
        return out

    def articles_of(self, doc_id: str) -> list[Clause]:
        return [c for c in self.view.clauses if c.doc_id == doc_id and c.piece == 0]

    def feedback(self, audit_id: str, rating: str, comment: str = "", user: str | None = None) -> str | None:
        if self.audit is None:
            return None
        feedback_id = self.audit.add_feedback(audit_id, rating, self.redactor.redact(comment).text if comment else "", user)
        metrics.observe_feedback(rating)
        return feedback_id

    def status(self) -> dict:
        offline = not self.settings.llm_configured
        return {
            "generator": self.answerer.name,
            "verifiers": [v.name for v in self.verifiers],
            "llm_verifier": "not configured" if offline else (self.settings.verifier_endpoint[1]),
            "embedder": self.embedder.model_id,
            "clauses": len(self.view.clauses),
            "documents": len(self.view.docs()),
            "offline": offline,
            "as_of": self.settings.effective_as_of().isoformat(),
        }


def _clean_question(question: str) -> str:
    text = (question or "").strip()
    if not text:
        raise InvalidQuestion("The question is empty.", "Type a question, e.g. “个人信息保护法第十三条规定了什么？”.")
    if len(text) > MAX_QUESTION_CHARS:
        raise InvalidQuestion(
            f"The question is {len(text)} characters long; the limit is {MAX_QUESTION_CHARS}.",
            "Shorten it, or use `assistant check` for whole documents.",
        )
    return text


__all__ = ["Assistant", "AssistantError", "StreamEvent", "assemble_answer"]
