"""Errors of a Slack job reach the asker as a short message, never as silence."""

from __future__ import annotations

import logging
import uuid

from slack_sdk import WebClient

from ..errors import AssistantError
from . import blocks as bk

log = logging.getLogger(__name__)


class ReportErrors:
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
