"""Index the corpus in a background thread and say how far it got (for a UI that starts before the index).

`start_indexing(settings, embedder, on_ready)` runs the ordinary ingest pipeline in a daemon thread and
returns an `IndexingStatus` the caller can poll: phase, files read, clauses embedded, an estimate of the
time left measured from the embedding rate so far, and the error if it failed. `on_ready()` is called once
the index is written (to reload whatever serves searches).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

from .pipeline import Ingestor, IngestWatcher

log = logging.getLogger(__name__)

MIN_SECONDS_FOR_ESTIMATE = 5.0  # no estimate before the rate has been measured for this long


@dataclass
class IndexingStatus(IngestWatcher):
    phase_name: str = "starting"  # starting → reading → embedding → writing → done | failed
    total: int = 0  # files while reading, clauses while embedding/writing
    done: int = 0
    files: int = 0
    clauses: int = 0
    summary: str = ""
    error: str = ""
    phase_started: float = field(default_factory=time.monotonic)
    started: float = field(default_factory=time.monotonic)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    # IngestWatcher
    def phase(self, name: str, total: int) -> None:
        with self.lock:
            self.phase_name, self.total, self.done, self.phase_started = name, total, 0, time.monotonic()
            if name == "reading":
                self.files = total
            elif name == "embedding":
                self.clauses = total

    def step(self, done: int) -> None:
        with self.lock:
            self.done = done

    # reading it
    @property
    def running(self) -> bool:
        return self.phase_name not in ("done", "failed")

    def seconds_left(self) -> float | None:
        """Time left for the embedding, from its measured rate; None while there is nothing to measure.
        An upper bound: clauses already in the embedding cache are skipped without being counted."""
        with self.lock:
            if self.phase_name != "embedding" or self.done <= 0:
                return None
            elapsed = time.monotonic() - self.phase_started
            if elapsed < MIN_SECONDS_FOR_ESTIMATE:
                return None
            return (self.total - self.done) * elapsed / self.done

    def snapshot(self) -> dict:
        with self.lock:
            state = dict(phase=self.phase_name, total=self.total, done=self.done, files=self.files,
                         clauses=self.clauses, summary=self.summary, error=self.error,
                         elapsed=time.monotonic() - self.started)
        state["seconds_left"] = self.seconds_left()
        return state


def start_indexing(settings, embedder, on_ready: Callable[[], None],
                   before: Callable[[], None] | None = None) -> IndexingStatus:
    """Run the incremental ingest of settings.corpus_dirs in a daemon thread; returns its live status.
    `before()` runs first in the same thread (e.g. loading the existing index, so the page is not kept waiting)."""
    status = IndexingStatus()

    def work() -> None:
        try:
            if before is not None:
                before()
            report = Ingestor(settings, embedder=embedder).run(progress=False, watch=status)
            status.summary = report.summary()
            print(f"合规助手: {status.summary}", flush=True)
            on_ready()
            status.phase("done", 0)
        except Exception as exc:  # shown in the banner; the UI keeps serving what was indexed before
            log.exception("background indexing failed")
            status.error = str(exc) or exc.__class__.__name__
            status.phase("failed", 0)

    threading.Thread(target=work, name="indexing", daemon=True).start()
    return status
