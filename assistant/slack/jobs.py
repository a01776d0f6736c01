"""The work behind each Slack request, run on the bot's worker pool: answers (streamed into one message when the
model streams), spec checks, "show full clause" and feedback. Everything posted or logged about a question is
redacted first; the facade redacts what it stores in the audit trail."""

from __future__ import annotations

import logging
import tempfile
import threading
import time
from pathlib import Path

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from ..errors import AssistantError
from ..settings import Settings
from . import blocks as bk
from .events import FILE_ID, action_place, thread_of, thread_turns
from .reporting import ReportErrors
from .spec_check import download_shared_file, spec_checker

log = logging.getLogger(__name__)

STREAM_UPDATE_SECONDS = 1.0  # chat.update is rate-limited (Tier 3, ~50/min): a streamed draft updates once a second
HISTORY_MESSAGES = 20  # thread messages read for follow-up questions


class SlackJobs:
    def __init__(self, assistant_factory, settings: Settings, client: WebClient):
        self.assistant_factory = assistant_factory
        self.settings = settings
        self.client = client
        self._assistant = None
        self._assistant_lock = threading.Lock()
        if settings.metrics_enabled:
            from ..ops import metrics

            metrics.track_index(lambda: self._assistant)

    def assistant(self):
        with self._assistant_lock:
            if self._assistant is None:
                self._assistant = self.assistant_factory()  # IndexNotReady etc. propagate; retried next time
            return self._assistant

    # --- answers ------------------------------------------------------------------------

    def answer_event(self, event: dict, question: str) -> None:
        channel, user, thread_ts = event["channel"], event.get("user"), thread_of(event)
        with self._reporting(channel, thread_ts):
            a = self.assistant()
            history = self._history(channel, event) if event.get("thread_ts") else None
            self._answer_into_thread(a, channel, thread_ts, question, history=history, user=user)

    def answer_command(self, channel: str, user: str, question: str, respond) -> None:
        with self._reporting(channel, None, respond=respond) as report:  # no thread yet: errors go privately
            a = self.assistant()
            echo = a.redactor.redact(question).text
            try:
                parent = self.client.chat_postMessage(channel=channel, text=f"<@{user}> /comply: {echo}",
                                                      blocks=bk.question_blocks(user, echo))
            except SlackApiError as err:  # e.g. not_in_channel in a private channel: answer privately
                log.warning("cannot post in %s (%s); answering via response_url", channel, err.response.get("error"))
                answer = a.ask(question, user=user, channel=channel)
                respond(text=bk.answer_fallback_text(answer), blocks=bk.answer_blocks(answer, question=echo),
                        response_type="ephemeral")
                return
            report.into_thread(parent["ts"])
            self._answer_into_thread(a, channel, parent["ts"], question, user=user)

    def _answer_into_thread(self, a, channel: str, thread_ts: str, question: str, *, history=None, user=None) -> None:
        """Answer in the thread. With a streaming model, one message shows the draft as it is written
        (updated in place, at most once per STREAM_UPDATE_SECONDS: chat.update is rate-limited), then
        "verifying…", then becomes the answer with its badge. A draft whose answer fails is marked void."""
        if not getattr(a, "streams", False):
            self._post_answer(channel, thread_ts, a.ask(question, history=history, user=user, channel=channel))
            return
        from ..language import detect_language
        from ..service import StreamEvent

        language = detect_language(question)
        message_ts, last_update, text = None, 0.0, ""
        try:
            for event in a.ask_stream(question, history=history, user=user, channel=channel):
                if not isinstance(event, StreamEvent):
                    answer = event
                    break
                if event.kind == "retrieved":
                    continue
                stage = {"fallback": "void"}.get(event.kind, event.kind)
                text = event.text if event.kind != "fallback" else text
                if event.kind == "draft" and message_ts and time.monotonic() - last_update < STREAM_UPDATE_SECONDS:
                    continue
                message_ts = self._show_draft(channel, thread_ts, message_ts, stage, text, language)
                last_update = time.monotonic()
        except Exception:
            if message_ts:  # never leave a draft looking like it might still become the answer
                try:
                    self._show_draft(channel, thread_ts, message_ts, "void", text, language)
                except Exception:  # the original error is the one to report
                    log.exception("could not mark the streamed draft in %s as void", channel)
            raise
        if message_ts is None:
            self._post_answer(channel, thread_ts, answer)
            return
        self.client.chat_update(channel=channel, ts=message_ts, text=bk.answer_fallback_text(answer),
                                blocks=bk.answer_blocks(answer))
        log.info("answered in %s (audit %s, status %s, streamed)", channel, answer.audit_id, answer.status)

    def _show_draft(self, channel: str, thread_ts: str, message_ts: str | None, stage: str, text: str,
                    language: str) -> str:
        blocks, fallback = bk.draft_blocks(stage, text, language), bk.draft_text(stage, text, language)
        if message_ts is None:
            return self.client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=fallback, blocks=blocks,
                                                unfurl_links=False, unfurl_media=False)["ts"]
        self.client.chat_update(channel=channel, ts=message_ts, text=fallback, blocks=blocks)
        return message_ts

    def _post_answer(self, channel: str, thread_ts: str, answer) -> None:
        self.client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=bk.answer_fallback_text(answer),
                                     blocks=bk.answer_blocks(answer), unfurl_links=False, unfurl_media=False)
        log.info("answered in %s (audit %s, status %s)", channel, answer.audit_id, answer.status)

    def _history(self, channel: str, event: dict) -> list[tuple[str, str]]:
        """Earlier (question, answer) pairs of this thread, so follow-ups can be rewritten."""
        try:
            replies = self.client.conversations_replies(channel=channel, ts=event["thread_ts"],
                                                        limit=HISTORY_MESSAGES)
        except SlackApiError as err:  # e.g. missing *:history scope: answer without history
            log.warning("cannot read thread history: %s", err.response.get("error"))
            return []
        return thread_turns(replies.get("messages") or [], event.get("ts"))

    # --- buttons ------------------------------------------------------------------------

    def show_clause(self, body: dict, chunk_id: str) -> None:
        channel, user, thread_ts = action_place(body)
        with self._reporting(channel, thread_ts, user=user):
            clause = self.assistant().article(chunk_id)
            if clause is None:
                raise AssistantError(f"The clause {chunk_id} is no longer in the index.",
                                     "The corpus was re-indexed since this answer; ask again.")
            self.client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread_ts,
                                           text=bk.citation_title(clause), blocks=bk.clause_blocks(clause))

    def record_feedback(self, body: dict, audit_id: str, rating: str) -> None:
        channel, user, thread_ts = action_place(body)
        with self._reporting(channel, thread_ts, user=user):
            if not audit_id or rating not in bk.RATINGS:
                raise AssistantError("This button is not linked to a recorded answer.")
            stored = self.assistant().feedback(audit_id, rating, user=user)
            text = "Thanks — your feedback is recorded in the audit trail." if stored else \
                "Thanks — but the audit trail is disabled, so the feedback was not stored."
            self.client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread_ts, text=text,
                                           blocks=bk.message_blocks(text, "🙏"))

    # --- spec checks --------------------------------------------------------------------

    def check_command(self, channel: str, user: str, text: str, respond) -> None:
        with self._reporting(channel, None, respond=respond) as report:
            try:
                info = self.client.files_info(file=FILE_ID.search(text).group(1))["file"]
            except SlackApiError as err:
                raise AssistantError(f"I cannot open that file ({err.response.get('error')}).",
                                     "Share it in this channel or with me first.") from err
            name = info.get("name") or "file"
            parent = self.client.chat_postMessage(channel=channel, text=f"<@{user}> spec check: {name}",
                                                  blocks=[bk.section(f"📋 <@{user}> spec check: `{bk.escape(name)}`")])
            report.into_thread(parent["ts"])
            self._check_into_thread(channel, parent["ts"], [info])

    def check_files(self, channel: str, thread_ts: str, files: list[dict]) -> None:
        with self._reporting(channel, thread_ts):
            self._check_into_thread(channel, thread_ts, files)

    def _check_into_thread(self, channel: str, thread_ts: str, files: list[dict]) -> None:
        checker = spec_checker()
        if checker is None:
            raise AssistantError("Spec checking is not available yet.", "Ask questions with `/comply QUESTION`.")
        a = self.assistant()
        limit = int(self.settings.max_upload_mb * 1024 * 1024)
        with tempfile.TemporaryDirectory(prefix="slack-check-") as tmp:
            paths = [download_shared_file(f, Path(tmp), limit, self.client.token, self.settings.max_upload_mb)
                     for f in files]
            reports, report, filename = checker(a, paths, limit)
        self.client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=bk.check_fallback_text(reports),
                                     blocks=bk.check_blocks(reports))
        self.client.files_upload_v2(channel=channel, thread_ts=thread_ts, content=report, filename=filename,
                                    title="Spec check report")

    def _reporting(self, channel: str | None, thread_ts: str | None, user: str | None = None,
                   respond=None) -> ReportErrors:
        return ReportErrors(self.client, channel, thread_ts, user, respond)
