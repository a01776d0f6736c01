"""Per-item results of an eval run, so an interrupted run resumes where it stopped.

One row per (stage, config, dataset, item id, revision). `revision` names everything the result depends
on (index revision, embedder, models), so a re-index or a new model invalidates old rows by not matching them.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    stage TEXT, config TEXT, dataset TEXT, item TEXT, revision TEXT, value TEXT,
    PRIMARY KEY (stage, config, dataset, item, revision)
)
"""


class ResultCache:
    def __init__(self, path: Path):
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(SCHEMA)
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, stage: str, config: str, dataset: str, item: str, revision: str) -> dict | None:
        with self._lock:
            row = self._db.execute(
                "SELECT value FROM results WHERE stage=? AND config=? AND dataset=? AND item=? AND revision=?",
                (stage, config, dataset, item, revision),
            ).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return json.loads(row[0])

    def put(self, stage: str, config: str, dataset: str, item: str, revision: str, value: dict) -> None:
        # committed per item: a killed run loses at most the item in flight
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO results VALUES (?,?,?,?,?,?)",
                (stage, config, dataset, item, revision, json.dumps(value, ensure_ascii=False)),
            )

    def close(self) -> None:
        self._db.close()
