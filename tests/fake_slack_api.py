"""A local stand-in for Slack's Web API (and response_url / file upload / file download hosts).

`WebClient(base_url=fake.base_url)` sends every call here; each is recorded as
`{"method", "body", "headers", "reply"}` and answered `{"ok": true, ...}` with plausible fields.
Tests read `fake.calls(...)` and `fake.wait_for(...)` (bounded polling) to see what the bot did.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

BOT_USER_ID = "UBOT0000"
BOT_ID = "BBOT0000"
TEAM_ID = "T0FAKE"
JSON_FIELDS = ("blocks", "attachments", "files", "metadata")


class FakeSlackAPI:
    def __init__(self):
        self._calls: list[dict] = []
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        self.failures: dict[str, str] = {}  # method → Slack error code to answer with
        self.files: dict[str, tuple[dict, bytes]] = {}  # file id → (files.info "file", content)
        self.uploads: dict[str, bytes] = {}  # file id → bytes uploaded via files_upload_v2
        self.thread_messages: dict[str, list[dict]] = {}  # thread ts → conversations.replies messages
        self.socket_url: str | None = None  # what apps.connections.open hands out
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.root = f"http://127.0.0.1:{self.port}/"
        self.base_url = self.root + "api/"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    # --- lifecycle --------------------------------------------------------------------

    def __enter__(self) -> FakeSlackAPI:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- what tests read ---------------------------------------------------------------

    def calls(self, method: str | None = None, **match) -> list[dict]:
        """Recorded calls, optionally of one method and with body fields equal to `match`."""
        with self._lock:
            calls = list(self._calls)
        return [c for c in calls if (method is None or c["method"] == method)
                and all(c["body"].get(k) == v for k, v in match.items())]

    def wait_for(self, method: str, count: int = 1, timeout: float = 60.0, **match) -> list[dict]:
        """Poll until at least `count` matching calls were made; fail with what was seen."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls(method, **match)
            if len(found) >= count:
                return found
            time.sleep(0.05)
        seen = [(c["method"], {k: c["body"].get(k) for k in ("channel", "thread_ts", "text")}) for c in self.calls()]
        raise AssertionError(f"no {count}× {method} {match} within {timeout}s; calls: {seen}")

    def add_file(self, file_id: str, name: str, content: bytes) -> dict:
        info = {"id": file_id, "name": name, "size": len(content), "mimetype": "text/markdown",
                "url_private": f"{self.root}files-pri/{TEAM_ID}-{file_id}/{name}",
                "url_private_download": f"{self.root}files-pri/{TEAM_ID}-{file_id}/download/{name}"}
        self.files[file_id] = (info, content)
        return info

    def response_url(self, name: str = "cmd") -> str:
        return f"{self.root}response_url/{name}"

    # --- serving -----------------------------------------------------------------------

    def _record(self, method: str, body: dict, headers: dict, reply: dict | None = None) -> None:
        with self._lock:
            self._calls.append({"method": method, "body": body, "headers": headers, "reply": reply or {},
                                "time": time.time()})

    def _next_ts(self) -> str:
        return f"{int(time.time())}.{next(self._ts):06d}"

    def _reply(self, method: str, body: dict) -> dict:
        if method in self.failures:
            return {"ok": False, "error": self.failures[method]}
        channel = body.get("channel") or body.get("channel_id") or "C0FAKE"
        if method == "auth.test":
            return {"ok": True, "url": "https://fake.slack.com/", "team": "Fake", "user": "comply",
                    "team_id": TEAM_ID, "user_id": BOT_USER_ID, "bot_id": BOT_ID, "is_enterprise_install": False}
        if method == "chat.postMessage":
            ts = self._next_ts()
            return {"ok": True, "channel": channel, "ts": ts,
                    "message": {"type": "message", "text": body.get("text", ""), "bot_id": BOT_ID, "ts": ts,
                                "thread_ts": body.get("thread_ts")}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": self._next_ts()}
        if method == "files.getUploadURLExternal":
            file_id = f"FUP{next(self._ts):06d}"
            return {"ok": True, "upload_url": f"{self.root}upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = body.get("files") or []
            return {"ok": True, "files": [{"id": f.get("id"), "title": f.get("title")} for f in files]}
        if method == "files.info":
            file = self.files.get(body.get("file", ""))
            return {"ok": True, "file": file[0]} if file else {"ok": False, "error": "file_not_found"}
        if method == "users.info":
            return {"ok": True, "user": {"id": body.get("user"), "name": "tester", "tz": "Asia/Shanghai"}}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D0FAKE"}}
        if method == "conversations.replies":
            return {"ok": True, "messages": self.thread_messages.get(body.get("ts", ""), []), "has_more": False}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.socket_url}
        return {"ok": True}

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def _send(self, status: int, payload, content_type="application/json"):
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                path = urlparse(self.path).path
                if path.startswith("/files-pri/"):
                    file_id = path.split("/")[2].split("-", 1)[-1]
                    fake._record("file.download", {"file": file_id}, dict(self.headers))
                    if self.headers.get("Authorization", "").startswith("Bearer ") and file_id in fake.files:
                        return self._send(200, fake.files[file_id][1], "application/octet-stream")
                    return self._send(302, b"", "text/html")
                if path.startswith("/api/"):  # some methods (conversations.replies, users.info) use GET
                    return self._api(path, _parse_body(b"", "", urlparse(self.path).query))
                self._send(404, {"ok": False, "error": "unknown_method"})

            def _api(self, path: str, body: dict):
                method = path[len("/api/"):]
                reply = fake._reply(method, body)
                fake._record(method, body, dict(self.headers), reply)
                self._send(200, reply)

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                path = urlparse(self.path).path
                if path.startswith("/upload/"):
                    file_id = path.rsplit("/", 1)[-1]
                    fake.uploads[file_id] = raw
                    fake._record("file.upload", {"file_id": file_id, "size": len(raw)}, dict(self.headers))
                    return self._send(200, f"OK - {len(raw)}".encode(), "text/plain")
                body = _parse_body(raw, self.headers.get("Content-Type", ""), urlparse(self.path).query)
                if path.startswith("/response_url/"):
                    fake._record("response_url", body, dict(self.headers))
                    return self._send(200, b"ok", "text/plain")
                self._api(path if path.startswith("/api/") else "/api/" + path.strip("/"), body)

        return Handler


def _parse_body(raw: bytes, content_type: str, query: str) -> dict:
    if "json" in content_type:
        body = json.loads(raw or b"{}")
    else:
        body = {k: v[-1] for k, v in parse_qs(raw.decode("utf-8")).items()}
    body.update({k: v[-1] for k, v in parse_qs(query).items()})
    for field in JSON_FIELDS:  # form-encoded calls send these as JSON strings
        if isinstance(body.get(field), str):
            try:
                body[field] = json.loads(body[field])
            except ValueError:
                pass
    return body
