"""Pure renderers: an `Answer` (or a clause, an error, a check summary) → Slack Block Kit blocks.

No I/O here. Slack's limits shape the code: a section's text is at most 3000 characters, a
message at most 50 blocks, a button's value at most 2000 characters, and action ids must be
unique within a message (so buttons carry the citation marker in their action id).
"""

from __future__ import annotations

import re

from ..messages import (WORDING_HINT_MARK, answer_checks_line, clause_status_label, draft_label, status_label,
                        status_meaning)
from ..render import answered_as, answered_as_label, citation_title
from ..types import Answer, Citation, Clause

SECTION_LIMIT = 3000
MAX_BLOCKS = 50
QUOTE_LIMIT = 200
MAX_CITATIONS = 10  # each citation is one block; keeps an answer well under MAX_BLOCKS
MAX_CLAUSE_SECTIONS = 20
FALLBACK_LIMIT = 3000

SHOW_CLAUSE = "show_clause"  # action id prefix: show_clause:<marker>, value = chunk_id
FEEDBACK = "feedback"  # action id prefix: feedback:<rating>, value = audit_id
RATINGS = ("up", "down", "wrong_citation")

STATUS_BADGES = {
    "verified": "✅",
    "quoted": "🔹",
    "partially_verified": "🟡",
    "unverified": "⚠️",
    "contradicted": "⛔",
    "not_covered": "🚫",
}

TEXT = {
    "zh": {
        "citations": "引用条文",
        "closest": "最接近的条文（供人工判断）",
        "show": "查看全文",
        "up": "👍 有用",
        "down": "👎 没用",
        "wrong_citation": "引用有误",
        "feedback_prompt": "这个回答有帮助吗？",
        "more": "另有 {n} 条引用未列出。",
        "version": "版本",
        "effective": "施行",
    },
    "en": {
        "citations": "Cited clauses",
        "closest": "Closest clauses (for a human to judge)",
        "show": "Show full clause",
        "up": "👍 Helpful",
        "down": "👎 Not helpful",
        "wrong_citation": "Wrong citation",
        "feedback_prompt": "Was this answer helpful?",
        "more": "{n} more citations not listed.",
        "version": "version",
        "effective": "in force from",
    },
}
CLAUSE_STATUS_ICONS = {"superseded": "⛔", "not_yet_in_force": "⏳"}


# --- text helpers ---------------------------------------------------------------------

def escape(text: str) -> str:
    """Slack's three control characters; also stops `<!channel>`-style pings from user text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
_HEADING = re.compile(r"^#{1,6}\s+(.+)$", re.M)
_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")


def to_mrkdwn(text: str) -> str:
    """Markdown-ish model output → Slack mrkdwn. [n] markers are left exactly as they are."""
    text = escape(text)
    text = _LINK.sub(lambda m: f"<{m.group(2)}|{m.group(1)}>", text)
    text = _BOLD.sub(lambda m: f"*{m.group(1)}*", text)
    return _HEADING.sub(lambda m: f"*{m.group(1).strip()}*", text)


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def split_text(text: str, limit: int = SECTION_LIMIT) -> list[str]:
    """Cut at paragraph, then line, then hard boundaries so each piece fits one section."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = rest.rfind("\n\n", 0, limit)
        if cut <= 0:
            cut = rest.rfind("\n", 0, limit)
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def _lang(language: str) -> dict:
    return TEXT["zh" if language == "zh" else "en"]


def status_badge(status: str, language: str = "en") -> str:
    return f"{STATUS_BADGES.get(status, '⚠️')} {status_label(status, language)}"


def clause_status(status: str) -> str:
    """⛔ superseded / 已失效: both languages (a clause's card is shared in the channel)."""
    if status not in CLAUSE_STATUS_ICONS:
        return status
    return f"{CLAUSE_STATUS_ICONS[status]} {clause_status_label(status, 'en')} / {clause_status_label(status, 'zh')}"


# --- blocks ---------------------------------------------------------------------------

