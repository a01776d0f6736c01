"""Talking to an OpenAI-compatible chat endpoint (a local vLLM / llama.cpp / Ollama server or a hosted one).

Two functions: `make_chat_model` builds a langchain `ChatOpenAI`; `invoke_structured` asks it for
a reply in a pydantic schema. Local servers differ in what they honour — some ignore
`response_format` or tool calls and just write JSON (or prose around JSON) in the message
content — so the structured parse falls back to reading JSON from the content. Every failure
leaves here as a `ModelError` subclass with a user-facing message; callers never see openai or
httpx exceptions or stack traces.
"""

from __future__ import annotations

import json
import logging
import re
from functools import lru_cache
from importlib import resources
from string import Template
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from .errors import ModelError, ModelReplyInvalid, ModelUnavailable

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
StructuredMethod = Literal["json_schema", "function_calling", "json_mode"]


@lru_cache(maxsize=None)
def load_prompt(name: str) -> str:
    """A prompt file from the package data `assistant/prompts/` (e.g. "answer_system.md")."""
    return resources.files("assistant").joinpath("prompts").joinpath(name).read_text(encoding="utf-8").strip()


def render_prompt(name: str, **values: str) -> str:
    """Fill a prompt's `$name` placeholders. Values are inserted as-is (escape data first)."""
    return Template(load_prompt(name)).substitute(**values)


def make_chat_model(
    base_url: str,
    model: str,
    api_key: str | None = None,
    timeout: float = 60.0,
    max_retries: int = 1,
    temperature: float = 0.0,
):
    """A ChatOpenAI client for `base_url`. Local servers need no key; the client insists on one."""
    from langchain_openai import ChatOpenAI  # heavy import: only when a model is configured

    return ChatOpenAI(
        base_url=base_url,
        model=model,
        api_key=api_key or "not-needed",
        timeout=timeout,
        max_retries=max_retries,
        temperature=temperature,
        streaming=False,
    )


def _endpoint(chat: Any) -> str:
    return str(getattr(chat, "openai_api_base", None) or "the model endpoint")


def map_model_exception(exc: BaseException, chat: Any = None) -> ModelError:
    """An openai / httpx / parsing exception as the project's ModelError."""
    import httpx
    import openai

    where = _endpoint(chat)
    if isinstance(exc, ModelError):
        return exc
    if isinstance(exc, (openai.APITimeoutError, httpx.TimeoutException, TimeoutError)):
        return ModelUnavailable(f"The model at {where} did not answer in time.")
    if isinstance(exc, (openai.APIConnectionError, httpx.TransportError, ConnectionError)):
        return ModelUnavailable(f"Could not connect to the model at {where}.")
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status in (401, 403):
            return ModelUnavailable(
                f"The model at {where} refused the API key (HTTP {status}).",
                "Check ASSISTANT_LLM_API_KEY / ASSISTANT_VERIFIER_API_KEY.",
            )
        if status == 404:
            return ModelUnavailable(
                f"The model endpoint {where} answered 404 (wrong URL or model name).",
                "Check ASSISTANT_LLM_BASE_URL (it usually ends in /v1) and ASSISTANT_LLM_MODEL.",
            )
        return ModelUnavailable(f"The model at {where} answered with an error (HTTP {status}).")
    if isinstance(exc, openai.OpenAIError):
        return ModelUnavailable(f"The model at {where} could not be used: {type(exc).__name__}.")
    if isinstance(exc, (ValidationError, ValueError, KeyError, TypeError)):
        return ModelReplyInvalid(f"The model at {where} replied in an unexpected shape.")
    return ModelUnavailable(f"The model at {where} could not be used: {type(exc).__name__}.")


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL)


def json_from_text(text: str) -> Any:
    """The JSON object in a reply: the whole text, a ```json fence, or the outermost {...}."""
    text = (text or "").strip()
    candidates = [text]
    candidates += [m.group(1).strip() for m in _FENCE.finditer(text)]
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        candidates.append(text[start : end + 1])
    for candidate in candidates:
        try:
            return json.loads(candidate)
        except (json.JSONDecodeError, ValueError):
            continue
    raise ModelReplyInvalid("The model's reply did not contain valid JSON.")


def content_text(content: Any) -> str:
    """The text of a chat message's content, which is a string or a list of parts."""
    if isinstance(content, list):
        return "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    return content or ""


def parse_reply(message: Any, schema: type[M]) -> M:
    """Read `schema` from a raw AIMessage: its tool call arguments, else JSON in its content."""
    for call in getattr(message, "tool_calls", None) or []:
        try:
            return schema.model_validate(call.get("args") or {})
        except ValidationError:
            continue
    data = json_from_text(content_text(getattr(message, "content", "")))
    if isinstance(data, dict) and len(data) == 1 and set(schema.model_fields) - set(data):
        # Some servers wrap the object once: {"<ToolName>": {...}} or {"arguments": {...}}.
        inner = next(iter(data.values()))
        if isinstance(inner, dict):
            data = inner
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        raise ModelReplyInvalid("The model's reply did not match the requested format.") from exc


def _json_schema_of(schema: type[BaseModel]) -> dict:
    spec = schema.model_json_schema()
    spec.setdefault("title", schema.__name__)
    spec.setdefault("description", (schema.__doc__ or schema.__name__).strip().splitlines()[0])
    return spec


def invoke_structured(chat: Any, messages: list, schema: type[M], method: StructuredMethod = "json_schema") -> M:
    """Ask `chat` for a reply shaped like `schema`. Raises ModelUnavailable (connection, timeout,
    HTTP error) or ModelReplyInvalid (the reply is not the asked-for JSON)."""
    # For json_schema, pass the schema as a dict: given a pydantic class, the openai client
    # validates the content itself and raises before we can fall back to reading it leniently.
    target: Any = _json_schema_of(schema) if method == "json_schema" else schema
    try:
        runnable = chat.with_structured_output(target, method=method, include_raw=True)
        result = runnable.invoke(messages)
    except Exception as exc:  # noqa: BLE001 — every failure is mapped to a ModelError below
        error = map_model_exception(exc, chat)
        log.warning("Model call failed: %s (%s)", error, type(exc).__name__)
        raise error from exc

    # Read the raw message ourselves, strictly: langchain's JSON parser also accepts a truncated
    # object ('{"answer": "unterminated' → {"answer": "unterminated"}), which must count as invalid.
    raw = result.get("raw") if isinstance(result, dict) else None
    if raw is None:
        raise ModelReplyInvalid(f"The model at {_endpoint(chat)} returned no message.")
    try:
        return parse_reply(raw, schema)
    except ModelReplyInvalid as exc:
        log.warning("Model reply not in the requested format: %r", content_text(getattr(raw, "content", ""))[:200])
        raise ModelReplyInvalid(f"The model at {_endpoint(chat)} replied in an unexpected shape.") from exc
