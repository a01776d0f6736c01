"""Bind addresses and size limits of the HTTP front ends; no server paths in what users see."""

import hashlib
import hmac
import http.client
import threading
import time

import pytest
from slack_bolt import App

from assistant.errors import ConfigError
from assistant.settings import Settings
from assistant.slack.http_server import make_http_server
from assistant.ui.handlers import run_spec_check
from assistant.ui.server import refuse_open_without_auth

SECRET = "test-signing-secret"


@pytest.fixture
def slack_server():
    app = App(signing_secret=SECRET, token="xoxb-test", token_verification_enabled=False)
    seen = []

    @app.event("app_mention")
    def mention(event):  # pragma: no cover - reached only by a signed, small request
        seen.append(event)

    server = make_http_server(app, "127.0.0.1", 0, max_body_bytes=64 * 1024)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server.server_port
    server.shutdown()
    server.server_close()


def _post(port: int, headers: dict, body: bytes = b"") -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.putrequest("POST", "/slack/events")
    for name, value in headers.items():
        conn.putheader(name, value)
    conn.endheaders()
    if body:
        conn.send(body)
    response = conn.getresponse()
    status, data = response.status, response.read()
    conn.close()
    return status, data


def test_oversized_body_is_refused_from_its_length_before_reading(slack_server):
    started = time.monotonic()
    # Claims 50 MB and sends none of it: the answer comes from the header alone.
    status, body = _post(slack_server, {"Content-Length": str(50 * 1024 * 1024), "Content-Type": "application/json"})
    assert status == 413 and b"over 65536 bytes" in body
    assert time.monotonic() - started < 5


def test_body_of_unknown_length_is_refused(slack_server):
    status, _ = _post(slack_server, {"Transfer-Encoding": "chunked", "Content-Type": "application/json"})
    assert status == 411


def test_small_unsigned_body_still_meets_the_signature_check(slack_server):
    status, _ = _post(slack_server, {"Content-Length": "2", "Content-Type": "application/json"}, b"{}")
    assert status == 401


def test_small_signed_body_goes_through(slack_server):
    body = b'{"type":"url_verification","challenge":"abc","token":"x"}'
    ts = str(int(time.time()))
    signature = "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    status, data = _post(slack_server, {"Content-Length": str(len(body)), "Content-Type": "application/json",
                                        "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature}, body)
    assert status == 200 and b"abc" in data


def test_slack_http_mode_binds_loopback_by_default():
    settings = Settings()
    assert settings.slack_host == "127.0.0.1" and settings.slack_max_body_kb == 1024


@pytest.mark.parametrize("host, auth, allowed, refused", [
    ("127.0.0.1", None, False, False),
    ("localhost", None, False, False),
    ("::1", None, False, False),
    ("0.0.0.0", None, False, True),
    ("10.1.2.3", None, False, True),
    ("ui.bank.internal", None, False, True),
    ("0.0.0.0", ("analyst", "pass"), False, False),
    ("0.0.0.0", None, True, False),
])
def test_web_ui_refuses_an_open_address_without_authentication(host, auth, allowed, refused):
    if refused:
        with pytest.raises(ConfigError, match="without authentication"):
            refuse_open_without_auth(host, auth, allowed)
    else:
        refuse_open_without_auth(host, auth, allowed)


def test_spec_check_errors_in_the_web_ui_name_files_not_server_paths(small_assistant, tmp_path):
    upload_dir = tmp_path / "gradio" / "3f9a0c"
    upload_dir.mkdir(parents=True)
    broken = upload_dir / "contract.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    empty = upload_dir / "notes.md"
    empty.write_text("   \n", encoding="utf-8")
    batch = run_spec_check(small_assistant, [broken, empty], None)
    text = batch.model_dump_json()
    assert str(tmp_path) not in text and "/tmp" not in text
    errors = {doc.name: doc.error for doc in batch.documents}
    assert errors["contract.docx"].startswith("contract.docx: not a valid DOCX")
    assert errors["notes.md"].startswith("notes.md: empty file")
