"""An English AI Act question saying which operator the bank is: the articles binding only another operator count less."""

import re
from types import SimpleNamespace

import pytest

from assistant.retrieval.operator_roles import asked_operator, bound_operator, other_operators_articles
from assistant.settings import SHARED_REGULATIONS


@pytest.mark.parametrize("question, role", [
    ("We deploy a vendor's high-risk scoring model. How long must we keep its logs?", "deployer"),
    ("How long do we, as the deployer, keep the logs?", "deployer"),
    ("We bought a fraud model from a third-party vendor; what do we owe?", "deployer"),
    ("Do we need a CE mark on a high-risk AI system we sell to other banks?", "provider"),
    ("Our model is non-compliant after go-live. What do we have to do as the provider?", "provider"),
    ("We're bringing a US vendor's scoring tool into the EU market. What do we check?", "importer"),
    ("We resell a vendor's KYC tool to other banks in the EU. What must we check?", "distributor"),
    # no role, or two: untouched
    ("How long must the logs of a high-risk AI system be kept?", None),
    ("We build the model and also deploy it ourselves; as provider and deployer, which logs do we keep?", None),
])
def test_the_operator_the_question_makes_the_bank(question, role):
    assert asked_operator(question) == role


def _ai_act_articles() -> dict[int, str]:
    text = (SHARED_REGULATIONS / "en" / "eu-ai-act-2024-chapter3-annex3.md").read_text(encoding="utf-8")
    parts = re.split(r"\n### Article (\d+) ", text)
    return {int(n): body for n, body in zip(parts[1::2], parts[2::2])}


def test_the_operator_an_article_binds():
    articles = _ai_act_articles()
    assert bound_operator(articles[19]) == "provider"  # "Providers of high-risk AI systems shall keep the logs"
    assert bound_operator(articles[26]) == "deployer"
    assert bound_operator(articles[23]) == "importer"
    assert bound_operator(articles[24]) == "distributor"
    assert bound_operator(articles[12]) is None  # "High-risk AI systems shall technically allow …": no operator
    assert bound_operator(articles[25]) is None  # the value chain: several operators


def test_only_other_operators_articles_are_picked():
    articles = _ai_act_articles()
    clauses = [SimpleNamespace(text=articles[n], jurisdiction="EU", kind="law") for n in (12, 19, 26)]
    clauses.append(SimpleNamespace(text="Providers shall keep the logs.", jurisdiction="CN", kind="law"))
    derived: dict = {}
    view = SimpleNamespace(
        clauses=clauses,
        articles={("ai", 12, ""): [0], ("ai", 19, ""): [1], ("ai", 26, ""): [2], ("cn", 1, ""): [3]},
        derived=lambda name, build: derived.setdefault(name, build()))
    assert other_operators_articles(view, "We deploy a vendor's model. How long do we keep its logs?") == {1}
    assert other_operators_articles(view, "As the provider, how long do we keep the logs?") == {2}
    assert other_operators_articles(view, "How long are logs kept?") == frozenset()
