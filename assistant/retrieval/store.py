"""The clause index in Chroma: embedded (PersistentClient) by default, client/server when configured.

We always pass our own vectors (never Chroma's default embedding function, which downloads a model).
A small `assistant_meta` collection holds which clause collection is live and its revision, so a full
rebuild fills a fresh collection and flips the pointer at the end: readers never see a half-built index.

Readers in other processes (the web UI, the Slack bot) survive a rebuild: every read re-checks the pointer
(at most once per `index_pointer_ttl` seconds, and always after a "collection does not exist" error) and
reopens the live collection. The collection a rebuild replaces is only retired, with a timestamp, and dropped
by a later ingest once `index_grace_seconds` have passed; collections left by killed rebuilds (neither live nor
retired) are dropped by the next ingest too.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator

import numpy as np

from ..errors import IndexNotReady
from ..settings import Settings
from ..types import FOREVER, Clause, date_int

META_COLLECTION = "assistant_meta"
PAGE = 2000


def make_client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_host:
        try:
            client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
            client.heartbeat()
        except Exception as exc:  # connection refused, DNS, TLS …
            raise IndexNotReady(
                f"Cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port} ({exc.__class__.__name__}).",
                "Start it with `chroma run --path DIR --port PORT`, or unset ASSISTANT_CHROMA_HOST to use the embedded index.",
            ) from None
        return client
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


def _slug(text: str) -> str:
    return re.sub(r"[^a-zA-Z0-9]+", "-", text).strip("-").lower()[:60]


def clause_metadata(clause: Clause, file_hash: str) -> dict:
    """Chroma metadata must be scalars; dates become YYYYMMDD ints so `$lte` filters work."""
    return {
        "doc_id": clause.doc_id,
        "law": clause.law,
        "short_title": clause.short_title,
        "aliases": "|".join(clause.aliases),
        "jurisdiction": clause.jurisdiction,
        "kind": clause.kind,
        "article": clause.article if clause.article is not None else -1,
        "label": clause.label,
        "chapter": clause.chapter,
        "paragraph": clause.paragraph,
        "piece": clause.piece,
        "source": clause.source,
        "start": clause.start,
        "end": clause.end,
        "version_date": clause.version_date,
        "effective_date": clause.effective_date,
        "effective_until": clause.effective_until,
        "effective_from_int": date_int(clause.effective_date),
        "effective_until_int": date_int(clause.effective_until, FOREVER),
        "status": clause.status,
        "content_hash": clause.content_hash,
        "file_hash": file_hash,
    }


def clause_from_record(chunk_id: str, text: str, meta: dict) -> Clause:
    article = meta.get("article", -1)
    return Clause(
        chunk_id=chunk_id,
        doc_id=meta["doc_id"],
        law=meta["law"],
        short_title=meta["short_title"],
        aliases=[a for a in meta.get("aliases", "").split("|") if a],
        jurisdiction=meta.get("jurisdiction", ""),
        kind=meta.get("kind", "regulation"),
        article=None if article is None or article < 0 else article,
        label=meta.get("label", ""),
        chapter=meta.get("chapter", ""),
        paragraph=meta.get("paragraph", ""),
        piece=meta.get("piece", 0),
        text=text,
        source=meta.get("source", ""),
        start=meta.get("start", 0),
        end=meta.get("end", 0),
        version_date=meta.get("version_date", ""),
        effective_date=meta.get("effective_date", ""),
        effective_until=meta.get("effective_until", ""),
        status=meta.get("status", "in_force"),
        content_hash=meta.get("content_hash", ""),
    )


def embedding_text(clause: Clause) -> str:
    """What the dense model sees: the citation and chapter give a short article its context."""
    return f"{clause.citation_label()} {clause.chapter}\n{clause.text}"


def _is_missing_collection(exc: Exception) -> bool:
    """Chroma's "collection does not exist" (NotFoundError, or a plain error in older clients)."""
    name = type(exc).__name__
    text = str(exc).lower()
    # Embedded mode: a collection another process is creating or dropping this instant can surface as an
    # InternalError ("Error getting collection: … Missing metadata segment"); it is as good as missing: reopen.
    transient = "missing metadata segment" in text or "error getting collection" in text
    return (name in ("NotFoundError", "InvalidCollectionException") or "does not exist" in text or "not found" in text
            or transient)


