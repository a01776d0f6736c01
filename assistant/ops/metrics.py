"""Prometheus metrics: every series the service exports, and the thin hooks that feed them.

All instrumentation lives here. The rest of the code calls a hook (`observe_answer`, `llm_call`,
`observe_ingest`, …) or wears a decorator (`instrument_ask`); front ends expose `REGISTRY` at `/metrics`
(`mount_on_fastapi` for the web UI, `wsgi_app` / `start_server` for the Slack bot). Metric names and
labels are the contract with ops/grafana-dashboard.json and ops/alerts.yml: change them together.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable

from prometheus_client import (CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest,
                               make_wsgi_app, start_http_server)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.platform_collector import PlatformCollector
from prometheus_client.process_collector import ProcessCollector

from ..messages import STATUSES

log = logging.getLogger(__name__)

REGISTRY = CollectorRegistry(auto_describe=True)
ProcessCollector(registry=REGISTRY)
PlatformCollector(registry=REGISTRY)

# 2 s is the end-to-end budget for 95% of requests with an LLM: buckets are dense around it.
LATENCY_BUCKETS = (0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 5.0, 10.0, 20.0, 60.0)
STAGES = ("rewrite", "retrieve", "generate", "verify", "total")

REQUEST_SECONDS = Histogram("assistant_request_seconds", "End-to-end time to answer one question.",
                            ["front_end"], buckets=LATENCY_BUCKETS, registry=REGISTRY)
STAGE_SECONDS = Histogram("assistant_stage_seconds", "Time spent in one stage of answering.",
                          ["stage"], buckets=LATENCY_BUCKETS, registry=REGISTRY)
FIRST_TEXT_SECONDS = Histogram("assistant_first_text_seconds",
                               "Time from the question to the first streamed words of the draft.",
                               buckets=LATENCY_BUCKETS, registry=REGISTRY)
ANSWERS = Counter("assistant_answers_total", "Answers given, by verification status.",
                  ["status", "front_end"], registry=REGISTRY)
REQUEST_ERRORS = Counter("assistant_request_errors_total", "Questions that ended in an error instead of an answer.",
                         ["error"], registry=REGISTRY)
VERIFIER_RUNS = Counter("assistant_verifier_runs_total", "Verifier runs (configured verifiers only).",
                        ["verifier"], registry=REGISTRY)
VERIFIER_ERRORS = Counter("assistant_verifier_errors_total", "Verifier runs that failed (never counted as a pass).",
                          ["verifier"], registry=REGISTRY)
LLM_REQUESTS = Counter("assistant_llm_requests_total", "Calls to a generative model.", ["stage"], registry=REGISTRY)
LLM_ERRORS = Counter("assistant_llm_errors_total", "Failed calls to a generative model.", ["stage"], registry=REGISTRY)
FEEDBACK = Counter("assistant_feedback_total", "User ratings of answers.", ["rating"], registry=REGISTRY)
INGEST_RUNS = Counter("assistant_ingest_runs_total", "Ingest runs, by result (ok, partial, failed).",
                      ["result"], registry=REGISTRY)
INGEST_FILE_ERRORS = Counter("assistant_ingest_file_errors_total", "Files an ingest run could not read.",
                             registry=REGISTRY)
INGEST_SECONDS = Histogram("assistant_ingest_seconds", "Duration of ingest runs.",
                           buckets=(1, 5, 15, 30, 60, 120, 300, 600, 1800), registry=REGISTRY)
INGEST_LAST_SUCCESS = Gauge("assistant_ingest_last_success_timestamp_seconds",
                            "When the last ingest run finished without a failure.", registry=REGISTRY)

for _status in STATUSES:  # every status shows from the first scrape, so rates and shares are defined
    ANSWERS.labels(_status, "web")
for _stage in ("generate", "verify"):
    LLM_REQUESTS.labels(_stage)
    LLM_ERRORS.labels(_stage)


def front_end(channel: str | None) -> str:
    """The label for where a question came from. Slack passes channel ids: those are one value, "slack"."""
    if channel in ("web", "cli", "api", "eval"):
        return channel
    return "slack" if channel else "other"


# Hooks ----------------------------------------------------------------------------------------------------


def observe_answer(answer, channel: str | None) -> None:
    """Record one finished answer: latencies per stage, its status, verifier and LLM-verifier failures."""
    try:
        timings = answer.timings or {}
        if "total" in timings:
            REQUEST_SECONDS.labels(front_end(channel)).observe(timings["total"])
        for stage in STAGES:
            if stage in timings:
                STAGE_SECONDS.labels(stage).observe(timings[stage])
        if "first_text" in timings:
            FIRST_TEXT_SECONDS.observe(timings["first_text"])
        ANSWERS.labels(answer.status, front_end(channel)).inc()
        for v in answer.verifications or []:
            if v.error == "not configured":
                continue
            VERIFIER_RUNS.labels(v.verifier).inc()
            if v.verifier == "llm":
                LLM_REQUESTS.labels("verify").inc()
            if not v.ran or v.error:
                VERIFIER_ERRORS.labels(v.verifier).inc()
                if v.verifier == "llm":
                    LLM_ERRORS.labels("verify").inc()
    except Exception:  # metrics never break an answer
        log.exception("metrics: observing an answer failed")


def llm_call(stage: str, failed: bool = False) -> None:
    LLM_REQUESTS.labels(stage).inc()
    if failed:
        LLM_ERRORS.labels(stage).inc()


def llm_error(stage: str) -> None:
    """A call already counted by `llm_call` failed."""
    LLM_ERRORS.labels(stage).inc()


def observe_feedback(rating: str) -> None:
    FEEDBACK.labels(rating).inc()


def observe_ingest(report=None, seconds: float | None = None, failed: bool = False) -> None:
    import time

    if failed:
        INGEST_RUNS.labels("failed").inc()
        return
    errors = len(getattr(report, "errors", []) or [])
    INGEST_RUNS.labels("partial" if errors else "ok").inc()
    INGEST_FILE_ERRORS.inc(errors)
    if seconds is not None:
        INGEST_SECONDS.observe(seconds)
    INGEST_LAST_SUCCESS.set(time.time())


def instrument_ask(method: Callable) -> Callable:
    """Decorates `Assistant.ask`: observes the answer, counts the error when there is none."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            answer = method(self, *args, **kwargs)
        except Exception as err:
            REQUEST_ERRORS.labels(type(err).__name__).inc()
            raise
        observe_answer(answer, kwargs.get("channel"))
        return answer

    return wrapper


