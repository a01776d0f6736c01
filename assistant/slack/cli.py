"""`assistant slack`: run the bot in Socket Mode (default; no public URL needed) or HTTP mode."""

from __future__ import annotations

import logging

from ..errors import IndexNotReady
from ..settings import get_settings

log = logging.getLogger(__name__)


def run_slack_command(args) -> int:
    from ..wiring import build_assistant
    from .app import build_app, check_settings
    from .http_server import make_http_server

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = get_settings()
    check_settings(settings)
    # Load the index and models now so the first question is fast; an empty index is not fatal:
    # the bot starts and tells askers to ingest first.
    try:
        ready = build_assistant(settings)
        ready.warm_up()
    except IndexNotReady as err:
        log.warning("%s The bot will reply with this until the index exists.", err.user_message())
        ready = None
    app = build_app((lambda: ready) if ready else (lambda: build_assistant(settings)), settings)
    if settings.metrics_enabled and settings.metrics_port is not None:
        from ..ops import metrics

        port = metrics.start_server(settings.metrics_port)
        log.info("Prometheus metrics on http://0.0.0.0:%d/metrics", port)

    if settings.slack_mode == "socket":
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        log.info("Slack bot connecting in Socket Mode")
        SocketModeHandler(app, settings.slack_app_token).start()
        return 0
    # Loopback by default: HTTP mode sits behind the TLS proxy Slack posts to (ASSISTANT_SLACK_HOST to change).
    host = getattr(args, "host", None) or settings.slack_host
    server = make_http_server(app, host, settings.slack_port, max_body_bytes=settings.slack_max_body_kb * 1024,
                              metrics=settings.metrics_enabled)
    log.info("Slack bot listening on http://%s:%d/slack/events", host, server.server_port)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0
