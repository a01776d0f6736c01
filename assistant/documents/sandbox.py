"""Every document is parsed in a child process with memory, time and output limits.

Why: a hostile or broken file (a DOCX whose XML inflates to gigabytes, 20,000 nested <div>, a PDF with
circular references, a 200 MB text file) must cost one clean `UnreadableDocument`, never the memory or the
life of the process that asked (the ingest batch, `assistant check`, the web UI, the Slack bot).

The child (`python -m assistant.documents.sandbox_child PATH MEMORY_MB TIMEOUT`, sandbox_child.py) runs
`assistant.documents.loaders.parse_file` under RLIMIT_AS and
RLIMIT_CPU; the parent kills its whole session on the wall-clock timeout and stops reading (and kills it)
when its output passes the output limit. Child protocol: one JSON object on stdout, either
{"document": {...LoadedDocument fields...}} or {"error": CODE, "reason": ..., "hint": ...}.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

from assistant.errors import UnreadableDocument

_PROJECT_ROOT = Path(__file__).resolve().parents[2]

FORMAT_NAMES = {"pdf": "PDF", "docx": "DOCX", "html": "HTML", "md": "Markdown", "txt": "text"}
DEFAULT_TIMEOUT = 60.0
DEFAULT_MEMORY_MB = 1024
DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024

# How running out of address space shows when it hits the interpreter rather than the parser
# (an import that cannot map its shared object, an allocation inside a C extension).
_MEMORY_SIGNS = (b"MemoryError", b"Cannot allocate memory", b"failed to map segment", b"bad_alloc", b"out of memory",
                 b"error return without exception set")


def parse_in_sandbox(path: Path, fmt: str, timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB,
                     max_output_bytes: int = DEFAULT_MAX_OUTPUT_BYTES) -> dict:
    """The parsed document's fields (see LoadedDocument), or UnreadableDocument with a one-line reason."""
    name = FORMAT_NAMES.get(fmt, fmt)
    command = [sys.executable, "-m", "assistant.documents.sandbox_child", str(Path(path).resolve()), str(int(memory_mb)),
               str(timeout)]
    # cwd = project root so `-m assistant.documents.sandbox_child` imports our child, not whatever lies in the caller's
    # working directory; own session so the kill reaches everything the child started.
    process = subprocess.Popen(command, cwd=_PROJECT_ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
    try:
        stdout, stderr, outcome = _collect(process, timeout, max_output_bytes)
    finally:
        if process.poll() is None:
            _kill(process)
    if outcome == "timeout":
        raise UnreadableDocument(path, f"{name} parsing exceeded {timeout:g} s (possibly a malicious file)",
                                 "If the file is genuine, split it or convert it to plain text.")
    if outcome == "output":
        raise UnreadableDocument(path, f"{name} text is larger than {max_output_bytes // (1024 * 1024)} MB once extracted",
                                 "Split the document into smaller files.")
    return _parse_child_output(path, name, process.returncode, stdout, stderr)


def _collect(process: subprocess.Popen, timeout: float, max_output_bytes: int) -> tuple[bytes, bytes, str]:
    """Read stdout and stderr until the child exits; stop early on the timeout or the output limit."""
    deadline = time.monotonic() + timeout
    chunks: dict[str, list[bytes]] = {"out": [], "err": []}
    sizes = {"out": 0, "err": 0}
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ, "out")
    selector.register(process.stderr, selectors.EVENT_READ, "err")
    try:
        while selector.get_map():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return b"", b"", "timeout"
            for key, _ in selector.select(timeout=min(remaining, 1.0)):
                data = os.read(key.fd, 1 << 16)
                if not data:
                    selector.unregister(key.fileobj)
                    continue
                if key.data == "err" and sizes["err"] > 1 << 16:
                    continue  # keep only the start of stderr: enough to tell memory from a crash
                sizes[key.data] += len(data)
                chunks[key.data].append(data)
                if sizes["out"] > max_output_bytes:
                    return b"", b"", "output"
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            return b"", b"", "timeout"
    finally:
        selector.close()
        process.stdout.close()
        process.stderr.close()
    return b"".join(chunks["out"]), b"".join(chunks["err"]), "done"


def _kill(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def _parse_child_output(path: Path, name: str, returncode: int, stdout: bytes, stderr: bytes) -> dict:
    try:
        result = json.loads(stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        result = None
    if isinstance(result, dict) and isinstance(result.get("document"), dict):
        return result["document"]
    if isinstance(result, dict) and result.get("error") == "unreadable":
        raise UnreadableDocument(path, str(result.get("reason", "")), result.get("hint") or None)
    if isinstance(result, dict) and result.get("error") == "memory" or any(sign in stderr for sign in _MEMORY_SIGNS) \
            or returncode in (-signal.SIGKILL, -signal.SIGSEGV, -signal.SIGABRT):
        # Without JSON the child died; under RLIMIT_AS that is almost always memory.
        raise UnreadableDocument(path, f"{name} parsing exceeded the memory limit",
                                 "The file may be malicious or extremely large; re-export it or split it.")
    if returncode == -signal.SIGXCPU:
        raise UnreadableDocument(path, f"{name} parsing exceeded its CPU time limit (possibly a malicious file)",
                                 "If the file is genuine, split it or convert it to plain text.")
    raise UnreadableDocument(path, f"the {name} parser stopped unexpectedly", "Re-export the file and try again.")