def instrument_ask_stream(method: Callable) -> Callable:
    """Decorates `Assistant.ask_stream` (a generator): observes the Answer it ends with, or counts its error."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            for item in method(self, *args, **kwargs):
                if hasattr(item, "status") and hasattr(item, "timings"):
                    if self.streams:  # without streaming, `ask` (instrumented itself) made the answer
                        observe_answer(item, kwargs.get("channel"))
                yield item
        except GeneratorExit:
            raise
        except Exception as err:
            if self.streams:  # otherwise `ask` counted it
                REQUEST_ERRORS.labels(type(err).__name__).inc()
            raise

    return wrapper


# The index, read at scrape time -----------------------------------------------------------------------------


class _IndexCollector:
    """Index size and revision of the assistant a front end serves (None until it is loaded)."""

    def __init__(self):
        self.source: Callable[[], object | None] = lambda: None

    def describe(self):
        return []

    def collect(self):
        assistant = None
        try:
            assistant = self.source()
        except Exception:
            log.debug("metrics: no assistant to describe yet", exc_info=True)
        clauses = GaugeMetricFamily("assistant_index_clauses", "Clauses (chunks) in the loaded index.")
        documents = GaugeMetricFamily("assistant_index_documents", "Documents (law versions, policies) in the loaded index.")
        revision = GaugeMetricFamily("assistant_index_revision_info", "The loaded index revision (value 1).",
                                     labels=["revision", "embedder"])
        if assistant is not None:
            view = assistant.view
            clauses.add_metric([], len(view.clauses))
            documents.add_metric([], len(view.docs()))
            revision.add_metric([str(assistant.store.revision), str(assistant.embedder.model_id)], 1)
        yield from (clauses, documents, revision)


_INDEX = _IndexCollector()
REGISTRY.register(_INDEX)


def track_index(source: Callable[[], object | None] | object) -> None:
    """The assistant (or a callable returning it, None while loading) whose index the gauges describe."""
    _INDEX.source = source if callable(source) and not hasattr(source, "view") else (lambda: source)


# Exposition ---------------------------------------------------------------------------------------------------


def exposition() -> tuple[bytes, str]:
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


def mount_on_fastapi(app, path: str = "/metrics") -> None:
    """Add `GET /metrics` to a FastAPI/Starlette app (the Gradio server), ahead of its catch-all routes."""
    from starlette.responses import Response
    from starlette.routing import Route

    def metrics(_request):
        body, content_type = exposition()
        return Response(body, media_type=content_type)

    app.router.routes.insert(0, Route(path, metrics, methods=["GET"]))


def wsgi_app():
    return make_wsgi_app(REGISTRY)


_servers: dict[int, object] = {}
_servers_lock = threading.Lock()


def start_server(port: int, host: str = "0.0.0.0") -> int:
    """Serve /metrics on its own port (the Slack bot in Socket Mode has no HTTP server). Returns the port."""
    with _servers_lock:
        if port in _servers and port:
            return port
        server, _thread = start_http_server(port, addr=host, registry=REGISTRY)
        bound = server.server_port
        _servers[bound] = server
        return bound
