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
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from collections.abc import Iterator

from ..errors import ConfigError, ModelError, ModelReplyInvalid
from ..interfaces import Answerer, answerers
from ..language import detect_language
from ..llm import (content_text, invoke_structured, load_prompt, make_chat_model, map_model_exception, parse_reply,
                   render_prompt)
from ..settings import Settings
from ..types import Draft, Retrieval
from .citations import MARKER, resolve_markers
from .streaming import partial_answer
from .context import Context, build_context, escape_data, missing_refs_text

if TYPE_CHECKING:
    from ..stage_context import StageContext

LANGUAGE_NAMES = {"zh": "Chinese (简体中文)", "en": "English"}

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


def build_messages(
    question: str,
    context: Context | str,
    *,
    language: str | None = None,
    missing_refs: list[str] | None = None,
    system_prompt: str | None = None,
) -> list:
    """The exact messages sent to the model: system rules, then clauses + question. The question is already
    standalone (the service rewrites a follow-up before retrieval), so no earlier turns are sent."""
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
    return [SystemMessage(system), HumanMessage(user)]


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
        self._stream_chat = None

    @property
    def generator(self) -> str:
        return f"openai:{self.settings.llm_model}"

    def draft(self, question: str, retrieval: Retrieval, language: str) -> Draft:
        missing = missing_refs_text(retrieval.missing_refs, language)
        if not retrieval.hits:
            text = "\n\n".join(t for t in (missing, NO_CLAUSES.get(language, NO_CLAUSES["en"])) if t)
            return Draft(text=text, generator=self.generator, abstained=True, notices=[missing] if missing else [])

        context, messages = self._prompt(question, retrieval, language)
        reply = invoke_structured(self.chat, messages, AnswerReply)
        return self._finish(reply, context, missing, language)

    def draft_stream(self, question: str, retrieval: Retrieval, language: str) -> Iterator[str | Draft]:
        """Like `draft`, streamed: yields the answer text so far (str) as tokens arrive, then the Draft.

        The model streams plain content (no response_format: the prompt asks for the JSON shape, and the
        streaming helpers of the openai client would otherwise parse the reply before we can read it
        leniently). The finished reply goes through the same strict parsing and checks as `draft`; a fault
        before or during the stream raises a ModelError, so the caller never keeps half a reply as final.
        """
        missing = missing_refs_text(retrieval.missing_refs, language)
        if not retrieval.hits:
            yield self.draft(question, retrieval, language)
            return
        from langchain_core.messages import AIMessage

        context, messages = self._prompt(question, retrieval, language)
        buffer, shown = "", ""
        try:
            for chunk in self._streaming_chat().stream(messages):
                buffer += content_text(chunk.content)
                text = partial_answer(buffer)
                if text != shown:
                    shown = text
                    yield f"{missing}\n\n{text}" if missing else text
        except ModelError:
            raise
        except Exception as exc:  # noqa: BLE001 — every failure is mapped to a ModelError
            raise map_model_exception(exc, self.chat) from exc
        try:
            reply = parse_reply(AIMessage(buffer), AnswerReply)
        except ModelReplyInvalid as exc:
            raise ModelReplyInvalid(f"The model at {self.settings.llm_base_url} replied in an unexpected shape.") from exc
        yield self._finish(reply, context, missing, language)

    def _streaming_chat(self):
        """The chat model with streaming on: with it off, langchain's `.stream()` makes one blocking call."""
        if self._stream_chat is None:
            copy = getattr(self.chat, "model_copy", None)
            self._stream_chat = copy(update={"streaming": True}) if copy and "streaming" in type(self.chat).model_fields \
                else self.chat
        return self._stream_chat

    def _prompt(self, question: str, retrieval: Retrieval, language: str):
        context = build_context(retrieval.hits, self.settings.context_token_budget, self.settings.llm_model)
        messages = build_messages(
            question, context, language=language, missing_refs=retrieval.missing_refs, system_prompt=self.system_prompt
        )
        return context, messages

    def _finish(self, reply: AnswerReply, context: Context, missing: str, language: str) -> Draft:
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
def create_openai_answerer(ctx: StageContext) -> OpenAIAnswerer:
    return OpenAIAnswerer(ctx.settings)
