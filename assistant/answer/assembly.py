"""Answer assembly (pure): the draft, the verifiers' verdicts and the retrieval become the `Answer`.

Per claim the weakest verdict wins (`verdicts.combine`); the status says what was checked (`answer_status`);
claims the verifiers did not accept are flagged in the text; a draft with nothing supported abstains. The words
come from `messages.py`.
"""

from __future__ import annotations

from ..messages import not_covered_line, unsupported_flag
from ..types import Answer, Citation, ClaimResult, Draft, Retrieval, Verification
from ..verdicts import combine

# Verifiers whose "supported" is a judgement of meaning (a second model); the others check wording only.
JUDGING_VERIFIERS = {"llm"}


def assemble_answer(question, standalone, language, draft: Draft, checks: list[Verification],
                    retrieval: Retrieval, notices: list[str]) -> Answer:
    """Weakest verdict wins per claim; unsupported claims are marked in the text; weak drafts abstain."""
    claims: list[ClaimResult] = []
    for i, (verdict, reasons) in enumerate(combine(checks, len(draft.claims))):
        claim = draft.claims[i]
        claims.append(ClaimResult(text=claim.text, markers=claim.markers, verdict=verdict, reasons=reasons))
    closest = [Citation.from_clause(i + 1, h.clause) for i, h in enumerate(retrieval.hits[:3])]
    trace = [{"chunk_id": h.clause.chunk_id, "citation": h.clause.citation_label(), "score": h.score,
              "sources": h.sources, "similarity": h.similarity} for h in retrieval.hits]
    supported = sum(1 for c in claims if c.verdict == "supported")
    contradicted = any(c.verdict == "contradicted" for c in claims)

    if draft.abstained or not claims or (supported == 0 and not contradicted):
        text = not_covered_text(language, retrieval.missing_refs, draft)
        return Answer(question=question, standalone_question=standalone, language=language, text=text,
                      status="not_covered", claims=claims, citations=[], verifications=checks,
                      generator=draft.generator, notices=notices + draft.notices, closest=closest, retrieval=trace)

    status = answer_status(claims, checks)
    text = mark_unsupported(draft.text, claims, language)
    return Answer(question=question, standalone_question=standalone, language=language, text=text, status=status,
                  claims=claims, citations=draft.citations, verifications=checks, generator=draft.generator,
                  notices=notices + draft.notices, closest=closest, retrieval=trace)


def answer_status(claims: list[ClaimResult], checks: list[Verification]) -> str:
    """What was checked, in one word. "verified" needs every claim supported, a judging verifier that ran, and
    no verifier that failed; with the deterministic checks alone the best an answer can be is "quoted"."""
    if any(c.verdict == "contradicted" for c in claims):
        return "contradicted"
    failed = any(not v.ran and v.error != "not configured" for v in checks)
    judged = any(v.ran and v.verifier in JUDGING_VERIFIERS for v in checks)
    if not all(c.verdict == "supported" for c in claims):
        return "partially_verified" if judged and not failed else "unverified"
    if failed:
        return "unverified"
    return "verified" if judged else "quoted"


def not_covered_text(language: str, missing: list[str], draft: Draft) -> str:
    return "\n\n".join([*missing, not_covered_line(language)])


def mark_unsupported(text: str, claims: list[ClaimResult], language: str) -> str:
    """Put a visible flag right after every claim the verifiers did not accept."""
    unplaced = []
    for claim in claims:
        if claim.verdict == "supported":
            continue
        flag = unsupported_flag(claim.verdict, language)
        anchor = claim.text.strip().rstrip("。.！!？?；;")  # the sentence end may follow its markers
        pos = text.find(anchor) if anchor else -1
        if pos < 0:
            unplaced.append(f"{flag} {anchor}")
            continue
        end = pos + len(anchor)
        while end < len(text) and (text[end] in "[]0123456789, 【】" ):
            end += 1
        text = f"{text[:end]} {flag}{text[end:]}"
    if unplaced:
        text += "\n\n" + "\n".join(unplaced)
    return text
