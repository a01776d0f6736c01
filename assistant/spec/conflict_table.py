"""Every policy clause in force that is weaker than a regulation clause it implements, keyed by (doc_id, article),
for the answers that quote it (answer/conflict_notes.py). Built once per corpus view: the pairing searches each policy
clause that cites no regulation (about 1.5 s for the sample policies on this machine)."""

from __future__ import annotations

from ..answer.conflict_notes import PolicyConflict


def conflicts_by_clause(assistant) -> dict[tuple[str, int], list[PolicyConflict]]:
    from .checker import CheckOptions, SpecChecker, article_order

    docs = assistant.view.docs()
    table: dict[tuple[str, int], list[PolicyConflict]] = {}
    if not any(c.kind == "regulation" for c in docs):  # policies alone: nothing to be weaker than
        return table
    checker = SpecChecker(assistant, CheckOptions(search=False))
    for doc_id in sorted({c.doc_id for c in docs if c.kind == "policy"}):
        for req, law, conflict in checker.policy_conflict_pairs(doc_id):
            table.setdefault((doc_id, article_order(req.id)), []).append(
                PolicyConflict(law.citation_label(), dict(conflict.explanation)))
    return table
