"""Streamed answers: the draft arrives token by token from a local OpenAI-compatible server speaking SSE,
verification runs when it is complete, and a draft that fails is never left looking final."""

from __future__ import annotations

import json
import time

import pytest
from fake_openai import Reply

from assistant.wiring import with_settings
from assistant.answer.streaming import partial_answer
from assistant.service import StreamEvent

QUESTION = "个人信息保护法第十三条规定了什么？"
CLAIM = "处理个人信息应当取得个人的同意，或者具备法律规定的其他合法性基础"
# Article 13's own words (the grounding verifier checks them); ~100 tokens of JSON: ~2 s at 50 tokens/s
LONG_CLAIM = "个人信息处理者取得个人的同意，或者为订立、履行个人作为一方当事人的合同所必需，方可处理个人信息"
TOKENS_PER_SECOND = 50


def answer_reply(text: str = CLAIM, token_delay: float = 1 / TOKENS_PER_SECOND, extra: str = "") -> Reply:
    answer = f"{text}[1]。{extra}"
    claims = [{"text": text, "citations": [1]}] + ([{"text": extra.rstrip("。"), "citations": [1]}] if extra else [])
    return Reply.structured({"answer": answer, "claims": claims, "abstain": False}, token_delay=token_delay)


def verdicts(*kinds: str) -> Reply:
    # a "supported" verdict must quote the cited clause (第十三条) verbatim
    return Reply.structured({"claims": [{"index": i + 1, "verdict": v, "reason": "第十三条", "quote": "取得个人的同意"}
                                        for i, v in enumerate(kinds)],
                             "conclusion": "supported" if set(kinds) == {"supported"} else "not_supported"})


@pytest.fixture
def llm_assistant(small_assistant, fake_openai):
    settings = small_assistant.settings.model_copy(
        update={"llm_base_url": fake_openai.base_url, "llm_model": "scripted", "llm_timeout": 10.0, "llm_max_retries": 0})
    return with_settings(small_assistant, settings)


def timed(events) -> list[tuple[float, object]]:
    return [(time.perf_counter(), e) for e in events]


def kind(event) -> str:
    return event.kind if isinstance(event, StreamEvent) else "answer"


# --- reading a JSON reply while it streams --------------------------------------------------------------

def test_partial_answer_decodes_the_answer_field_as_far_as_it_arrived():
    reply = json.dumps({"answer": '第一条"引号"\n换行 \\ 😀 done', "claims": []}, ensure_ascii=True)
    seen = [partial_answer(reply[:n]) for n in range(len(reply) + 1)]
    assert seen[-1] == '第一条"引号"\n换行 \\ 😀 done'
    assert all(b.startswith(a) for a, b in zip(seen, seen[1:]))  # never shows half an escape and takes it back
    assert partial_answer('{"claims": [], "answer": "ok') == "ok"
    assert partial_answer('{"abstain": false, ') == ""  # JSON before the answer: nothing to show yet
    assert partial_answer("Plain prose from a model that ignored the format") .startswith("Plain prose")


# --- the service --------------------------------------------------------------------------------------

def test_draft_streams_token_by_token_then_verification_sets_the_status(llm_assistant, fake_openai):
    fake_openai.script(answer_reply(text=LONG_CLAIM), verdicts("supported"))
    events = timed(llm_assistant.ask_stream(QUESTION, channel="cli"))
    kinds = [kind(e) for _, e in events]
    assert kinds[0] == "retrieved" and kinds[-2:] == ["verifying", "answer"]
    assert set(kinds[1:-2]) == {"draft"}
    drafts = [(t, e.text) for t, e in events if kind(e) == "draft"]
    assert len(drafts) >= 20  # token by token, not in one piece
    assert all(b.startswith(a) for (_, a), (_, b) in zip(drafts, drafts[1:]))
    assert drafts[0][1] and len(drafts[0][1]) <= 4  # the first words, long before the last
    assert drafts[-1][0] - drafts[0][0] > 0.5  # they arrived as the model wrote them (~50 tokens/s)
    answer = events[-1][1]
    assert answer.status == "verified" and answer.generator.startswith("openai")
    assert LONG_CLAIM in drafts[-1][1] and LONG_CLAIM in answer.text
    assert 0 < answer.timings["first_text"] < answer.timings["total"]
    assert fake_openai.requests[0]["stream"] is True and not fake_openai.requests[1].get("stream")
    assert answer.audit_id  # recorded like any answer


