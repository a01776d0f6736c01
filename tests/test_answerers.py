"""Answerers on real clause texts: the offline extractive one, and the model one against the fake server."""

import json
import re

import pytest

from assistant.stage_context import StageContext
from assistant.answer.extractive import ExtractiveAnswerer
from assistant.answer.openai_answerer import OpenAIAnswerer
from assistant.errors import ConfigError, ModelReplyInvalid, ModelUnavailable
from assistant.interfaces import answerers
from assistant.llm import load_prompt
from assistant.settings import Settings
from assistant.types import ClauseRef, Retrieval
from clause_texts import clause, hits
from fake_openai import Reply

QUOTE = re.compile(r"「(.*?)」", re.S)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _settings(tmp_path, **kw) -> Settings:
    return Settings(data_dir=tmp_path, **kw)


# Extractive ---------------------------------------------------------------------------


def test_extractive_quotes_relevant_sentences_verbatim(tmp_path):
    c13, c14, c66 = clause("pipl-2021", 13), clause("pipl-2021", 14), clause("pipl-2021", 66)
    retrieval = Retrieval(query="q", hits=hits(c13, c14, c66))
    draft = answerers.create("extractive", StageContext(_settings(tmp_path))).draft("处理个人信息需要取得个人同意吗？", retrieval, "zh")

    first_line = draft.text.splitlines()[0]
    assert "未配置生成式模型" in first_line and "逐字" in first_line
    assert all(first_line not in c.text for c in draft.claims)  # the heading is not a claim
    assert 2 <= len(draft.claims) <= 6
    by_marker = {c.marker: c for c in draft.citations}
    for claim in draft.claims:
        assert len(claim.markers) == 1
        cited = next(c for c in (c13, c14, c66) if c.chunk_id == by_marker[claim.markers[0]].chunk_id)
        (quote,) = QUOTE.findall(claim.text)
        assert _flat(quote) in _flat(cited.text)  # verbatim (line breaks aside)
        assert claim.text.startswith(cited.citation_label())
        assert f"{claim.text}[{claim.markers[0]}]" in draft.text
    assert draft.claims[0].markers == [1] and by_marker[1].chunk_id == c13.chunk_id  # the first hit speaks first
    assert sorted(by_marker) == list(range(1, len(by_marker) + 1))  # dense markers
    assert any("取得个人的同意" in c.text for c in draft.claims)
    assert not draft.abstained and draft.generator == "extractive"


def test_extractive_exact_lookup_quotes_the_whole_clause(tmp_path):
    c66, c13 = clause("pipl-2021", 66), clause("pipl-2021", 13)
    ref = ClauseRef(law_mention="个保法", doc_ids=["pipl-2021"], article=66)
    retrieval = Retrieval(query="q", hits=hits(c13, c66), exact_refs=[ref])
    draft = ExtractiveAnswerer().draft("个保法第66条是什么？", retrieval, "zh")
    assert len(draft.claims) == 1 and draft.citations[0].chunk_id == c66.chunk_id
    (quote,) = QUOTE.findall(draft.claims[0].text)
    assert _flat(quote) == _flat(c66.text.removeprefix("第六十六条"))
    assert draft.claims[0].text.startswith("《个人信息保护法》第六十六条：")


def test_extractive_in_english_and_for_superseded_text(tmp_path):
    draft = ExtractiveAnswerer().draft(
        "When is processing lawful?", Retrieval(query="q", hits=hits(clause("gdpr", 6), clause("gdpr", 7))), "en"
    )
    assert draft.text.startswith("No generative model is configured")
    assert draft.claims[0].text.startswith("GDPR Article 6: 「")
    old = ExtractiveAnswerer().draft("反洗钱义务", Retrieval(query="q", hits=hits(clause("aml-law-2006", 3, status="superseded"))), "zh")
    assert old.claims[0].text.startswith("《反洗钱法》第三条（已失效）：「")


def test_extractive_says_a_named_clause_does_not_exist(tmp_path):
    missing = ["《个人信息保护法》第九十九条（共七十四条）"]
    empty = ExtractiveAnswerer().draft("个保法第99条", Retrieval(query="q", missing_refs=missing), "zh")
    assert empty.abstained and not empty.claims
    assert "不存在" in empty.text and missing[0] in empty.text
    with_hits = ExtractiveAnswerer().draft(
        "个保法第99条和第13条", Retrieval(query="q", hits=hits(clause("pipl-2021", 13)), missing_refs=missing), "zh"
    )
    assert not with_hits.abstained and with_hits.claims
    assert missing[0] in with_hits.text.splitlines()[1]
    assert all(missing[0] not in c.text for c in with_hits.claims)


def test_extractive_reads_an_english_question_through_the_bridged_chinese_words():
    # across languages the question's own words match nothing; the lexicon's 贷款 / 借款人 / 资本 find the item on one
    # borrower, not the article's bare lead-in
    question = "What's the max a bank can lend to a single borrower as a share of its capital?"
    lending = clause("commercial-bank-law-2015", 39)
    draft = ExtractiveAnswerer().draft(question, Retrieval(query=question, hits=hits(lending)), "en")
    quoted = " ".join(c.text for c in draft.claims)
    assert "同一借款人的贷款余额与商业银行资本余额的比例不得超过百分之十" in _flat(quoted), quoted


