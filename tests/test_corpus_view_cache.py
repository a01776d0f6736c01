"""The corpus view's cache file: written atomically through a scratch file of the writing process's own, so that two
processes building the view on one data directory at once (the web UI and the Slack bot, parallel eval runs) do not
rename each other's scratch file away (stop 60: one of two parallel eval runs died with FileNotFoundError)."""

from __future__ import annotations

import numpy as np

from assistant.retrieval.corpus_view import CorpusView

from clause_texts import clause


def _records():
    return [(clause("pipl-2021", n), np.ones(4, dtype=np.float32) * n) for n in (13, 14)]


def test_a_scratch_path_held_by_another_writer_does_not_stop_the_cache(tmp_path):
    cache = tmp_path / "view.pkl"
    # what the old fixed scratch name was; another writer's scratch there (here a directory: it cannot be truncated
    # the way a concurrent writer's file would be) must not matter
    (tmp_path / "view.tmp").mkdir()
    view = CorpusView.load(_records, cache, revision="r1")
    assert cache.exists()
    again = CorpusView.load(lambda: [], cache, revision="r1")  # read back from the cache, not rebuilt
    assert [c.chunk_id for c in again.clauses] == [c.chunk_id for c in view.clauses]


def test_a_written_cache_leaves_no_scratch_file(tmp_path):
    cache = tmp_path / "view.pkl"
    CorpusView.load(_records, cache, revision="r1")
    CorpusView.load(_records, cache, revision="r2")  # a new revision rewrites it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["view.pkl"]
