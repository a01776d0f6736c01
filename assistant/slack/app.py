"""The Slack bot: a slack-bolt `App` whose listeners acknowledge at once and answer from a worker pool.

Entry points users see: `/comply QUESTION`, `/comply check <file link>`, @mentions, direct
messages (a file shared in a DM is checked as a spec), and the buttons under each answer
("show full clause", 👍 / 👎 / wrong citation).

Why the shape:
- Slack wants a 200 within 3 s. Listeners only `ack()` and queue the work on a small pool of
  our own: answering is CPU-heavy, and Bolt's listener threads must stay free for the next ack.
- Slack retries an event it thinks was lost, and one message can arrive more than once;
  `Deduper` answers each message once (event_id / client_msg_id / channel+ts).
- Everything posted or logged about a question is redacted first; the facade redacts what
  it stores in the audit trail.
- Any error reaches the asker as a short message in the thread, never as silence.
"""

from __future__ import annotations

import logging
import re
import tempfile
import threading
import time
import urllib.request
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.error import BoltError
from slack_bolt.response import BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from ..errors import AssistantError, ConfigError, UploadTooLarge
from ..settings import Settings
from . import blocks as bk
from .dedupe import Deduper, event_keys

log = logging.getLogger(__name__)

DEFAULT_API_BASE_URL = "https://slack.com/api/"
WORKERS = 2  # concurrent answers; the embedder and verifiers are CPU-bound
STREAM_UPDATE_SECONDS = 1.0  # chat.update is rate-limited (Tier 3, ~50/min): a streamed draft updates once a second
HISTORY_MESSAGES = 20  # thread messages read for follow-up questions
MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")
SLASH_ECHO = re.compile(r"^<@[UW][A-Z0-9]+> /comply: (.+)$", re.S)  # see answer_command
FILE_ID = re.compile(r"\b(F[A-Z0-9]{8,})\b")
NO_FILE = ("Which file? Add a link to a file shared in Slack: `/comply check <file link>`, "
           "or share the file with me in a direct message.")
USAGE = (
    "Usage: `/comply QUESTION` — e.g. `/comply 个人信息保护法第十三条规定了什么？`\n"
    "`/comply check <link to a file shared in Slack>` checks a spec document "
    "(or share the file with me in a direct message)."
)


def build_app(assistant_factory: Callable[[], object], settings: Settings, client: WebClient | None = None,
              *, workers: int = WORKERS) -> App:
    """A Bolt app for `settings.slack_mode`; `assistant_factory()` is called on first use (so a
    missing index becomes a message in Slack, not a crash at start-up)."""
    http = settings.slack_mode == "http"
    check_settings(settings, need_token=client is None, need_app_token=False)
    if client is None:
        client = WebClient(token=settings.slack_bot_token,
                           base_url=settings.slack_api_base_url or DEFAULT_API_BASE_URL)
    try:
        app = App(
            client=client,
            # Bolt's RequestVerification middleware rejects (401) a bad signature or a timestamp
            # more than five minutes off before any listener runs. Socket Mode is not signed.
            signing_secret=settings.slack_signing_secret or "",
            request_verification_enabled=http,
            process_before_response=False,
            token_verification_enabled=True,
        )
    except BoltError as err:
        raise ConfigError(f"Slack rejected the bot token: {err}", "Check ASSISTANT_SLACK_BOT_TOKEN.") from err
    SlackBot(assistant_factory, settings, client, workers=workers).register(app)
    return app


def check_settings(settings: Settings, need_token: bool = True, need_app_token: bool = True) -> None:
    """Fail early, with the variable to set, when the mode's credentials are missing."""
    if need_token and not settings.slack_bot_token:
        raise ConfigError("The Slack bot token is not set.",
                          "Set ASSISTANT_SLACK_BOT_TOKEN (xoxb-…, Slack app → OAuth & Permissions).")
    if settings.slack_mode == "http" and not settings.slack_signing_secret:
        raise ConfigError("HTTP mode needs the app's signing secret.",
                          "Set ASSISTANT_SLACK_SIGNING_SECRET (Slack app → Basic Information → Signing Secret).")
    if settings.slack_mode == "socket" and need_app_token and not settings.slack_app_token:
        raise ConfigError("Socket Mode needs an app-level token.",
                          "Set ASSISTANT_SLACK_APP_TOKEN (xapp-…, scope connections:write), "
                          "or ASSISTANT_SLACK_MODE=http with ASSISTANT_SLACK_SIGNING_SECRET.")


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True  # a stuck request never blocks shutdown


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # request lines go to logging, not stderr
        log.debug("%s - %s", self.address_string(), format % args)


