"""HTTP mode's server: Bolt's WSGI adapter behind a body-size cap, and GET /metrics for Prometheus."""

from __future__ import annotations

import logging
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

log = logging.getLogger(__name__)


def make_http_server(app: App, host: str, port: int, path: str = "/slack/events",
                     max_body_bytes: int = 1024 * 1024, metrics: bool = True) -> WSGIServer:
    """A threaded WSGI server for HTTP mode: Bolt's WSGI adapter on `path` (events, commands and
    interactivity all use it), behind a body-size cap; GET /metrics for Prometheus. Call `.serve_forever()`;
    `.server_port` is the bound port."""
    slack = BodyLimit(SlackRequestHandler(app, path=path), max_body_bytes)
    metrics_app = _metrics_wsgi() if metrics else None

    def dispatch(environ, start_response):  # GET /metrics for Prometheus; everything else is Slack's
        if metrics_app is not None and environ.get("PATH_INFO") == "/metrics":
            return metrics_app(environ, start_response)
        return slack(environ, start_response)

    return make_server(host, port, dispatch, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True  # a stuck request never blocks shutdown


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # request lines go to logging, not stderr
        log.debug("%s - %s", self.address_string(), format % args)


def _metrics_wsgi():
    from ..ops import metrics

    return metrics.wsgi_app()


class BodyLimit:
    """WSGI middleware: refuse a body over `max_bytes` from its Content-Length, before reading it and before any
    signature work (413), refuse bodies of unknown length (411), and never let the app read past the limit."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") in ("POST", "PUT", "PATCH"):
            if "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower():
                return _plain(start_response, "411 Length Required", "Content-Length required.")
            try:
                length = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                return _plain(start_response, "400 Bad Request", "Bad Content-Length.")
            if length < 0 or length > self.max_bytes:
                return _plain(start_response, "413 Payload Too Large",
                              f"Request body over {self.max_bytes} bytes.")
            environ["wsgi.input"] = _LimitedInput(environ["wsgi.input"], length)
        return self.app(environ, start_response)


class _LimitedInput:
    """Reads at most `remaining` bytes whatever the caller asks for."""

    def __init__(self, stream, remaining: int):
        self.stream = stream
        self.remaining = remaining

    def read(self, size: int = -1) -> bytes:
        return self._take(self.stream.read, size)

    def readline(self, size: int = -1) -> bytes:
        return self._take(self.stream.readline, size)

    def _take(self, reader, size: int | None) -> bytes:
        size = self.remaining if size is None or size < 0 else min(size, self.remaining)
        data = reader(size) if size else b""
        self.remaining -= len(data)
        return data


def _plain(start_response, status: str, text: str):
    body = text.encode()
    start_response(status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))])
    return [body]
