"""Prometheus metrics on the running web UI and Slack bot, the Grafana dashboard and the alert rules."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import urllib.request

import pytest
from fake_openai import Reply
from prometheus_client.parser import text_string_to_metric_families

from assistant.wiring import with_settings
from assistant.ops import metrics
from assistant.settings import PROJECT_ROOT

OPS = PROJECT_ROOT / "ops"
PROMTOOL = shutil.which("promtool")


def scrape(url: str) -> dict[tuple[str, tuple], float]:
    with urllib.request.urlopen(url, timeout=30) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/plain")
        text = response.read().decode()
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def value(samples: dict, name: str, **labels) -> float:
    """Sum of the samples called `name` whose labels include `labels`."""
    return sum(v for (n, ls), v in samples.items() if n == name and set(labels.items()) <= set(ls))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- the running web UI ---------------------------------------------------------------------------------------

def test_web_ui_metrics_move_as_questions_are_asked(small_settings, small_assistant):
    from assistant.ui.server import launch

    port = _free_port()
    settings = small_settings.model_copy(update={"ui_host": "127.0.0.1", "ui_port": port})
    demo = launch(settings, assistant=small_assistant, block=False)
    url = f"http://127.0.0.1:{port}/metrics"
    try:
        before = scrape(url)
        assert value(before, "assistant_index_clauses") == len(small_assistant.view.clauses) > 0
        assert value(before, "assistant_index_documents") >= 9
        assert value(before, "assistant_index_revision_info", revision=str(small_assistant.store.revision)) == 1

        answers = [small_assistant.ask(q, channel="web") for q in ("个人信息保护法第十三条规定了什么？", "今天天气怎么样？")]
        after = scrape(url)
        assert value(after, "assistant_request_seconds_count", front_end="web") - \
            value(before, "assistant_request_seconds_count", front_end="web") == 2
        for stage in ("retrieve", "generate", "verify", "total"):
            assert value(after, "assistant_stage_seconds_count", stage=stage) - \
                value(before, "assistant_stage_seconds_count", stage=stage) == 2
        for answer in answers:  # one count per answer, under its own status
            moved = value(after, "assistant_answers_total", status=answer.status, front_end="web") - \
                value(before, "assistant_answers_total", status=answer.status, front_end="web")
            assert moved == sum(a.status == answer.status for a in answers)
        assert {a.status for a in answers} >= {"not_covered"}
        # The histogram holds the observed time: the +Inf bucket counts both, the sum is their total time.
        total = sum(a.timings["total"] for a in answers)
        assert value(after, "assistant_request_seconds_sum", front_end="web") - \
            value(before, "assistant_request_seconds_sum", front_end="web") == pytest.approx(total, rel=1e-3, abs=1e-3)
        # The chat page itself is still served: /metrics did not shadow the app.
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as page:
            assert "Compliance Assistant" in page.read().decode()
    finally:
        demo.close()


def test_llm_and_verifier_failures_are_counted(small_assistant, fake_openai):
    settings = small_assistant.settings.model_copy(update={
        "llm_base_url": fake_openai.base_url, "llm_model": "scripted", "llm_timeout": 5.0, "llm_max_retries": 0})
    llm = with_settings(small_assistant, settings)
    before = scrape_registry()
    fake_openai.script(Reply.error(500), Reply.malformed())  # generator down, then the verifier replies garbage
    answer = llm.ask("个人信息保护法第十三条规定了什么？", channel="cli")
    after = scrape_registry()
    assert answer.generator == "extractive"
    assert delta(before, after, "assistant_llm_requests_total", stage="generate") == 1
    assert delta(before, after, "assistant_llm_errors_total", stage="generate") == 1
    assert delta(before, after, "assistant_llm_errors_total", stage="verify") == 1
    assert delta(before, after, "assistant_verifier_errors_total", verifier="llm") == 1
    assert delta(before, after, "assistant_verifier_errors_total", verifier="grounding") == 0
    assert delta(before, after, "assistant_answers_total", status=answer.status, front_end="cli") == 1


def scrape_registry() -> dict:
    body, _ = metrics.exposition()
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for f in text_string_to_metric_families(body.decode()) for s in f.samples}


def delta(before: dict, after: dict, name: str, **labels) -> float:
    return value(after, name, **labels) - value(before, name, **labels)


def test_failed_questions_and_feedback_are_counted(small_assistant):
    from assistant.errors import InvalidQuestion

    before = scrape_registry()
    with pytest.raises(InvalidQuestion):
        small_assistant.ask("   ", channel="web")
    answer = small_assistant.ask("商业银行法第三十九条规定了什么？", channel="web")
    small_assistant.feedback(answer.audit_id, "up")
    after = scrape_registry()
    assert delta(before, after, "assistant_request_errors_total", error="InvalidQuestion") == 1
    assert delta(before, after, "assistant_feedback_total", rating="up") == 1


def test_ingest_runs_and_unreadable_files_are_counted(tmp_path, shared_embedder):
    from index_fixtures import make_settings
    from ingest.pipeline import Ingestor

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "policy.md").write_text("# 测试制度\n\n第一条 员工应当保护客户信息。\n", encoding="utf-8")
    (corpus / "empty.md").write_bytes(b"")
    before = scrape_registry()
    report = Ingestor(make_settings(tmp_path / "data", [corpus]), embedder=shared_embedder).run(progress=False)
    after = scrape_registry()
    assert len(report.errors) == 1
    assert delta(before, after, "assistant_ingest_runs_total", result="partial") == 1
    assert delta(before, after, "assistant_ingest_file_errors_total") == 1
    assert delta(before, after, "assistant_ingest_seconds_count") == 1


# --- the Slack bot ----------------------------------------------------------------------------------------------

def test_slack_bot_serves_metrics_in_http_mode_and_on_its_own_port(fake_openai, small_settings, small_assistant):
    from fake_slack_api import FakeSlackAPI
    from test_slack import QUESTION, BotServer, event_body, slack_settings

    from assistant.slack.app import build_app

    with FakeSlackAPI() as fake_api:
        app = build_app(lambda: small_assistant, slack_settings(small_settings, fake_api), workers=1)
        with BotServer(app) as bot:
            metrics_url = bot.url.replace("/slack/events", "/metrics")
            before = scrape(metrics_url)
            status, _ = bot.event(event_body(f"<@U0BOT> {QUESTION}", channel="C0METRICS"))
            assert status == 200
            fake_api.wait_for("chat.postMessage", channel="C0METRICS")
            after = scrape(metrics_url)
            assert delta(before, after, "assistant_request_seconds_count", front_end="slack") == 1
            assert value(after, "assistant_index_clauses") > 0
    port = metrics.start_server(0, host="127.0.0.1")
    assert value(scrape(f"http://127.0.0.1:{port}/metrics"), "assistant_request_seconds_count", front_end="slack") >= 1


# --- the dashboard ----------------------------------------------------------------------------------------------

PANEL_TYPES = {"timeseries", "stat", "gauge", "bargauge", "table", "text", "barchart", "piechart", "heatmap", "row",
               "histogram", "state-timeline", "logs"}
DASHBOARD_KEYS = {"title": str, "uid": str, "panels": list, "schemaVersion": int, "time": dict, "templating": dict,
                  "annotations": dict, "editable": bool, "refresh": str, "tags": list, "version": int}


def exported_names() -> set[str]:
    names = set()
    for family in metrics.REGISTRY.collect():
        if family.type == "histogram":
            names |= {family.name + s for s in ("_bucket", "_count", "_sum")}
        elif family.type == "counter":
            names |= {family.name + "_total", family.name + "_created"}
        else:
            names.add(family.name)
    return names


def recorded_names() -> set[str]:
    return set(re.findall(r"^\s*- record: (\S+)", (OPS / "alerts.yml").read_text(encoding="utf-8"), re.M))


def dashboard_problems(dashboard: dict) -> list[str]:
    """Grafana's dashboard model (schemaVersion 36+): what an import needs, checked field by field."""
    problems = [f"top level: {key} missing or not {kind.__name__}" for key, kind in DASHBOARD_KEYS.items()
                if not isinstance(dashboard.get(key), kind)]
    if dashboard.get("schemaVersion", 0) < 36:
        problems.append("schemaVersion below 36 (Grafana 9+)")
    inputs = {i.get("name") for i in dashboard.get("__inputs", [])}
    ids = set()
    for panel in dashboard.get("panels", []):
        where = f"panel {panel.get('id')} {panel.get('title')!r}"
        if not isinstance(panel.get("id"), int) or panel["id"] in ids:
            problems.append(f"{where}: id missing or repeated")
        ids.add(panel.get("id"))
        if panel.get("type") not in PANEL_TYPES:
            problems.append(f"{where}: unknown type {panel.get('type')!r}")
        if not panel.get("title"):
            problems.append(f"{where}: no title")
        grid = panel.get("gridPos") or {}
        if not all(isinstance(grid.get(k), int) for k in ("x", "y", "w", "h")):
            problems.append(f"{where}: gridPos needs integer x, y, w, h")
        elif grid["x"] < 0 or grid["w"] < 1 or grid["x"] + grid["w"] > 24 or grid["h"] < 1:
            problems.append(f"{where}: gridPos outside the 24-column grid")
        if panel.get("type") in ("row", "text"):
            continue
        source = panel.get("datasource") or {}
        if source.get("type") != "prometheus" or source.get("uid", "").strip("${}") not in inputs:
            problems.append(f"{where}: datasource must be the dashboard's Prometheus input")
        targets = panel.get("targets") or []
        if not targets:
            problems.append(f"{where}: no targets")
        refs = [t.get("refId") for t in targets]
        if len(set(refs)) != len(refs) or not all(refs):
            problems.append(f"{where}: refIds missing or repeated")
        for t in targets:
            if not isinstance(t.get("expr"), str) or not t["expr"].strip():
                problems.append(f"{where}: target {t.get('refId')} has no expr")
        if not isinstance(panel.get("fieldConfig", {}).get("defaults"), dict):
            problems.append(f"{where}: fieldConfig.defaults missing")
    return problems


