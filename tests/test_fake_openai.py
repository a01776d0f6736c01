"""The fake OpenAI server speaks the wire format the real clients expect, and records requests."""

import json
import urllib.error
import urllib.request

import openai
import pytest

from fake_openai import Reply


def _post(url: str, body: dict) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def test_models_endpoint_lists_the_model(fake_openai):
    with urllib.request.urlopen(f"{fake_openai.base_url}/models", timeout=10) as response:
        data = json.loads(response.read())
    assert [m["id"] for m in data["data"]] == ["fake-model"]


def test_openai_client_gets_scripted_content_and_request_is_recorded(fake_openai):
    fake_openai.script(Reply.content("你好"))
    client = openai.OpenAI(base_url=fake_openai.base_url, api_key="x", max_retries=0)
    reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "问题"}])
    assert reply.choices[0].message.content == "你好"
    assert fake_openai.requests[-1]["messages"] == [{"role": "user", "content": "问题"}]
    assert fake_openai.sent_text() == "问题"


def test_structured_reply_is_a_tool_call_when_tools_were_sent(fake_openai):
    fake_openai.script(Reply.structured({"a": 1}), Reply.structured({"a": 2}))
    tool = {"type": "function", "function": {"name": "Pick", "parameters": {"type": "object"}}}
    status, body = _post(f"{fake_openai.base_url}/chat/completions", {"messages": [], "tools": [tool], "tool_choice": {"type": "function", "function": {"name": "Pick"}}})
    call = body["choices"][0]["message"]["tool_calls"][0]["function"]
    assert status == 200 and call["name"] == "Pick" and json.loads(call["arguments"]) == {"a": 1}
    # Without tools the same reply is JSON content; the path without /v1 works too.
    status, body = _post(f"http://127.0.0.1:{fake_openai.port}/chat/completions", {"messages": []})
    assert json.loads(body["choices"][0]["message"]["content"]) == {"a": 2}


def test_errors_and_an_empty_queue(fake_openai):
    fake_openai.script(Reply.error(503, "overloaded"), Reply.error(502, "down"))
    status, body = _post(f"{fake_openai.base_url}/chat/completions", {"messages": []})
    assert status == 503 and body["error"]["message"] == "overloaded"
    status, body = _post(f"{fake_openai.base_url}/chat/completions", {"messages": [], "stream": True})
    assert status == 502 and body["error"]["message"] == "down"  # errors come before any event
    status, body = _post(f"{fake_openai.base_url}/chat/completions", {"messages": []})
    assert status == 500 and "no scripted reply" in body["error"]["message"]
    assert fake_openai.unscripted == 1
    assert len(fake_openai.requests) == 3


def test_streaming_sends_tokens_as_server_sent_events_at_the_scripted_pace(fake_openai):
    import time

    from langchain_openai import ChatOpenAI

    text = "处理个人信息应当取得个人同意。" * 2  # 30 characters: 15 tokens
    fake_openai.script(Reply.content(text, token_delay=0.05), Reply.json_content({"answer": "好"}, token_delay=0))
    client = openai.OpenAI(base_url=fake_openai.base_url, api_key="x", max_retries=0)
    started = time.perf_counter()
    arrivals, pieces = [], []
    for chunk in client.chat.completions.create(model="m", messages=[{"role": "user", "content": "q"}], stream=True):
        if chunk.choices and chunk.choices[0].delta.content:
            arrivals.append(time.perf_counter() - started)
            pieces.append(chunk.choices[0].delta.content)
    assert "".join(pieces) == text and len(pieces) == 15
    assert arrivals[0] < 0.5 and arrivals[-1] - arrivals[0] >= 14 * 0.05 * 0.8  # spread out, not in one burst
    assert fake_openai.requests[0]["stream"] is True

    chat = ChatOpenAI(base_url=fake_openai.base_url, model="m", api_key="x", max_retries=0)
    assert "".join(c.content for c in chat.stream("q")) == '{"answer": "好"}'


def test_a_delayed_reply_outlasts_a_short_client_timeout(fake_openai):
    fake_openai.script(Reply.content("late", delay=5))
    client = openai.OpenAI(base_url=fake_openai.base_url, api_key="x", max_retries=0, timeout=0.3)
    with pytest.raises(openai.APITimeoutError):
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "q"}])
