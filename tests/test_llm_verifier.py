"""The LLM verifier against the scripted server: verdicts parsed, faults never counted as a pass."""

import pytest

from assistant.stage_context import StageContext
from assistant.interfaces import verifiers
from assistant.llm import load_prompt
from assistant.settings import Settings
from assistant.types import Citation, Claim, Draft, Retrieval
from assistant.verify.llm_verifier import LLMVerifier
from clause_texts import clause, hits
from fake_openai import Reply

C13, C66 = clause("pipl-2021", 13), clause("pipl-2021", 66)
RETRIEVAL = Retrieval(query="q", hits=hits(C13, C66))
DRAFT = Draft(
    text="处理个人信息须取得同意[1]。违法可处一百万元以下罚款[2]。拒不改正的吊销执照[2]。",
    claims=[
        Claim(text="处理个人信息须取得同意。", markers=[1]),
        Claim(text="违法可处一百万元以下罚款。", markers=[2]),
        Claim(text="拒不改正的吊销执照。", markers=[2]),
    ],
    citations=[Citation.from_clause(1, C13), Citation.from_clause(2, C66)],
    generator="openai:m",
)
VERDICTS = {
    "claims": [
        {"index": 1, "verdict": "supported", "reason": "第十三条第一项", "quote": "取得个人的同意"},
        {"index": 2, "verdict": "supported", "reason": "第六十六条第一款", "quote": "并处一百万元以下罚款"},
        {"index": 3, "verdict": "contradicted", "reason": "拒不改正的是罚款，不是吊销执照"},
    ],
    "conclusion": "not_supported",
}


@pytest.fixture
def verifier(fake_openai, tmp_path):
    settings = Settings(data_dir=tmp_path, verifier_base_url=fake_openai.base_url, verifier_model="judge", llm_timeout=0.5, llm_max_retries=0)
    return verifiers.create("llm", StageContext(settings))


@pytest.mark.parametrize("reply", [Reply.structured(VERDICTS), Reply.tool_call(VERDICTS, name="VerifyReply")])
def test_verdicts_are_parsed(fake_openai, verifier, reply):
    fake_openai.script(reply)
    result = verifier.verify("处理个人信息要什么条件？违法怎么罚？", DRAFT, RETRIEVAL)
    assert result.ran and result.error is None and result.verifier == "llm"
    assert [(v.claim, v.verdict) for v in result.verdicts] == [(0, "supported"), (1, "supported"), (2, "contradicted")]
    assert result.verdicts[2].reason.startswith("拒不改正")
    assert result.conclusion == "not_supported"

    (request,) = fake_openai.requests
    system, user = request["messages"]
    assert request["model"] == "judge" and system["content"] == load_prompt("verify_system.md")
    assert '<claim index="3">\n拒不改正的吊销执照。\n</claim>' in user["content"]
    assert '<clause id="[2]" law="个人信息保护法" article="第六十六条"' in user["content"]
    assert "并处一百万元以下罚款" in user["content"]  # the cited clause's text is shown


def test_a_claim_missing_from_the_reply_is_not_supported(fake_openai, verifier):
    fake_openai.script(Reply.structured({"claims": [{"index": 1, "verdict": "supported", "reason": "ok", "quote": "取得个人的同意"}, {"index": 9, "verdict": "supported"}], "conclusion": "supported"}))
    result = verifier.verify("q", DRAFT, RETRIEVAL)
    assert [(v.claim, v.verdict) for v in result.verdicts] == [(0, "supported"), (1, "not_supported"), (2, "not_supported")]
    assert any("left out claim 2" in f for f in result.findings)
    assert any("claim 9" in f for f in result.findings)


def test_repeated_verdicts_keep_the_weakest(fake_openai, verifier):
    fake_openai.script(Reply.structured({"claims": [
        {"index": 1, "verdict": "supported", "quote": "取得个人的同意"}, {"index": 1, "verdict": "not_supported"},
        {"index": 2, "verdict": "supported", "quote": "并处一百万元以下罚款"}, {"index": 3, "verdict": "supported", "quote": "并处一百万元以下罚款"}], "conclusion": "supported"}))
    result = verifier.verify("q", DRAFT, RETRIEVAL)
    assert result.verdicts[0].verdict == "not_supported"


def test_uncited_claims_are_not_supported_without_asking(fake_openai, verifier):
    draft = DRAFT.model_copy(update={"claims": [Claim(text="已批准。", markers=[]), Claim(text="须取得同意。", markers=[1]), Claim(text="见外部规定。", markers=[5])]})
    fake_openai.script(Reply.structured({"claims": [{"index": 2, "verdict": "supported", "quote": "取得个人的同意"}], "conclusion": "supported"}))
    result = verifier.verify("q", draft, RETRIEVAL)
    assert [(v.claim, v.verdict) for v in result.verdicts] == [(0, "not_supported"), (1, "supported"), (2, "not_supported")]
    sent = fake_openai.sent_text()
    assert "已批准" not in sent and "见外部规定" not in sent and '<claim index="2">' in sent


def test_nothing_cited_means_no_model_call(fake_openai, verifier):
    draft = Draft(text="已批准。", claims=[Claim(text="已批准。")])
    result = verifier.verify("q", draft, RETRIEVAL)
    assert result.ran and [v.verdict for v in result.verdicts] == ["not_supported"] and result.conclusion == "not_supported"
    assert fake_openai.requests == []


@pytest.mark.parametrize(
    "reply",
    [
        Reply.malformed(),
        Reply.json_content({"claims": [{"index": 1, "verdict": "probably fine"}], "conclusion": "supported"}),
        Reply.error(500),
        Reply.error(429, "rate limited"),
        Reply.structured(VERDICTS, delay=10),  # slower than the 0.5 s timeout
    ],
)
def test_faults_are_reported_not_passed(fake_openai, verifier, reply):
    fake_openai.script(reply)
    result = verifier.verify("q", DRAFT, RETRIEVAL)
    assert result.ran is False and result.error and not result.verdicts and result.conclusion is None
    assert len(fake_openai.requests) == 1  # llm_max_retries=0: one attempt


def test_not_configured(tmp_path):
    result = LLMVerifier(Settings(data_dir=tmp_path)).verify("q", DRAFT, RETRIEVAL)
    assert result.ran is False and result.error == "not configured"


def test_verifier_falls_back_to_the_generator_endpoint(fake_openai, tmp_path):
    settings = Settings(data_dir=tmp_path, llm_base_url=fake_openai.base_url, llm_model="gen", llm_max_retries=0)
    fake_openai.script(Reply.structured(VERDICTS))
    assert LLMVerifier(settings).verify("q", DRAFT, RETRIEVAL).ran
    assert fake_openai.requests[0]["model"] == "gen"


def test_supported_without_a_verbatim_quote_of_the_cited_clause_is_not_supported(fake_openai, verifier):
    fake_openai.script(Reply.structured({"claims": [
        {"index": 1, "verdict": "supported", "reason": "ok"},  # no quote at all
        {"index": 2, "verdict": "supported", "quote": "并处五百万元以下罚款"},  # not what the clause says
        {"index": 3, "verdict": "supported", "quote": "取得个人的同意"},  # words of another cited clause
    ], "conclusion": "supported"}))
    result = verifier.verify("q", DRAFT, RETRIEVAL)
    assert [v.verdict for v in result.verdicts] == ["not_supported"] * 3
    assert all("quote is not in the cited clause" in v.reason for v in result.verdicts)
