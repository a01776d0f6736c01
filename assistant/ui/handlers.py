"""The web UI's event handlers and the pure helpers they share. Handlers only call the `Assistant` facade and
the pure renderers in `render.py`; every error reaches the user as a sentence, never a traceback.

Per-session state is a list of turns `{"question": str, "answer": Answer | None, "html": str}`; the
chat is always re-rendered from it, so chat message i belongs to turn i // 2 (user, assistant).
"""

from __future__ import annotations

import logging
import tempfile
import time
from datetime import date
from pathlib import Path

import gradio as gr

from ..errors import AssistantError, InvalidQuestion
from ..language import detect_language
from ..types import Answer, Filters
from . import render

log = logging.getLogger(__name__)

STREAM_REFRESH_SECONDS = 0.1  # least time between two streamed updates of a draft in the chat
PENDING_HTML = '<div class="ca-pending">正在检索与核查… · Retrieving and verifying…</div>'
RATINGS = {"up": "有帮助 Helpful", "down": "无帮助 Not helpful", "wrong_citation": "引用有误 Wrong citation"}


# pure helpers (tested without a browser) -------------------------------------------------
def parse_filters(jurisdiction: str | None, laws: list[str] | None, kind: str | None, as_of: str | None) -> Filters:
    text = (as_of or "").strip()
    try:
        day = date.fromisoformat(text) if text else None
    except ValueError:
        raise InvalidQuestion(f"“{text}” is not a date.", "Enter the as-of date as YYYY-MM-DD, e.g. 2024-01-01, or leave it empty for today.")
    return Filters(laws=list(laws or []), jurisdiction=jurisdiction or None, kind=kind or None, as_of=day)


def chat_messages(turns: list[dict]) -> list[dict]:
    messages = []
    for turn in turns:
        question = turn["question"] or "（空问题 · empty question）"
        messages.append({"role": "user", "content": render.question_message_html(question)})
        messages.append({"role": "assistant", "content": turn.get("html") or PENDING_HTML})
    return messages


def history_of(turns: list[dict]) -> list[tuple[str, str]]:
    return [(t["question"], t["answer"].text) for t in turns if t.get("answer") is not None]


def answered(turns: list[dict]) -> list[int]:
    """Indices of turns that have an answer recorded in the audit trail (feedback targets)."""
    return [i for i, t in enumerate(turns) if t.get("answer") is not None and t["answer"].audit_id]


def failure_html(err: Exception, language: str) -> str:
    """A failed answer as a chat message: the error's own advice, never a traceback (the log has it)."""
    if isinstance(err, AssistantError):
        return render.error_message_html(err.user_message(), language)
    log.error("web UI: answering failed", exc_info=err)
    return render.error_message_html(
        "内部错误，已记录日志，请稍后重试。An internal error occurred; it has been logged. Please try again.", language)


def settle(turns: list[dict], turn: dict):
    """Put the finished turn last; (index of the answer to show, the feedback target's update)."""
    turns[-1] = turn
    selected = len(turns) - 1 if turn.get("answer") is not None else None
    choices = feedback_choices(turns)
    return selected, gr.update(choices=choices, value=choices[-1][1] if choices else None)


def feedback_choices(turns: list[dict]) -> list[tuple[str, int]]:
    return [(f"#{i + 1} · {render.clip(turns[i]['question'], 36)}", i) for i in answered(turns)]


def answer_at(turns: list[dict], index) -> Answer | None:
    if index is None or not isinstance(index, int) or not 0 <= index < len(turns):
        return None
    return turns[index].get("answer")


