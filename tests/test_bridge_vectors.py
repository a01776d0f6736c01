"""A long description's bridge words are not embedded again with every question (bridge_vectors.py): the question is
embedded alone and mixed with the terms' vectors, which come close to the vector of the whole text."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from assistant.language import has_cjk
from assistant.retrieval.bridge_vectors import BridgedText, mixed_vector

# A GDPR case description (written for this test from GDPR Articles 28 and 32, not taken from an eval set)
DESCRIPTION = ("A regional hospital hired an IT contractor to run its patient records system. The contractor kept the "
               "records on a server without encryption and let several of its own staff log in with one shared "
               "password. When a laptop holding a copy of the records was stolen, the hospital found that it had never "
               "signed any written agreement with the contractor about how the data should be handled.")


class TextLog:
    """The real embedder, with every text it was asked to embed as a query."""

    def __init__(self, inner):
        self.inner, self.texts = inner, []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def embed_queries(self, texts):
        self.texts.extend(texts)
        return self.inner.embed_queries(texts)


class WithoutTokenCount(TextLog):
    def __getattr__(self, name):
        if name == "token_count":
            raise AttributeError(name)
        return getattr(self.inner, name)


def _retriever(small_assistant, embedder, **config):
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    r = small_assistant.retriever
    return HybridRetriever(r.view, r.store, embedder, r.catalog, replace(r.config, **config))


def test_the_mixed_vector_is_close_to_the_whole_texts(shared_embedder):
    terms = ["processing by a processor shall be governed by a contract", "security of processing",
             "pseudonymisation and encryption of personal data"]
    text = BridgedText(DESCRIPTION, terms)
    assert text == DESCRIPTION + " " + " ".join(terms)
    whole, question = shared_embedder.embed_queries([text, DESCRIPTION])
    mixed = mixed_vector(shared_embedder, question, text, 1.5)
    assert abs(np.linalg.norm(mixed) - 1.0) < 1e-5
    # closer to the whole text's vector than the question alone is
    assert float(mixed @ whole) > float(question @ whole)
    assert float(mixed @ whole) > 0.97


def test_a_long_description_embeds_the_question_alone_and_its_terms_once(small_assistant, shared_embedder):
    from assistant.retrieval import bridge_vectors

    bridge_vectors._vectors.clear()  # the terms as a fresh process meets them
    log = TextLog(shared_embedder)
    retriever = _retriever(small_assistant, log)
    dense = retriever._query_texts(DESCRIPTION, retriever.route(DESCRIPTION))[1]
    assert isinstance(dense, BridgedText) and dense.terms, "the description gets GDPR heading words"
    retriever.retrieve(DESCRIPTION, 5)
    assert DESCRIPTION in log.texts and str(dense) not in log.texts
    assert not set(dense.terms) - set(log.texts)
    log.texts.clear()
    retriever.retrieve(DESCRIPTION, 5)
    assert log.texts == [DESCRIPTION], "the terms' vectors are remembered"


def test_short_questions_chinese_terms_and_other_embedders_embed_the_whole_text(small_assistant, shared_embedder):
    question = "GDPR 数据泄露以后要通知谁？"  # short: the bridged text itself, as before
    log = TextLog(shared_embedder)
    retriever = _retriever(small_assistant, log)
    dense = retriever._query_texts(question, retriever.route(question))[1]
    assert isinstance(dense, BridgedText)
    retriever.retrieve(question, 5)
    assert log.texts == [str(dense)]

    # an English description about Chinese law: its Chinese terms (glossary, lexicon) stay in the whole text
    description = ("Our bank in Shanghai wants to outsource its customer call centre to a vendor that will see the "
                   "names, phone numbers and account balances of our customers. The vendor would also keep call "
                   "recordings for training. What does the PIPL require of us before we hand the data over?")
    log = TextLog(shared_embedder)
    retriever = _retriever(small_assistant, log)
    dense = retriever._query_texts(description, retriever.route(description))[1]
    assert len(description) > 200 and not isinstance(dense, BridgedText) and has_cjk(dense[len(description):])
    retriever.retrieve(description, 5)
    assert log.texts == [dense]

    for embedder, config in ((WithoutTokenCount(shared_embedder), {}), (TextLog(shared_embedder),
                                                                        {"bridge_mix_min_chars": 0})):
        retriever = _retriever(small_assistant, embedder, **config)
        retriever.retrieve(DESCRIPTION, 5)
        assert embedder.texts == [str(retriever._query_texts(DESCRIPTION, retriever.route(DESCRIPTION))[1])]


def test_after_the_preload_a_long_description_embeds_only_itself(small_assistant, shared_embedder, tmp_path):
    from assistant.retrieval import bridge_vectors
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    bridge_vectors._vectors.clear()
    log = TextLog(shared_embedder)
    r = small_assistant.retriever
    retriever = HybridRetriever(r.view, r.store, log, r.catalog, r.config, embedding_cache=tmp_path / "cache.sqlite")
    retriever.preload_bridge_terms()
    assert len(log.texts) > 100, "every heading word of eu_terms.toml"
    log.texts.clear()
    first = retriever.retrieve(DESCRIPTION, 5)
    assert log.texts == [DESCRIPTION]

    # a new process reads them from the machine-wide cache, with the same result
    bridge_vectors._vectors.clear()
    log.texts.clear()
    again = retriever.retrieve(DESCRIPTION, 5)
    assert log.texts == [DESCRIPTION]
    assert [(h.clause.chunk_id, h.score) for h in again.hits] == [(h.clause.chunk_id, h.score) for h in first.hits]
