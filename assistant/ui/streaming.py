"""How a streamed draft looks in the web chat before its verification badge exists.

A draft is never dressed like an answer: no badge, a "draft, not verified yet" label, then "verifying…";
if the model fails mid-stream the draft is struck through and labelled void until the offline answer
replaces it. Only the finished Answer (render.answer_message_html) carries a badge.
"""

from __future__ import annotations

from ..messages import draft_label
from .render import answer_body_html, esc

STAGES = {  # stage → (css modifier, words in messages.DRAFT_TEXT)
    "draft": ("drafting", "draft"),
    "verifying": ("verifying", "verifying"),
    "fallback": ("void", "void"),
}


def draft_message_html(text: str, stage: str, language: str = "zh", notice: str = "") -> str:
    css, words = STAGES.get(stage, STAGES["draft"])
    label = draft_label(words, language)
    note = f'<div class="ca-notice">{esc(notice)}</div>' if notice else ""
    cursor = '<span class="ca-draft__cursor">▍</span>' if stage == "draft" else ""
    return (f'<div class="ca-draft ca-draft--{css}"><div class="ca-draft__head">{esc(label)}</div>{note}'
            f'<div class="ca-draft__body">{answer_body_html(text)}{cursor}</div></div>')
