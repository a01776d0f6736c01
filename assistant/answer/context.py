"""The numbered evidence block a model sees, within a token budget.

Each clause is wrapped as data: `<clause id="[3]" law="…" article="第十三条" status="in_force">…</clause>`.
Clause text is XML-escaped, so a clause (or an uploaded policy) cannot close its own tag or
open a fake one; the system prompt says everything inside <clause> is data, never instructions.
When the clauses exceed the budget, the lowest-ranked ones are left out and a notice says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from ..tokens import count_tokens, truncate_to_tokens
from ..types import Clause, Hit


@dataclass
class Context:
    text: str  # the evidence block
    numbered: dict[int, Clause]  # marker n → the clause shown as id="[n]"
    dropped: list[Clause] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def escape_data(text: str) -> str:
    """Text placed between delimiter tags: `<`, `>` and `&` escaped, so it cannot close or open a tag."""
    return escape(text or "", quote=False)


def clause_open_tag(marker: int, clause: Clause) -> str:
    attrs = {
        "id": f"[{marker}]",
        "law": clause.short_title or clause.law,
        "article": clause.label,
        "kind": clause.kind,
        "status": clause.status,
        "effective": clause.effective_date,
    }
    return "<clause " + " ".join(f'{k}="{escape(str(v), quote=True)}"' for k, v in attrs.items() if v) + ">"


def format_clause(marker: int, clause: Clause, text: str | None = None) -> str:
    body = escape_data(clause.text if text is None else text)
    return f"{clause_open_tag(marker, clause)}\n{body}\n</clause>"


def build_context(hits: list[Hit], budget_tokens: int, model: str | None = None) -> Context:
    """Number the hits' clauses [1..n] in rank order and keep as many as fit in `budget_tokens`."""
    clauses: list[Clause] = []
    for hit in hits:
        if all(c.chunk_id != hit.clause.chunk_id for c in clauses):
            clauses.append(hit.clause)

    blocks: list[str] = []
    numbered: dict[int, Clause] = {}
    notices: list[str] = []
    used = 0
    for index, clause in enumerate(clauses):
        marker = index + 1
        block = format_clause(marker, clause)
        cost = count_tokens(block, model) + 1  # +1 for the separating newline
        if used + cost > budget_tokens:
            if blocks:
                break
            # Not even the best clause fits: show its beginning rather than nothing.
            overhead = count_tokens(format_clause(marker, clause, ""), model) + 1
            short = truncate_to_tokens(clause.text, max(budget_tokens - overhead, 0), model)
            block = format_clause(marker, clause, short)
            cost = count_tokens(block, model) + 1
            notices.append(f"{clause.citation_label()} was shortened to fit the context budget of {budget_tokens} tokens.")
        blocks.append(block)
        numbered[marker] = clause
        used += cost

    dropped = clauses[len(blocks) :]
    if dropped:
        labels = "、".join(c.citation_label() for c in dropped)
        notices.append(
            f"{len(dropped)} lower-ranked clause(s) left out to fit the context budget of {budget_tokens} tokens: {labels}."
        )
    return Context(text="\n".join(blocks), numbered=numbered, dropped=dropped, notices=notices)


def missing_refs_text(missing_refs: list[str], language: str) -> str:
    """One line saying that clauses named in the question do not exist (e.g. 个保法第九十九条)."""
    if not missing_refs:
        return ""
    refs = "、".join(missing_refs) if language == "zh" else "; ".join(missing_refs)
    if language == "zh":
        return f"所问条文不存在：{refs}。请核对法律名称和条号。"
    return f"The clause you asked about does not exist: {refs}. Please check the law and the article number."
