"""Retrieval with a model configured: legal-term queries and a listwise rerank, against the local scripted server."""

from dataclasses import replace

from fake_openai import Reply

from assistant.retrieval.hybrid.retriever import HybridRetriever
from assistant.retrieval.llm_assist import LLMAssistedRetriever, apply_ranking, fuse
from assistant.llm import make_chat_model
from assistant.wiring import build_retriever

QUESTION = "我们想把客户资料交给外包客服公司处理，要注意什么？"


def assisted(small_assistant, fake_openai, **kw):
    chat = make_chat_model(fake_openai.base_url, "scripted", timeout=5.0, max_retries=0)
    return LLMAssistedRetriever(small_assistant.retriever, chat, **kw)


def test_rewritten_queries_are_searched_and_the_model_ranking_is_applied(small_assistant, fake_openai):
    base = small_assistant.retriever.retrieve(QUESTION, 20)
    fake_openai.script(
        Reply.structured({"queries": ["个人信息处理者委托处理个人信息 受托人 约定", "委托处理 监督受托人"]}),
        Reply.structured({"ranking": ["c3", "c1"]}),
    )
    r = assisted(small_assistant, fake_openai, candidates=20).retrieve(QUESTION, 10)
    assert len(fake_openai.requests) == 2
    assert "<question>" in fake_openai.sent_text(0) and QUESTION in fake_openai.sent_text(0)
    rerank_prompt = fake_openai.sent_text(1)
    assert '<clause id="c1"' in rerank_prompt and '<clause id="c3"' in rerank_prompt
    # the model's first choice leads; the candidates it was shown are those of the fused runs
    shown = [line.split('citation="')[1].split('"')[0] for line in rerank_prompt.splitlines() if line.startswith("<clause id=")]
    assert r.hits[0].clause.citation_label() == shown[2] and r.hits[1].clause.citation_label() == shown[0]
    # the rewritten query brought in the article on entrusted processing (个保法第二十一条)
    assert any(h.clause.doc_id == "pipl-2021" and h.clause.article == 21 for h in r.hits)
    assert len(r.hits) == 10 and base.hits  # nothing lost


def test_a_failing_model_falls_back_to_the_hybrid_ranking(small_assistant, fake_openai):
    base = small_assistant.retriever.retrieve(QUESTION, 10)
    fake_openai.script(Reply.error(500), Reply.malformed())
    r = assisted(small_assistant, fake_openai).retrieve(QUESTION, 10)
    assert [h.clause.chunk_id for h in r.hits] == [h.clause.chunk_id for h in base.hits]


def test_named_clause_stays_first_and_costs_no_model_call(small_assistant, fake_openai):
    r = assisted(small_assistant, fake_openai).retrieve("个保法第13条", 1)
    assert r.hits[0].clause.article == 13 and fake_openai.requests == []


def test_ranking_ignores_unknown_and_repeated_ids_and_keeps_the_rest():
    class H:
        def __init__(self, n):
            self.n = n
    hits = [H(i) for i in range(4)]
    out = apply_ranking(hits, ["c4", "c4", "x9", "c2"])
    assert [h.n for h in out] == [3, 1, 0, 2]


def test_fusion_counts_agreement_between_runs(small_assistant):
    a = small_assistant.retriever.retrieve("单独同意", 5).hits
    b = small_assistant.retriever.retrieve("敏感个人信息 单独同意", 5).hits
    fused = fuse([a, b])
    both = {h.clause.chunk_id for h in a} & {h.clause.chunk_id for h in b}
    if both:
        assert fused[0].clause.chunk_id in both


def test_the_registry_picks_the_assisted_retriever_when_a_model_is_configured(small_assistant, fake_openai):
    settings = small_assistant.settings.model_copy(update={"llm_base_url": fake_openai.base_url})
    assert settings.retriever_name == "llm-assisted"
    ctx = replace(small_assistant.ctx, settings=settings)
    r = build_retriever(ctx)
    assert isinstance(r, LLMAssistedRetriever) and r.view is small_assistant.retriever.view
    assert isinstance(r.base, HybridRetriever) and build_retriever(ctx, "hybrid").name == "hybrid"
