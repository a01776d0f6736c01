"""Of a question asking the bank's own rules, a policy article second behind a law article leads
(retrieval/policy_lead.py): real law and policy texts, routing's own reading of the question."""

import pytest

from assistant.retrieval.bank_as_actor import bank_only_as_actor
from assistant.retrieval.config import RetrievalConfig
from assistant.retrieval.policy_lead import policy_leads
from assistant.retrieval.routing import route
from assistant.types import Clause, Hit

from clause_texts import customer_policy_and_pipl_articles

# written for this test from the policy's own article on access to customer data (第十六条), not from any eval file
ASKS_RULES = "我行制度对员工批量导出客户信息有什么审批要求？"
# the bank named as the actor only (bank_as_actor.py): the law is asked
BANK_ACTS = "我们行想批量导出客户信息给合作方，法律上要满足什么条件？"


@pytest.fixture(scope="module")
def clauses() -> dict[tuple[str, int], Clause]:
    return customer_policy_and_pipl_articles()


def _hits(*clauses: Clause) -> list[Hit]:
    return [Hit(clause=c, score=1.0 - 0.1 * n) for n, c in enumerate(clauses)]


def _wants_policy(question: str) -> bool:
    # as HybridRetriever._search_route reads it
    return route(question, []).wants_policy and not bank_only_as_actor(question)


def test_a_question_asking_the_banks_rules_has_the_policy_first(clauses):
    law, policy = clauses[("pipl-2021", 23)], clauses[("policy-customer-information", 16)]
    assert _wants_policy(ASKS_RULES)
    ordered = policy_leads(_hits(law, policy), _wants_policy(ASKS_RULES))
    assert [h.clause.doc_id for h in ordered] == ["policy-customer-information", "pipl-2021"]


def test_a_question_naming_the_bank_as_actor_keeps_the_law_first(clauses):
    law, policy = clauses[("pipl-2021", 23)], clauses[("policy-customer-information", 16)]
    assert not _wants_policy(BANK_ACTS)
    assert policy_leads(_hits(law, policy), _wants_policy(BANK_ACTS))[0].clause.doc_id == "pipl-2021"


def test_only_a_law_before_a_policy_moves(clauses):
    law, other_law = clauses[("pipl-2021", 23)], clauses[("pipl-2021", 1)]
    policy, other_policy = clauses[("policy-customer-information", 16)], clauses[("policy-customer-information", 1)]
    for pair in [(policy, law), (law, other_law), (other_policy, policy)]:
        assert policy_leads(_hits(*pair), True) == _hits(*pair)
    assert policy_leads(_hits(law), True) == _hits(law)


def test_the_retriever_applies_it_by_default():
    assert RetrievalConfig().policy_lead is True
