"""Reading documents, shared by ingest, the spec checker and the law diff: load any format in a sandboxed child
process (`loaders.py`, `sandbox.py` and its child `sandbox_child.py`, `pdf_sandbox.py`, `docx_reader.py`), normalise
the text (`normalize.py`) and cut it into clauses along its legal structure (`chunker.py`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..catalog import Catalog
    from ..settings import Settings
    from ..types import Clause


def chunk_file(path: Path, catalog: Catalog, max_bytes: int | None = None, settings: Settings | None = None) -> list[Clause]:
    """Read one file (parsed in the sandbox) and cut it into clauses along its legal structure."""
    from ..catalog import parse_front_matter
    from .chunker import chunk_document
    from .loaders import load_document

    limits = {"timeout": settings.parse_timeout, "memory_mb": settings.parse_memory_mb} if settings else {}
    doc = load_document(path, max_bytes=max_bytes, **limits)
    front, body, offset = parse_front_matter(doc.text)
    title = front.get("title") or _title_of(body, path)
    law = catalog.match_file(title, str(path), body[:2000]) if not front else None
    law = law or catalog.infer(title, str(path), front)
    return chunk_document(doc.text, law, str(path))


def _title_of(text: str, path: Path) -> str:
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("# "):
            return s[2:].strip()
        if s and not s.startswith(("<!--", "---", ">")):
            return s.lstrip("#").strip()
    return path.stem
