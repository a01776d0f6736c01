"""Audit trail: append-only, hash-chained, tamper-evident, concurrent, exportable."""

import io
import json
import multiprocessing
import sqlite3
import threading

import pytest

from assistant.audit import AuditLog, canonical_json, chain_hash
from assistant.errors import AssistantError, AuditTampered
from assistant.types import Citation


def ask(n: int, **extra) -> dict:
    return {
        "user": f"u{n % 3}",
        "channel": "cli",
        "question": f"问题 {n}：客户身份资料保存多久？",
        "retrieved": [f"aml-law-2024:34:{n}"],
        "answer": f"答案 {n} [1]",
        "status": "verified",
        "verification": {"grounding": "supported"},
        "models": {"generator": "extractive"},
        "versions": {"assistant": "0.1.0"},
        **extra,
    }


@pytest.fixture
def log(tmp_path):
    return AuditLog(tmp_path / "audit.sqlite")


def raw(log) -> sqlite3.Connection:
    """A tamperer's connection: drops the append-only triggers first."""
    conn = sqlite3.connect(log.path, isolation_level=None)
    conn.execute("DROP TRIGGER records_no_update")
    conn.execute("DROP TRIGGER records_no_delete")
    return conn


def restore_triggers(conn):
    # A careful tamperer puts the triggers back, so only the chain can give them away.
    conn.execute("CREATE TRIGGER records_no_update BEFORE UPDATE ON records BEGIN SELECT RAISE(ABORT, 'x'); END")
    conn.execute("CREATE TRIGGER records_no_delete BEFORE DELETE ON records BEGIN SELECT RAISE(ABORT, 'x'); END")
    conn.close()


def fill(log, n=5) -> list[str]:
    return [log.append(ask(i)) for i in range(n)]


def test_append_stores_fields_and_chains(log):
    ids = fill(log, 3)
    records = list(log.iter_records())
    assert [r["id"] for r in records] == ids
    assert [r["seq"] for r in records] == [1, 2, 3]
    first = records[0]
    assert first["kind"] == "ask" and first["user"] == "u0" and first["retrieved"] == ["aml-law-2024:34:0"]
    assert first["time"].endswith("+00:00")  # UTC
    conn = sqlite3.connect(log.path)
    rows = conn.execute("SELECT payload, prev_hash, hash FROM records ORDER BY seq").fetchall()
    assert rows[0][1] == "0" * 64
    for (payload, prev, digest), (_, next_prev, _) in zip(rows, rows[1:] + [(None, None, None)]):
        assert digest == chain_hash(prev, payload, log.key)
        assert payload == canonical_json(json.loads(payload))
        if next_prev is not None:
            assert next_prev == digest
    assert log.verify().ok and log.verify().checked == 3


def test_reserved_fields_cannot_be_forged_and_models_serialise(log):
    citation = Citation(marker=1, chunk_id="pipl-2021:13:0", law="中华人民共和国个人信息保护法",
                        short_title="个人信息保护法", label="第十三条", article=13)
    rid = log.append({**ask(0), "id": "forged", "seq": 99, "citations": [citation], "tags": {"a", "a"}})
    stored = log.get(rid)
    assert rid != "forged" and stored["seq"] == 1
    assert stored["citations"][0]["article"] == 13 and stored["tags"] == ["a"]
    assert log.verify().ok


def test_triggers_refuse_update_and_delete(log):
    fill(log, 2)
    conn = sqlite3.connect(log.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE records SET payload = '{}' WHERE seq = 1")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM records WHERE seq = 2")
    assert log.verify().ok


