"""Dense search over the clause vectors held in the corpus view agrees with Chroma's index, honours every filter,
and is not used when the corpus is too large to hold (then Chroma answers, as before)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from assistant import wiring
from assistant.retrieval.store import ClauseStore
from assistant.types import Filters

QUESTIONS = ["处理敏感个人信息需要单独同意吗", "How long must AML customer records be kept?", "银行贷款利率的规定"]


def test_the_view_holds_one_unit_vector_per_clause(small_assistant):
    view = small_assistant.view
    dim = small_assistant.embedder.embed_queries(["x"]).shape[1]
    assert view.vectors is not None and view.vectors.shape == (len(view.clauses), dim)
    assert np.allclose(np.linalg.norm(view.vectors, axis=1), 1.0, atol=1e-4)


def test_nearest_clauses_are_chromas_nearest(small_assistant):
    view, store = small_assistant.view, small_assistant.store
    everything = np.ones(len(view.clauses), dtype=bool)
    for question in QUESTIONS:
        vector = small_assistant.embedder.embed_queries([question])[0]
        ours = view.nearest(vector, 10, everything)
        chroma = [(view.position[cid], 1.0 - d) for cid, d in store.query(vector, 10)]
        assert list(ours) == [i for i, _ in chroma]
        assert np.allclose(list(ours.values()), [s for _, s in chroma], atol=1e-3)
        assert list(ours.values()) == sorted(ours.values(), reverse=True)


def test_nearest_keeps_to_the_mask(small_assistant):
    view = small_assistant.view
    mask = view.doc_mask({"gdpr"})
    vector = small_assistant.embedder.embed_queries(["处理敏感个人信息需要单独同意吗"])[0]
    found = view.nearest(vector, 500, mask)
    assert found and len(found) == int(mask.sum())
    assert {view.clauses[i].doc_id for i in found} == {"gdpr"}
    assert view.nearest(vector, 10, np.zeros(len(view.clauses), dtype=bool)) == {}


def test_filtered_search_is_the_same_with_and_without_vectors_in_memory(small_assistant, small_settings):
    """Above `dense_in_memory_max` the view keeps no vectors and Chroma's filtered query answers: same articles."""
    settings = small_settings.model_copy(update={"dense_in_memory_max": 0})
    store = ClauseStore(settings, small_assistant.embedder.model_id)
    view = wiring.load_view(settings, store, store.revision)
    assert view.vectors is None
    in_chroma = wiring.local_retriever(wiring.with_view(replace(small_assistant.ctx, settings=settings), view))
    in_memory = small_assistant.retriever
    filters = Filters(laws=["个人信息保护法"])
    for question in QUESTIONS:
        a = [h.clause.chunk_id for h in in_memory.retrieve(question, 8, filters).hits]
        b = [h.clause.chunk_id for h in in_chroma.retrieve(question, 8, filters).hits]
        assert a == b
