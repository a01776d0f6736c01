"""Status words come from assistant/messages.py only: every front end shows the same ones."""

import json

import pytest

from assistant.answer.extractive import _status_note
from assistant.messages import (
    CLAUSE_STATUS_TEXT, DRAFT_TEXT, STATUS_TEXT, STATUSES, clause_status_label, draft_label, status_label,
)
from assistant.slack import blocks
from assistant.types import Clause
from assistant.ui import render, streaming


@pytest.mark.parametrize("status", STATUSES)
def test_answer_status_words_are_the_same_in_the_web_ui_and_slack(status):
    zh, en, _, _ = STATUS_TEXT[status]
    assert zh in render.badge_html(status, "zh") and en in render.badge_html(status, "zh")
    assert blocks.status_badge(status, "zh").endswith(zh) and blocks.status_badge(status, "en").endswith(en)
    assert status_label(status, "en") == en


@pytest.mark.parametrize("status", ["superseded", "not_yet_in_force"])
def test_clause_status_words_are_the_same_everywhere(status):
    zh, en = CLAUSE_STATUS_TEXT[status]
    assert zh in render.clause_status_html(status, "zh") and en in render.clause_status_html(status, "en")
    clause = Clause(chunk_id="x:a1:0", doc_id="x", law="某法", short_title="某法", label="第一条", text="正文。",
                    status=status)
    card = json.dumps(blocks.clause_blocks(clause), ensure_ascii=False)
    assert zh in card and en in card
    assert _status_note(status, "zh") == f"（{zh}）" and _status_note(status, "en") == f" ({en})"
    assert _status_note("in_force", "zh") == ""


def test_unknown_clause_status_is_shown_as_it_is():
    assert clause_status_label("repealed", "zh") == "repealed" and blocks.clause_status("repealed") == "repealed"


@pytest.mark.parametrize("web_stage, stage", [("draft", "draft"), ("verifying", "verifying"), ("fallback", "void")])
def test_draft_labels_are_the_same_in_the_web_chat_and_slack(web_stage, stage):
    for language in ("zh", "en"):
        label = draft_label(stage, language)
        assert label in streaming.draft_message_html("草稿", web_stage, language)
        assert blocks.draft_text(stage, "草稿", language).startswith(label)
    zh, en = DRAFT_TEXT[stage]
    assert draft_label(stage, "en") == f"{en} · {zh}"