def section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:SECTION_LIMIT]}}


def context(*texts: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": t[:SECTION_LIMIT]} for t in texts[:10]]}


def button(text: str, action_id: str, value: str, style: str | None = None) -> dict:
    out = {"type": "button", "text": {"type": "plain_text", "text": text[:75], "emoji": True},
           "action_id": action_id, "value": value[:2000]}
    if style:
        out["style"] = style
    return out


def citation_block(c: Citation, language: str) -> dict:
    """One cited clause: law + article, version, short verbatim quote, and a "show full clause" button."""
    words = _lang(language)
    meta = []
    if c.version_date:
        meta.append(f"{words['version']} {c.version_date}")
    if c.status != "in_force":
        meta.append(clause_status(c.status))
    lines = [f"*[{c.marker}] {escape(citation_title(c))}*" + (f"  _({escape(', '.join(meta))})_" if meta else "")]
    if c.quote:
        lines.append("> " + escape(shorten(c.quote, QUOTE_LIMIT)))
    block = section("\n".join(lines))
    block["accessory"] = button(words["show"], f"{SHOW_CLAUSE}:{c.marker}", c.chunk_id)
    return block


def feedback_block(audit_id: str, language: str) -> list[dict]:
    words = _lang(language)
    styles = {"up": "primary", "down": None, "wrong_citation": "danger"}
    return [
        context(words["feedback_prompt"]),
        {
            "type": "actions",
            "block_id": "feedback",
            "elements": [button(words[r], f"{FEEDBACK}:{r}", audit_id, styles[r]) for r in RATINGS],
        },
    ]


def answer_blocks(answer: Answer, question: str | None = None) -> list[dict]:
    """The whole answer message. `question` (already redacted) is echoed first when given."""
    words = _lang(answer.language)
    blocks: list[dict] = []
    if question:
        blocks.append(section("> " + escape(shorten(question, 500))))
    blocks += answered_as_blocks(answer)
    checks = answer_checks_line(answer)
    blocks.append(context(f"*{status_badge(answer.status, answer.language)}*",
                          f"generator: `{answer.generator or '—'}` · checks: {checks}",
                          escape(status_meaning(answer.status, answer.language))))
    notices = [n for n in answer.notices if n.strip().rstrip("：:。.") not in answer.text]  # not already in the text
    if notices:
        blocks.append(context(*[f"⚠️ {escape(shorten(n, 300))}" for n in notices]))
    if answer.wording_hint:
        blocks.append(context(f"{WORDING_HINT_MARK} {escape(shorten(answer.wording_hint, 300))}"))
    blocks += [section(piece) for piece in split_text(to_mrkdwn(answer.text))[:8]]

    shown = answer.citations if answer.status != "not_covered" else answer.closest
    title = words["citations"] if answer.status != "not_covered" else words["closest"]
    if shown:
        blocks.append({"type": "divider"})
        blocks.append(section(f"*{title}*"))
        blocks += [citation_block(c, answer.language) for c in shown[:MAX_CITATIONS]]
        if len(shown) > MAX_CITATIONS:
            blocks.append(context(words["more"].format(n=len(shown) - MAX_CITATIONS)))
    if answer.audit_id:
        blocks.append({"type": "divider"})
        blocks += feedback_block(answer.audit_id, answer.language)
    return blocks[:MAX_BLOCKS]


def answered_as_blocks(answer: Answer) -> list[dict]:
    """The standalone question a follow-up was rewritten into, so the asker sees what was answered."""
    rewritten = answered_as(answer)
    return [context(f"↪ {answered_as_label(answer.language)}: *{escape(shorten(rewritten, 500))}*")] if rewritten else []


def answer_fallback_text(answer: Answer) -> str:
    """The notification / screen-reader text Slack shows where blocks cannot be rendered."""
    badge = status_badge(answer.status, answer.language)
    return shorten(f"{badge}: {answer.text}", FALLBACK_LIMIT)


def question_blocks(user_id: str, question: str) -> list[dict]:
    """The parent message a slash command's answer is threaded under (question already redacted)."""
    return [section(f"<@{user_id}> /comply:\n> " + escape(shorten(question, 2000)))]


def clause_blocks(clause: Clause) -> list[dict]:
    """A whole article, split over sections; very long articles are cut with a note."""
    meta = [f"{TEXT['en']['version']} {clause.version_date}"] if clause.version_date else []
    if clause.effective_date:
        meta.append(f"{TEXT['en']['effective']} {clause.effective_date}")
    if clause.status != "in_force":
        meta.append(clause_status(clause.status))
    blocks = [section(f"*{escape(citation_title(clause))}* — {escape(clause.law)}")]
    if meta:
        blocks.append(context(escape(" · ".join(meta))))
    pieces = split_text(escape(clause.text))
    blocks += [section(p) for p in pieces[:MAX_CLAUSE_SECTIONS]]
    if len(pieces) > MAX_CLAUSE_SECTIONS:
        blocks.append(context("… (truncated; see the source document for the rest)"))
    return blocks


def message_blocks(text: str, emoji: str = "⚠️") -> list[dict]:
    """A short plain message (errors, confirmations)."""
    return [section(f"{emoji} {escape(text)}".strip())]


SEVERITY_BADGES = {"high": "🔴", "medium": "🟠", "low": "🟡"}
MAX_FINDINGS = 8  # per document in the Slack summary; the uploaded report has them all


def check_fallback_text(reports) -> str:
    total = {s: 0 for s in SEVERITY_BADGES}
    for r in reports:
        for f in getattr(r, "findings", []):
            total[f.severity] = total.get(f.severity, 0) + 1
    counts = " · ".join(f"{n} {s}" for s, n in total.items())
    return f"Spec check of {len(reports)} document(s): {counts}"


def check_blocks(reports) -> list[dict]:
    """Summary of the batch checker's DocumentReports: counts per severity and the top findings."""
    blocks = [section(f"📋 *{escape(check_fallback_text(reports))}* — full report attached below.")]
    for report in reports[:10]:
        if report.status == "error":
            blocks.append(section(f"❌ *{escape(report.name)}*: {escape(report.error or 'could not be read')}"))
            continue
        counts = report.counts()
        head = f"*{escape(report.name)}* — " + " · ".join(
            f"{SEVERITY_BADGES.get(s, '•')} {n} {s}" for s, n in counts.items())
        lines = [head]
        for f in report.findings[:MAX_FINDINGS]:
            cited = ", ".join(citation_title(c) for c in f.citations[:2])
            lines.append(f"{SEVERITY_BADGES.get(f.severity, '•')} {escape(shorten(f.title, 160))} "
                         f"_(line {f.line}{'; ' + escape(cited) if cited else ''})_")
        if len(report.findings) > MAX_FINDINGS:
            lines.append(f"… {len(report.findings) - MAX_FINDINGS} more in the report")
        if not report.findings:
            lines.append("✅ no findings")
        blocks += [section(p) for p in split_text("\n".join(lines))[:3]]
    return blocks[:MAX_BLOCKS]


# --- a streamed draft (one message, updated in place until the answer replaces it) ---------

def _clip(text: str, limit: int) -> str:
    """Like `shorten`, but a draft keeps its line breaks."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def draft_text(stage: str, text: str, language: str = "zh") -> str:
    label = draft_label(stage, language)  # a draft never carries a status badge
    body = _clip(text, FALLBACK_LIMIT - 200)
    return f"{label}\n{'~' + body + '~' if stage == 'void' and body else body}"


def draft_blocks(stage: str, text: str, language: str = "zh") -> list[dict]:
    label = draft_label(stage, language)
    body = to_mrkdwn(_clip(text, SECTION_LIMIT - 300)) if text.strip() else "…"
    if stage == "void":
        body = "\n".join(f"~{line}~" if line.strip() else line for line in body.split("\n"))
    return [context(label), section(body)]