# handlers ----------------------------------------------------------------------------
class Handlers:
    def __init__(self, assistant):
        self.a = assistant

    def enqueue(self, question: str, turns: list[dict]):
        """Step 1 (instant): show the question and a pending reply."""
        turns = list(turns or []) + [{"question": (question or "").strip(), "answer": None, "html": None}]
        return "", turns, chat_messages(turns)

    def answer(self, turns: list[dict], jurisdiction, laws, kind, as_of, request: gr.Request | None = None):
        """Step 2 (queued): ask the facade about the last turn's question."""
        turns = list(turns or [])
        if not turns:
            return turns, chat_messages(turns), render.citations_panel_html(None), gr.update(), None
        turn = dict(turns[-1])
        language = detect_language(turn["question"])
        try:
            filters = parse_filters(jurisdiction, laws, kind, as_of)
            result = self.a.ask(turn["question"], history=history_of(turns[:-1]), filters=filters,
                                user=_user(request), channel="web")
            turn.update(answer=result, html=render.answer_message_html(result, self.snippets(result)))
        except Exception as err:
            turn.update(html=failure_html(err, language))
        selected, target = settle(turns, turn)
        shown = answer_at(turns, selected)
        return (turns, chat_messages(turns), render.citations_panel_html(shown, self.snippets(shown)), target, selected)

    def answer_stream(self, turns: list[dict], jurisdiction, laws, kind, as_of, request: gr.Request | None = None):
        """Step 2 with a streaming model: the draft appears as it is written (no badge), then the answer."""
        from ..service import StreamEvent
        from .streaming import draft_message_html

        turns = list(turns or [])
        if not turns:
            yield turns, chat_messages(turns), render.citations_panel_html(None), gr.update(), None
            return
        turn = dict(turns[-1])
        language = detect_language(turn["question"])
        shown_at, notice = 0.0, ""
        try:
            filters = parse_filters(jurisdiction, laws, kind, as_of)
            for event in self.a.ask_stream(turn["question"], history=history_of(turns[:-1]), filters=filters,
                                           user=_user(request), channel="web"):
                if not isinstance(event, StreamEvent):
                    turn.update(answer=event, html=render.answer_message_html(event))
                    break
                if event.kind == "retrieved":
                    continue
                if event.kind == "fallback":
                    notice = event.text
                    turn["html"] = draft_message_html(turn.get("draft", ""), "fallback", language, notice)
                else:
                    if event.kind == "draft":
                        turn["draft"] = event.text
                        if time.monotonic() - shown_at < STREAM_REFRESH_SECONDS:
                            continue  # the browser gets ~10 updates a second, not one per token
                    turn["html"] = draft_message_html(event.text, event.kind, language, notice)
                shown_at = time.monotonic()
                turns[-1] = turn
                yield turns, chat_messages(turns), gr.update(), gr.update(), gr.update()
        except Exception as err:
            turn.update(html=failure_html(err, language))
        turn.pop("draft", None)
        selected, target = settle(turns, turn)
        yield turns, chat_messages(turns), render.citations_panel_html(answer_at(turns, selected)), target, selected

    def select_message(self, turns: list[dict], evt: gr.SelectData):
        """Clicking a chat message shows that answer's citations and makes it the feedback target."""
        index = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        turn = int(index) // 2 if index is not None else None
        ans = answer_at(turns, turn)
        if ans is None:
            return gr.update(), gr.update(), gr.update()
        target = gr.update(value=turn) if turn in answered(turns) else gr.update()
        return render.citations_panel_html(ans, self.snippets(ans)), target, turn

    def open_citation(self, turns: list[dict], selected, evt: gr.EventData):
        data = getattr(evt, "_data", None) or {}
        chunk_id = str(data.get("chunk_id") or "")
        ans = answer_at(turns, selected)
        language = ans.language if ans else "zh"
        quote = ""
        if ans is not None:
            marker = str(data.get("marker") or "")
            for c in ans.citations:
                if c.chunk_id == chunk_id and (not marker or str(c.marker) == marker):
                    quote = c.quote
                    break
        try:
            clause = self.a.article(chunk_id) if chunk_id else None
        except AssistantError as err:
            return render.error_message_html(err.user_message(), language)
        return render.article_html(clause, quote, language)

    def feedback(self, rating: str, target, comment: str, turns: list[dict], request: gr.Request | None = None):
        ans = answer_at(turns, target)
        if ans is None or not ans.audit_id:
            return gr.update(), '<div class="ca-feedback-note ca-feedback-note--warn">请先提问，再对回答作出评价。Ask a question first, then rate its answer.</div>'
        try:
            record = self.a.feedback(ans.audit_id, rating, (comment or "").strip(), user=_user(request))
        except AssistantError as err:
            return gr.update(), f'<div class="ca-feedback-note ca-feedback-note--warn">{render.esc(err.user_message())}</div>'
        if record is None:
            return gr.update(), '<div class="ca-feedback-note ca-feedback-note--warn">审计日志已关闭，反馈未保存。The audit trail is disabled; feedback was not stored.</div>'
        return "", (f'<div class="ca-feedback-note" data-record="{render.esc(record)}">已记录反馈「{RATINGS[rating]}」（回答 #{target + 1}）· '
                    f'Feedback recorded for answer #{target + 1}. 谢谢！Thank you.</div>')

    def clear(self):
        return ([], [], render.citations_panel_html(None), render.article_placeholder_html(),
                gr.update(choices=[], value=None), None, "")

    # spec review
    def check_specs(self, files, as_of: str | None):
        paths = [Path(f if isinstance(f, str) else getattr(f, "name", f)) for f in (files or [])]
        if not paths:
            return render.error_message_html("请先上传文件。Upload at least one document first."), None
        try:
            day = parse_filters(None, None, None, as_of).as_of
            batch = run_spec_check(self.a, paths, day)
        except AssistantError as err:
            return render.error_message_html(err.user_message()), None
        except Exception:
            log.exception("web UI: spec check failed")
            return render.error_message_html("审查失败，已记录日志。The check failed; it has been logged."), None
        language = "zh" if [d.language for d in batch.documents].count("zh") * 2 >= len(batch.documents) else "en"
        try:
            downloads = write_spec_reports(batch, Path(tempfile.mkdtemp(prefix="spec-report-")))
        except Exception:  # the findings are still shown; only the exports are missing
            log.exception("web UI: writing spec reports failed")
            downloads = None
        return render.spec_report_html(batch.documents, language), downloads

    def open_finding_citation(self, evt: gr.EventData):
        data = getattr(evt, "_data", None) or {}
        chunk_id = str(data.get("chunk_id") or "")
        clause = self.a.article(chunk_id) if chunk_id else None
        language = "en" if clause is not None and clause.jurisdiction == "EU" else "zh"
        return render.article_html(clause, str(data.get("quote") or ""), language)

    # corpus browser
    def pick_document_row(self, evt: gr.SelectData):
        docs = self.a.documents()
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        if row is None or not 0 <= int(row) < len(docs):
            return gr.update()
        return gr.update(value=docs[int(row)]["doc_id"])

    def articles(self, doc_id: str | None):
        if not doc_id:
            return gr.update(choices=[], value=None)
        choices = [render.article_choice(c) for c in self.a.articles_of(doc_id)]
        return gr.update(choices=choices, value=choices[0][1] if choices else None)

    def corpus_article(self, chunk_id: str | None):
        if not chunk_id:
            return render.corpus_placeholder_html()
        clause = self.a.article(chunk_id)
        return render.article_html(clause, "", "en" if clause is not None and clause.jurisdiction == "EU" else "zh")

    # refusals: a preview of each closest clause ------------------------------------------------
    def snippets(self, answer: Answer | None, limit: int = 120) -> dict[str, str]:
        """chunk_id → the start of the article text, for the closest clauses of a refusal."""
        if answer is None or answer.status != "not_covered":
            return {}
        out = {}
        for c in answer.closest:
            try:
                clause = self.a.article(c.chunk_id)
            except AssistantError:
                continue
            if clause is not None:
                text = clause.text.split(" ", 1)[-1] if clause.text.startswith(clause.label) else clause.text
                out[c.chunk_id] = " ".join(text.split())[:limit]
        return out

    # policy-vs-regulation conflicts --------------------------------------------------------------
    def check_policy_conflicts(self, as_of: str | None):
        try:
            day = parse_filters(None, None, None, as_of).as_of
            reports = run_policy_conflict_check(self.a, day)
        except AssistantError as err:
            return render.error_message_html(err.user_message())
        except Exception:
            log.exception("web UI: policy conflict check failed")
            return render.error_message_html("检查失败，已记录日志。The check failed; it has been logged.")
        return render.policy_conflicts_html(reports, "zh")

    # background indexing -------------------------------------------------------------------------
    def indexing_tick(self, seen_generation: int):
        """Banner while the index is built; the corpus lists are refreshed once a new index is swapped in."""
        live = self.a
        state = live.indexing.snapshot() if getattr(live, "indexing", None) is not None else None
        banner = render.indexing_banner_html(state, ready=getattr(live, "ready", True))
        generation = getattr(live, "generation", 0)
        running = state is not None and state["phase"] not in ("done", "failed")
        if generation == seen_generation:
            return banner, generation, gr.update(), gr.update(), gr.update(), gr.update(), gr.Timer(active=running)
        docs = live.documents()
        choices = [render.document_choice(d) for d in docs]
        return (banner, generation, gr.update(value=render.document_rows(docs)), gr.update(choices=choices),
                gr.update(choices=choices), render.header_html(live.status()), gr.Timer(active=running))


def rating_handler(h: Handlers, rating: str):
    """The click handler of one rating button (Gradio passes the inputs positionally)."""
    def rate(target, comment, turns, request: gr.Request):
        return h.feedback(rating, target, comment, turns, request)

    return rate


def _user(request: gr.Request | None) -> str | None:
    return getattr(request, "username", None) if request is not None else None


def run_spec_check(assistant, paths: list[Path], as_of: date | None):
    from ..spec.checker import CheckOptions
    from ..spec.run import run_check

    max_bytes = int(assistant.settings.max_upload_mb * 1024 * 1024)
    return run_check(assistant, paths, CheckOptions(as_of=as_of, max_bytes=max_bytes, shared=True))


def run_policy_conflict_check(assistant, as_of: date | None):
    """Every indexed internal policy against the regulations it implements (no per-requirement search)."""
    from ..spec.checker import CheckOptions
    from ..spec.run import run_check

    return run_check(assistant, [], CheckOptions(as_of=as_of, search=False, policies=True)).documents


def write_spec_reports(batch, out_dir: Path) -> list[str]:
    """The batch as Markdown, JSON and JUnit files plus the HTML reports (for download)."""
    from ..spec.run import write_bundle

    return [str(path) for path in write_bundle(batch, out_dir)]
