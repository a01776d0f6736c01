"""The Slack bot over real HTTP: signed requests to the Bolt app on 127.0.0.1, every Web API call
captured by a local fake Slack API, real answers from the small index (offline mode)."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest

from assistant.audit import AuditLog
from assistant.errors import IndexNotReady
from assistant.redact import ID_CHECK, ID_WEIGHTS
from assistant.slack import blocks as bk
from assistant.slack.app import build_app
from assistant.slack.bot import NO_FILE
from assistant.slack.dedupe import Deduper, event_keys
from assistant.slack.http_server import make_http_server
from assistant.slack.spec_check import spec_checker
from assistant.types import Answer, Citation, ClaimResult, Clause
from fake_slack_api import BOT_USER_ID, TEAM_ID, FakeSlackAPI

SECRET = "test-signing-secret-0123456789abcdef"
BOT_TOKEN = "xoxb-test-token"
ASKER = "U0ASKER1"
QUESTION = "个人信息保护法第十三条规定了什么？"


def customer_id() -> str:
    body = "110101199003071234"[:17]
    return body + ID_CHECK[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS)) % 11]


# --- request helpers ----------------------------------------------------------------------

def sign(body: bytes, timestamp: str, secret: str = SECRET) -> str:
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signed_post(url: str, body: bytes, content_type: str, *, timestamp: int | None = None,
                secret: str = SECRET, headers: dict | None = None) -> tuple[int, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": content_type, "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sign(body, ts, secret),
        **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def event_body(text: str, *, channel: str = "C0CHAN01", kind: str = "app_mention", event_id: str | None = None,
               ts: str | None = None, thread_ts: str | None = None, client_msg_id: str | None = None,
               files: list[dict] | None = None, user: str = ASKER) -> dict:
    ts = ts or f"{time.time():.6f}"
    event = {"type": kind, "user": user, "text": text, "ts": ts, "event_ts": ts, "channel": channel,
             "client_msg_id": client_msg_id or str(uuid.uuid4())}
    if kind == "message":
        event["channel_type"] = "im"
    if thread_ts:
        event["thread_ts"] = thread_ts
    if files:
        event.update(subtype="file_share", files=files)
    return {"token": "unused", "team_id": TEAM_ID, "api_app_id": "A0FAKE", "type": "event_callback",
            "event_id": event_id or f"Ev{uuid.uuid4().hex[:10].upper()}", "event_time": int(time.time()),
            "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}], "event": event}


class BotServer:
    """The Bolt app behind the same threaded WSGI server `assistant slack` uses in HTTP mode."""

    def __init__(self, app):
        self.server = make_http_server(app, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.server.server_port}/slack/events"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def event(self, body: dict, **kw) -> tuple[int, str]:
        return signed_post(self.url, json.dumps(body).encode(), "application/json", **kw)

    def command(self, text: str, channel: str = "C0CHAN01", response_url: str = "", **kw) -> tuple[int, str]:
        form = {"token": "unused", "team_id": TEAM_ID, "channel_id": channel, "user_id": ASKER, "user_name": "asker",
                "command": "/comply", "text": text, "response_url": response_url, "trigger_id": "1.2.3"}
        return signed_post(self.url, urllib.parse.urlencode(form).encode(), "application/x-www-form-urlencoded", **kw)

    def click(self, action_id: str, value: str, channel: str, message_ts: str, thread_ts: str) -> tuple[int, str]:
        payload = {"type": "block_actions", "team": {"id": TEAM_ID}, "user": {"id": ASKER},
                   "api_app_id": "A0FAKE", "token": "unused", "trigger_id": "1.2.3",
                   "container": {"type": "message", "message_ts": message_ts, "channel_id": channel,
                                 "is_ephemeral": False, "thread_ts": thread_ts},
                   "channel": {"id": channel}, "message": {"type": "message", "ts": message_ts, "thread_ts": thread_ts},
                   "actions": [{"type": "button", "action_id": action_id, "block_id": "b", "value": value,
                                "action_ts": f"{time.time():.6f}"}]}
        form = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
        return signed_post(self.url, form, "application/x-www-form-urlencoded")


def slack_settings(base, fake: FakeSlackAPI, **overrides):
    return base.model_copy(update={"slack_mode": "http", "slack_signing_secret": SECRET, "slack_bot_token": BOT_TOKEN,
                                   "slack_api_base_url": fake.base_url, **overrides})


def all_text(blocks: list[dict]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def buttons(blocks: list[dict]) -> list[dict]:
    out = [b["accessory"] for b in blocks if b.get("accessory", {}).get("type") == "button"]
    for b in blocks:
        if b["type"] == "actions":
            out += b["elements"]
    return out


def latest_ask(settings, channel: str) -> dict:
    asks = [r for r in AuditLog(settings.audit_path).iter_records() if r.get("kind") == "ask" and r.get("channel") == channel]
    assert asks, f"no audit record for channel {channel}"
    return asks[-1]


# --- fixtures -------------------------------------------------------------------------------

@pytest.fixture
def fake_api():
    with FakeSlackAPI() as fake:
        yield fake


@pytest.fixture
def bot(fake_api, small_settings, small_assistant):
    app = build_app(lambda: small_assistant, slack_settings(small_settings, fake_api), workers=1)
    with BotServer(app) as server:
        yield server


# --- pure: blocks and dedupe ------------------------------------------------------------------

def make_answer(**overrides) -> Answer:
    quote = "处理个人信息应当取得个人同意。" * 30
    citation = Citation(marker=1, chunk_id="pipl-2021:13:0", law="中华人民共和国个人信息保护法", short_title="个人信息保护法",
                        label="第十三条", article=13, version_date="2021-08-20", quote=quote)
    fields = dict(question="q", standalone_question="q", language="zh", status="verified",
                  text="**结论**：需要取得同意 <!channel> [1]。", citations=[citation],
                  claims=[ClaimResult(text="需要取得同意", markers=[1], verdict="supported")],
                  generator="extractive", verifiers=["grounding"], audit_id="abc123")
    return Answer(**{**fields, **overrides})


def test_answer_blocks_show_text_citations_status_and_buttons():
    blocks = bk.answer_blocks(make_answer(notices=["生成模型不可用，以下为离线答案。", "结论"]))
    text = all_text(blocks)
    assert "⚠️ 生成模型不可用，以下为离线答案。" in text and "⚠️ 结论" not in text  # notices already in the text are not repeated
    assert "*结论*：需要取得同意 &lt;!channel&gt; [1]。" in text  # mrkdwn bold, [n] kept, no @channel ping
    assert "✅ 已核实" in text
    [cite] = [b for b in blocks if b.get("accessory", {}).get("action_id") == "show_clause:1"]
    assert "*[1] 《个人信息保护法》第十三条*" in cite["text"]["text"]
    quote_line = cite["text"]["text"].split("\n> ", 1)[1]
    assert len(quote_line) <= bk.QUOTE_LIMIT and quote_line.endswith("…")
    assert cite["accessory"]["value"] == "pipl-2021:13:0"
    feedback = {b["action_id"]: b["value"] for b in buttons(blocks) if b["action_id"].startswith("feedback:")}
    assert feedback == {"feedback:up": "abc123", "feedback:down": "abc123", "feedback:wrong_citation": "abc123"}
    assert len({b["action_id"] for b in buttons(blocks)}) == len(buttons(blocks))  # Slack requires unique ids


def test_not_covered_answer_lists_closest_clauses_and_no_feedback_without_audit():
    closest = [Citation(marker=i, chunk_id=f"gdpr:{i}:0", law="GDPR", short_title="GDPR", label=f"Article {i}",
                        status="superseded" if i == 2 else "in_force") for i in (1, 2)]
    answer = make_answer(language="en", status="not_covered", text="Not covered.", citations=[], closest=closest,
                         audit_id=None)
    text = all_text(bk.answer_blocks(answer))
    assert "🚫 Not covered" in text and "Closest clauses" in text
    assert "GDPR Article 2" in text and "superseded" in text
    assert not [b for b in buttons(bk.answer_blocks(answer)) if b["action_id"].startswith("feedback:")]


def test_long_texts_are_split_to_slack_limits():
    answer = make_answer(text=("长句子。" * 400 + "\n\n") * 5)
    blocks = bk.answer_blocks(answer)
    assert all(len(b["text"]["text"]) <= bk.SECTION_LIMIT for b in blocks if b["type"] == "section")
    assert len(blocks) <= bk.MAX_BLOCKS
    clause = Clause(chunk_id="x:1:0", doc_id="x", law="某法", short_title="某法", label="第一条", text="条文。" * 25000)
    clause_blocks = bk.clause_blocks(clause)
    assert all(len(b["text"]["text"]) <= bk.SECTION_LIMIT for b in clause_blocks if b["type"] == "section")
    assert "truncated" in all_text(clause_blocks)


def test_deduper_remembers_any_key_until_ttl():
    now = [0.0]
    dedupe = Deduper(ttl=10, clock=lambda: now[0])
    first = event_body("hi", event_id="Ev1", client_msg_id="m1", ts="1.0")
    assert dedupe.first_time(event_keys(first))
    assert not dedupe.first_time(event_keys(first))
    same_message_other_event = event_body("hi", event_id="Ev2", client_msg_id="m1", ts="1.0")
    assert not dedupe.first_time(event_keys(same_message_other_event))
    now[0] = 11.0
    assert dedupe.first_time(event_keys(first))


def test_manifest_subscribes_to_what_the_bot_handles():
    yaml = pytest.importorskip("yaml")
    from assistant.settings import PROJECT_ROOT

    manifest = yaml.safe_load((PROJECT_ROOT / "slack" / "manifest.yml").read_text(encoding="utf-8"))
    assert [c["command"] for c in manifest["features"]["slash_commands"]] == ["/comply"]
    assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == {"app_mention", "message.im"}
    assert manifest["settings"]["interactivity"]["is_enabled"]
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"app_mentions:read", "chat:write", "commands", "im:history", "files:read", "files:write"} <= scopes


def test_http_mode_refuses_to_start_without_a_signing_secret(fake_api, tmp_path):
    from assistant.errors import ConfigError
    from assistant.settings import Settings

    settings = Settings(data_dir=tmp_path, slack_mode="http", slack_bot_token=BOT_TOKEN,
                        slack_api_base_url=fake_api.base_url)
    with pytest.raises(ConfigError, match="signing secret"):
        build_app(lambda: None, settings)
    with pytest.raises(ConfigError, match="bot token"):
        build_app(lambda: None, settings.model_copy(update={"slack_mode": "socket", "slack_bot_token": None}))


# --- HTTP mode, real answers --------------------------------------------------------------------

def test_mention_is_answered_in_the_thread_with_citations_status_and_buttons(bot, fake_api, small_settings):
    body = event_body(f"<@{BOT_USER_ID}> {QUESTION}", channel="C0MENTION")
    status, _ = bot.event(body)
    assert status == 200
    [post] = fake_api.wait_for("chat.postMessage", channel="C0MENTION")
    assert post["body"]["thread_ts"] == body["event"]["ts"]
    assert post["headers"]["Authorization"] == f"Bearer {BOT_TOKEN}"

    record = latest_ask(small_settings, "C0MENTION")
    assert record["user"] == ASKER and record["question"] == QUESTION
    blocks = post["body"]["blocks"]
    text = all_text(blocks)
    assert bk.status_badge(record["status"], "zh") in text
    assert record["citations"], "the extractive answer to an exact clause lookup cites it"
    for c in record["citations"]:
        assert f"[{c['marker']}]" in text
        show = [b for b in buttons(blocks) if b["action_id"] == f"show_clause:{c['marker']}"]
        assert show and show[0]["value"] == c["chunk_id"]
    assert any(b["action_id"] == "feedback:up" and b["value"] == record["id"] for b in buttons(blocks))


def test_slash_command_acks_in_the_response_and_threads_a_redacted_answer(bot, fake_api, small_settings):
    question = f"客户身份证号 {customer_id()} 的个人信息，个人信息保护法第十三条怎么规定？"
    status, reply = bot.command(question, channel="C0SLASH", response_url=fake_api.response_url())
    assert status == 200 and "Looking that up" in reply  # the ack is the HTTP response itself

    posts = fake_api.wait_for("chat.postMessage", channel="C0SLASH", count=2)
    parent, answer = posts
    assert "thread_ts" not in parent["body"]  # a new top-level message with the (redacted) question …
    assert answer["body"]["thread_ts"] == parent["reply"]["ts"]  # … and the answer in its thread
    assert bk.FEEDBACK in all_text(answer["body"]["blocks"])
    posted = json.dumps([c["body"] for c in fake_api.calls()], ensure_ascii=False)
    assert customer_id() not in posted
    assert "[ID_CARD#" in all_text(parent["body"]["blocks"])
    assert customer_id() not in json.dumps(latest_ask(small_settings, "C0SLASH"), ensure_ascii=False)


def test_empty_slash_command_gets_usage_in_the_ack(bot, fake_api):
    status, reply = bot.command("   ")
    assert status == 200 and "Usage" in reply


def test_retry_and_duplicate_event_ids_are_answered_once(bot, fake_api):
    body = event_body(f"<@{BOT_USER_ID}> {QUESTION}", channel="C0RETRY")
    assert bot.event(body)[0] == 200
    fake_api.wait_for("chat.postMessage", channel="C0RETRY")
    # Slack's retry of the same event, and a second delivery with the same event id:
    assert bot.event(body, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})[0] == 200
    redelivered = json.loads(json.dumps(body))
    redelivered["event"]["client_msg_id"] = str(uuid.uuid4())
    assert bot.event(redelivered)[0] == 200
    # A later message goes through the same single worker: once it is answered, any duplicate would be too.
    bot.event(event_body(f"<@{BOT_USER_ID}>", channel="C0SENTINEL"))
    fake_api.wait_for("chat.postMessage", channel="C0SENTINEL")
    assert len(fake_api.calls("chat.postMessage", channel="C0RETRY")) == 1


@pytest.mark.parametrize("case", ["bad_signature", "stale_timestamp"])
def test_unverifiable_requests_get_401_and_do_nothing(bot, fake_api, case):
    before = len(fake_api.calls())
    body = event_body(f"<@{BOT_USER_ID}> {QUESTION}", channel="C0FORGED")
    if case == "bad_signature":
        status, _ = bot.event(body, secret="not-the-secret")
    else:  # correctly signed, but six minutes old
        status, _ = bot.event(body, timestamp=int(time.time()) - 360)
    assert status == 401
    bot.event(event_body(f"<@{BOT_USER_ID}>", channel="C0SENTINEL"))
    fake_api.wait_for("chat.postMessage", channel="C0SENTINEL")
    assert [c["method"] for c in fake_api.calls()[before:]] == ["chat.postMessage"]  # only the sentinel's reply
    assert not fake_api.calls(channel="C0FORGED")


def test_empty_question_gets_a_message_in_the_thread(bot, fake_api):
    body = event_body(f"<@{BOT_USER_ID}>   ", channel="C0EMPTY")
    bot.event(body)
    [post] = fake_api.wait_for("chat.postMessage", channel="C0EMPTY")
    assert post["body"]["thread_ts"] == body["event"]["ts"]
    assert "The question is empty." in post["body"]["text"]


def test_show_full_clause_and_feedback_buttons(bot, fake_api, small_settings, small_assistant):
    body = event_body(f"<@{BOT_USER_ID}> {QUESTION}", channel="C0BUTTONS")
    bot.event(body)
    [post] = fake_api.wait_for("chat.postMessage", channel="C0BUTTONS")
    thread_ts = post["body"]["thread_ts"]
    show = next(b for b in buttons(post["body"]["blocks"]) if b["action_id"].startswith("show_clause:"))

    assert bot.click(show["action_id"], show["value"], "C0BUTTONS", "999.000001", thread_ts)[0] == 200
    [shown] = fake_api.wait_for("chat.postEphemeral", channel="C0BUTTONS")
    assert shown["body"]["user"] == ASKER and shown["body"]["thread_ts"] == thread_ts
    article = small_assistant.article(show["value"])
    assert bk.escape(article.text.split("\n")[0])[:60] in all_text(shown["body"]["blocks"])

    audit_id = next(b["value"] for b in buttons(post["body"]["blocks"]) if b["action_id"] == "feedback:wrong_citation")
    assert bot.click("feedback:wrong_citation", audit_id, "C0BUTTONS", "999.000001", thread_ts)[0] == 200
    fake_api.wait_for("chat.postEphemeral", channel="C0BUTTONS", count=2)
    feedback = [r for r in AuditLog(small_settings.audit_path).iter_records()
                if r.get("kind") == "feedback" and r.get("ref") == audit_id]
    assert [(f["rating"], f["user"]) for f in feedback] == [("wrong_citation", ASKER)]


def test_a_missing_index_is_reported_in_the_thread(fake_api, small_settings):
    def no_index():
        raise IndexNotReady("The clause index is empty.")

    app = build_app(no_index, slack_settings(small_settings, fake_api), workers=1)
    with BotServer(app) as server:
        body = event_body(f"<@{BOT_USER_ID}> {QUESTION}", channel="C0NOINDEX")
        server.event(body)
        [post] = fake_api.wait_for("chat.postMessage", channel="C0NOINDEX")
        # Before a slash command's thread exists, errors go privately through its response_url:
        assert server.command(QUESTION, channel="C0NOINDEX", response_url=fake_api.response_url())[0] == 200
        [private] = fake_api.wait_for("response_url")
        assert server.command("check", response_url=fake_api.response_url("check")) == (200, NO_FILE)
    assert post["body"]["thread_ts"] == body["event"]["ts"]
    assert "assistant ingest" in post["body"]["text"]
    assert "assistant ingest" in private["body"]["text"] and private["body"]["response_type"] == "ephemeral"
    assert len(fake_api.calls("chat.postMessage")) == 1  # nothing was posted in the channel for either command


def test_spec_file_shared_in_a_dm(bot, fake_api):
    info = fake_api.add_file("F0SPEC0001", "spec.md", "# 需求\n1. 系统收集客户手机号用于营销推送，无需取得客户同意。\n2. 交易记录保存一年后删除。\n".encode())
    body = event_body("", kind="message", channel="D0DIRECT", files=[info])
    bot.event(body)
    if spec_checker() is None:
        [post] = fake_api.wait_for("chat.postMessage", channel="D0DIRECT")
        assert "Spec checking is not available yet" in post["body"]["text"]
        assert post["body"]["thread_ts"] == body["event"]["ts"]
        return
    [upload] = fake_api.wait_for("files.completeUploadExternal", timeout=120)
    [summary] = fake_api.calls("chat.postMessage", channel="D0DIRECT")
    assert summary["body"]["thread_ts"] == body["event"]["ts"] == upload["body"]["thread_ts"]
    assert "Spec check of 1 document" in summary["body"]["text"] and "spec.md" in all_text(summary["body"]["blocks"])
    [download] = fake_api.calls("file.download")
    assert download["headers"]["Authorization"] == f"Bearer {BOT_TOKEN}"
    [report] = fake_api.uploads.values()
    assert fake_api.calls("files.getUploadURLExternal")[0]["body"]["filename"] == "spec-check-report.md"
    assert report.decode("utf-8").startswith("# ") and "spec.md" in report.decode("utf-8")
    assert "slack-check-" not in report.decode("utf-8")  # no temp paths in the report


def test_slash_check_with_a_file_link_threads_the_report(bot, fake_api):
    if spec_checker() is None:
        pytest.skip("assistant.spec is not installed")
    fake_api.add_file("F0SPEC0002", "design.md", "# 设计\n1. 客户身份资料保存一年。\n".encode())
    status, reply = bot.command("check https://fake.slack.com/files/U0ASKER1/F0SPEC0002/design.md",
                                channel="C0CHECK", response_url=fake_api.response_url())
    assert status == 200 and "Checking" in reply
    [upload] = fake_api.wait_for("files.completeUploadExternal", timeout=120)
    parent, summary = fake_api.calls("chat.postMessage", channel="C0CHECK")
    assert summary["body"]["thread_ts"] == upload["body"]["thread_ts"] == parent["reply"]["ts"]
    assert "design.md" in all_text(summary["body"]["blocks"])
    assert f"<@{ASKER}> spec check" in all_text(parent["body"]["blocks"])  # a real mention, not escaped


def test_follow_up_in_a_thread_uses_the_thread_as_history(bot, fake_api, small_settings):
    root_ts = "1700000000.000100"
    fake_api.thread_messages[root_ts] = [
        {"type": "message", "user": ASKER, "ts": root_ts, "text": f"<@{BOT_USER_ID}> {QUESTION}"},
        {"type": "message", "bot_id": "BBOT0000", "ts": "1700000001.000100", "text": "✅ 已核实: …[1]"},
    ]
    body = event_body(f"<@{BOT_USER_ID}> 那第十四条呢？", channel="C0FOLLOW", thread_ts=root_ts)
    fake_api.thread_messages[root_ts].append({"type": "message", "user": ASKER, "ts": body["event"]["ts"],
                                              "text": body["event"]["text"]})
    bot.event(body)
    [post] = fake_api.wait_for("chat.postMessage", channel="C0FOLLOW")
    assert post["body"]["thread_ts"] == root_ts
    record = latest_ask(small_settings, "C0FOLLOW")
    assert record["question"] == "那第十四条呢？"
    assert "个人信息保护法" in record["standalone_question"]


# --- Socket Mode ------------------------------------------------------------------------------

def test_socket_mode_acks_the_envelope_and_posts_the_answer(fake_api, small_settings, small_assistant):
    websockets = pytest.importorskip("websockets.asyncio.server")
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    received: list[dict] = []
    done = threading.Event()
    envelope = {"envelope_id": "env-0001", "type": "events_api", "accepts_response_payload": False,
                "payload": event_body(f"<@{BOT_USER_ID}> {QUESTION}", channel="C0SOCKET")}
    loop = asyncio.new_event_loop()
    port_ready = threading.Event()
    state: dict = {}

    async def session(ws):
        await ws.send(json.dumps({"type": "hello", "num_connections": 1}))
        await ws.send(json.dumps(envelope))
        try:
            async for message in ws:
                received.append(json.loads(message))
                if any(m.get("envelope_id") == "env-0001" for m in received):
                    done.set()
        except Exception:
            pass

    async def serve():
        async with websockets.serve(session, "127.0.0.1", 0) as server:
            state["port"] = server.sockets[0].getsockname()[1]
            state["stop"] = loop.create_future()
            port_ready.set()
            await state["stop"]

    thread = threading.Thread(target=lambda: loop.run_until_complete(serve()), daemon=True)
    thread.start()
    assert port_ready.wait(10)
    fake_api.socket_url = f"ws://127.0.0.1:{state['port']}/link"

    settings = slack_settings(small_settings, fake_api, slack_mode="socket", slack_signing_secret=None,
                              slack_app_token="xapp-test")
    app = build_app(lambda: small_assistant, settings, workers=1)
    handler = SocketModeHandler(app, settings.slack_app_token, auto_reconnect_enabled=False)
    try:
        handler.connect()
        assert done.wait(30), f"no ack for the envelope; got {received}"
        [post] = fake_api.wait_for("chat.postMessage", channel="C0SOCKET")
    finally:
        handler.close()
        loop.call_soon_threadsafe(state["stop"].set_result, None)
        thread.join(10)
    assert post["body"]["thread_ts"] == envelope["payload"]["event"]["ts"]
    assert fake_api.calls("apps.connections.open")[0]["headers"]["Authorization"] == "Bearer xapp-test"
    assert "[1]" in all_text(post["body"]["blocks"])


def test_answer_blocks_show_the_question_a_follow_up_was_rewritten_into():
    assert "已按以下问题回答" not in all_text(bk.answer_blocks(make_answer()))
    text = all_text(bk.answer_blocks(make_answer(question="那跨境的情况呢？", standalone_question="个人信息可以跨境提供吗？")))
    assert "已按以下问题回答: *个人信息可以跨境提供吗？*" in text
