"""Session fixtures: a real Chroma index of a few real laws + the sample policies, built once per test run.

Unit tests index a handful of laws (embedding the whole corpus takes minutes on two cores); one end-to-end
test (`test_end_to_end.py`) indexes everything.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT, SHARED_REGULATIONS, Settings

SMALL_CORPUS = [
    "zh/pipl-2021.md",
    "zh/aml-law-2024.md",
    "zh/aml-law-2006.md",
    "zh/commercial-bank-law-2015.md",
    "zh/credit-reporting-regulation-2013.md",
    "zh/cybersecurity-law-2016.md",
    "zh/cybersecurity-law-2025-amended.md",
    "zh/generative-ai-measures-2023.md",
    "en/gdpr.md",
]


def make_settings(data_dir: Path, corpus_dirs: list[Path], **overrides) -> Settings:
    return Settings(data_dir=data_dir, corpus_dirs=corpus_dirs, **overrides)


@pytest.fixture(scope="session")
def shared_embedder():
    from assistant.retrieval.embeddings import E5Embedder

    return E5Embedder()


@pytest.fixture(scope="session")
def small_corpus_dir(tmp_path_factory) -> Path:
    """Symlinks to a few shared laws (read from ../shared, never copied into the repo) + the sample policies."""
    root = tmp_path_factory.mktemp("corpus")
    for rel in SMALL_CORPUS:
        target = root / "regulations" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(SHARED_REGULATIONS / rel)
    shutil.copytree(PROJECT_ROOT / "corpus" / "policies", root / "policies")
    return root


@pytest.fixture(scope="session")
def small_settings(tmp_path_factory, small_corpus_dir, shared_embedder) -> Settings:
    from ingest.pipeline import Ingestor

    # Ingest embeds the verifier's paragraphs, as it does by default: retrieval's paragraph votes need all of them
    # (paragraph_dense.py), so the test index ranks as a real one does on any machine, whatever the machine-wide
    # embedding cache held before. The end-to-end test embeds the same texts anyway; the cache keeps them.
    settings = make_settings(tmp_path_factory.mktemp("data"), [small_corpus_dir])
    report = Ingestor(settings, embedder=shared_embedder).run(progress=False)
    assert not report.errors, report.summary()
    return settings


@pytest.fixture(scope="session")
def small_assistant(small_settings, shared_embedder):
    from assistant.wiring import build_assistant

    return build_assistant(small_settings, embedder=shared_embedder)
