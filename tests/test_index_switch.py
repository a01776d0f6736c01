"""A long-running reader keeps answering while another process runs `assistant ingest --rebuild`.

The reader (this process, searching from threads) and the writer (a real `assistant ingest --rebuild` subprocess)
share one index: the embedded one on disk, and a `chroma run` server. Every search must succeed with hits.
"""

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT, SHARED_REGULATIONS, Settings
from test_chroma_server import chroma_server  # noqa: F401  (the module-scoped `chroma run` fixture)

LAWS = ["zh/electronic-signature-law-2019.md", "zh/data-security-law-2021.md"]
QUESTIONS = ["电子签名法第十四条", "数据安全法第二十一条 数据分类分级保护", "可靠的电子签名与手写签名具有同等的法律效力",
             "重要数据的处理者应当明确数据安全负责人"]


@pytest.fixture
def two_law_corpus(tmp_path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for rel in LAWS:
        (corpus / Path(rel).name).symlink_to(SHARED_REGULATIONS / rel)
    return corpus


def _rebuild_in_another_process(settings: Settings, grace: float) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "ASSISTANT_DATA_DIR": str(settings.data_dir),
           "ASSISTANT_CORPUS_DIRS": os.pathsep.join(str(p) for p in settings.corpus_dirs),
           "ASSISTANT_EMBEDDING_CACHE": str(settings.embedding_cache),
           "ASSISTANT_INDEX_GRACE_SECONDS": str(grace), "ASSISTANT_COLLECTION": settings.collection,
           "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1"}
    if settings.chroma_host:
        env.update(ASSISTANT_CHROMA_HOST=settings.chroma_host, ASSISTANT_CHROMA_PORT=str(settings.chroma_port))
    return subprocess.run([sys.executable, "-m", "assistant.cli", "ingest", "--rebuild", "--quiet"], env=env,
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=240)


def _serve_through_rebuilds(settings: Settings, embedder) -> None:
    from assistant.wiring import build_assistant
    from ingest.pipeline import Ingestor

    assert not Ingestor(settings, embedder=embedder).run(progress=False).errors
    assistant = build_assistant(settings, embedder=embedder)
    first_collection = assistant.store.collection.name
    failures: list[str] = []
    empty: list[str] = []
    done = [0]
    stop = threading.Event()

    def reader(offset: int) -> None:
        i = offset
        while not stop.is_set():
            question = QUESTIONS[i % len(QUESTIONS)]
            i += 1
            try:
                if not assistant.search(question).hits:
                    empty.append(question)
            except Exception as exc:  # any failure is what this test exists to catch
                failures.append(f"{type(exc).__name__}: {exc}")
            done[0] += 1

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    try:
        # A rebuild whose old collection stays for the grace period, then one that drops it at once: the readers
        # then hit "collection does not exist" and must reopen the live one.
        for grace in (600, 0):
            result = _rebuild_in_another_process(settings, grace)
            assert result.returncode == 0, result.stderr[-2000:]
            time.sleep(1.5)  # searches keep running after the switch (past the pointer re-check interval)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=30)
    assert done[0] > 20, "the readers barely ran"
    assert not failures, f"{len(failures)} of {done[0]} searches failed, e.g. {failures[:3]}"
    assert not empty, f"{len(empty)} of {done[0]} searches came back empty"
    live = assistant.store.live_name()
    assert live != first_collection and assistant.store.collection.name == live
    names = assistant.store._collection_names()
    assert first_collection not in names  # the second rebuild (grace 0) dropped the retired ones
    assert [n for n in names if n.startswith(assistant.store.base_name)] == [live]


def test_readers_survive_rebuild_embedded(tmp_path, two_law_corpus, shared_embedder):
    settings = Settings(data_dir=tmp_path / "data", corpus_dirs=[two_law_corpus])
    _serve_through_rebuilds(settings, shared_embedder)


def test_readers_survive_rebuild_server(tmp_path, two_law_corpus, shared_embedder, chroma_server):  # noqa: F811
    settings = Settings(data_dir=tmp_path / "data", corpus_dirs=[two_law_corpus], chroma_host="127.0.0.1",
                        chroma_port=chroma_server, collection=f"switch-{tmp_path.name}")
    _serve_through_rebuilds(settings, shared_embedder)


def test_next_ingest_removes_orphans_of_killed_rebuilds(tmp_path, two_law_corpus, shared_embedder):
    from assistant.retrieval.store import ClauseStore
    from ingest.pipeline import Ingestor

    settings = Settings(data_dir=tmp_path / "data", corpus_dirs=[two_law_corpus])
    Ingestor(settings, embedder=shared_embedder).run(progress=False)
    store = ClauseStore(settings, shared_embedder.model_id)
    orphan = store.begin_rebuild().name  # a rebuild that never finished (killed)
    assert orphan in store._collection_names()
    report = Ingestor(settings, embedder=shared_embedder).run(progress=False)
    assert report.files_unchanged == 2
    names = store._collection_names()
    assert orphan not in names and store.live_name() in names


def test_retired_collection_kept_for_the_grace_period(tmp_path, two_law_corpus, shared_embedder):
    from assistant.retrieval.store import ClauseStore
    from ingest.pipeline import Ingestor

    settings = Settings(data_dir=tmp_path / "data", corpus_dirs=[two_law_corpus], index_grace_seconds=600)
    Ingestor(settings, embedder=shared_embedder).run(progress=False)
    old = ClauseStore(settings, shared_embedder.model_id).live_name()
    Ingestor(settings, embedder=shared_embedder).run(progress=False, rebuild=True)
    Ingestor(settings, embedder=shared_embedder).run(progress=False)
    store = ClauseStore(settings, shared_embedder.model_id)
    assert old in store._collection_names() and store.live_name() != old
    expired = Settings(data_dir=settings.data_dir, corpus_dirs=[two_law_corpus], index_grace_seconds=0)
    assert old in ClauseStore(expired, shared_embedder.model_id).collect_garbage()


def test_a_running_assistant_follows_an_ingest_in_another_process(tmp_path, two_law_corpus, shared_embedder):
    from assistant.wiring import build_assistant
    from ingest.pipeline import Ingestor

    settings = Settings(data_dir=tmp_path / "data", corpus_dirs=[two_law_corpus], index_pointer_ttl=0.0)
    Ingestor(settings, embedder=shared_embedder).run(progress=False)
    assistant = build_assistant(settings, embedder=shared_embedder)
    assert "spc-spp-personal-info-crime-interpretation-2017" not in {d["doc_id"] for d in assistant.documents()}
    (two_law_corpus / "spc.md").symlink_to(SHARED_REGULATIONS / "zh/spc-spp-personal-info-crime-interpretation-2017.md")
    result = _rebuild_in_another_process(settings, grace=600)
    assert result.returncode == 0, result.stderr[-2000:]
    assistant.search("电子签名法第十四条")  # notices the new revision, loads the new view in the background
    deadline = time.time() + 60
    while time.time() < deadline and "spc-spp-personal-info-crime-interpretation-2017" not in {
            d["doc_id"] for d in assistant.documents()}:
        time.sleep(0.2)
    hits = assistant.search("侵犯公民个人信息罪 情节严重").hits
    assert any(h.clause.doc_id == "spc-spp-personal-info-crime-interpretation-2017" for h in hits)
