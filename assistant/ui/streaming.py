"""How a streamed draft looks in the web chat before its verification badge exists.

A draft is never dressed like an answer: no badge, a "draft, not verified yet" label, then "verifying…";
if the model fails mid-stream the draft is struck through and labelled void until the offline answer
replaces it. Only the finished Answer (render.answer_message_html) carries a badge.
"""

from __future__ import annotations

from .render import _t, answer_body_html, esc

STAGES = {  # stage → (css modifier, zh, en)
    "draft": ("drafting", "✍️ 草稿 · 尚未核实", "Draft, not verified yet"),
    "verifying": ("verifying", "🔎 草稿已完成，正在逐条核查…", "Draft complete, verifying each claim…"),
    "fallback": ("void", "⚠️ 生成模型中断，此草稿作废", "The model failed; this draft is void"),
}


def draft_message_html(text: str, stage: str, language: str = "zh", notice: str = "") -> str:
    css, zh, en = STAGES.get(stage, STAGES["draft"])
    label = _t(language, f"{zh} · {en}", f"{en} · {zh}")
    note = f'<div class="ca-notice">{esc(notice)}</div>' if notice else ""
    cursor = '<span class="ca-draft__cursor">▍</span>' if stage == "draft" else ""
    return (f'<div class="ca-draft ca-draft--{css}"><div class="ca-draft__head">{esc(label)}</div>{note}'
            f'<div class="ca-draft__body">{answer_body_html(text)}{cursor}</div></div>')