class ClauseStore:
    def __init__(self, settings: Settings, model_id: str, client=None):
        self.settings = settings
        self.client = client or make_client(settings)
        self.base_name = f"{_slug(settings.collection)}--{_slug(model_id)}"[:120]
        self._meta = self.client.get_or_create_collection(META_COLLECTION, embedding_function=None)
        self._collection = None
        self._checked_at = 0.0  # monotonic time of the last pointer check
        self._lock = threading.Lock()

    # pointer / revision --------------------------------------------------------
    def _pointer(self) -> dict:
        got = self._meta.get(ids=[self.base_name], include=["documents"])
        if got["ids"] and got["documents"][0]:
            return json.loads(got["documents"][0])
        return {}

    def _set_pointer(self, name: str, revision: str, retired: list[dict] | None = None) -> None:
        retired = self._pointer().get("retired", []) if retired is None else retired
        doc = json.dumps({"collection": name, "revision": revision, "retired": retired})
        # Chroma requires an embedding per record; the meta collection holds a dummy one.
        self._meta.upsert(ids=[self.base_name], documents=[doc], embeddings=[[0.0, 0.0]])

    @property
    def revision(self) -> str:
        return self._pointer().get("revision", "")

    def live_name(self) -> str:
        return self._pointer().get("collection", self.base_name)

    @property
    def collection(self):
        """The live collection, reopened when another process has switched the pointer since we last looked."""
        ttl = self.settings.index_pointer_ttl
        if self._collection is None or time.monotonic() - self._checked_at >= ttl:
            self._refresh()
        return self._collection

    def _refresh(self) -> None:
        with self._lock:
            for _ in range(3):
                name = self._pointer().get("collection")
                self._checked_at = time.monotonic()
                if self._collection is not None and self._collection.name == (name or self.base_name):
                    return
                if name is None:  # nothing indexed yet: the first ingest writes here
                    self._collection = self.client.get_or_create_collection(
                        self.base_name, embedding_function=None, metadata={"hnsw:space": "cosine"})
                    return
                try:
                    # Never create here: a reader that recreated a just-dropped collection would serve it empty.
                    self._collection = self.client.get_collection(name, embedding_function=None)
                    return
                except Exception as exc:
                    if not _is_missing_collection(exc):
                        raise
                    # The pointer moved on between reading it and opening its collection: read it again.
                    time.sleep(0.05)
            raise IndexNotReady(f"The live clause collection {name} is missing.",
                                "Run `assistant ingest --rebuild` to rebuild the index.")

    def _read(self, operation: Callable):
        """Run a read against the live collection; if a rebuild dropped it meanwhile, reopen and retry once."""
        for attempt in range(3):
            try:
                return operation(self.collection if attempt == 0 else self._collection)
            except Exception as exc:
                if not _is_missing_collection(exc) or attempt == 2:
                    raise
                self._checked_at = 0.0
                time.sleep(0.05 * attempt)
                self._refresh()

    def bump_revision(self) -> None:
        self._set_pointer(self.live_name(), f"{time.time_ns():x}")

    def begin_rebuild(self):
        """A fresh, empty collection that becomes live only on `finish_rebuild`."""
        name = f"{self.base_name}--{time.time_ns():x}"
        return self.client.get_or_create_collection(name, embedding_function=None, metadata={"hnsw:space": "cosine"})

    def finish_rebuild(self, fresh) -> None:
        """Flip the pointer to `fresh`; the old collection is retired, not dropped: readers may still hold it."""
        pointer = self._pointer()
        old = pointer.get("collection", self.base_name)
        retired = [r for r in pointer.get("retired", []) if r.get("name") != fresh.name]
        if old != fresh.name:
            retired.append({"name": old, "at": time.time()})
        self._set_pointer(fresh.name, f"{time.time_ns():x}", retired)
        with self._lock:
            self._collection = fresh
            self._checked_at = time.monotonic()
        self.collect_garbage()

    def collect_garbage(self) -> list[str]:
        """Drop retired collections past the grace period and orphans of killed rebuilds; return their names.

        Call only while holding the ingest lock: a rebuild in progress elsewhere would look like an orphan.
        """
        pointer = self._pointer()
        live = pointer.get("collection", self.base_name)
        now = time.time()
        grace = self.settings.index_grace_seconds
        keep_retired = [r for r in pointer.get("retired", []) if now - r.get("at", 0) < grace and r.get("name") != live]
        protected = {live} | {r["name"] for r in keep_retired}
        dropped = []
        for name in self._collection_names():
            if name in protected or not (name == self.base_name or name.startswith(self.base_name + "--")):
                continue
            try:
                self.client.delete_collection(name)
                dropped.append(name)
            except Exception:  # already gone: nothing to clean
                pass
        if keep_retired != pointer.get("retired", []) and pointer:
            self._set_pointer(live, pointer.get("revision", ""), keep_retired)
        return dropped

    def _collection_names(self) -> list[str]:
        names = []
        for item in self.client.list_collections():
            names.append(item if isinstance(item, str) else item.name)
        return names

    # writes ---------------------------------------------------------------------
    def upsert(self, clauses: list[Clause], vectors: np.ndarray, file_hashes: dict[str, str], collection=None) -> None:
        target = collection or self.collection
        for start in range(0, len(clauses), 500):
            batch = clauses[start : start + 500]
            target.upsert(
                ids=[c.chunk_id for c in batch],
                documents=[c.text for c in batch],
                metadatas=[clause_metadata(c, file_hashes.get(c.source, "")) for c in batch],
                embeddings=vectors[start : start + 500].tolist(),
            )

    def delete(self, ids: list[str]) -> None:
        for start in range(0, len(ids), 500):
            self.collection.delete(ids=ids[start : start + 500])

    # reads ----------------------------------------------------------------------
    def count(self) -> int:
        return self._read(lambda collection: collection.count())

    def source_state(self) -> dict[str, tuple[str, list[str]]]:
        """source path → (file hash, chunk ids), read from the index itself (works in server mode too)."""
        state: dict[str, tuple[str, list[str]]] = {}
        for ids, metas in self._pages(include=["metadatas"]):
            for chunk_id, meta in zip(ids, metas):
                file_hash, chunk_ids = state.get(meta["source"], (meta.get("file_hash", ""), []))
                chunk_ids.append(chunk_id)
                state[meta["source"]] = (file_hash, chunk_ids)
        return state

    def iter_clauses(self) -> Iterator[Clause]:
        for ids, metas, docs in self._pages(include=["metadatas", "documents"]):
            for chunk_id, meta, doc in zip(ids, metas, docs):
                yield clause_from_record(chunk_id, doc, meta)

    def iter_clauses_with_vectors(self) -> Iterator[tuple[Clause, np.ndarray]]:
        """Every clause with its stored vector, in one scan (two scans could straddle a rebuild's pointer flip)."""
        for ids, metas, docs, vectors in self._pages(include=["metadatas", "documents", "embeddings"]):
            for chunk_id, meta, doc, vector in zip(ids, metas, docs, vectors):
                yield clause_from_record(chunk_id, doc, meta), np.asarray(vector, dtype=np.float32)

    def _pages(self, include):
        offset = 0
        collection = self.collection  # one collection for the whole scan, even if the pointer flips meanwhile
        while True:
            try:
                got = collection.get(include=include, limit=PAGE, offset=offset)
            except Exception as exc:
                if not _is_missing_collection(exc):
                    raise
                if offset:  # half the scan came from the old collection: mixing them would duplicate clauses
                    raise
                self._checked_at = 0.0  # dropped under us before the first page: read the live one
                collection = self.collection
                continue
            if not got["ids"]:
                return
            yield tuple([got["ids"]] + [got[key] for key in include])
            offset += len(got["ids"])

    def query(self, vector: np.ndarray, n: int, where: dict | None = None) -> list[tuple[str, float]]:
        if n <= 0:
            return []
        embedding = np.asarray(vector, dtype=np.float32).tolist()
        got = self._read(lambda collection: collection.query(
            query_embeddings=[embedding], n_results=n, where=where or None, include=["distances"]
        ))
        return list(zip(got["ids"][0], got["distances"][0]))
