"""The model-based verifier: a (second) chat model judges each claim against the clauses it cites.

It never passes anything by default: a claim without a citation, a claim the reply leaves out,
or a marker that points at nothing retrieved is `not_supported`; any model fault (no endpoint,
unreachable, timeout, HTTP error, malformed reply) yields `Verification(ran=False, error=…)`,
which the service must not count as a pass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field

from ..errors import ModelError
from ..interfaces import Verifier, verifiers
from ..llm import invoke_structured, load_prompt, make_chat_model, render_prompt
from ..settings import Settings
from ..types import ClaimVerdict, Clause, Draft, Retrieval, Verification
from ..answer.context import escape_data, format_clause

if TYPE_CHECKING:
    from ..stage_context import StageContext

VerdictName = Literal["supported", "not_supported", "contradicted"]
_RANK = {"contradicted": 0, "not_supported": 1, "supported": 2}  # lower is weaker


class ClaimJudgement(BaseModel):
    index: int
    verdict: VerdictName
    reason: str = ""
    quote: str = ""  # the words of the cited clause that support (or contradict) the claim, copied verbatim


class VerifyReply(BaseModel):
    """Verdicts on the numbered claims, and on the answer's conclusion."""

    claims: list[ClaimJudgement] = Field(default_factory=list)
    conclusion: VerdictName = "not_supported"


def cited_clauses(draft: Draft, retrieval: Retrieval) -> dict[int, Clause]:
    """Marker → the retrieved clause it points at (markers pointing at nothing are left out)."""
    by_id = {hit.clause.chunk_id: hit.clause for hit in retrieval.hits}
    return {c.marker: by_id[c.chunk_id] for c in draft.citations if c.chunk_id in by_id}


def claims_block(draft: Draft, clauses: dict[int, Clause], indices: list[int]) -> str:
    """Each claim (1-based index for the model) followed by the clauses it cites, all as escaped data."""
    parts = []
    for i in indices:
        claim = draft.claims[i]
        parts.append(f'<claim index="{i + 1}">\n{escape_data(claim.text)}\n</claim>')
        parts += [format_clause(m, clauses[m]) for m in claim.markers if m in clauses]
    return "\n\n".join(parts)


def build_messages(question: str, draft: Draft, clauses: dict[int, Clause], indices: list[int]) -> list:
    from langchain_core.messages import HumanMessage, SystemMessage

    user = render_prompt("verify_user.md", question=escape_data(question), claims=claims_block(draft, clauses, indices))
    return [SystemMessage(load_prompt("verify_system.md")), HumanMessage(user)]


class LLMVerifier(Verifier):
    name = "llm"

    def __init__(self, settings: Settings, chat: Any = None):
        self.settings = settings
        base_url, model, api_key = settings.verifier_endpoint
        self.model = model
        self.chat = chat
        if chat is None and base_url:
            self.chat = make_chat_model(base_url, model, api_key, settings.llm_timeout, settings.llm_max_retries)

    def verify(self, question: str, draft: Draft, retrieval: Retrieval) -> Verification:
        if self.chat is None:
            return Verification(verifier=self.name, ran=False, error="not configured")
        clauses = cited_clauses(draft, retrieval)
        local: dict[int, ClaimVerdict] = {}
        to_ask: list[int] = []
        for i, claim in enumerate(draft.claims):
            if not any(m in clauses for m in claim.markers):
                # Nothing to check it against: no model may vouch for an uncited claim.
                local[i] = ClaimVerdict(claim=i, verdict="not_supported", reason="cites no retrieved clause")
            else:
                to_ask.append(i)
        if not to_ask:
            return Verification(
                verifier=self.name,
                verdicts=[local[i] for i in sorted(local)],
                findings=["No claim cites a retrieved clause."] if draft.claims else ["The draft makes no claim."],
                conclusion="not_supported",
            )

        try:
            reply = invoke_structured(self.chat, build_messages(question, draft, clauses, to_ask), VerifyReply)
        except ModelError as exc:
            return Verification(verifier=self.name, ran=False, error=exc.user_message())

        judged: dict[int, ClaimVerdict] = {}
        findings: list[str] = []
        for item in reply.claims:
            i = item.index - 1
            if i not in to_ask:
                findings.append(f"The verifier judged claim {item.index}, which it was not asked about; ignored.")
                continue
            verdict = ClaimVerdict(claim=i, verdict=item.verdict, reason=item.reason)
            if item.verdict == "supported" and not _quote_backs(item.quote, draft.claims[i].markers, clauses):
                # The model must show its evidence: a "supported" without the supporting words of the cited
                # clause, copied verbatim, is not a judgement we can rely on.
                verdict = ClaimVerdict(claim=i, verdict="not_supported",
                                       reason=f"the verifier's supporting quote is not in the cited clause ({item.reason})".strip())
            elif item.quote:
                verdict.reason = f"{item.reason} 「{item.quote[:120]}」".strip()
            if i not in judged or _RANK[verdict.verdict] < _RANK[judged[i].verdict]:
                judged[i] = verdict  # repeated judgements: keep the weakest
        for i in to_ask:
            if i not in judged:
                judged[i] = ClaimVerdict(claim=i, verdict="not_supported", reason="the verifier gave no verdict")
                findings.append(f"The verifier's reply left out claim {i + 1}; counted as not supported.")
        verdicts = sorted([*local.values(), *judged.values()], key=lambda v: v.claim)
        return Verification(verifier=self.name, verdicts=verdicts, findings=findings, conclusion=reply.conclusion)


def _quote_backs(quote: str, markers: list[int], clauses: dict[int, Clause]) -> bool:
    from .grounding import quote_in

    texts = [clauses[m].text for m in markers if m in clauses]
    return bool(quote.strip()) and quote_in(quote, texts)


@verifiers.register("llm")
def create_llm_verifier(ctx: StageContext) -> LLMVerifier:
    return LLMVerifier(ctx.settings)
