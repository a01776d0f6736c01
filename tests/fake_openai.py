"""A scripted, OpenAI-compatible chat server on 127.0.0.1 for tests.

It speaks just enough of the API for langchain-openai / the openai client:
`POST /v1/chat/completions` (also `/chat/completions`), `POST /v1/embeddings` and `GET /v1/models`.
A `stream: true` request gets Server-Sent Events: the reply's content cut into tokens of two characters
(`STREAM_TOKEN_CHARS`), one `chat.completion.chunk` per token, `token_delay` seconds apart (default
`FakeOpenAI.token_delay`), then `data: [DONE]`. Errors are answered before any event, as plain HTTP errors.

Embeddings are deterministic (`fake_embedding`: hashed character bigrams, L2-normalised), so texts that
share words get close vectors and a retrieval test means something. `server.embedding_failures = n` makes
the next n embedding requests fail with HTTP 503; `server.embedding_delay` slows each one down, and
`server.max_in_flight` records how many were served at the same time.

Replies come from a queue the test fills with `server.script(...)`:

    server.script(Reply.structured({"answer": "…", "claims": [], "abstain": False}))
    server.script(Reply.content("plain text"), Reply.json_content({...}), Reply.error(500), Reply.malformed())
    server.script(Reply.structured({...}, delay=5))  # slower than the client's timeout
    server.script(Reply.structured({...}, token_delay=0.02))  # streamed at 50 tokens/s

Every request is recorded (`server.requests`: parsed JSON bodies, in order; `server.log`: path and
headers too), so tests can assert exactly what the application sent. When the queue is empty the
server answers HTTP 500 "no scripted reply left" and counts it in `server.unscripted`.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

STREAM_TOKEN_CHARS = 2  # characters per streamed token: about what a Chinese tokenizer emits


@dataclass
class Reply:
    kind: str  # content | tool_call | structured | error | malformed
    text: str = ""  # message content, or the error message
    data: Any = None  # arguments for tool_call / structured
    tool_name: str | None = None
    status: int = 200
    delay: float = 0.0  # seconds to wait before answering
    token_delay: float | None = None  # streaming: seconds between tokens (None: the server's default)

    @classmethod
    def content(cls, text: str, delay: float = 0.0, token_delay: float | None = None) -> Reply:
        return cls("content", text=text, delay=delay, token_delay=token_delay)

    @classmethod
    def json_content(cls, data: Any, delay: float = 0.0, token_delay: float | None = None) -> Reply:
        """Plain message content holding JSON (what many local servers do, ignoring tools)."""
        return cls("content", text=json.dumps(data, ensure_ascii=False), delay=delay, token_delay=token_delay)

    @classmethod
    def tool_call(cls, data: Any, name: str | None = None, delay: float = 0.0) -> Reply:
        """A tool call; `name` defaults to the tool the request asked for."""
        return cls("tool_call", data=data, tool_name=name, delay=delay)

    @classmethod
    def structured(cls, data: Any, delay: float = 0.0, token_delay: float | None = None) -> Reply:
        """Answer the way the request asked: a tool call when it sent tools, else JSON content."""
        return cls("structured", data=data, delay=delay, token_delay=token_delay)

    @classmethod
    def error(cls, status: int = 500, message: str = "scripted server error", delay: float = 0.0) -> Reply:
        return cls("error", text=message, status=status, delay=delay)

    @classmethod
    def malformed(cls, text: str = '{"answer": "unterminated', delay: float = 0.0,
                  token_delay: float | None = None) -> Reply:
        """Content that is not the JSON the schema asked for."""
        return cls("malformed", text=text, delay=delay, token_delay=token_delay)


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    time: float = 0.0  # time.time() when the request arrived


@dataclass
class FakeOpenAI:
    host: str = "127.0.0.1"
    port: int = 0  # 0: any free port
    model: str = "fake-model"
    replies: deque = field(default_factory=deque)
    log: list[Recorded] = field(default_factory=list)
    unscripted: int = 0
    embedding_dim: int = 64
    embedding_failures: int = 0  # the next n embedding requests answer HTTP 503
    embedding_delay: float = 0.0  # seconds per embedding request
    max_in_flight: int = 0  # most embedding requests served at once
    token_delay: float = 0.0  # default seconds between streamed tokens

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._in_flight = 0

    # Lifecycle ---------------------------------------------------------------------------
    def start(self) -> FakeOpenAI:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = ThreadingHTTPServer((self.host, self.port), handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False  # a handler still sleeping on a slow reply must not block stop()
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping on a delayed reply
        if self._server:
            self._server.shutdown()
            self._server.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # Test API ----------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def script(self, *replies: Reply) -> FakeOpenAI:
        with self._lock:
            self.replies.extend(replies)
        return self

    def reset(self) -> None:
        with self._lock:
            self.replies.clear()
            self.log.clear()
            self.unscripted = 0

    @property
    def requests(self) -> list[Any]:
        """Bodies of the chat-completion requests received, in order."""
        return [r.body for r in self.log if r.path.endswith("/chat/completions")]

    @property
    def embedding_requests(self) -> list[Any]:
        """Bodies of the embedding requests received, in order."""
        return [r.body for r in self.log if r.path.rstrip("/").endswith("/embeddings")]

    def last_messages(self) -> list[dict]:
        return self.requests[-1]["messages"]

    def sent_text(self, index: int = -1) -> str:
        """All message contents of one request, joined (for `in` assertions)."""
        return "\n".join(_content_text(m.get("content")) for m in self.requests[index]["messages"])

    # Server side -------------------------------------------------------------------------
    def _next_reply(self) -> Reply | None:
        with self._lock:
            if self.replies:
                return self.replies.popleft()
            self.unscripted += 1
            return None

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self._stopping.wait(seconds)


def _content_text(content: Any) -> str:
    if isinstance(content, list):  # content parts
        return "\n".join(str(p.get("text", "")) if isinstance(p, dict) else str(p) for p in content)
    return "" if content is None else str(content)


class _Handler(BaseHTTPRequestHandler):
    fake: FakeOpenAI
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def _send(self, status: int, payload: Any) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout); nothing to do

    def _record(self, body: Any) -> None:
        with self.fake._lock:
            self.fake.log.append(Recorded(self.command, self.path, dict(self.headers), body, time.time()))

    def do_GET(self) -> None:
        self._record(None)
        if self.path.rstrip("/") in ("/v1/models", "/models"):
            self._send(200, {"object": "list", "data": [{"id": self.fake.model, "object": "model", "owned_by": "fake"}]})
        else:
            self._send(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            self._record(raw.decode(errors="replace"))
            self._send(400, {"error": {"message": "request body is not JSON", "type": "invalid_request_error"}})
            return
        self._record(body)
        if self.path.rstrip("/") in ("/v1/embeddings", "/embeddings"):
            self._embeddings(body)
            return
        if self.path.rstrip("/") not in ("/v1/chat/completions", "/chat/completions"):
            self._send(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
            return
        reply = self.fake._next_reply()
        if reply is None:
            self._send(500, {"error": {"message": "fake server: no scripted reply left", "type": "server_error"}})
            return
        self.fake._wait(reply.delay)
        if reply.kind == "error":
            self._send(reply.status, {"error": {"message": reply.text, "type": "server_error"}})
            return
        completion = _completion(body, reply, self.fake.model)
        if body.get("stream"):
            delay = self.fake.token_delay if reply.token_delay is None else reply.token_delay
            self._stream(completion, delay)
        else:
            self._send(200, completion)

    def _stream(self, completion: dict, token_delay: float) -> None:
        """The completion as SSE chunks; the connection closes after [DONE] (no length is known up front)."""
        message = completion["choices"][0]["message"]
        text = message.get("content") or ""
        base = {"id": completion["id"], "object": "chat.completion.chunk", "created": completion["created"],
                "model": completion["model"]}

        def event(delta: dict, finish: str | None = None) -> bytes:
            chunk = {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]}
            return f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode()

        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            self.wfile.write(event({"role": "assistant", "content": ""}))
            if message.get("tool_calls"):
                call = message["tool_calls"][0]
                self.wfile.write(event({"tool_calls": [{"index": 0, **call}]}))
            for i in range(0, len(text), STREAM_TOKEN_CHARS):
                if self.fake._stopping.is_set():
                    return
                self.fake._wait(token_delay)
                self.wfile.write(event({"content": text[i:i + STREAM_TOKEN_CHARS]}))
                self.wfile.flush()
            self.wfile.write(event({}, completion["choices"][0]["finish_reason"]))
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading

    def _embeddings(self, body: dict) -> None:
        fake = self.fake
        with fake._lock:
            fail = fake.embedding_failures > 0
            fake.embedding_failures -= 1 if fail else 0
            fake._in_flight += 1
            fake.max_in_flight = max(fake.max_in_flight, fake._in_flight)
        try:
            fake._wait(fake.embedding_delay)
            if fail:
                self._send(503, {"error": {"message": "scripted overload", "type": "server_error"}})
                return
            texts = body.get("input")
            texts = [texts] if isinstance(texts, str) else texts
            if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                self._send(400, {"error": {"message": "input must be a string or a list of strings",
                                           "type": "invalid_request_error"}})
                return
            data = [{"object": "embedding", "index": i, "embedding": fake_embedding(t, fake.embedding_dim)}
                    for i, t in enumerate(texts)]
            self._send(200, {"object": "list", "data": data, "model": body.get("model") or fake.model,
                             "usage": {"prompt_tokens": 0, "total_tokens": 0}})
        finally:
            with fake._lock:
                fake._in_flight -= 1


def fake_embedding(text: str, dim: int = 64) -> list[float]:
    """Hashed character bigrams (and single characters), L2-normalised: same text, same vector."""
    vector = [0.0] * dim
    grams = list(text) + [text[i : i + 2] for i in range(len(text) - 1)]
    for gram in grams:
        h = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=4).digest(), "big")
        vector[h % dim] += 1.0 if h & 1 << 31 else -1.0
    norm = math.sqrt(sum(v * v for v in vector)) or 1.0
    return [v / norm for v in vector]


def _requested_tool(body: dict) -> str | None:
    choice = body.get("tool_choice")
    if isinstance(choice, dict):
        return choice.get("function", {}).get("name")
    if isinstance(choice, str) and choice not in ("auto", "none", "required"):
        return choice
    tools = body.get("tools") or []
    return tools[0]["function"]["name"] if tools else None


def _completion(body: dict, reply: Reply, model: str) -> dict:
    message: dict[str, Any] = {"role": "assistant", "content": None}
    finish = "stop"
    kind = reply.kind
    if kind == "structured":
        kind = "tool_call" if body.get("tools") else "content"
        reply = Reply(kind, text=json.dumps(reply.data, ensure_ascii=False), data=reply.data,
                      token_delay=reply.token_delay)
    if kind == "tool_call":
        arguments = reply.data if isinstance(reply.data, str) else json.dumps(reply.data, ensure_ascii=False)
        message["tool_calls"] = [
            {
                "id": f"call_{uuid.uuid4().hex[:12]}",
                "type": "function",
                "function": {"name": reply.tool_name or _requested_tool(body) or "tool", "arguments": arguments},
            }
        ]
        finish = "tool_calls"
    else:  # content | malformed
        message["content"] = reply.text
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model") or model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }
