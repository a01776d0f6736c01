"""The assistant behind the web UI while the corpus is (re)indexed in the background.

The page is served at once. Until the first index exists every question gets a clear "still indexing"
message; when an index already exists it keeps answering from it while changed files are indexed, and
the fresh assistant is swapped in when indexing completes.
"""

from __future__ import annotations

import threading

from ..errors import IndexNotReady


class LiveAssistant:
    def __init__(self, current=None, indexing=None):
        self._current = current
        self._lock = threading.Lock()
        self.indexing = indexing  # ingest.background.IndexingStatus, or None when nothing runs
        self.generation = 0  # bumped on every swap, so the page knows when to refresh its lists

    def swap(self, assistant) -> None:
        with self._lock:
            self._current = assistant
            self.generation += 1

    @property
    def ready(self) -> bool:
        return self._current is not None

    def __getattr__(self, name):
        current = self.__dict__.get("_current")
        if current is None:
            raise IndexNotReady(_not_ready_message(self.__dict__.get("indexing")),
                                "进度见页面顶部的提示条；提示条消失后即可提问。The banner above shows the progress; ask "
                                "again when it is gone.")
        return getattr(current, name)

    # what the page needs at build time, also before the first index exists
    def documents(self) -> list[dict]:
        return self._current.documents() if self._current is not None else []

    def status(self) -> dict:
        if self._current is not None:
            return self._current.status()
        return {"documents": 0, "clauses": 0, "offline": True}


def _not_ready_message(indexing) -> str:
    if indexing is None:
        return "索引尚未建立。The clause index is not built yet."
    state = indexing.snapshot()
    if state["phase"] == "embedding":
        progress = f"{state['done']}/{state['total']}"
        return f"正在建立索引（已嵌入 {progress} 条条文）。Indexing: {progress} clauses embedded."
    return "正在建立索引。Indexing the corpus."