def test_extractive_never_quotes_a_lists_lead_in_alone():
    # 反洗钱法第二十九条 opens 「有下列情形之一的，金融机构应当开展客户尽职调查：」; which cases is what the items say
    question = "开户的时候什么情况下要做尽职调查"
    cdd = clause("aml-law-2024", 29)
    draft = ExtractiveAnswerer().draft(question, Retrieval(query=question, hits=hits(cdd)), "zh")
    quotes = [q for c in draft.claims for q in QUOTE.findall(c.text)]
    assert any(q.rstrip().endswith("：") for q in quotes) or any("（" in q for q in quotes)
    for i, q in enumerate(quotes):
        if q.rstrip().endswith(("：", ":")):
            assert any(later.lstrip().startswith("（") for later in quotes[i + 1:]), quotes


def test_extractive_abstains_without_hits():
    draft = ExtractiveAnswerer().draft("What about Mars law?", Retrieval(query="q"), "en")
    assert draft.abstained and not draft.claims and not draft.citations and "No relevant clause" in draft.text


# OpenAI-compatible -------------------------------------------------------------------

ANSWER = {
    "answer": "处理个人信息原则上须取得个人同意[1]。违反本法处理个人信息的，可处一百万元以下罚款[2]。另可参考其他规定[7]。",
    "claims": [
        {"text": "处理个人信息原则上须取得个人同意。", "citations": [1]},
        {"text": "违反本法处理个人信息的，可处一百万元以下罚款。", "citations": [2]},
    ],
    "abstain": False,
}


@pytest.fixture
def pipl_retrieval():
    return Retrieval(query="q", hits=hits(clause("pipl-2021", 13), clause("pipl-2021", 66)))


@pytest.fixture
def llm_settings(fake_openai, tmp_path):
    return _settings(
        tmp_path, llm_base_url=fake_openai.base_url, llm_model="qwen2.5-7b-instruct", llm_timeout=2.0, llm_max_retries=0
    )


@pytest.mark.parametrize(
    "reply",
    [
        Reply.structured(ANSWER),  # JSON content, as asked by response_format
        Reply.tool_call(ANSWER, name="AnswerReply"),  # a server that answers with a tool call anyway
        Reply.content("好的：\n```json\n" + json.dumps(ANSWER, ensure_ascii=False) + "\n```"),  # prose around JSON
    ],
)
def test_openai_answerer_end_to_end(fake_openai, llm_settings, pipl_retrieval, reply):
    fake_openai.script(reply)
    answerer = answerers.create("openai", StageContext(llm_settings))
    draft = answerer.draft("处理个人信息需要同意吗？违法怎么罚？", pipl_retrieval, "zh")

    assert draft.generator == "openai:qwen2.5-7b-instruct" and not draft.abstained
    assert "[7]" not in draft.text and "marker [7] pointed at nothing retrieved; dropped" in draft.notices
    assert [(c.marker, c.chunk_id) for c in draft.citations] == [(1, "pipl-2021:13:0"), (2, "pipl-2021:66:0")]
    assert [c.markers for c in draft.claims] == [[1], [2], []]  # the sentence whose marker was dropped cites nothing
    assert "一百万元以下罚款" in draft.citations[1].quote and draft.citations[1].quote in clause("pipl-2021", 66).text

    (request,) = fake_openai.requests
    system, user = request["messages"]
    assert system["role"] == "system" and system["content"] == load_prompt("answer_system.md")
    assert request["model"] == "qwen2.5-7b-instruct" and request.get("stream") in (None, False)
    assert '<clause id="[1]" law="个人信息保护法" article="第十三条"' in user["content"]
    assert "<question>\n处理个人信息需要同意吗？违法怎么罚？\n</question>" in user["content"]
    assert "Chinese" in user["content"]


def test_openai_answerer_abstains_when_the_model_does(fake_openai, llm_settings, pipl_retrieval):
    fake_openai.script(Reply.structured({"answer": "所给条文未涉及跨境提供。", "claims": [], "abstain": True}))
    draft = OpenAIAnswerer(llm_settings).draft("跨境提供需要什么？", pipl_retrieval, "zh")
    assert draft.abstained and not draft.claims and "未涉及" in draft.text


def test_openai_answerer_without_hits_does_not_call_the_model(fake_openai, llm_settings):
    draft = OpenAIAnswerer(llm_settings).draft("q", Retrieval(query="q", missing_refs=["GDPR Article 100"]), "en")
    assert draft.abstained and "GDPR Article 100" in draft.text and fake_openai.requests == []


@pytest.mark.parametrize(
    "reply, error",
    [
        (Reply.error(500), ModelUnavailable),
        (Reply.structured(ANSWER, delay=10), ModelUnavailable),  # slower than llm_timeout
        (Reply.malformed(), ModelReplyInvalid),
        (Reply.json_content({"answer": 42, "claims": "none"}), ModelReplyInvalid),
    ],
)
def test_openai_answerer_raises_model_errors(fake_openai, llm_settings, pipl_retrieval, reply, error):
    fake_openai.script(reply)
    llm_settings.llm_timeout = 0.5
    with pytest.raises(error) as caught:
        OpenAIAnswerer(llm_settings).draft("q", pipl_retrieval, "zh")
    assert "Traceback" not in caught.value.user_message()


def test_openai_answerer_needs_an_endpoint(tmp_path):
    with pytest.raises(ConfigError):
        answerers.create("openai", StageContext(_settings(tmp_path)))


def test_unreachable_endpoint_is_model_unavailable(tmp_path, pipl_retrieval):
    import socket

    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = _settings(tmp_path, llm_base_url=f"http://127.0.0.1:{port}/v1", llm_timeout=2.0, llm_max_retries=0)
    with pytest.raises(ModelUnavailable, match="Could not connect"):
        OpenAIAnswerer(settings).draft("q", pipl_retrieval, "zh")
