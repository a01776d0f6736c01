"""The `openai` embedder against a real HTTP server on 127.0.0.1 (tests/fake_openai.py's /v1/embeddings)."""

import numpy as np
import pytest

from assistant.errors import ModelUnavailable
from assistant.retrieval.embeddings import OpenAIEmbedder
from assistant.wiring import build_embedder
from assistant.settings import PROJECT_ROOT, Settings
from fake_openai import fake_embedding


def test_batched_concurrent_requests_keep_the_input_order(fake_openai):
    fake_openai.embedding_delay = 0.05  # long enough for requests to overlap
    embedder = OpenAIEmbedder(fake_openai.base_url, "e5-remote", batch_size=16, concurrency=4)
    texts = [f"第{i}条 金融机构应当保存客户身份资料 {i}" for i in range(150)]
    vectors = embedder.embed_passages(texts)

    assert vectors.shape == (150, fake_openai.embedding_dim)
    expected = np.asarray([fake_embedding(t, fake_openai.embedding_dim) for t in texts], dtype=np.float32)
    assert np.allclose(vectors, expected, atol=1e-6)  # row i is text i, whichever request came back first
    sent = fake_openai.embedding_requests
    assert len(sent) == 10 and max(len(b["input"]) for b in sent) == 16
    assert {b["model"] for b in sent} == {"e5-remote"}
    assert 1 < fake_openai.max_in_flight <= 4


def test_prefixes_api_key_and_model_id(fake_openai):
    embedder = OpenAIEmbedder(fake_openai.base_url, "m", api_key="sk-test", query_prefix="query: ",
                              passage_prefix="passage: ")
    embedder.embed_queries(["数据出境"])
    embedder.embed_passages(["第三十八条"])
    assert [b["input"] for b in fake_openai.embedding_requests] == [["query: 数据出境"], ["passage: 第三十八条"]]
    assert fake_openai.log[0].headers["Authorization"] == "Bearer sk-test"
    # the model and prefixes name the vectors (cache key, index name); the URL does not
    assert embedder.model_id == "openai/m|q=query: |p=passage: "
    assert OpenAIEmbedder("http://elsewhere:1/v1", "m").model_id == "openai/m"


def test_transient_errors_are_retried_and_persistent_ones_explained(fake_openai):
    embedder = OpenAIEmbedder(fake_openai.base_url, "m", max_retries=2)
    fake_openai.embedding_failures = 2
    assert embedder.embed_queries(["x"]).shape == (1, fake_openai.embedding_dim)

    fake_openai.embedding_failures = 3
    with pytest.raises(ModelUnavailable) as err:
        embedder.embed_queries(["x"])
    assert "503" in str(err.value) and "ASSISTANT_EMBEDDER" in err.value.user_message()


def test_unreachable_endpoint_is_a_clear_error():
    embedder = OpenAIEmbedder("http://127.0.0.1:9/v1", "m", max_retries=0, timeout=2)
    with pytest.raises(ModelUnavailable, match="embedding endpoint"):
        embedder.embed_passages(["x"])


def test_registered_by_name_and_used_by_ingest_and_search(fake_openai, tmp_path):
    from assistant.wiring import build_assistant
    from ingest.pipeline import Ingestor

    settings = Settings(
        data_dir=tmp_path / "data", corpus_dirs=[PROJECT_ROOT / "corpus" / "policies"],
        embedding_cache=tmp_path / "cache.sqlite", embedder="openai", embedder_base_url=fake_openai.base_url,
        embedder_model="fake-e5", embedder_request_batch=8, embedder_concurrency=3,
    )
    embedder = build_embedder(settings)
    assert isinstance(embedder, OpenAIEmbedder)

    report = Ingestor(settings).run(progress=False)
    assert report.errors == [] and report.embedded == report.chunks_written > 8
    requests = len(fake_openai.embedding_requests)
    assert requests >= report.embedded / 8  # batched by embedder_request_batch

    again = Ingestor(settings).run(progress=False)  # the cache keys on the model name: nothing re-sent
    assert again.embedded == 0 and len(fake_openai.embedding_requests) == requests

    hits = build_assistant(settings).search("客户身份资料保存期限").hits
    assert hits and hits[0].clause.kind == "policy"
