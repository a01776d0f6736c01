"""The facade with a generative model and a verifying model behind a local OpenAI-compatible server."""

import re

import pytest
from fake_openai import Reply

from assistant.wiring import with_settings

CLAIM = "处理个人信息应当取得个人的同意，或者具备法律规定的其他合法性基础"


@pytest.fixture
def llm_assistant(small_assistant, fake_openai):
    settings = small_assistant.settings.model_copy(
        update={"llm_base_url": fake_openai.base_url, "llm_model": "scripted", "llm_timeout": 5.0, "llm_max_retries": 0}
    )
    return with_settings(small_assistant, settings)


def answer_reply(text=CLAIM, citations=(1,)):
    return Reply.structured({"answer": f"{text}[1]。", "claims": [{"text": text, "citations": list(citations)}],
                             "abstain": False})


def test_generator_and_verifier_both_run(llm_assistant, fake_openai):
    fake_openai.script(answer_reply(), Reply.structured(
        {"claims": [{"index": 1, "verdict": "supported", "reason": "第十三条第一款第（一）项", "quote": "取得个人的同意"}],
         "conclusion": "supported"}))
    answer = llm_assistant.ask("个人信息保护法第十三条规定了什么？")
    assert answer.generator.startswith("openai") and answer.status == "verified"
    assert answer.citations[0].label == "第十三条"
    sent = fake_openai.sent_text(0)
    assert "<clause" in sent and "第十三条" in sent  # retrieved clauses go to the model as delimited data
    assert len(fake_openai.requests) == 2
    # the grounding verifier scored the paraphrase against its clause: the wiring handed it the cached embedder
    grounding = next(v for v in answer.verifications if v.verifier == "grounding")
    assert re.search(r"support 0\.\d\d", grounding.verdicts[0].reason), grounding.verdicts[0].reason


def test_verifier_rejection_flags_the_claim(llm_assistant, fake_openai):
    fake_openai.script(
        Reply.structured({"answer": f"{CLAIM}[1]。个人信息可以永久保存[1]。",
                          "claims": [{"text": CLAIM, "citations": [1]}, {"text": "个人信息可以永久保存", "citations": [1]}],
                          "abstain": False}),
        Reply.structured({"claims": [{"index": 1, "verdict": "supported", "reason": "ok", "quote": "取得个人的同意"},
                                     {"index": 2, "verdict": "contradicted", "reason": "第十三条未规定保存期限"}],
                          "conclusion": "not_supported"}),
    )
    answer = llm_assistant.ask("个人信息保护法第十三条规定了什么？")
    assert answer.status == "contradicted"
    assert [c.verdict for c in answer.claims] == ["supported", "contradicted"]
    assert "永久保存[1] ✕" in answer.text


def test_failing_verifier_never_counts_as_a_pass(llm_assistant, fake_openai):
    fake_openai.script(answer_reply(), Reply.malformed())
    answer = llm_assistant.ask("个人信息保护法第十三条规定了什么？")
    assert answer.status == "unverified"
    llm = next(v for v in answer.verifications if v.verifier == "llm")
    assert not llm.ran and llm.error


def test_unreachable_generator_falls_back_to_the_offline_answer(llm_assistant, fake_openai):
    fake_openai.script(Reply.error(500), Reply.error(500))
    answer = llm_assistant.ask("个人信息保护法第十三条规定了什么？")
    assert answer.generator == "extractive" and answer.status == "unverified"
    assert any("不可用" in n for n in answer.notices)
    assert answer.audit_id  # nothing is lost from the audit trail
