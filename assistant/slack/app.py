"""The Slack app: a slack-bolt `App` for the configured mode (Socket Mode or HTTP) with the bot's listeners
(`bot.py`) registered; the credentials each mode needs are checked first."""

from __future__ import annotations

from collections.abc import Callable

from slack_bolt import App
from slack_bolt.error import BoltError
from slack_sdk import WebClient

from ..errors import ConfigError
from ..settings import Settings
from .bot import WORKERS, SlackBot

DEFAULT_API_BASE_URL = "https://slack.com/api/"


def build_app(assistant_factory: Callable[[], object], settings: Settings, client: WebClient | None = None,
              *, workers: int = WORKERS) -> App:
    """A Bolt app for `settings.slack_mode`; `assistant_factory()` is called on first use (so a
    missing index becomes a message in Slack, not a crash at start-up)."""
    http = settings.slack_mode == "http"
    check_settings(settings, need_token=client is None, need_app_token=False)
    if client is None:
        client = WebClient(token=settings.slack_bot_token,
                           base_url=settings.slack_api_base_url or DEFAULT_API_BASE_URL)
    try:
        app = App(
            client=client,
            # Bolt's RequestVerification middleware rejects (401) a bad signature or a timestamp
            # more than five minutes off before any listener runs. Socket Mode is not signed.
            signing_secret=settings.slack_signing_secret or "",
            request_verification_enabled=http,
            process_before_response=False,
            token_verification_enabled=True,
        )
    except BoltError as err:
        raise ConfigError(f"Slack rejected the bot token: {err}", "Check ASSISTANT_SLACK_BOT_TOKEN.") from err
    SlackBot(assistant_factory, settings, client, workers=workers).register(app)
    return app


def check_settings(settings: Settings, need_token: bool = True, need_app_token: bool = True) -> None:
    """Fail early, with the variable to set, when the mode's credentials are missing."""
    if need_token and not settings.slack_bot_token:
        raise ConfigError("The Slack bot token is not set.",
                          "Set ASSISTANT_SLACK_BOT_TOKEN (xoxb-…, Slack app → OAuth & Permissions).")
    if settings.slack_mode == "http" and not settings.slack_signing_secret:
        raise ConfigError("HTTP mode needs the app's signing secret.",
                          "Set ASSISTANT_SLACK_SIGNING_SECRET (Slack app → Basic Information → Signing Secret).")
    if settings.slack_mode == "socket" and need_app_token and not settings.slack_app_token:
        raise ConfigError("Socket Mode needs an app-level token.",
                          "Set ASSISTANT_SLACK_APP_TOKEN (xapp-…, scope connections:write), "
                          "or ASSISTANT_SLACK_MODE=http with ASSISTANT_SLACK_SIGNING_SECRET.")