def make_http_server(app: App, host: str, port: int, path: str = "/slack/events",
                     max_body_bytes: int = 1024 * 1024, metrics: bool = True) -> WSGIServer:
    """A threaded WSGI server for HTTP mode: Bolt's WSGI adapter on `path` (events, commands and
    interactivity all use it), behind a body-size cap; GET /metrics for Prometheus. Call `.serve_forever()`;
    `.server_port` is the bound port."""
    slack = BodyLimit(SlackRequestHandler(app, path=path), max_body_bytes)
    metrics_app = _metrics_wsgi() if metrics else None

    def dispatch(environ, start_response):  # GET /metrics for Prometheus; everything else is Slack's
        if metrics_app is not None and environ.get("PATH_INFO") == "/metrics":
            return metrics_app(environ, start_response)
        return slack(environ, start_response)

    return make_server(host, port, dispatch, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)


def _metrics_wsgi():
    from ..ops import metrics

    return metrics.wsgi_app()


class BodyLimit:
    """WSGI middleware: refuse a body over `max_bytes` from its Content-Length, before reading it and before any
    signature work (413), refuse bodies of unknown length (411), and never let the app read past the limit."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") in ("POST", "PUT", "PATCH"):
            if "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower():
                return _plain(start_response, "411 Length Required", "Content-Length required.")
            try:
                length = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                return _plain(start_response, "400 Bad Request", "Bad Content-Length.")
            if length < 0 or length > self.max_bytes:
                return _plain(start_response, "413 Payload Too Large",
                              f"Request body over {self.max_bytes} bytes.")
            environ["wsgi.input"] = _LimitedInput(environ["wsgi.input"], length)
        return self.app(environ, start_response)


class _LimitedInput:
    """Reads at most `remaining` bytes whatever the caller asks for."""

    def __init__(self, stream, remaining: int):
        self.stream = stream
        self.remaining = remaining

    def read(self, size: int = -1) -> bytes:
        size = self.remaining if size is None or size < 0 else min(size, self.remaining)
        data = self.stream.read(size) if size else b""
        self.remaining -= len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        size = self.remaining if size is None or size < 0 else min(size, self.remaining)
        data = self.stream.readline(size) if size else b""
        self.remaining -= len(data)
        return data


def _plain(start_response, status: str, text: str):
    body = text.encode()
    start_response(status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))])
    return [body]


class SlackBot:
    def __init__(self, assistant_factory, settings: Settings, client: WebClient, *, workers: int = WORKERS,
                 deduper: Deduper | None = None):
        self.assistant_factory = assistant_factory
        self.settings = settings
        self.client = client
        self.deduper = deduper or Deduper()
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="slack-answer")
        self._assistant = None
        self._assistant_lock = threading.Lock()
        if settings.metrics_enabled:
            from ..ops import metrics

            metrics.track_index(lambda: self._assistant)

    def register(self, app: App) -> None:
        app.middleware(self.drop_duplicates)
        app.command("/comply")(self.on_command)
        app.event("app_mention")(self.on_mention)
        app.event("message")(self.on_message)
        app.action(re.compile(rf"^{bk.SHOW_CLAUSE}:"))(self.on_show_clause)
        app.action(re.compile(rf"^{bk.FEEDBACK}:"))(self.on_feedback)

    def assistant(self):
        with self._assistant_lock:
            if self._assistant is None:
                self._assistant = self.assistant_factory()  # IndexNotReady etc. propagate; retried next time
            return self._assistant

    # --- listeners: acknowledge, filter, queue ----------------------------------------

    def drop_duplicates(self, body: dict, request, next) -> BoltResponse | None:
        """Global middleware. Runs before the HTTP response is sent, so a retry or a second delivery
        of a message we answer is dropped (200, no listener) before anything is queued."""
        if body.get("type") == "event_callback" and _actionable(body.get("event") or {}):
            if not self.deduper.first_time(event_keys(body)):
                retry = (request.headers.get("x-slack-retry-num") or [None])[0]
                log.info("duplicate event %s dropped (retry %s)", body.get("event_id"), retry)
                return BoltResponse(status=200, body="")
        next()
        return None

    def on_command(self, ack, command: dict, respond) -> None:
        text = (command.get("text") or "").strip()
        channel, user = command.get("channel_id"), command.get("user_id")
        if not text or text.lower() in ("help", "-h", "--help"):
            ack(USAGE)
            return
        if text.split()[0].lower() == "check":
            if not FILE_ID.search(text):
                ack(NO_FILE)
                return
            ack("📋 Checking the document… the report will be posted in this channel.")
            self._submit(self.check_command, channel, user, text[len("check"):].strip(), respond)
            return
        ack("🔎 Looking that up… the answer will be posted in a thread in this channel.")
        self._submit(self.answer_command, channel, user, text, respond)

    def on_mention(self, event: dict) -> None:
        if _actionable(event):
            self._submit(self.answer_event, event, _strip_mentions(event.get("text", "")))

    def on_message(self, event: dict) -> None:
        if not _actionable(event):
            return
        if event.get("files"):
            self._submit(self.check_files, event["channel"], _thread_of(event), event["files"])
        else:
            self._submit(self.answer_event, event, _strip_mentions(event.get("text", "")))

    def on_show_clause(self, ack, body: dict, action: dict) -> None:
        ack()
        self._submit(self.show_clause, body, action.get("value", ""))

    def on_feedback(self, ack, body: dict, action: dict) -> None:
        ack()
        rating = action.get("action_id", "").split(":", 1)[-1]
        self._submit(self.record_feedback, body, action.get("value", ""), rating)

    def _submit(self, job, *args) -> None:
        def run():
            try:
                job(*args)
            except Exception:  # a job's own handlers report to the user; this only keeps the pool alive
                log.exception("slack job %s failed", getattr(job, "__name__", job))
        self.pool.submit(run)

    # --- jobs (worker pool) -------------------------------------------------------------

    def answer_event(self, event: dict, question: str) -> None:
        channel, user, thread_ts = event["channel"], event.get("user"), _thread_of(event)
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

    def show_clause(self, body: dict, chunk_id: str) -> None:
        channel, user, thread_ts = _action_place(body)
        with self._reporting(channel, thread_ts, user=user):
            clause = self.assistant().article(chunk_id)
            if clause is None:
                raise AssistantError(f"The clause {chunk_id} is no longer in the index.",
                                     "The corpus was re-indexed since this answer; ask again.")
            self.client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread_ts,
                                           text=bk.citation_title(clause), blocks=bk.clause_blocks(clause))

    def record_feedback(self, body: dict, audit_id: str, rating: str) -> None:
        channel, user, thread_ts = _action_place(body)
        with self._reporting(channel, thread_ts, user=user):
            if not audit_id or rating not in bk.RATINGS:
                raise AssistantError("This button is not linked to a recorded answer.")
            stored = self.assistant().feedback(audit_id, rating, user=user)
            text = "Thanks — your feedback is recorded in the audit trail." if stored else \
                "Thanks — but the audit trail is disabled, so the feedback was not stored."
            self.client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread_ts, text=text,
                                           blocks=bk.message_blocks(text, "🙏"))

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
            paths = [self._download(f, Path(tmp), limit) for f in files]
            reports, report, filename = checker(a, paths, limit)
        self.client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=bk.check_fallback_text(reports),
                                     blocks=bk.check_blocks(reports))
        self.client.files_upload_v2(channel=channel, thread_ts=thread_ts, content=report, filename=filename,
                                    title="Spec check report")

    # --- helpers ------------------------------------------------------------------------

    def _download(self, info: dict, folder: Path, limit: int) -> Path:
        """A file shared in Slack → a local file (bot token auth; size-limited)."""
        name = Path(info.get("name") or info.get("id") or "document").name
        if int(info.get("size") or 0) > limit:
            raise UploadTooLarge(name, f"larger than {self.settings.max_upload_mb:g} MB")
        url = info.get("url_private_download") or info.get("url_private")
        if not url:
            raise AssistantError(f"Slack did not give a download link for {name}.",
                                 "Give the app the files:read scope and share the file again.")
        request = urllib.request.Request(url, headers={"Authorization": f"Bearer {self.client.token}"})
        with urllib.request.urlopen(request, timeout=60) as response:
            data = response.read(limit + 1)
        if len(data) > limit:
            raise UploadTooLarge(name, f"larger than {self.settings.max_upload_mb:g} MB")
        path = folder / name
        path.write_bytes(data)
        return path

    def _history(self, channel: str, event: dict) -> list[tuple[str, str]]:
        """Earlier (question, answer) pairs of this thread, so follow-ups can be rewritten."""
        try:
            replies = self.client.conversations_replies(channel=channel, ts=event["thread_ts"],
                                                        limit=HISTORY_MESSAGES)
        except SlackApiError as err:  # e.g. missing *:history scope: answer without history
            log.warning("cannot read thread history: %s", err.response.get("error"))
            return []
        turns, question = [], None
        for message in replies.get("messages") or []:
            if message.get("ts") == event.get("ts"):
                break
            if message.get("bot_id"):
                echoed = SLASH_ECHO.match(message.get("text", ""))
                if echoed:  # the parent a /comply answer is threaded under
                    question = echoed.group(1)
                    continue
                if question is not None:
                    turns.append((question, message.get("text", "")))
                question = None
            else:
                question = _strip_mentions(message.get("text", "")) or None
        return turns

    def _reporting(self, channel: str | None, thread_ts: str | None, user: str | None = None, respond=None):
        return _ReportErrors(self.client, channel, thread_ts, user, respond)


class _ReportErrors:
    """Turns an exception in a job into a short message: in the thread (ephemeral when `user` is set),
    or through the slash command's `respond` before a thread exists."""

    def __init__(self, client: WebClient, channel, thread_ts, user=None, respond=None):
        self.client, self.channel, self.thread_ts, self.user, self.respond = client, channel, thread_ts, user, respond

    def into_thread(self, thread_ts: str) -> None:
        """From now on errors go to this thread, where the asker is looking."""
        self.thread_ts, self.respond = thread_ts, None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is None:
            return False
        if isinstance(exc, AssistantError):
            text = exc.user_message()
            log.info("slack user error in %s: %s", self.channel, type(exc).__name__)
        else:
            ref = uuid.uuid4().hex[:8]
            text = f"Something went wrong while answering (reference {ref}); the error is logged. Please try again."
            log.error("slack job failed (reference %s)", ref, exc_info=(exc_type, exc, tb))
        try:
            if self.respond is not None:
                self.respond(text=f"⚠️ {text}", response_type="ephemeral")
            elif self.user:
                self.client.chat_postEphemeral(channel=self.channel, user=self.user, thread_ts=self.thread_ts,
                                               text=text, blocks=bk.message_blocks(text))
            else:
                self.client.chat_postMessage(channel=self.channel, thread_ts=self.thread_ts, text=text,
                                             blocks=bk.message_blocks(text))
        except Exception as err:  # the user cannot be told; the log must say so
            log.error("could not tell the user about an error: %s", err)
        return True


