"""Reading Slack payloads (pure): which events we answer, the question in a message, the thread a reply goes to,
where a button was clicked, and the earlier turns of a thread."""

from __future__ import annotations

import re

MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")
SLASH_ECHO = re.compile(r"^<@[UW][A-Z0-9]+> /comply: (.+)$", re.S)  # see SlackJobs.answer_command
FILE_ID = re.compile(r"\b(F[A-Z0-9]{8,})\b")


def actionable(event: dict) -> bool:
    """Events we answer: @mentions, and direct messages (text or a shared file) from people.
    Channel messages reach us only as app_mention; edits, joins and bot posts are ignored."""
    if event.get("bot_id") or event.get("subtype") not in (None, "file_share"):
        return False
    if event.get("type") == "app_mention":
        return True
    return event.get("type") == "message" and event.get("channel_type") == "im"


def strip_mentions(text: str) -> str:
    return MENTION.sub(" ", text or "").strip()


def thread_of(event: dict) -> str:
    return event.get("thread_ts") or event["ts"]


def action_place(body: dict) -> tuple[str, str, str | None]:
    """(channel, user, thread_ts) of a button click: answers live in threads."""
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    user = (body.get("user") or {}).get("id")
    message = body.get("message") or {}
    container = body.get("container") or {}
    thread_ts = container.get("thread_ts") or message.get("thread_ts") or container.get("message_ts") or message.get("ts")
    return channel, user, thread_ts


def thread_turns(messages: list[dict], until_ts: str | None) -> list[tuple[str, str]]:
    """The (question, answer) pairs of a thread's messages before the one at `until_ts`: a person's message and the
    bot's reply to it; the parent a /comply answer is threaded under stands for the question."""
    turns, question = [], None
    for message in messages:
        if message.get("ts") == until_ts:
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
            question = strip_mentions(message.get("text", "")) or None
    return turns
