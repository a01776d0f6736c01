"""Pure renderers of an `Answer` for text front ends (terminal, Slack fallbacks, reports)."""

from __future__ import annotations

from . import messages
from .types import Answer


def citation_title(c) -> str:
    """How every front end names a cited clause (a Citation or a Clause): 《个人信息保护法》第十三条, GDPR Article 6."""
    if c.label.startswith("第"):
        return f"《{c.short_title}》{c.label}"
    return f"{c.short_title} {c.label}".strip()


def citation_line(c) -> str:
    status = "" if c.status == "in_force" else f" ({c.status})"
    version = f" [{c.version_date}]" if c.version_date else ""
    return f"[{c.marker}] {citation_title(c)}{version}{status}"


def answered_as(answer: Answer) -> str | None:
    """The standalone question the system answered, when a follow-up was rewritten (None otherwise)."""
    standalone = (answer.standalone_question or "").strip()
    return standalone if standalone and standalone != (answer.question or "").strip() else None


def answered_as_label(language: str) -> str:
    return "已按以下问题回答" if language == "zh" else "Answered as"


def answer_to_terminal(answer: Answer) -> str:
    rewritten = answered_as(answer)
    lines = [f"{answered_as_label(answer.language)}: {rewritten}", ""] if rewritten else []
    lines += [f"[{messages.status_label(answer.status, answer.language)}] {messages.status_meaning(answer.status, answer.language)}",
              f"generator={answer.generator} · checks: {messages.answer_checks_line(answer)}", ""]
    lines += [f"! {n}" for n in answer.notices if n not in answer.text]
    if answer.wording_hint:
        lines.append(f"{messages.WORDING_HINT_MARK} {answer.wording_hint}")
    lines += [answer.text, ""]
    if answer.citations:
        lines.append("引用 / Citations:" if answer.language == "zh" else "Citations:")
        lines += ["  " + citation_line(c) for c in answer.citations]
    if answer.status == "not_covered" and answer.closest:
        lines.append("最接近的条文 / Closest clauses:")
        lines += ["  " + citation_line(c) for c in answer.closest]
    bad = [c for c in answer.claims if c.verdict != "supported"]
    if bad:
        lines.append("")
        lines.append("核查意见 / Verifier findings:")
        for c in bad:
            lines.append(f"  - {c.verdict}: {c.text[:80]} — {'; '.join(c.reasons)[:200]}")
    return "\n".join(lines)
