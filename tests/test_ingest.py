"""Incremental ingestion on a real Chroma index with the real embedder."""

import uuid
import shutil
from pathlib import Path

import pytest

from assistant.settings import SHARED_REGULATIONS, Settings
from assistant.retrieval.store import ClauseStore
from ingest.pipeline import Ingestor

SMALL = ["zh/spc-spp-personal-info-crime-interpretation-2017.md", "zh/electronic-signature-law-2019.md"]


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for rel in SMALL:
        shutil.copy(SHARED_REGULATIONS / rel, root / Path(rel).name)  # a temp copy we may edit; never committed
    return root


@pytest.fixture
def settings(tmp_path, corpus) -> Settings:
    return Settings(data_dir=tmp_path / "data", corpus_dirs=[corpus])


def test_first_run_indexes_every_article(settings, shared_embedder):
    report = Ingestor(settings, embedder=shared_embedder).run(progress=False)
    assert report.errors == []
    assert report.files_indexed == 2
    store = ClauseStore(settings, shared_embedder.model_id)
    labels = {(c.doc_id, c.article) for c in store.iter_clauses() if c.article}
    assert len([1 for d, _ in labels if d == "electronic-signature-law-2019"]) == 36
    assert len([1 for d, _ in labels if d == "spc-spp-personal-info-crime-interpretation-2017"]) == 13


def test_unchanged_rerun_embeds_nothing(settings, shared_embedder):
    Ingestor(settings, embedder=shared_embedder).run(progress=False)
    revision = ClauseStore(settings, shared_embedder.model_id).revision
    again = Ingestor(settings, embedder=shared_embedder).run(progress=False)
    assert (again.files_unchanged, again.files_indexed, again.embedded, again.chunks_written) == (2, 0, 0, 0)
    assert ClauseStore(settings, shared_embedder.model_id).revision == revision  # readers keep their caches


def test_changed_file_reembeds_only_changed_clauses(settings, corpus, shared_embedder):
    Ingestor(settings, embedder=shared_embedder).run(progress=False)
    path = corpus / "electronic-signature-law-2019.md"
    text = path.read_text(encoding="utf-8")
    # a wording no earlier run has embedded: the machine-wide embedding cache must not already hold it
    nonce = uuid.uuid4().hex[:8]
    path.write_text(text.replace("第六条 符合下列条件的数据电文", f"第六条 符合下列全部条件（{nonce}）的数据电文"), encoding="utf-8")
    report = Ingestor(settings, embedder=shared_embedder).run(progress=False)
    assert report.files_indexed == 1 and report.files_unchanged == 1
    assert report.embedded == 1  # the embedding cache serves every other clause
    store = ClauseStore(settings, shared_embedder.model_id)
    sixth = [c for c in store.iter_clauses() if c.doc_id == "electronic-signature-law-2019" and c.article == 6]
    assert len(sixth) == 1 and "全部条件" in sixth[0].text


def test_deleted_file_is_removed(settings, corpus, shared_embedder):
    Ingestor(settings, embedder=shared_embedder).run(progress=False)
    (corpus / "electronic-signature-law-2019.md").unlink()
    report = Ingestor(settings, embedder=shared_embedder).run(progress=False)
    assert report.files_removed == 1 and report.chunks_removed > 30
    store = ClauseStore(settings, shared_embedder.model_id)
    assert {c.doc_id for c in store.iter_clauses()} == {"spc-spp-personal-info-crime-interpretation-2017"}


def test_bad_files_are_reported_and_the_run_goes_on(settings, corpus, shared_embedder):
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    (corpus / "empty.txt").write_bytes(b"")
    gbk = "# 样例银行数据保护细则\n\n第一条 为了保护客户信息，制定本细则。\n\n第二条 客户信息应当加密存储。\n"
    (corpus / "gbk-policy.txt").write_bytes(gbk.encode("gbk"))
    report = Ingestor(settings, embedder=shared_embedder).run(progress=False)
    failed = {Path(p).name: reason for p, reason in report.errors}
    assert set(failed) == {"broken.pdf", "empty.txt"}
    assert "PDF" in failed["broken.pdf"] and "empty" in failed["empty.txt"]
    assert report.files_indexed == 3
    store = ClauseStore(settings, shared_embedder.model_id)
    gbk_clauses = [c for c in store.iter_clauses() if c.source.endswith("gbk-policy.txt")]
    assert [c.label for c in gbk_clauses] == ["第一条", "第二条"]
    assert "加密存储" in gbk_clauses[1].text


def test_rebuild_switches_over_to_a_complete_collection(settings, shared_embedder):
    Ingestor(settings, embedder=shared_embedder).run(progress=False)
    store = ClauseStore(settings, shared_embedder.model_id)
    before, old_name = store.count(), store.live_name()
    report = Ingestor(settings, embedder=shared_embedder).run(rebuild=True, progress=False)
    assert report.embedded == 0  # vectors come from the cache
    fresh = ClauseStore(settings, shared_embedder.model_id)
    assert fresh.live_name() != old_name and fresh.count() == before
    # The old collection is retired, not dropped: readers in other processes may still hold it (grace period).
    assert old_name in [c.name for c in fresh.client.list_collections()]
    expired = settings.model_copy(update={"index_grace_seconds": 0})
    Ingestor(expired, embedder=shared_embedder).run(progress=False)
    assert old_name not in [c.name for c in fresh.client.list_collections()]


def test_sentence_transformers_backend_indexes_and_searches(tmp_path, corpus):
    from assistant.wiring import build_assistant

    settings = Settings(data_dir=tmp_path / "st", corpus_dirs=[corpus], embedder="sentence-transformers",
                        embed_verifier_paragraphs=False)  # search is what is tested here
    Ingestor(settings).run(progress=False)
    assistant = build_assistant(settings)
    assert assistant.embedder.model_id.startswith("st/")
    hits = assistant.search("电子签名法第十四条").hits
    assert hits[0].clause.label == "第十四条" and hits[0].clause.doc_id == "electronic-signature-law-2019"


def test_background_indexing_reports_progress_and_calls_back(settings, shared_embedder):
    import threading

    from ingest.background import start_indexing

    ready = threading.Event()
    status = start_indexing(settings, shared_embedder, on_ready=ready.set)
    assert ready.wait(600), status.snapshot()
    for _ in range(100):  # "done" is recorded right after the callback
        if not status.running:
            break
        threading.Event().wait(0.05)
    state = status.snapshot()
    assert state["phase"] == "done" and state["error"] == "" and state["files"] == 2
    assert "2 indexed" in state["summary"]
    assert ClauseStore(settings, shared_embedder.model_id).count() > 0
