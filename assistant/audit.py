"""Append-only, hash-chained audit trail in SQLite.

Every question asked, answer given and piece of feedback is one row. Rows are never updated
or deleted (triggers refuse it); feedback is a new row that references the answer it rates.
Each row's hash is an HMAC-SHA256, keyed with a secret kept outside the database (the data dir's
`audit.key`, or settings.audit_key), over the previous row's hash and the row's canonical JSON. Editing,
deleting or reordering rows through a raw connection breaks the chain and `verify()` says where; and whoever
can write the database but not read the key cannot recompute a chain that verifies (a plain SHA-256 chain fails).
Removing rows from the *end* leaves a valid shorter chain: post `head()` (`assistant audit head`, "SEQ:HASH")
somewhere the database's writers cannot change (a daily ticket, a WORM bucket) and pass it back to
`verify(anchor=...)` (`assistant audit verify --anchor SEQ:HASH`) to detect that too. See docs/audit.md.

Trails written before keying keep their plain SHA-256 rows ("legacy"): the `chain` table records from which
seq on rows are keyed, with an HMAC tag so it cannot be moved without the key; `verify()` counts legacy rows.

The class is pure storage: callers redact questions before they get here.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, TextIO

from .errors import AssistantError, AuditTampered

GENESIS = "0" * 64
RATINGS = ("up", "down", "wrong_citation")
RESERVED = ("id", "seq", "kind", "time")  # set by the log, not by callers

SCHEMA = """
CREATE TABLE records (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    time TEXT NOT NULL,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX records_kind ON records(kind);
CREATE TRIGGER records_no_update BEFORE UPDATE ON records
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: UPDATE refused'); END;
CREATE TRIGGER records_no_delete BEFORE DELETE ON records
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: DELETE refused'); END;
"""
TRIGGERS = ("records_no_update", "records_no_delete")
CHAIN_SCHEMA = "CREATE TABLE chain (name TEXT PRIMARY KEY, value TEXT NOT NULL)"


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    checked: int  # rows examined
    first_bad_id: str | None = None  # id of the first row that does not verify (None if ok)
    reason: str = ""
    legacy: int = 0  # rows from before keying, protected by plain SHA-256 only (anchor the head to cover them)


def _json_default(value: Any) -> Any:
    if hasattr(value, "model_dump"):  # pydantic models (Citation, Verification, …)
        return value.model_dump(mode="json")
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def canonical_json(record: dict) -> str:
    """One spelling per record, so the hash is reproducible."""
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_json_default)


def chain_hash(prev_hash: str, payload: str, key: bytes | None = None) -> str:
    """HMAC-SHA256 with the trail's key; without a key, the plain SHA-256 of legacy (pre-keying) rows."""
    data = (prev_hash + payload).encode("utf-8")
    if key is None:
        return hashlib.sha256(data).hexdigest()
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def _tag(key: bytes, name: str, value: str) -> str:
    return hmac.new(key, f"{name}={value}".encode(), hashlib.sha256).hexdigest()


def parse_anchor(text: str) -> tuple[int, str]:
    """"SEQ:HASH" (what `assistant audit head` prints) → (seq, hash)."""
    seq, sep, digest = (text or "").strip().partition(":")
    if not sep or not seq.isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise AssistantError(f"{text!r} is not an audit anchor.",
                             "Pass what `assistant audit head` printed: SEQ:HASH (a number, a colon, 64 hex digits).")
    return int(seq), digest


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class AuditLog:
    """`append` and `add_feedback` write; everything else reads. Safe across threads and processes."""

    def __init__(self, path: Path, key: str | bytes | None = None):
        """`key`: the HMAC key (settings.audit_key); default a random key kept in `audit.key` beside the database."""
        from .redact import load_or_create_key

        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        key_file = self.path.with_name("audit.key")
        fresh_key_file = key is None and not key_file.exists()
        self.key = key.encode() if isinstance(key, str) else key or load_or_create_key(key_file, None)
        with self._connect() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("BEGIN IMMEDIATE")
            exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='records'").fetchone()
            if not exists:
                # Triggers are created with the table only: a log whose triggers were dropped
                # later stays visibly tampered instead of being silently repaired on open.
                for statement in SCHEMA.split(";\n"):
                    if statement.strip():
                        conn.execute(statement)
            keyed = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='chain'").fetchone()
            if not keyed:
                last = conn.execute("SELECT MAX(seq) FROM records").fetchone()[0] or 0
                # A trail from before keying: its rows stay plain SHA-256, new ones are keyed. If this trail was
                # keyed before (the marker file beside it) or its key file already existed, a missing chain table
                # means someone removed it: leave that for verify() to report.
                marker = self.path.with_name(self.path.name + ".keyed")
                if last == 0 or (not marker.exists() and (fresh_key_file or key is not None)):
                    self._start_keying(conn, last + 1)
                    marker.write_text(f"keyed from seq {last + 1}\n", encoding="utf-8")
            conn.execute("COMMIT")

    def _start_keying(self, conn: sqlite3.Connection, first_keyed_seq: int) -> None:
        conn.execute(CHAIN_SCHEMA)
        conn.execute("INSERT INTO chain VALUES ('keyed_from', ?)", (str(first_keyed_seq),))
        conn.execute("INSERT INTO chain VALUES ('keyed_from_tag', ?)",
                     (_tag(self.key, "keyed_from", str(first_keyed_seq)),))

    def _keyed_from(self, conn: sqlite3.Connection) -> int | str:
        """The first keyed seq, or a reason why the chain table cannot be trusted."""
        try:
            rows = dict(conn.execute("SELECT name, value FROM chain").fetchall())
        except sqlite3.OperationalError:
            return "the chain table (which rows are keyed) is missing"
        value = rows.get("keyed_from", "")
        if not value.isdigit() or not hmac.compare_digest(rows.get("keyed_from_tag", ""), _tag(self.key, "keyed_from", value)):
            return "the chain table was altered, or this is not the trail's key"
        return int(value)

    def _connect(self) -> _Connection:
        return _Connection(self.path)

    # --- writing ------------------------------------------------------------------

    def append(self, record: dict) -> str:
        """Store one record (an answered question by default) and return its id.

        Usual fields: user, channel, question (redacted), retrieved (chunk ids), citations,
        answer, status, verification, models, versions. Any JSON-able extra key is kept.
        """
        payload = {k: v for k, v in record.items() if k not in RESERVED}
        kind = str(record.get("kind") or "ask")
        record_id = uuid.uuid4().hex
        with self._lock, self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")  # serialises appenders across processes
            try:
                last = conn.execute("SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1").fetchone()
                seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
                full = {**payload, "id": record_id, "seq": seq, "kind": kind, "time": _now()}
                text = canonical_json(full)
                conn.execute(
                    "INSERT INTO records (seq, id, kind, time, payload, prev_hash, hash) VALUES (?,?,?,?,?,?,?)",
                    (seq, record_id, kind, full["time"], text, prev_hash, chain_hash(prev_hash, text, self.key)),
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return record_id

    def add_feedback(self, record_id: str, rating: str, comment: str = "", user: str = "") -> str:
        """Rate an answer: "up", "down" or "wrong_citation". Appends a feedback record."""
        if rating not in RATINGS:
            raise AssistantError(f"Unknown rating {rating!r}.", f"Use one of: {', '.join(RATINGS)}.")
        target = self.get(record_id)
        if target is None or target.get("kind") != "ask":
            raise AssistantError(
                f"There is no answer with audit id {record_id!r}.", "Rate an answer using the id shown with it."
            )
        return self.append(
            {"kind": "feedback", "ref": record_id, "rating": rating, "comment": comment or "", "user": user or ""}
        )

    # --- reading ------------------------------------------------------------------

    def iter_records(self, kind: str | None = None) -> Iterator[dict]:
        """Records in append order, as stored (payload JSON)."""
        for _seq, _id, _kind, payload, _prev, _hash in self._rows(kind):
            yield json.loads(payload)

    def get(self, record_id: str) -> dict | None:
        with self._connect() as conn:
            row = conn.execute("SELECT payload FROM records WHERE id = ?", (record_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def head(self) -> tuple[int, str]:
        """(seq, hash) of the last record: store it elsewhere to detect truncation later."""
        with self._connect() as conn:
            row = conn.execute("SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, GENESIS)

    def export_jsonl(self, out: TextIO | Path, kind: str | None = None) -> int:
        """Write one JSON object per record (with its chain fields); returns the count."""
        if isinstance(out, (str, Path)):
            with open(out, "w", encoding="utf-8") as handle:
                return self.export_jsonl(handle, kind)
        count = 0
        for _seq, _id, _kind, payload, prev_hash, digest in self._rows(kind):
            row = {"record": json.loads(payload), "prev_hash": prev_hash, "hash": digest}  # the key is never exported
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count

    def _rows(self, kind: str | None = None) -> Iterator[tuple]:
        query = "SELECT seq, id, kind, payload, prev_hash, hash FROM records"
        args: tuple = ()
        if kind:
            query, args = query + " WHERE kind = ?", (kind,)
        with self._connect() as conn:
            rows = conn.execute(query + " ORDER BY seq", args).fetchall()
        yield from rows

    # --- integrity ----------------------------------------------------------------

    def verify(self, anchor: tuple[int, str] | None = None) -> VerifyReport:
        """Walk the chain. Detects edited payloads, deleted rows, reordered rows, dropped triggers,
        and (given an earlier `head()` as anchor) rows removed from the end."""
        prev_hash, checked, seen = GENESIS, 0, {}
        with self._connect() as conn:
            keyed_from = self._keyed_from(conn)
        if isinstance(keyed_from, str):
            return VerifyReport(False, 0, None, keyed_from)
        for seq, record_id, kind, payload, stored_prev, digest in self._rows():
            checked += 1

            def bad(reason: str, _id=record_id) -> VerifyReport:
                return VerifyReport(False, checked, _id, f"record {_id} (seq {seq}): {reason}")

            if seq != checked:
                return bad(f"sequence gap: expected seq {checked}; a record was deleted or moved")
            if stored_prev != prev_hash:
                return bad("prev_hash does not match the previous record; a record was deleted or reordered")
            key = self.key if seq >= keyed_from else None
            if not hmac.compare_digest(chain_hash(prev_hash, payload, key), digest):
                return bad("hash does not match the content; the record was edited or its chain recomputed "
                           "without the key")
            try:
                body = json.loads(payload)
            except ValueError:
                return bad("payload is not valid JSON")
            if (body.get("id"), body.get("seq"), body.get("kind")) != (record_id, seq, kind):
                return bad("columns disagree with the hashed payload; the row was moved or edited")
            seen[seq] = digest
            prev_hash = digest
        if anchor is not None and anchor[0] > 0 and seen.get(anchor[0]) != anchor[1]:
            return VerifyReport(
                False, checked, None, f"the anchored record seq {anchor[0]} is missing or different; the log was cut"
            )
        with self._connect() as conn:
            present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
        missing = [t for t in TRIGGERS if t not in present]
        legacy = min(checked, keyed_from - 1)
        if missing:
            return VerifyReport(False, checked, None, f"append-only triggers are missing: {', '.join(missing)}", legacy)
        return VerifyReport(True, checked, legacy=legacy)

    def verify_or_raise(self, anchor: tuple[int, str] | None = None) -> VerifyReport:
        report = self.verify(anchor)
        if not report.ok:
            raise AuditTampered(
                f"The audit trail {self.path} does not verify: {report.reason}.",
                "Keep the file as evidence, restore the last verified backup, and investigate before appending.",
            )
        return report

    # --- feedback as an eval set --------------------------------------------------

    def feedback_dataset(self) -> list[dict]:
        """Rows in the eval schema (id, question, law, articles, reference_answer, feedback).

        👍 answers become references (law and articles they cited, the answer text); 👎 and
        wrong_citation ratings are kept only with a comment, which says what was wrong. The
        latest rating of an answer wins.
        """
        asks: dict[str, dict] = {}
        latest: dict[str, dict] = {}
        for record in self.iter_records():
            if record.get("kind") == "ask":
                asks[record["id"]] = record
            elif record.get("kind") == "feedback" and record.get("ref") in asks:
                latest[record["ref"]] = record
        rows = []
        for ask_id, feedback in latest.items():
            ask, rating, comment = asks[ask_id], feedback.get("rating"), (feedback.get("comment") or "").strip()
            question = (ask.get("question") or "").strip()
            if not question or (rating != "up" and not comment):
                continue
            law, articles = _cited_law_and_articles(ask)
            rows.append(
                {
                    "id": f"feedback-{ask_id}",
                    "question": question,
                    "law": law if rating == "up" else "",
                    "articles": articles if rating == "up" else [],
                    "reference_answer": ask.get("answer") if rating == "up" else None,
                    "feedback": {
                        "rating": rating,
                        "comment": comment,
                        "user": feedback.get("user", ""),
                        "record_id": ask_id,
                        "feedback_id": feedback["id"],
                        "time": feedback["time"],
                        "cited_law": law,
                        "cited_articles": articles,
                    },
                }
            )
        return rows


def _cited_law_and_articles(ask: dict) -> tuple[str, list[int]]:
    """The law cited first (by short title) and the sorted articles of it the answer cited."""
    law, articles = "", set()
    for citation in ask.get("citations") or []:
        if not isinstance(citation, dict):
            continue
        title = citation.get("short_title") or citation.get("law") or ""
        law = law or title
        if title == law and isinstance(citation.get("article"), int):
            articles.add(citation["article"])
    return law, sorted(articles)


class _Connection:
    """A short-lived autocommit connection (explicit BEGIN/COMMIT), closed on exit."""

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(path, timeout=30.0, isolation_level=None)

    def __enter__(self) -> sqlite3.Connection:
        return self.conn

    def __exit__(self, *exc) -> None:
        self.conn.close()
