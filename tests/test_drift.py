"""`assistant drift`: a recent window of the audit trail against the one before it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from assistant.audit import AuditLog
from assistant.ops.drift import Thresholds, build_windows, compare, drift_report, plot_report, render_report
from assistant.settings import PROJECT_ROOT

UNTIL = datetime(2026, 6, 30, tzinfo=timezone.utc)


def ask(day: int, status: str, law: str = "个人信息保护法", similarity: float = 0.85, rid: str | None = None) -> dict:
    when = UNTIL - timedelta(days=day, hours=1)
    return {"kind": "ask", "id": rid or f"a{day}-{status}-{law}-{similarity}", "time": when.isoformat(), "status": status,
            "citations": [{"short_title": law, "label": "第十三条", "chunk_id": "x:13:0"}],
            "retrieval_similarity": [similarity, similarity - 0.05]}


def trail(recent_verified: int, recent_not_covered: int, recent_law: str = "个人信息保护法") -> list[dict]:
    """Four weeks at 80% verified / 20% not covered (5 answers a day), then a week with the given mix a day."""
    records = []
    for day in range(7, 35):
        records += [ask(day, "verified", similarity=0.86) for _ in range(4)] + [ask(day, "not_covered", similarity=0.7)]
    for day in range(0, 7):
        records += [ask(day, "verified", recent_law, 0.86) for _ in range(recent_verified)]
        records += [ask(day, "not_covered", recent_law, 0.7) for _ in range(recent_not_covered)]
    return [dict(r, id=f"{r['id']}-{i}") for i, r in enumerate(records)]


def test_a_steady_trail_shows_no_drift():
    report = drift_report(trail(4, 1), until=UNTIL)
    assert report.judged and report.exceeded == [] and report.exit_code() == 0
    assert report.recent.answers == 35 and report.baseline.answers == 140
    assert "Nothing moved" in render_report(report)


def test_fewer_verified_more_abstentions_and_a_new_law_are_flagged():
    report = drift_report(trail(2, 3, recent_law="反洗钱法"), until=UNTIL)
    moved = {c.measure: c for c in report.exceeded}
    assert moved["status verified"].delta == pytest.approx(-0.4) and moved["abstention (not covered)"].delta == pytest.approx(0.4)
    assert "law 反洗钱法" in moved and "law 个人信息保护法" in moved
    assert report.exit_code() == 1
    # 40% not covered lowers the mean best similarity (0.70 vs 0.86 per answer), past its limit too
    assert moved["best-clause similarity"].delta < -0.05
    text = render_report(report)
    assert "!! status verified" in text and "-40.0 pts" in text


def test_feedback_counts_in_the_window_of_the_rated_answer():
    records = trail(4, 1)
    recent_ids = [r["id"] for r in records if r["time"] >= (UNTIL - timedelta(days=7)).isoformat()]
    old_ids = [r["id"] for r in records if r["time"] < (UNTIL - timedelta(days=7)).isoformat()]
    rated_at = (UNTIL - timedelta(hours=2)).isoformat()
    records += [{"kind": "feedback", "ref": i, "rating": "down", "time": rated_at} for i in recent_ids[:10]]
    records += [{"kind": "feedback", "ref": i, "rating": "up", "time": rated_at} for i in recent_ids[10:15] + old_ids[:20]]
    baseline, recent = build_windows(records, UNTIL, 7, 28)
    assert baseline.ratings == {"up": 20} and recent.ratings == {"down": 10, "up": 5}
    report = compare(baseline, recent)
    moved = {c.measure for c in report.exceeded}
    assert "negative feedback share" in moved


def test_too_few_answers_are_reported_but_not_judged():
    records = [ask(1, "verified"), ask(10, "not_covered")]
    report = drift_report(records, until=UNTIL, limits=Thresholds(min_answers=20))
    assert not report.judged and report.exit_code() == 0
    assert "too few answers" in render_report(report)


def test_plot_is_written(tmp_path):
    out = plot_report(drift_report(trail(2, 3), until=UNTIL), tmp_path / "drift.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000


def test_cli_reads_the_audit_trail_and_exits_non_zero_past_thresholds(tmp_path):
    import time

    data = tmp_path / "data"
    log = AuditLog(data / "audit.sqlite")

    def write(verified: int, not_covered: int) -> None:  # the log stamps its own (current) times
        for status, n in (("verified", verified), ("not_covered", not_covered)):
            for _ in range(n):
                log.append({"status": status, "citations": [{"short_title": "个人信息保护法", "label": "第十三条"}],
                            "retrieval_similarity": [0.86 if status == "verified" else 0.7]})

    write(24, 6)  # before: 80% verified
    time.sleep(1.1)
    middle = datetime.now(timezone.utc)
    time.sleep(0.1)
    write(12, 18)  # now: 40% verified
    until = datetime.now(timezone.utc) + timedelta(seconds=0.5)
    days = (until - middle).total_seconds() / 86400
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "ASSISTANT_DATA_DIR": str(data)}
    base = [sys.executable, "-m", "assistant.cli", "drift", "--until", until.isoformat(), "--days", repr(days)]
    run = subprocess.run(base + ["--plot", str(tmp_path / "d.png")], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "!! status verified" in run.stdout and (tmp_path / "d.png").exists()
    run = subprocess.run(base + ["--json"], env=env, capture_output=True, text=True, timeout=120)
    payload = json.loads(run.stdout)
    assert (payload["baseline"]["answers"], payload["recent"]["answers"]) == (30, 30)
    assert payload["exit_code"] == 1 and run.returncode == 1
    # The same trail with a lenient threshold passes.
    run = subprocess.run(base + ["--max-shift", "0.5"], env=env, capture_output=True, text=True, timeout=120)
    assert "!! status verified" not in run.stdout
