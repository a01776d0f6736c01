"""Answer each Slack event once.

Slack re-sends an event when it does not see a 200 within 3 s (`X-Slack-Retry-Num`), and one
user message can arrive as several events (an @mention in a DM-like context, edits, socket
reconnects). Each carries the same `event_id` or `client_msg_id`, so a small TTL set of the
keys already handled is enough; an hour is far longer than Slack's retry window.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable

DEFAULT_TTL = 3600.0
DEFAULT_MAX_KEYS = 10_000


class Deduper:
    """Thread-safe "have I seen any of these keys in the last `ttl` seconds?" check-and-mark."""

    def __init__(self, ttl: float = DEFAULT_TTL, max_keys: int = DEFAULT_MAX_KEYS,
                 clock: Callable[[], float] = time.monotonic):
        self.ttl = ttl
        self.max_keys = max_keys
        self.clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()  # key → expiry, oldest first
        self._lock = threading.Lock()

    def first_time(self, keys: Iterable[str | None]) -> bool:
        """True (and every key is marked) if none of the keys was seen; False for a repeat."""
        keys = [k for k in keys if k]
        if not keys:
            return True  # nothing to dedupe on: never drop a message for lack of an id
        now = self.clock()
        with self._lock:
            self._expire(now)
            if any(k in self._seen for k in keys):
                return False
            for k in keys:
                self._seen[k] = now + self.ttl
                self._seen.move_to_end(k)
            while len(self._seen) > self.max_keys:
                self._seen.popitem(last=False)
            return True

    def _expire(self, now: float) -> None:
        while self._seen:
            key, expiry = next(iter(self._seen.items()))
            if expiry > now:
                break
            self._seen.popitem(last=False)

    def __len__(self) -> int:
        return len(self._seen)


def event_keys(body: dict) -> list[str]:
    """Keys that identify one user message across retries and duplicate deliveries."""
    event = body.get("event") or {}
    keys = []
    if body.get("event_id"):
        keys.append(f"event:{body['event_id']}")
    if event.get("client_msg_id"):
        keys.append(f"msg:{event['client_msg_id']}")
    if event.get("channel") and event.get("ts"):
        keys.append(f"ts:{event['channel']}:{event['ts']}")
    return keys
