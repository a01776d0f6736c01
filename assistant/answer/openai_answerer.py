"""The generative answerer: an OpenAI-compatible chat model writes a cited answer.

The model sees the question and the retrieved clauses as delimited, escaped data (see
`context.py`) and must reply in the `AnswerReply` JSON shape. Markers it invents are
dropped and flagged; markers are renumbered to the order the reader meets them.

Failure contract: on any model fault — unreachable, timeout, HTTP error, malformed reply, or a
reply that repeats its own instructions — `draft` RAISES a `ModelError`
(`ModelUnavailable` / `ModelReplyInvalid`). It never fabricates an answer; the service catches
the error, falls back to the extractive answerer and tells the user it did so.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from ..errors import ConfigError, ModelReplyInvalid
from ..interfaces import Answerer, answerers
from ..language import detect_language
from ..llm import invoke_structured, load_prompt, make_chat_model, render_prompt
from ..settings import Settings
from ..types import Draft, Retrieval
from .citations import MARKER, resolve_markers
from .context import Context, build_context, escape_data, missing_refs_text

LANGUAGE_NAMES = {"zh": "Chinese (简体中文)", "en": "English"}
HISTORY_TURNS = 3  # earlier exchanges sent along; older ones rarely matter and cost budget

NO_CLAUSES = {
    "zh": "未检索到与该问题相关的条文，无法作答。",
    "en": "No relevant clause was found for this question, so it cannot be answered.",
}


class AnswerClaim(BaseModel):
    text: str
    citations: list[int] = Field(default_factory=list)


class AnswerReply(BaseModel):
    """A compliance answer citing the supplied clauses by their [n] ids."""

    answer: str
    claims: list[AnswerClaim] = Field(default_factory=list)
    abstain: bool = False


def history_messages(history: list | None) -> list:
    """Earlier turns as chat messages: accepts (question, answer) pairs or {"role", "content"} dicts."""
    from langchain_core.messages import AIMessage, HumanMessage

    out: list = []
    for turn in history or []:
        if isinstance(turn, dict):
            role, content = turn.get("role"), str(turn.get("content") or "")
            if content:
                out.append(AIMessage(content) if role == "assistant" else HumanMessage(content))
        else:
            question, answer = turn
            out += [HumanMessage(str(question))] + ([AIMessage(str(answer))] if answer else [])
    return out[-2 * HISTORY_TURNS :]


def build_messages(
    question: str,
    context: Context | str,
    history: list | None = None,
    *,
    language: str | None = None,
    missing_refs: list[str] | None = None,
    system_prompt: str | None = None,
) -> list:
    """The exact messages sent to the model: system rules, earlier turns, then clauses + question."""
    from langchain_core.messages import HumanMessage, SystemMessage

    language = language or detect_language(question)
    evidence = context.text if isinstance(context, Context) else context
    notes = ""
    if missing_refs:
        notes = f"\nNote: these clauses named in the question do not exist: {escape_data('; '.join(missing_refs))}.\n"
    user = render_prompt(
        "answer_user.md",
        context=evidence,
        notes=notes,
        question=escape_data(question),
        language=LANGUAGE_NAMES.get(language, language),
    )
    system = load_prompt("answer_system.md") if system_prompt is None else system_prompt
    return [SystemMessage(system), *history_messages(history), HumanMessage(user)]


def repeats_instructions(reply: str, system_prompt: str, min_chars: int = 12) -> bool:
    """Whether the reply quotes a line of the system prompt (a leaked prompt or canary)."""
    flat = re.sub(r"\s+", " ", reply)
    for line in system_prompt.splitlines():
        line = re.sub(r"\s+", " ", line).strip()
        if len(line) >= min_chars and line in flat:
            return True
    return False


def _text_with_markers(reply: AnswerReply) -> str:
    """The answer text; rebuilt from the claims when the model put its citations only there."""
    if MARKER.search(reply.answer) or not any(c.citations for c in reply.claims):
        return reply.answer
    return " ".join(c.text.strip() + "".join(f"[{n}]" for n in c.citations) for c in reply.claims if c.text.strip())


class OpenAIAnswerer(Answerer):
    name = "openai"

    def __init__(self, settings: Settings, chat: Any = None, system_prompt: str | None = None):
        if chat is None and not settings.llm_base_url:
            raise ConfigError("The openai generator needs an endpoint.", "Set ASSISTANT_LLM_BASE_URL.")
        self.settings = settings
        self.chat = chat or make_chat_model(
            settings.llm_base_url, settings.llm_model, settings.llm_api_key, settings.llm_timeout, settings.llm_max_retries
        )
        self.system_prompt = load_prompt("answer_system.md") if system_prompt is None else system_prompt

    @property
    def generator(self) -> str:
        return f"openai:{self.settings.llm_model}"

    def draft(self, question: str, retrieval: Retrieval, language: str, history: list | None = None) -> Draft:
        missing = missing_refs_text(retrieval.missing_refs, language)
        if not retrieval.hits:
            text = "\n\n".join(t for t in (missing, NO_CLAUSES.get(language, NO_CLAUSES["en"])) if t)
            return Draft(text=text, generator=self.generator, abstained=True, notices=[missing] if missing else [])

        context = build_context(retrieval.hits, self.settings.context_token_budget, self.settings.llm_model)
        messages = build_messages(
            question, context, history, language=language, missing_refs=retrieval.missing_refs, system_prompt=self.system_prompt
        )
        reply = invoke_structured(self.chat, messages, AnswerReply)

        everything = " ".join([reply.answer, *(c.text for c in reply.claims)])
        if repeats_instructions(everything, self.system_prompt):
            raise ModelReplyInvalid("The model's reply repeated its instructions, so it was discarded.")

        resolved = resolve_markers(_text_with_markers(reply), context.numbered)
        text = resolved.text or NO_CLAUSES.get(language, NO_CLAUSES["en"])
        notices = context.notices + resolved.notices
        if missing:
            text = f"{missing}\n\n{text}"
            notices.insert(0, missing)
        return Draft(
            text=text,
            claims=[] if reply.abstain else resolved.claims,
            citations=resolved.citations,
            generator=self.generator,
            notices=notices,
            abstained=reply.abstain,
        )


@answerers.register("openai")
def create_openai_answerer(settings: Settings, **_: Any) -> OpenAIAnswerer:
    return OpenAIAnswerer(settings)