def test_a_rejected_claim_is_flagged_in_the_final_answer_not_left_as_streamed(llm_assistant, fake_openai):
    fake_openai.script(answer_reply(extra="个人信息可以永久保存[1]。"), verdicts("supported", "contradicted"))
    events = list(llm_assistant.ask_stream(QUESTION, channel="cli"))
    last_draft = [e.text for e in events if kind(e) == "draft"][-1]
    answer = events[-1]
    assert "✕" not in last_draft and answer.status == "contradicted"
    assert "永久保存[1] ✕" in answer.text


def test_a_model_failing_mid_stream_voids_the_draft_and_falls_back(llm_assistant, fake_openai):
    fake_openai.script(Reply.malformed('{"answer": "处理个人信息应当取得个人的同意，但是', token_delay=0.01),
                       Reply.error(500))  # the verifier is down too
    events = list(llm_assistant.ask_stream(QUESTION, channel="cli"))
    kinds = [kind(e) for e in events]
    assert "draft" in kinds and kinds.index("fallback") > kinds.index("draft")
    answer = events[-1]
    assert answer.generator == "extractive" and answer.status == "unverified"
    assert any("不可用" in n for n in answer.notices)


def test_offline_the_answer_comes_whole(small_assistant):
    assert not small_assistant.streams
    events = list(small_assistant.ask_stream(QUESTION, channel="cli"))
    assert len(events) == 1 and events[0].status in ("verified", "quoted", "partially_verified")


# --- Slack: one message, updated in place ---------------------------------------------------------------

def test_slack_updates_one_message_with_the_draft_then_the_answer(llm_assistant, fake_openai, small_settings):
    from fake_slack_api import FakeSlackAPI
    from test_slack import BotServer, event_body, slack_settings

    from assistant.slack.app import build_app
    from assistant.slack.jobs import STREAM_UPDATE_SECONDS

    # 50 tokens/s, four claims of Article 13: the answer text takes ~2 s, long enough for once-a-second updates.
    claims = [LONG_CLAIM, "个人信息处理者为履行法定职责或者法定义务所必需，方可处理个人信息",
              "个人信息处理者为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需，方可处理个人信息",
              "为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息"]
    fake_openai.script(Reply.structured({"answer": "".join(f"{c}[1]。" for c in claims),
                                         "claims": [{"text": c, "citations": [1]} for c in claims], "abstain": False},
                                        token_delay=1 / TOKENS_PER_SECOND),
                       verdicts(*["supported"] * len(claims)))
    with FakeSlackAPI() as fake_api:
        app = build_app(lambda: llm_assistant, slack_settings(small_settings, fake_api), workers=1)
        with BotServer(app) as bot:
            status, _ = bot.event(event_body(f"<@U0BOT> {QUESTION}", channel="C0STREAM"))
            assert status == 200
            fake_api.wait_for("chat.update", channel="C0STREAM", count=3, timeout=120)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not any(
                    "blocks" in c["body"] and "feedback" in json.dumps(c["body"]["blocks"])
                    for c in fake_api.calls("chat.update", channel="C0STREAM")):
                time.sleep(0.1)
    posted = fake_api.calls("chat.postMessage", channel="C0STREAM")
    updates = fake_api.calls("chat.update", channel="C0STREAM")
    assert len(posted) == 1  # the draft message; everything else updates it in place
    draft_ts = posted[0]["reply"]["ts"]
    assert all(u["body"]["ts"] == draft_ts for u in updates)
    assert "尚未核实" in posted[0]["body"]["text"]  # labelled a draft from the first words
    final = json.dumps(updates[-1]["body"]["blocks"], ensure_ascii=False)
    assert "✅" in final and "feedback" in final  # the badge comes with the answer, last
    assert all("✅" not in json.dumps(u["body"]["blocks"], ensure_ascii=False) for u in updates[:-1])
    drafts = [u for u in updates if "尚未核实" in u["body"]["text"]]
    assert drafts, "the draft was never updated while streaming"
    stamps = [posted[0]["time"]] + [u["time"] for u in drafts]
    assert all(b - a >= STREAM_UPDATE_SECONDS * 0.9 for a, b in zip(stamps, stamps[1:]))  # Slack's rate limit
    assert len(drafts) <= 4  # ~2 s of answer text (~100 tokens): a few updates, not one per token
    asked = next(r.time for r in fake_openai.log if isinstance(r.body, dict) and r.body.get("stream"))
    first_words = posted[0]["time"] - asked
    print(f"\nSlack: first words posted {first_words:.3f} s after the model was asked")
    assert first_words < 1.0  # while the model is still writing (the answer text alone takes ~2 s)