def test_dashboard_is_a_valid_grafana_dashboard_over_exported_metrics(tmp_path):
    dashboard = json.loads((OPS / "grafana-dashboard.json").read_text(encoding="utf-8"))
    assert dashboard_problems(dashboard) == []
    exprs = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
    known = exported_names() | recorded_names()
    used = {name for e in exprs for name in re.findall(r"\b(assistant[:_][a-z0-9_:]+)", e)}
    assert used - known == set(), "the dashboard queries series nothing exports"
    assert {"assistant_request_seconds_bucket", "assistant_stage_seconds_bucket", "assistant_answers_total",
            "assistant_llm_errors_total", "assistant_index_clauses"} <= used
    # The checker catches what Grafana would refuse.
    broken = json.loads(json.dumps(dashboard))
    broken["panels"][0]["targets"][0].pop("expr")
    broken["panels"][1]["gridPos"]["w"] = 30
    broken["panels"][2]["type"] = "fancy"
    assert len(dashboard_problems(broken)) == 3
    if PROMTOOL:  # every panel query must parse as PromQL: check them as recording rules
        rules = tmp_path / "dashboard-rules.yml"
        lines = ["groups:", "  - name: dashboard", "    rules:"]
        for i, expr in enumerate(exprs):
            lines += [f"      - record: dashboard:query_{i}", f"        expr: {json.dumps(expr)}"]
        rules.write_text("\n".join(lines) + "\n", encoding="utf-8")
        run = subprocess.run([PROMTOOL, "check", "rules", str(rules)], capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, run.stdout + run.stderr


# --- the alert rules --------------------------------------------------------------------------------------------

def test_alert_rules_pass_promtool_and_fire_when_they_should():
    if not PROMTOOL:
        pytest.skip("promtool not installed (apt-get install prometheus)")
    run = subprocess.run([PROMTOOL, "check", "rules", str(OPS / "alerts.yml")], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
    # Unit tests: p95 above 2 s, 20% LLM errors and a 20-point drop in verified answers fire; calm periods do not.
    run = subprocess.run([PROMTOOL, "test", "rules", str(OPS / "alerts.test.yml")], capture_output=True, text=True,
                         timeout=120, cwd=OPS)
    assert run.returncode == 0, run.stdout + run.stderr


def test_alert_rules_cover_the_budget_errors_and_drift():
    import yaml

    rules = yaml.safe_load((OPS / "alerts.yml").read_text(encoding="utf-8"))
    alerts = {r["alert"]: r for g in rules["groups"] for r in g["rules"] if "alert" in r}
    assert {"AssistantSlowAnswers", "AssistantLLMErrors", "AssistantVerifiedShareDrift",
            "AssistantNotCoveredShareDrift"} <= set(alerts)
    for rule in (r for g in rules["groups"] for r in g["rules"]):
        assert rule.get("expr") and ("alert" in rule) != ("record" in rule)
        used = set(re.findall(r"\b(assistant_[a-z0-9_]+)", rule["expr"]))
        assert used <= exported_names(), used - exported_names()
    assert "> 2" in alerts["AssistantSlowAnswers"]["expr"]
    assert "0.05" in alerts["AssistantVerifiedShareDrift"]["expr"]
