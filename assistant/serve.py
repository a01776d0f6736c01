"""`assistant serve`: one warm Assistant in a local process; `assistant search` / `ask` talk to it.

A fresh `assistant ask` spends most of its time importing (langchain, chromadb, numpy, pydantic) and loading
(the model, jieba's dictionary, the lexical index); the answer itself takes milliseconds. `assistant serve`
pays that once and listens on a unix socket in the data dir (only this user can reach it: the socket is 0600).
The CLI sends it the command line and prints what comes back; when nothing is listening, when the server
runs with other settings, or when it fails to answer, the CLI answers in-process as before.

Wire format: one JSON object per line each way. Request {"argv": [...], "settings": fingerprint};
reply {"rc": int, "stdout": str, "stderr": str} or {"fallback": reason}.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import socket
import sys
import time
from pathlib import Path

SOCKET_NAME = "serve.sock"
COMMANDS = ("search", "ask")  # what the server answers; everything else runs in-process
CONNECT_TIMEOUT = 0.5
ANSWER_TIMEOUT = 120.0
MAX_SOCKET_PATH = 100  # AF_UNIX paths are limited to ~108 bytes


def socket_path(settings) -> Path:
    return settings.data_dir.resolve() / SOCKET_NAME


def fingerprint(settings) -> str:
    """Same settings ⇔ same answers: a server started with other settings does not answer for this shell."""
    data = settings.model_dump(mode="json")
    data["data_dir"] = str(settings.data_dir.resolve())
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]


# client ------------------------------------------------------------------------------------------------

def try_remote(argv: list[str], settings) -> int | None:
    """Run `argv` on a running server and print its output; None when the caller must run it itself."""
    path = socket_path(settings)
    if not path.exists() or len(str(path)) > MAX_SOCKET_PATH:
        return None
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(CONNECT_TIMEOUT)
            sock.connect(str(path))
            sock.settimeout(ANSWER_TIMEOUT)
            sock.sendall(json.dumps({"argv": argv, "settings": fingerprint(settings)}).encode() + b"\n")
            reply = json.loads(_read_line(sock))
    except (OSError, ValueError):  # stale socket, server gone or busy dying: answer in-process
        return None
    if "fallback" in reply:
        print(f"note: `assistant serve` did not answer ({reply['fallback']}); answering in-process.", file=sys.stderr)
        return None
    sys.stdout.write(reply.get("stdout", ""))
    sys.stderr.write(reply.get("stderr", ""))
    sys.stdout.flush()
    return int(reply.get("rc", 1))


def _read_line(sock: socket.socket) -> bytes:
    chunks = []
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        chunks.append(chunk)
        if chunk.endswith(b"\n"):
            break
    return b"".join(chunks)


# server ------------------------------------------------------------------------------------------------

class Server:
    """Answers one request at a time (an answer is CPU-bound; two at once would not finish sooner)."""

    def __init__(self, settings, run_command, assistant_factory):
        self.settings = settings
        self.fingerprint = fingerprint(settings)
        self.run_command = run_command  # (argv, assistant) -> exit code, printing to stdout/stderr
        self.assistant_factory = assistant_factory
        self.assistant = assistant_factory()
        self.revision = self.assistant.store.revision
        self.path = socket_path(settings)

    def _current(self):
        """The served assistant, reloaded when `assistant ingest` changed the index since it was loaded."""
        revision = self.assistant.store.revision
        if revision != self.revision:
            self.assistant = self.assistant_factory()
            self.revision = self.assistant.store.revision
            self.assistant.warm_up()
        return self.assistant

    def handle(self, request: dict) -> dict:
        if request.get("settings") != self.fingerprint:
            return {"fallback": "it runs with other settings"}
        argv = [str(a) for a in request.get("argv", [])]
        if not argv or argv[0] not in COMMANDS:
            return {"fallback": f"it only answers {', '.join(COMMANDS)}"}
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = self.run_command(argv, self._current())
            except SystemExit as exc:  # argparse errors and --help
                rc = exc.code if isinstance(exc.code, int) else 2
            except Exception as exc:  # a bug must not take the server down; the CLI retries in-process
                return {"fallback": f"{type(exc).__name__}: {exc}"}
        return {"rc": rc, "stdout": out.getvalue(), "stderr": err.getvalue()}

    def serve_forever(self, ready=None) -> None:
        if len(str(self.path)) > MAX_SOCKET_PATH:
            from .errors import ConfigError

            raise ConfigError(f"The socket path {self.path} is too long for a unix socket.",
                              "Use a shorter ASSISTANT_DATA_DIR.")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()  # a stale socket of a server that died
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old_umask = os.umask(0o177)  # the socket is created 0600: only this user may ask
        try:
            listener.bind(str(self.path))
        finally:
            os.umask(old_umask)
        listener.listen(8)
        if ready is not None:
            ready()
        try:
            while True:
                conn, _ = listener.accept()
                with conn:
                    self._answer(conn)
        finally:
            listener.close()
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()

    def _answer(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        try:
            request = json.loads(_read_line(conn) or b"{}")
            started = time.perf_counter()
            reply = self.handle(request if isinstance(request, dict) else {})
            argv = request.get("argv", ["?"]) if isinstance(request, dict) else ["?"]
            print(f"{time.strftime('%H:%M:%S')} {argv[0] if argv else '?'} "
                  f"{(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
        except (OSError, ValueError) as exc:
            reply = {"fallback": f"bad request ({exc})"}
        with contextlib.suppress(OSError):
            conn.sendall(json.dumps(reply, ensure_ascii=False).encode() + b"\n")
