"""What is embedded when: ingest embeds every text the verifier compares with, answers embed no corpus text,
spec checks reuse requirement vectors, and warm_up() loads everything without recording anything."""

from pathlib import Path

import numpy as np
import pytest

from assistant.retrieval.embeddings import EmbeddingCache, TextEmbedder, embed_queries_cached
from assistant.settings import PROJECT_ROOT, Settings


class Recording(TextEmbedder):
    """The real embedder, with a log of every text it was asked to embed (to see what was not cached)."""

    def __init__(self, inner: TextEmbedder):
        self.inner, self.model_id = inner, inner.model_id
        self.passages: list[str] = []
        self.queries: list[str] = []

    def embed_passages(self, texts):
        self.passages += list(texts)
        return self.inner.embed_passages(texts)

    def embed_queries(self, texts):
        self.queries += list(texts)
        return self.inner.embed_queries(texts)


@pytest.fixture(scope="module")
def policy_index(tmp_path_factory, shared_embedder):
    from ingest.pipeline import Ingestor

    # The machine-wide embedding cache: cheap after the first run on a machine.
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"), corpus_dirs=[PROJECT_ROOT / "corpus" / "policies"],
                        embed_verifier_paragraphs=True)
    report = Ingestor(settings, embedder=shared_embedder).run(progress=False)
    assert report.errors == [] and report.chunks_written > 0
    return settings


def test_ingest_caches_every_paragraph_the_verifier_compares_with(policy_index, shared_embedder):
    from assistant.retrieval.store import ClauseStore
    from ingest.pipeline import support_texts

    clauses = list(ClauseStore(policy_index, shared_embedder.model_id).iter_clauses())
    texts = support_texts(clauses)
    assert len(texts) > len(clauses)  # multi-paragraph clauses add their paragraphs
    cache = EmbeddingCache(policy_index.embedding_cache)
    keys = [EmbeddingCache.key(shared_embedder.model_id, t) for t in texts]
    assert len(cache.get_many(keys)) == len(keys)


def test_an_answer_embeds_no_corpus_text(policy_index, shared_embedder):
    from assistant.wiring import build_assistant
    from ingest.pipeline import support_texts

    recording = Recording(shared_embedder)
    assistant = build_assistant(policy_index, embedder=recording)
    corpus = set(support_texts(assistant.view.clauses))
    answer = assistant.ask("客户身份资料和交易记录应当保存多长时间？")
    assert answer.claims and answer.status != "not_covered", answer.text
    assert not corpus & set(recording.passages)  # only the claims (if new) were embedded, no clause text
    assert set(recording.passages) <= {c.text for c in answer.claims}


def test_query_vectors_are_cached_in_their_own_key_space(tmp_path, shared_embedder):
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    recording = Recording(shared_embedder)
    texts = ["数据出境安全评估", "个人信息保护影响评估", "数据出境安全评估"]
    first, computed = embed_queries_cached(recording, cache, texts)
    assert computed == 2 and recording.queries == texts[:2]  # a repeated text is embedded once
    again, computed = embed_queries_cached(recording, cache, texts)
    assert computed == 0 and np.allclose(first, again)
    assert np.allclose(first[0], first[2])
    # the passage vector of the same text is a different vector (e5 prefixes "query: " / "passage: ")
    passage = shared_embedder.embed_passages([texts[0]])[0]
    assert not np.allclose(passage, first[0])


def test_a_spec_checked_again_embeds_no_requirement(small_settings, shared_embedder, tmp_path):
    from assistant.wiring import build_assistant
    from assistant.spec.checker import SpecChecker

    example = PROJECT_ROOT / "examples" / "aml-transaction-monitoring-spec.md"
    recording = Recording(shared_embedder)
    settings = small_settings.model_copy(update={"embedding_cache": tmp_path / "empty.sqlite"})  # a first check
    assistant = build_assistant(settings, embedder=recording)
    SpecChecker(assistant).check_paths([example])
    first = len(recording.queries)
    SpecChecker(assistant).check_paths([example])
    assert first > 0 and len(recording.queries) == first  # the second check found every vector in the cache


def test_warm_up_loads_the_answer_path_and_records_nothing(small_settings, shared_embedder, monkeypatch):
    from assistant import redact
    from assistant.text import tokens
    from assistant.retrieval.everyday_english import everyday_words
    from assistant.retrieval.gate.asked_kinds import reversed_dictionary
    from assistant.wiring import build_assistant

    loaded = []
    original = redact.load_name_tagger
    monkeypatch.setattr(redact, "load_name_tagger", lambda: (loaded.append(True), original()))
    assistant = build_assistant(small_settings, embedder=shared_embedder)
    before = assistant.audit.verify().checked
    everyday_words.cache_clear()
    reversed_dictionary.cache_clear()
    seconds = assistant.warm_up()
    assert seconds > 0 and tokens._jieba_ready
    assert loaded  # the redactor's name tagger (its first use reads a 0.5 s dictionary)
    assert assistant.audit.verify().checked == before  # nothing appended to the audit trail
    # the tables the retriever derives on first use are built (else the first question of their kind waits for them)
    built = set(assistant.view._derived)
    assert {"penalty-items", "authority-subject-articles", "regulator-mentions",
            "eu-absent-lexicon-keys", "word-article-counts",
            "verifier-cedict"} <= built, built  # (the grounding verifier's concept dictionary, its own warm_up)
    # … and the concept list's article tokens of every text written in Chinese (the first English question on a law
    # waited 30–50 ms for its law's)
    chinese = {d for d, j in zip(assistant.view.doc_ids, assistant.view.jurisdictions) if j in ("CN", "INTERNAL")}
    assert chinese and {f"verifier-article-tokens:{d}" for d in chinese} <= built
    assert everyday_words.cache_info().currsize == 1  # the coverage gate's English word list
    assert reversed_dictionary.cache_info().currsize == 1  # its CC-CEDICT read backwards (the object a record is kept of)


def test_the_name_tagger_loads_on_request():
    import subprocess
    import sys

    code = ("import sys; from assistant.redact import load_name_tagger; assert 'jieba.posseg' not in sys.modules; "
            "load_name_tagger(); assert 'jieba.posseg' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[1])