def test_wal_mode(log):
    fill(log, 1)
    assert sqlite3.connect(log.path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_detects_edited_payload(log):
    ids = fill(log)
    conn = raw(log)
    payload = conn.execute("SELECT payload FROM records WHERE seq = 3").fetchone()[0]
    conn.execute("UPDATE records SET payload = ? WHERE seq = 3", (payload.replace("verified", "unverified"),))
    restore_triggers(conn)
    report = log.verify()
    assert not report.ok and report.first_bad_id == ids[2] and "edited" in report.reason
    with pytest.raises(AuditTampered) as err:
        log.verify_or_raise()
    assert ids[2] in str(err.value) and "backup" in err.value.user_message()


def test_detects_edit_with_recomputed_hash(log):
    ids = fill(log)
    conn = raw(log)
    payload, prev = conn.execute("SELECT payload, prev_hash FROM records WHERE seq = 2").fetchone()
    forged = payload.replace("答案 1", "另一个答案")
    # Even a tamperer who holds the key is caught by the next row's prev_hash.
    conn.execute("UPDATE records SET payload = ?, hash = ? WHERE seq = 2", (forged, chain_hash(prev, forged, log.key)))
    restore_triggers(conn)
    report = log.verify()
    assert not report.ok and report.first_bad_id == ids[2] and "prev_hash" in report.reason


def test_detects_deleted_row(log):
    ids = fill(log)
    conn = raw(log)
    conn.execute("DELETE FROM records WHERE seq = 2")
    restore_triggers(conn)
    report = log.verify()
    assert not report.ok and report.first_bad_id == ids[2] and "deleted" in report.reason


def test_detects_deleted_row_with_renumbering(log):
    ids = fill(log)
    conn = raw(log)
    conn.execute("DELETE FROM records WHERE seq = 2")
    conn.execute("UPDATE records SET seq = seq - 1 WHERE seq > 2")
    restore_triggers(conn)
    report = log.verify()
    assert not report.ok and report.first_bad_id == ids[2]


def test_detects_reordered_rows(log):
    ids = fill(log)
    conn = raw(log)
    conn.execute("UPDATE records SET seq = -1 WHERE seq = 2")
    conn.execute("UPDATE records SET seq = 2 WHERE seq = 3")
    conn.execute("UPDATE records SET seq = 3 WHERE seq = -1")
    restore_triggers(conn)
    report = log.verify()
    assert not report.ok and report.first_bad_id == ids[2] and "reordered" in report.reason


def test_detects_truncation_with_anchor_and_dropped_triggers(log):
    fill(log, 4)
    anchor = log.head()
    assert anchor[0] == 4 and log.verify(anchor).ok
    conn = raw(log)
    conn.execute("DELETE FROM records WHERE seq = 4")
    assert "triggers are missing" in log.verify().reason  # chain itself is a valid prefix
    restore_triggers(conn)
    assert log.verify().ok  # without an anchor a cut tail is invisible …
    report = log.verify(anchor)  # … with one it is caught
    assert not report.ok and "cut" in report.reason
    with pytest.raises(AuditTampered):
        log.verify_or_raise(anchor)


def test_reopening_does_not_repair_dropped_triggers(log):
    fill(log, 1)
    raw(log).close()
    again = AuditLog(log.path)
    assert not again.verify().ok


def test_feedback_is_appended_not_updated(log):
    rid = log.append(ask(1))
    fid = log.add_feedback(rid, "down", "应引用第三十四条", user="alice")
    records = list(log.iter_records())
    assert records[0] == log.get(rid) and records[0]["status"] == "verified"  # untouched
    fb = records[1]
    assert fb["id"] == fid and fb["kind"] == "feedback" and fb["ref"] == rid and fb["rating"] == "down"
    assert [r["id"] for r in log.iter_records("feedback")] == [fid]
    with pytest.raises(AssistantError, match="rating"):
        log.add_feedback(rid, "meh")
    with pytest.raises(AssistantError, match="no answer"):
        log.add_feedback("nope", "up")
    with pytest.raises(AssistantError, match="no answer"):
        log.add_feedback(fid, "up")  # feedback on feedback
    assert log.verify().checked == 2


def test_export_jsonl(log, tmp_path):
    rid = log.append(ask(1))
    log.add_feedback(rid, "up")
    buf = io.StringIO()
    assert log.export_jsonl(buf) == 2
    lines = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert lines[0]["record"]["id"] == rid and lines[1]["prev_hash"] == lines[0]["hash"]
    assert chain_hash(lines[0]["prev_hash"], canonical_json(lines[0]["record"]), log.key) == lines[0]["hash"]
    out = tmp_path / "fb.jsonl"
    assert log.export_jsonl(out, kind="feedback") == 1
    assert json.loads(out.read_text(encoding="utf-8"))["record"]["rating"] == "up"


def test_feedback_dataset(log):
    cite = lambda short, art: {"short_title": short, "law": "全称", "article": art, "chunk_id": f"x:{art}"}  # noqa: E731
    good = log.append(ask(1, citations=[cite("反洗钱法", 34), cite("反洗钱法", 19), cite("商业银行法", 3)]))
    bad = log.append(ask(2, citations=[cite("个人信息保护法", 13)]))
    silent = log.append(ask(3))
    changed = log.append(ask(4, citations=[cite("GDPR", 33)]))
    log.add_feedback(good, "up", user="a")
    log.add_feedback(bad, "wrong_citation", "应为第五十七条", user="b")
    log.add_feedback(silent, "down")  # no comment: not useful as an eval row
    log.add_feedback(changed, "down", "wrong")
    log.add_feedback(changed, "up")  # latest rating wins
    rows = {row["feedback"]["record_id"]: row for row in log.feedback_dataset()}
    assert set(rows) == {good, bad, changed}
    g = rows[good]
    assert set(g) == {"id", "question", "law", "articles", "reference_answer", "feedback"}
    assert g["law"] == "反洗钱法" and g["articles"] == [19, 34] and g["reference_answer"] == "答案 1 [1]"
    b = rows[bad]
    assert b["law"] == "" and b["articles"] == [] and b["reference_answer"] is None
    assert b["feedback"]["comment"] == "应为第五十七条" and b["feedback"]["cited_articles"] == [13]
    assert rows[changed]["feedback"]["rating"] == "up" and rows[changed]["articles"] == [33]


def test_concurrent_appends_from_threads(log):
    errors = []

    def worker(k):
        try:
            for i in range(20):
                log.append(ask(k * 100 + i))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    report = log.verify()
    assert report.ok and report.checked == 80


def _append_many(path, k):
    log = AuditLog(path)
    for i in range(15):
        log.append(ask(k * 100 + i))


def test_concurrent_appends_from_processes(tmp_path):
    path = tmp_path / "audit.sqlite"
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_append_many, args=(path, k)) for k in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    report = AuditLog(path).verify()
    assert report.ok and report.checked == 45
