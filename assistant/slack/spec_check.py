"""Spec checks from Slack: a file shared in Slack downloaded to a local file, and the batch checker that reads it."""

from __future__ import annotations

import urllib.request
from pathlib import Path

from ..errors import AssistantError, UploadTooLarge


def download_shared_file(info: dict, folder: Path, limit: int, token: str, max_upload_mb: float) -> Path:
    """A file shared in Slack → a local file in `folder` (bot token auth; at most `limit` bytes)."""
    name = Path(info.get("name") or info.get("id") or "document").name
    if int(info.get("size") or 0) > limit:
        raise UploadTooLarge(name, f"larger than {max_upload_mb:g} MB")
    url = info.get("url_private_download") or info.get("url_private")
    if not url:
        raise AssistantError(f"Slack did not give a download link for {name}.",
                             "Give the app the files:read scope and share the file again.")
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        data = response.read(limit + 1)
    if len(data) > limit:
        raise UploadTooLarge(name, f"larger than {max_upload_mb:g} MB")
    path = folder / name
    path.write_bytes(data)
    return path


def spec_checker():
    """`(assistant, paths, max_bytes) -> (DocumentReports, full Markdown report, report filename)`,
    or None while the batch checker (`assistant.spec`) is not installed."""
    try:
        from ..spec.checker import CheckOptions
        from ..spec.run import render, run_check
    except ModuleNotFoundError as err:
        if (err.name or "").startswith("assistant.spec"):
            return None
        raise

    def run(assistant, paths, max_bytes):
        # The download's temp path means nothing to the reader, and server paths stay on the server.
        batch = run_check(assistant, paths, CheckOptions(max_bytes=max_bytes, shared=True))
        return batch.documents, render(batch, "md"), "spec-check-report.md"

    return run
