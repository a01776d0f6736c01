"""An index of the bank's policies alone (a team that loads its own rules first): search, answers and the policy
check work, with no regulation to pair with. Real Chroma on a temp dir, real embedding model."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.retrieval.lexical import LexicalIndex
from assistant.settings import PROJECT_ROOT
from assistant.spec.checker import CheckOptions
from assistant.spec.run import run_check
from index_fixtures import make_settings


def test_an_empty_lexical_index_scores_nothing():
    index = LexicalIndex([])
    assert index.size == 0 and not index.vocabulary
    assert index.top(["客户"], 5) == [] and index.scores(["客户"]).shape == (0,)


@pytest.fixture(scope="module")
def policy_only_assistant(tmp_path_factory, shared_embedder):
    from assistant.wiring import build_assistant
    from ingest.pipeline import Ingestor

    settings = make_settings(tmp_path_factory.mktemp("policy-only"), [PROJECT_ROOT / "corpus" / "policies"])
    report = Ingestor(settings, embedder=shared_embedder).run(progress=False)
    assert not report.errors and report.summary()
    return build_assistant(settings, embedder=shared_embedder)


def test_search_on_policies_alone(policy_only_assistant):
    # a misconduct question: retrieval looks for penalty items, which only regulations have
    hits = policy_only_assistant.search("员工违规销毁客户档案要承担什么责任").hits
    assert hits and all(h.clause.doc_id.startswith("policy-") for h in hits)


def test_policy_check_runs_without_regulations(policy_only_assistant):
    batch = run_check(policy_only_assistant, [], CheckOptions(as_of=date(2025, 9, 1), policies=True, search=False))
    assert batch.documents and all(d.status == "checked" for d in batch.documents)
    assert not any(f.rule.startswith("policy-conflict") for d in batch.documents for f in d.findings)
