"""load → chunk → embed → index, incrementally.

Each file's hash (its bytes + the chunker version + its catalog entry) is stored on its chunks in the
index, so a re-run embeds nothing for unchanged files, re-indexes changed ones and removes deleted ones.
Vectors are cached by (model, text), so even a changed file only embeds the clauses that changed.
"""

from __future__ import annotations

import hashlib
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from assistant.catalog import default_catalog_path, load_catalog
from assistant.retrieval.embeddings import EmbeddingCache, TextEmbedder, embed_passages_cached
from assistant.wiring import build_embedder
from assistant.errors import IngestError, UnreadableDocument
from assistant.settings import Settings
from assistant.retrieval.store import ClauseStore, embedding_text
from assistant.types import Clause
from assistant.text.paragraphs import support_targets

from assistant.documents import chunk_file
from assistant.documents.loaders import iter_documents

# "4": the same clauses as "3"; the bump re-indexes existing data dirs once (from the embedding cache) so that
# ingest embeds the grounding verifier's paragraphs for them too.
CHUNKER_VERSION = "4"


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


class IngestWatcher:
    """Hears ingest progress: `phase(name, total)` when a phase starts, `step(done)` as it advances.
    The default does nothing; the web UI's IndexingStatus (ingest/background.py) records it."""

    def phase(self, name: str, total: int) -> None:
        pass

    def step(self, done: int) -> None:
        pass


def file_hash(path: Path, catalog_fingerprint: str) -> str:
    """Changes when the file, the chunker or the catalog changes: any of them changes the clauses."""
    digest = hashlib.sha256(f"{CHUNKER_VERSION}\0{catalog_fingerprint}\0".encode())
    with path.open("rb") as handle:  # streamed: an oversize file costs no memory before it is refused
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextmanager
def ingest_lock(data_dir: Path):
    """One ingest at a time per data dir: a second one would take the first one's fresh collection for an orphan."""
    import fcntl

    data_dir.mkdir(parents=True, exist_ok=True)
    with open(data_dir / "ingest.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IngestError(
                "Another `assistant ingest` is running on this index.", "Wait for it to finish and run it again."
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class Ingestor:
    def __init__(self, settings: Settings, embedder: TextEmbedder | None = None, store: ClauseStore | None = None):
        self.settings = settings
        self.embedder = embedder or build_embedder(settings)
        self.store = store or ClauseStore(settings, self.embedder.model_id)
        self.catalog = load_catalog()
        self.catalog_fingerprint = hashlib.sha256(default_catalog_path().read_bytes()).hexdigest()
        self.cache = EmbeddingCache(settings.embedding_cache)

    def run(self, paths: list[Path] | None = None, rebuild: bool = False, progress: bool = True,
            watch: IngestWatcher | None = None) -> IngestReport:
        """Index the corpus, one ingest at a time. `watch` (optional) hears about each phase and every embedded
        batch, so a caller (the web UI's banner) can show progress; the console bar is `progress`."""
        from assistant.ops import metrics

        try:
            with ingest_lock(self.settings.data_dir):
                self.store.collect_garbage()  # retired collections past their grace, orphans of killed rebuilds
                report = self._run(paths, rebuild, progress, watch or IngestWatcher())
        except Exception:
            metrics.observe_ingest(failed=True)
            raise
        metrics.observe_ingest(report, report.seconds.get("total"))
        return report

    def _run(self, paths: list[Path] | None, rebuild: bool, progress: bool, watch: IngestWatcher) -> IngestReport:
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
        files = list(iter_documents(roots))
        watch.phase("reading", total=len(files))
        for path in files:
            report.files_seen += 1
            watch.step(report.files_seen)
            source = str(path)
            present.add(source)
            try:
                digest = file_hash(path, self.catalog_fingerprint)
            except OSError as err:  # unreadable, vanished meanwhile: that file's line, not the batch's end
                report.errors.append((source, f"cannot read file ({err.strerror or err})"))
                continue
            old = state.get(source)
            if old and old[0] == digest:
                report.files_unchanged += 1
                continue
            try:
                clauses = chunk_file(path, self.catalog, max_bytes=int(self.settings.max_ingest_mb * 1024 * 1024),
                                     settings=self.settings)
            except UnreadableDocument as err:
                report.errors.append((source, err.reason))
                continue
            except Exception as err:  # one bad file never aborts the batch
                report.errors.append((source, f"could not be indexed ({type(err).__name__}: {str(err)[:200]})"))
                continue
            if not clauses:
                report.errors.append((source, "no text to index"))
                continue
            if len(clauses) > self.settings.max_clauses_per_file:
                report.errors.append((source, f"cuts into {len(clauses)} clauses, over the limit of "
                                              f"{self.settings.max_clauses_per_file} per file: split it "
                                              "(or raise ASSISTANT_MAX_CLAUSES_PER_FILE)"))
                continue
            report.files_indexed += 1
            hashes[source] = digest
            pending.extend(clauses)
        report.seconds["load+chunk"] = time.perf_counter() - t

        t = time.perf_counter()
        watch.phase("embedding", total=len(pending))
        vectors, report.embedded = self._embed([embedding_text(c) for c in pending], "embedding", progress, watch)
        report.seconds["embed"] = time.perf_counter() - t

        t = time.perf_counter()
        watch.phase("writing", total=len(pending))
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
            paragraphs = support_texts(pending)
            watch.phase("embedding paragraphs for the verifier", total=len(paragraphs))
            _, report.support_embedded = self._embed(paragraphs, "paragraphs", progress, watch)
        report.seconds["embed paragraphs"] = time.perf_counter() - t
        report.seconds["total"] = time.perf_counter() - started
        return report

    def _embed(self, texts: list[str], stage: str, progress: bool, watch: IngestWatcher | None = None):
        if not texts:
            return None, 0
        bar = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=len(texts), desc=stage, unit="text", leave=False)
        done = 0

        def advance(n: int) -> None:
            nonlocal done
            done += n
            if bar:
                bar.update(n)
            if watch:
                watch.step(done)

        try:
            return embed_passages_cached(
                self.embedder,
                self.cache,
                texts,
                # a remote embedder gets several requests' worth at once (sent concurrently, across files);
                # the local C engine one batch at a time (it has one handle and would only contend for the cores)
                batch_size=self.embedder.ingest_batch_size(self.settings.embed_batch_size),
                progress=advance,
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
