"""Shared pytest fixtures. Keep this file to fixtures only; helpers live in their own modules."""

import pytest

from fake_openai import FakeOpenAI


@pytest.fixture
def fake_openai():
    """A scripted OpenAI-compatible server on 127.0.0.1 (free port): `.base_url`, `.script(...)`, `.requests`."""
    with FakeOpenAI() as server:
        yield server

# Session fixtures with a real Chroma index over a few real laws (see index_fixtures.py).
pytest_plugins = ["index_fixtures"]
