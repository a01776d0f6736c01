"""PDF text extraction in a child process with a memory cap and a wall-clock timeout.

Why a child process: a malicious or broken PDF (circular references, decompression
bombs, huge page trees) can make pypdf loop or allocate without bound. Running it in
`python -m assistant.documents.pdf_sandbox` with RLIMIT_AS set and killing it on timeout turns every
such file into one clean `UnreadableDocument` instead of a hung or killed batch.

Child protocol: one JSON object on stdout, either {"pages": [...]} or
{"error": CODE, "detail": "..."} with CODE in REASONS.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from assistant.errors import UnreadableDocument

_PROJECT_ROOT = Path(__file__).resolve().parents[2]

REASONS = {
    "encrypted": (
        "encrypted PDF (password protected): remove the password and try again",
        "Open it in a PDF reader and save or print it as an unprotected PDF.",
    ),
    "invalid": (
        "not a valid PDF (broken or truncated file)",
        "Re-download or re-export the file and try again.",
    ),
    "memory": (
        "PDF parsing exceeded the memory limit",
        "The file may be malicious or extremely large; re-export it or split it.",
    ),
    "crashed": (
        "the PDF parser stopped unexpectedly",
        "Re-export the file as PDF and try again.",
    ),
}


def extract_pdf_text(path: Path, timeout: float = 30, memory_mb: int = 1024) -> list[str]:
    """Return the text of each page of the PDF at `path` (raw, not normalised).

    Raises UnreadableDocument for encrypted, broken, too slow or too large files.
    """
    command = [sys.executable, "-m", "assistant.documents.pdf_sandbox", str(Path(path).resolve()), str(int(memory_mb))]
    # cwd = project root so `-m assistant.documents.pdf_sandbox` imports this file, not whatever
    # lies in the caller's working directory; own session so the kill reaches it all.
    process = subprocess.Popen(
        command,
        cwd=_PROJECT_ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process)
        raise UnreadableDocument(
            path,
            f"PDF parsing exceeded {timeout:g} s (possibly a malicious file)",
            "If the file is genuine, re-export it as PDF or raise the PDF timeout.",
        ) from None
    return _parse_child_output(path, process.returncode, stdout, stderr)


def _kill(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.communicate()


# How running out of address space shows when it hits the interpreter rather than pypdf
# (an import that cannot map its shared object, an allocation inside a C extension).
_MEMORY_SIGNS = (b"MemoryError", b"Cannot allocate memory", b"failed to map segment", b"bad_alloc", b"out of memory",
                 b"error return without exception set")


def _parse_child_output(path: Path, returncode: int, stdout: bytes, stderr: bytes) -> list[str]:
    try:
        result = json.loads(stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        result = None
    if isinstance(result, dict) and isinstance(result.get("pages"), list):
        return [str(page) for page in result["pages"]]
    if isinstance(result, dict) and result.get("error") in REASONS:
        code = result["error"]
    elif any(sign in stderr for sign in _MEMORY_SIGNS) or returncode in (-signal.SIGKILL, -signal.SIGSEGV, -signal.SIGABRT):
        # Without JSON the child died; under RLIMIT_AS that is almost always memory.
        code = "memory"
    else:
        code = "crashed"
    reason, hint = REASONS[code]
    raise UnreadableDocument(path, reason, hint)


# --- child side -------------------------------------------------------------


def _limit_memory(memory_mb: int) -> None:
    import resource

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def extract_in_process(path: str) -> dict:
    """Extract in this process (the document sandbox's child calls it): {"pages": [...]} or {"error": CODE}."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import (
        DependencyError,
        FileNotDecryptedError,
        LimitReachedError,
        PdfReadError,
        PyPdfError,
    )

    logging.disable(logging.CRITICAL)  # pypdf warns on stderr about every oddity
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            # Many "encrypted" PDFs only carry an owner password and open with "".
            try:
                if not reader.decrypt(""):
                    return {"error": "encrypted", "detail": "password required"}
            except (FileNotDecryptedError, NotImplementedError, DependencyError) as err:
                # DependencyError: AES needs the optional `cryptography` package.
                return {"error": "encrypted", "detail": str(err)}
        pages = [page.extract_text() or "" for page in reader.pages]
    except MemoryError:
        return {"error": "memory", "detail": "MemoryError"}
    except LimitReachedError as err:
        # pypdf's own caps on stream sizes, recursion and cycles: a hostile structure.
        message = str(err).lower()
        expands = any(word in message for word in ("decompress", "decoding", "length", "memory"))
        return {"error": "memory" if expands else "invalid", "detail": str(err)}
    except FileNotDecryptedError as err:
        return {"error": "encrypted", "detail": str(err)}
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, RecursionError, AssertionError, OSError, EOFError) as err:
        return {"error": "invalid", "detail": f"{type(err).__name__}: {err}"}
    if not pages:
        return {"error": "invalid", "detail": "no pages"}
    return {"pages": pages}


def main(argv: list[str]) -> int:
    path, memory_mb = argv[0], int(argv[1])
    _limit_memory(memory_mb)
    try:
        result = extract_in_process(path)
        output = json.dumps(result)  # ASCII-only: safe whatever the locale, survives lone surrogates
    except (MemoryError, SystemError) as err:
        # CPython sometimes reports an allocation failure during import as a bare SystemError
        # ("error return without exception set"); under the address-space cap that is memory.
        output = json.dumps({"error": "memory", "detail": type(err).__name__})
    except OSError as err:  # ENOMEM from mmap/import under the cap
        output = json.dumps({"error": "memory" if err.errno == 12 else "crashed", "detail": str(err)})
    sys.stdout.write(output)  # the parent reads it as UTF-8
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
