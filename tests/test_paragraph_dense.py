"""Dense votes of article paragraphs (paragraph_dense.py) over a real index of two laws whose paragraphs ingest
embedded into the embedding cache: a question about one paragraph of a long article ranks the article, the list is
absent without the paragraph vectors, and the mask (laws, dates) holds."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from assistant.retrieval.paragraph_dense import ParagraphVectors, load_paragraph_vectors
from assistant.settings import SHARED_REGULATIONS, Settings
from assistant.types import Filters

LAWS = ["zh/pipl-2021.md", "zh/aml-law-2024.md"]
# 个人信息保护法第六十三条: the supervisor's measures, four items; only the fourth (on equipment used for unlawful
# processing: 可以查封或者扣押) is about seizing servers, and the article's vector averages all of them.
PARAGRAPH_QUESTION = "监管部门检查时能不能把用于违法处理个人信息的服务器查封扣押？"


@pytest.fixture(scope="module")
def paragraph_index(tmp_path_factory, shared_embedder):
    from ingest.pipeline import Ingestor

    corpus = tmp_path_factory.mktemp("corpus")
    for rel in LAWS:
        target = corpus / "regulations" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(SHARED_REGULATIONS / rel)
    # The machine-wide embedding cache: cheap after the first run on a machine.
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"), corpus_dirs=[corpus], embed_verifier_paragraphs=True)
    report = Ingestor(settings, embedder=shared_embedder).run(progress=False)
    assert not report.errors and report.chunks_written > 0
    return settings


@pytest.fixture(scope="module")
def assistant(paragraph_index, shared_embedder):
    from assistant.wiring import build_assistant

    return build_assistant(paragraph_index, embedder=shared_embedder)


def _retriever(assistant, **config):
    from assistant import wiring

    return wiring.local_retriever(assistant.ctx, replace(assistant.retriever.config, **config))


def _rank(ranked, doc_id: str, article: int) -> int | None:
    """1-based rank of the article among hits or clauses."""
    clauses = [getattr(x, "clause", x) for x in ranked]
    return next((n for n, c in enumerate(clauses, 1) if c.doc_id == doc_id and c.article == article), None)


def test_votes_rank_a_clause_by_its_best_row_within_the_mask():
    rows = ParagraphVectors(
        vectors=np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8], [0.8, 0.6]], dtype=np.float32),
        owner=np.array([0, 1, 1, 2], dtype=np.int64),
    )
    query = np.array([0.0, 1.0])
    assert rows.votes(query, np.ones(3, dtype=bool), 10) == [1, 2, 0]  # clause 1 counted once, by its best row
    assert rows.votes(query, np.array([True, False, True]), 10) == [2, 0]
    assert rows.votes(query, np.ones(3, dtype=bool), 2) == [1, 2]
    assert rows.votes(query, np.zeros(3, dtype=bool), 10) == []


def test_a_question_about_one_paragraph_ranks_its_long_article(assistant):
    retriever = _retriever(assistant)
    rows = load_paragraph_vectors(retriever.view, retriever.embedder.model_id, retriever.embedding_cache)
    assert rows is not None and len(rows.owner) > len(retriever.view.clauses)  # paragraphs beside the clauses
    mask = retriever.view.in_force_mask(assistant.settings.effective_as_of())
    vector = assistant.ctx.embedder.embed_queries([PARAGRAPH_QUESTION])[0]
    by_paragraph = [retriever.view.clauses[i] for i in rows.votes(vector, mask, 10)]
    by_clause = [retriever.view.clauses[i] for i in retriever.view.nearest(vector, 10, mask)]
    assert (by_paragraph[0].doc_id, by_paragraph[0].article) == ("pipl-2021", 63)
    assert _rank(by_paragraph, "pipl-2021", 63) < (_rank(by_clause, "pipl-2021", 63) or 11)

    hits = retriever.retrieve(PARAGRAPH_QUESTION, 10).hits
    rank = _rank(hits, "pipl-2021", 63)
    assert rank is not None and rank <= 3 and hits[rank - 1].sources.get("dense-paragraph") == 1
    without = _retriever(assistant, dense_paragraphs=False).retrieve(PARAGRAPH_QUESTION, 10).hits
    assert rank <= (_rank(without, "pipl-2021", 63) or 11)


def test_without_paragraph_vectors_the_list_is_absent(assistant, tmp_path):
    from assistant import wiring

    empty = tmp_path / "empty.sqlite"  # another machine's cache: no paragraph vector in it
    ctx = replace(assistant.ctx, settings=assistant.settings.model_copy(update={"embedding_cache": empty}))
    retriever = wiring.local_retriever(ctx)
    assert retriever.embedding_cache == empty
    hits = retriever.retrieve(PARAGRAPH_QUESTION, 10).hits
    assert hits and not any("dense-paragraph" in h.sources for h in hits)
    from assistant.retrieval.embeddings import EmbeddingCache

    EmbeddingCache(empty).close()  # the file exists now, still without the paragraphs
    assert load_paragraph_vectors(retriever.view, retriever.embedder.model_id, empty) is None


def _copy_rows(view, model_id: str, source, target, doc_ids: set[str]) -> None:
    """Copies the clause and paragraph vectors of `doc_ids` from the cache at `source` into a new one at `target`."""
    from assistant.retrieval.embeddings import EmbeddingCache
    from assistant.retrieval.store import embedding_text
    from assistant.text.paragraphs import support_targets

    texts = [t for c in view.clauses if c.doc_id in doc_ids
             for t in (embedding_text(c), *support_targets(c.text)[1:])]
    keys = [EmbeddingCache.key(model_id, t) for t in texts]
    src, dst = EmbeddingCache(source), EmbeddingCache(target)
    found = src.get_many(keys)
    assert len(found) == len(set(keys))  # ingest put every one of them there
    dst.put_many(found)
    src.close()
    dst.close()


def test_a_cache_with_some_laws_paragraphs_gives_no_list(assistant, tmp_path):
    # The verifier embeds paragraphs as it checks answers: a cache holding those of one law but not the other would
    # favour that law's clauses, so the list is all or nothing.
    retriever = _retriever(assistant)
    view, model_id = retriever.view, retriever.embedder.model_id
    both, one = tmp_path / "both.sqlite", tmp_path / "one.sqlite"
    _copy_rows(view, model_id, retriever.embedding_cache, both, {"pipl-2021", "aml-law-2024"})
    _copy_rows(view, model_id, retriever.embedding_cache, one, {"pipl-2021"})
    assert load_paragraph_vectors(view, model_id, both) is not None
    assert load_paragraph_vectors(view, model_id, one) is None


def test_the_paragraph_list_respects_the_mask(assistant):
    retriever = _retriever(assistant)
    hits = retriever.retrieve(PARAGRAPH_QUESTION, 10, Filters(laws=["反洗钱法"])).hits
    assert hits and {h.clause.doc_id for h in hits} <= {"aml-law-2024"}
    assert any("dense-paragraph" in h.sources for h in hits)  # the list ran, within the law asked for
    before = retriever.retrieve(PARAGRAPH_QUESTION, 10, Filters(as_of=date(2000, 1, 1))).hits
    assert before == []  # neither law in force then: nothing, paragraph votes included


def test_a_corpus_too_large_for_the_rows_gets_no_list(assistant, monkeypatch):
    from assistant.retrieval import paragraph_dense

    retriever = _retriever(assistant)
    monkeypatch.setattr(paragraph_dense, "MAX_ROWS", len(retriever.view.clauses))  # paragraphs push it over
    assert paragraph_dense._build(retriever.view, retriever.embedder.model_id, retriever.embedding_cache) is None