def spec_checker():
    """`(assistant, paths, max_bytes) -> (DocumentReports, full Markdown report, report filename)`,
    or None while the batch checker (`assistant.spec`) is not installed."""
    try:
        from ..spec.checker import CheckOptions
        from ..spec.run import render, run_check
    except ModuleNotFoundError as err:
        if (err.name or "").startswith("assistant.spec"):
            return None
        raise

    def run(assistant, paths, max_bytes):
        # The download's temp path means nothing to the reader, and server paths stay on the server.
        batch = run_check(assistant, paths, CheckOptions(max_bytes=max_bytes, shared=True))
        return batch.documents, render(batch, "md"), "spec-check-report.md"

    return run


def _actionable(event: dict) -> bool:
    """Events we answer: @mentions, and direct messages (text or a shared file) from people.
    Channel messages reach us only as app_mention; edits, joins and bot posts are ignored."""
    if event.get("bot_id") or event.get("subtype") not in (None, "file_share"):
        return False
    if event.get("type") == "app_mention":
        return True
    return event.get("type") == "message" and event.get("channel_type") == "im"


def _strip_mentions(text: str) -> str:
    return MENTION.sub(" ", text or "").strip()


def _thread_of(event: dict) -> str:
    return event.get("thread_ts") or event["ts"]


def _action_place(body: dict) -> tuple[str, str, str | None]:
    """(channel, user, thread_ts) of a button click: answers live in threads."""
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    user = (body.get("user") or {}).get("id")
    message = body.get("message") or {}
    container = body.get("container") or {}
    thread_ts = container.get("thread_ts") or message.get("thread_ts") or container.get("message_ts") or message.get("ts")
    return channel, user, thread_ts
