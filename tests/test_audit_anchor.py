"""The keyed audit chain and its anchors, through the CLI: `assistant audit head` / `verify --anchor SEQ:HASH`."""

import hashlib
import json
import os
import sqlite3
import subprocess
import sys

import pytest

from assistant.audit import GENESIS, AuditLog, canonical_json, chain_hash, parse_anchor
from assistant.errors import AssistantError
from assistant.settings import PROJECT_ROOT


def cli(data_dir, *args, **env_extra):
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "ASSISTANT_DATA_DIR": str(data_dir), **env_extra}
    return subprocess.run([sys.executable, "-m", "assistant.cli", "audit", *args], env=env, cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=60)


def fill(log, n):
    return [log.append({"question": f"问题 {i}", "answer": f"答案 {i}", "status": "verified"}) for i in range(n)]


def tamper(path, *statements):
    """Drop the append-only triggers, run the statements, put the triggers back."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER records_no_update")
    conn.execute("DROP TRIGGER records_no_delete")
    for statement, args in statements:
        conn.execute(statement, args)
    conn.execute("CREATE TRIGGER records_no_update BEFORE UPDATE ON records BEGIN SELECT RAISE(ABORT, 'x'); END")
    conn.execute("CREATE TRIGGER records_no_delete BEFORE DELETE ON records BEGIN SELECT RAISE(ABORT, 'x'); END")
    conn.close()


def test_removing_the_newest_record_fails_verify_anchor(tmp_path):
    log = AuditLog(tmp_path / "audit.sqlite")
    fill(log, 4)
    head = cli(tmp_path, "head")
    assert head.returncode == 0
    anchor = head.stdout.strip()
    assert parse_anchor(anchor) == log.head() and anchor.startswith("4:")
    assert cli(tmp_path, "verify", "--anchor", anchor).returncode == 0

    tamper(log.path, ("DELETE FROM records WHERE seq = 4", ()))
    assert cli(tmp_path, "verify").returncode == 0  # a cut tail is a valid shorter chain …
    cut = cli(tmp_path, "verify", "--anchor", anchor)  # … which the anchor catches
    assert cut.returncode == 1 and "cut" in cut.stdout
    assert cli(tmp_path, "verify", "--anchor", "3:" + "0" * 64).returncode == 1  # a wrong hash for a present seq


def test_an_older_anchor_still_verifies_after_more_appends(tmp_path):
    log = AuditLog(tmp_path / "audit.sqlite")
    fill(log, 2)
    anchor = cli(tmp_path, "head").stdout.strip()
    fill(log, 3)
    assert cli(tmp_path, "verify", "--anchor", anchor).returncode == 0


def test_bad_anchor_is_a_clear_error(tmp_path):
    AuditLog(tmp_path / "audit.sqlite")
    result = cli(tmp_path, "verify", "--anchor", "yesterday")
    assert result.returncode == 2 and "SEQ:HASH" in result.stderr
    with pytest.raises(AssistantError):
        parse_anchor("5:abc")


def test_a_chain_recomputed_with_plain_sha256_fails(tmp_path):
    log = AuditLog(tmp_path / "audit.sqlite")
    ids = fill(log, 3)
    rows = sqlite3.connect(log.path).execute("SELECT seq, payload FROM records ORDER BY seq").fetchall()
    # The tamperer edits record 2 and recomputes every hash after it, as the unkeyed chain would have them.
    statements, prev = [], GENESIS
    for seq, payload in rows:
        if seq == 2:
            payload = payload.replace("答案 1", "另一个答案")
        digest = hashlib.sha256((prev + payload).encode()).hexdigest()
        statements.append(("UPDATE records SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                           (payload, prev, digest, seq)))
        prev = digest
    tamper(log.path, *statements)
    report = log.verify()
    assert not report.ok and report.first_bad_id == ids[0] and "without the key" in report.reason
    assert cli(tmp_path, "verify").returncode == 1


def test_the_key_lives_outside_the_database_and_a_wrong_key_fails(tmp_path):
    log = AuditLog(tmp_path / "audit.sqlite")
    fill(log, 2)
    key_file = tmp_path / "audit.key"
    assert key_file.exists() and oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert key_file.read_text().strip().encode() not in (tmp_path / "audit.sqlite").read_bytes()
    assert not AuditLog(log.path, key="someone-else's key").verify().ok
    configured = tmp_path / "configured"
    configured.mkdir()
    keyed = AuditLog(configured / "audit.sqlite", key="from-the-settings")
    fill(keyed, 2)
    assert not (configured / "audit.key").exists()
    assert cli(configured, "verify", ASSISTANT_AUDIT_KEY="from-the-settings").returncode == 0
    assert cli(configured, "verify").returncode == 1  # without the configured key it cannot verify


def _legacy_trail(path, n):
    """A trail as the unkeyed version wrote it: records table and triggers, plain SHA-256 chain, no key."""
    from assistant.audit import SCHEMA

    conn = sqlite3.connect(path, isolation_level=None)
    for statement in SCHEMA.split(";\n"):
        if statement.strip():
            conn.execute(statement)
    prev = GENESIS
    for seq in range(1, n + 1):
        body = {"id": f"r{seq}", "seq": seq, "kind": "ask", "time": "2025-01-01T00:00:00+00:00", "question": "q"}
        text = canonical_json(body)
        digest = chain_hash(prev, text)
        conn.execute("INSERT INTO records VALUES (?,?,?,?,?,?,?)", (seq, f"r{seq}", "ask", body["time"], text, prev, digest))
        prev = digest
    conn.close()


def test_a_legacy_trail_is_migrated_new_rows_keyed(tmp_path):
    _legacy_trail(tmp_path / "audit.sqlite", 3)
    log = AuditLog(tmp_path / "audit.sqlite")
    fill(log, 2)
    report = log.verify()
    assert report.ok and report.checked == 5 and report.legacy == 3
    result = cli(tmp_path, "verify")
    assert result.returncode == 0 and "predate keying" in result.stderr
    # Moving the keying point to cover the new rows too needs the key: the tag no longer matches.
    conn = sqlite3.connect(log.path, isolation_level=None)
    conn.execute("UPDATE chain SET value = '99' WHERE name = 'keyed_from'")
    conn.close()
    assert "chain table was altered" in log.verify().reason


def test_removing_the_chain_table_is_not_a_migration(tmp_path):
    log = AuditLog(tmp_path / "audit.sqlite")
    fill(log, 2)
    conn = sqlite3.connect(log.path, isolation_level=None)
    conn.execute("DROP TABLE chain")
    conn.close()
    report = AuditLog(log.path).verify()  # the key file already existed: this is tampering, not an old trail
    assert not report.ok and "chain table" in report.reason
    assert json.loads(cli(tmp_path, "verify").stdout.split(": ", 1)[1])["ok"] is False


def test_removing_the_chain_table_is_caught_with_a_configured_key_too(tmp_path):
    log = AuditLog(tmp_path / "audit.sqlite", key="configured")
    fill(log, 2)
    conn = sqlite3.connect(log.path, isolation_level=None)
    conn.execute("DROP TABLE chain")
    conn.close()
    report = AuditLog(log.path, key="configured").verify()
    assert not report.ok and "chain table" in report.reason
