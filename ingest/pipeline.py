"""load → chunk → embed → index, incrementally.

Each file's hash (its bytes + the chunker version + its catalog entry) is stored on its chunks in the
index, so a re-run embeds nothing for unchanged files, re-indexes changed ones and removes deleted ones.
Vectors are cached by (model, text), so even a changed file only embeds the clauses that changed.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.catalog import Catalog, default_catalog_path, load_catalog, parse_front_matter
from assistant.retrieval.embeddings import EmbeddingCache, TextEmbedder, embed_passages_cached, embedders
from assistant.errors import UnreadableDocument
from assistant.settings import Settings
from assistant.retrieval.store import ClauseStore, embedding_text
from assistant.types import Clause
from assistant.verify.grounding import support_targets

from .chunker import chunk_document
from .loaders import iter_documents, load_document

# "4": the same clauses as "3"; the bump re-indexes existing data dirs once (from the embedding cache) so that
# ingest embeds the grounding verifier's paragraphs for them too.
CHUNKER_VERSION = "4"

Progress = Callable[[str, int, int], None]  # (stage, done, total)


def support_texts(clauses: list[Clause]) -> list[str]:
    """Every text the grounding verifier may compare a claim with, for these clauses (deduplicated)."""
    return list(dict.fromkeys(t for c in clauses for t in support_targets(c.text)))


@dataclass
class IngestReport:
    files_seen: int = 0
    files_indexed: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    chunks_written: int = 0
    chunks_removed: int = 0
    embedded: int = 0  # vectors actually computed (not from the cache)
    support_embedded: int = 0  # paragraph vectors computed for the grounding verifier (settings.embed_verifier_paragraphs)
    errors: list[tuple[str, str]] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        lines = [
            f"{self.files_seen} files: {self.files_indexed} indexed, {self.files_unchanged} unchanged, "
            f"{self.files_removed} removed, {len(self.errors)} unreadable; {self.chunks_written} clauses written, "
            f"{self.chunks_removed} removed, {self.embedded} embedded"
            + (f" (+{self.support_embedded} paragraphs for the verifier)" if self.support_embedded else "")
        ]
        lines += [f"  ✗ {path}: {reason}" for path, reason in self.errors]
        return "\n".join(lines)


def _title_of(text: str, path: Path) -> str:
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("# "):
            return s[2:].strip()
        if s and not s.startswith(("<!--", "---", ">")):
            return s.lstrip("#").strip()
    return path.stem


def file_hash(path: Path, catalog_fingerprint: str) -> str:
    """Changes when the file, the chunker or the catalog changes: any of them changes the clauses."""
    digest = hashlib.sha256(f"{CHUNKER_VERSION}\0{catalog_fingerprint}\0".encode())
    digest.update(path.read_bytes())
    return digest.hexdigest()


def chunk_file(path: Path, catalog: Catalog, max_bytes: int | None = None) -> list[Clause]:
    """Read one file and cut it into clauses along its legal structure."""
    doc = load_document(path, max_bytes=max_bytes)
    front, body, offset = parse_front_matter(doc.text)
    title = front.get("title") or _title_of(body, path)
    law = catalog.match_file(title, str(path), body[:2000]) if not front else None
    law = law or catalog.infer(title, str(path), front)
    return chunk_document(doc.text, law, str(path))


class Ingestor:
    def __init__(self, settings: Settings, embedder: TextEmbedder | None = None, store: ClauseStore | None = None):
        self.settings = settings
        self.embedder = embedder or embedders.create(settings.embedder, settings)
        self.store = store or ClauseStore(settings, self.embedder.model_id)
        self.catalog = load_catalog()
        self.catalog_fingerprint = hashlib.sha256(default_catalog_path().read_bytes()).hexdigest()
        self.cache = EmbeddingCache(settings.embedding_cache)

    def run(self, paths: list[Path] | None = None, rebuild: bool = False, progress: bool | Progress = True) -> IngestReport:
        """`progress`: True for progress bars on the terminal, or a callable(stage, done, total) (tests, the UI)."""
        report = IngestReport()
        started = time.perf_counter()
        roots = [Path(p).resolve() for p in (paths or self.settings.corpus_dirs) if Path(p).exists()]
        missing_roots = [str(p) for p in (paths or []) if not Path(p).exists()]
        report.errors += [(p, "no such file or folder") for p in missing_roots]
        state = {} if rebuild else self.store.source_state()

        t = time.perf_counter()
        pending: list[Clause] = []
        hashes: dict[str, str] = {}
        present: set[str] = set()
        for path in iter_documents(roots):
            report.files_seen += 1
            source = str(path)
            present.add(source)
            digest = file_hash(path, self.catalog_fingerprint)
            old = state.get(source)
            if old and old[0] == digest:
                report.files_unchanged += 1
                continue
            try:
                clauses = chunk_file(path, self.catalog)
            except UnreadableDocument as err:
                report.errors.append((source, err.reason))
                continue
            if not clauses:
                report.errors.append((source, "no text to index"))
                continue
            report.files_indexed += 1
            hashes[source] = digest
            pending.extend(clauses)
        report.seconds["load+chunk"] = time.perf_counter() - t

        t = time.perf_counter()
        vectors, report.embedded = self._embed([embedding_text(c) for c in pending], "embedding clauses", progress)
        report.seconds["embed"] = time.perf_counter() - t

        t = time.perf_counter()
        target = self.store.begin_rebuild() if rebuild else None
        if pending:
            self.store.upsert(pending, vectors, hashes, collection=target)
            report.chunks_written = len(pending)
        if rebuild:
            self.store.finish_rebuild(target)
        else:
            stale = self._stale_ids(state, hashes, present, roots, explicit=paths is not None, pending=pending)
            report.files_removed = stale[1]
            if stale[0]:
                self.store.delete(stale[0])
                report.chunks_removed = len(stale[0])
        if pending or report.chunks_removed or rebuild:
            self.store.bump_revision()
        report.seconds["index"] = time.perf_counter() - t

        # After the index is live (search works meanwhile): the texts the grounding verifier compares claims
        # with, so no corpus text is embedded while a user waits for an answer.
        t = time.perf_counter()
        if self.settings.embed_verifier_paragraphs:
            _, report.support_embedded = self._embed(support_texts(pending), "embedding paragraphs for the verifier",
                                                     progress)
        report.seconds["embed paragraphs"] = time.perf_counter() - t
        report.seconds["total"] = time.perf_counter() - started
        return report

    def _embed(self, texts: list[str], stage: str, progress: bool | Progress):
        if not texts:
            return None, 0
        bar = None
        if callable(progress):
            done = [0]

            def step(n: int) -> None:
                done[0] += n
                progress(stage, done[0], len(texts))
        elif progress:
            from tqdm import tqdm

            bar = tqdm(total=len(texts), desc=stage, unit="text", leave=False)
            step = bar.update
        else:
            step = None
        try:
            return embed_passages_cached(
                self.embedder,
                self.cache,
                texts,
                # a remote embedder gets several requests' worth at once (sent concurrently, across files);
                # the local C engine one batch at a time (it has one handle and would only contend for the cores)
                batch_size=self.embedder.ingest_batch_size(self.settings.embed_batch_size),
                progress=step,
            )
        finally:
            if bar:
                bar.close()

    @staticmethod
    def _stale_ids(state, hashes, present, roots, explicit: bool, pending) -> tuple[list[str], int]:
        """Chunks of changed files that the new chunking no longer produces, and chunks of deleted files."""
        fresh_ids = {c.chunk_id for c in pending}
        stale: list[str] = []
        removed_files = 0
        for source, (_hash, ids) in state.items():
            if source in hashes:
                stale += [i for i in ids if i not in fresh_ids]
            elif source not in present:
                under_roots = any(Path(source).is_relative_to(r) for r in roots)
                if under_roots or not explicit:
                    stale += ids
                    removed_files += 1
        return stale, removed_files
