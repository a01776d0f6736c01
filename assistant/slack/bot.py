"""The Slack bot's listeners: they acknowledge at once and queue the work (`jobs.py`) on a worker pool.

Entry points users see: `/comply QUESTION`, `/comply check <file link>`, @mentions, direct
messages (a file shared in a DM is checked as a spec), and the buttons under each answer
("show full clause", 👍 / 👎 / wrong citation).

Why the shape:
- Slack wants a 200 within 3 s. Listeners only `ack()` and queue the work on a small pool of
  our own: answering is CPU-heavy, and Bolt's listener threads must stay free for the next ack.
- Slack retries an event it thinks was lost, and one message can arrive more than once;
  `Deduper` answers each message once (event_id / client_msg_id / channel+ts).
- Any error reaches the asker as a short message in the thread, never as silence (`reporting.py`).
"""

from __future__ import annotations

import logging
import re
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App
from slack_bolt.response import BoltResponse
from slack_sdk import WebClient

from ..settings import Settings
from . import blocks as bk
from .dedupe import Deduper, event_keys
from .events import FILE_ID, actionable, strip_mentions, thread_of
from .jobs import SlackJobs

log = logging.getLogger(__name__)

WORKERS = 2  # concurrent answers; the embedder and verifiers are CPU-bound
NO_FILE = ("Which file? Add a link to a file shared in Slack: `/comply check <file link>`, "
           "or share the file with me in a direct message.")
USAGE = (
    "Usage: `/comply QUESTION` — e.g. `/comply 个人信息保护法第十三条规定了什么？`\n"
    "`/comply check <link to a file shared in Slack>` checks a spec document "
    "(or share the file with me in a direct message)."
)


class SlackBot:
    def __init__(self, assistant_factory, settings: Settings, client: WebClient, *, workers: int = WORKERS,
                 deduper: Deduper | None = None):
        self.jobs = SlackJobs(assistant_factory, settings, client)
        self.deduper = deduper or Deduper()
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="slack-answer")

    def register(self, app: App) -> None:
        app.middleware(self.drop_duplicates)
        app.command("/comply")(self.on_command)
        app.event("app_mention")(self.on_mention)
        app.event("message")(self.on_message)
        app.action(re.compile(rf"^{bk.SHOW_CLAUSE}:"))(self.on_show_clause)
        app.action(re.compile(rf"^{bk.FEEDBACK}:"))(self.on_feedback)

    def drop_duplicates(self, body: dict, request, next) -> BoltResponse | None:
        """Global middleware. Runs before the HTTP response is sent, so a retry or a second delivery
        of a message we answer is dropped (200, no listener) before anything is queued."""
        if body.get("type") == "event_callback" and actionable(body.get("event") or {}):
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
            self._submit(self.jobs.check_command, channel, user, text[len("check"):].strip(), respond)
            return
        ack("🔎 Looking that up… the answer will be posted in a thread in this channel.")
        self._submit(self.jobs.answer_command, channel, user, text, respond)

    def on_mention(self, event: dict) -> None:
        if actionable(event):
            self._submit(self.jobs.answer_event, event, strip_mentions(event.get("text", "")))

    def on_message(self, event: dict) -> None:
        if not actionable(event):
            return
        if event.get("files"):
            self._submit(self.jobs.check_files, event["channel"], thread_of(event), event["files"])
        else:
            self._submit(self.jobs.answer_event, event, strip_mentions(event.get("text", "")))

    def on_show_clause(self, ack, body: dict, action: dict) -> None:
        ack()
        self._submit(self.jobs.show_clause, body, action.get("value", ""))

    def on_feedback(self, ack, body: dict, action: dict) -> None:
        ack()
        rating = action.get("action_id", "").split(":", 1)[-1]
        self._submit(self.jobs.record_feedback, body, action.get("value", ""), rating)

    def _submit(self, job, *args) -> None:
        def run():
            try:
                job(*args)
            except Exception:  # a job's own handlers report to the user; this only keeps the pool alive
                log.exception("slack job %s failed", getattr(job, "__name__", job))
        self.pool.submit(run)
