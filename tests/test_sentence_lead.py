"""Which of the first two hits of two texts leads (retrieval/sentence_lead.py): real law and policy texts."""

import pytest

from assistant.retrieval.sentence_lead import BigramRarity, best_sentence_share, lead_by_sentence
from assistant.types import Clause, Hit

from clause_texts import customer_policy_and_pipl_articles

# written for this test from the policy's own article on access to customer data (第十六条), not from any eval file
QUESTION = "员工要批量导出客户信息，得经过谁审批？"


@pytest.fixture(scope="module")
def clauses() -> dict[tuple[str, int], Clause]:
    return customer_policy_and_pipl_articles()


@pytest.fixture(scope="module")
def rarity(clauses) -> BigramRarity:
    return BigramRarity([c.text for c in clauses.values()])


def _hits(*clauses: Clause) -> list[Hit]:
    return [Hit(clause=c, score=1.0 - 0.1 * n) for n, c in enumerate(clauses)]


def test_the_sentence_holding_the_questions_rare_bigrams_scores_higher(clauses, rarity):
    access = clauses[("policy-customer-information", 16)]  # 批量查询、导出客户信息应当经部门负责人审批
    purpose = clauses[("pipl-2021", 1)]  # 为了保护个人信息权益 … 制定本法
    assert best_sentence_share(QUESTION, access.text, rarity) > best_sentence_share(QUESTION, purpose.text, rarity) + 0.1


def test_the_second_hit_of_another_text_leads_when_its_sentence_states_the_matter(clauses, rarity):
    purpose, access = clauses[("pipl-2021", 1)], clauses[("policy-customer-information", 16)]
    ordered = lead_by_sentence(QUESTION, _hits(purpose, access), rarity, margin=0.1)
    assert [h.clause.doc_id for h in ordered] == ["policy-customer-information", "pipl-2021"]


def test_two_articles_of_one_text_keep_their_order(clauses, rarity):
    # between articles of one text law_neighbours decides; the sentence test does not swap them
    first, access = clauses[("policy-customer-information", 1)], clauses[("policy-customer-information", 16)]
    ordered = lead_by_sentence(QUESTION, _hits(first, access), rarity, margin=0.1)
    assert [h.clause.article for h in ordered] == [1, 16]


def test_no_swap_within_the_margin(clauses, rarity):
    purpose, access = clauses[("pipl-2021", 1)], clauses[("policy-customer-information", 16)]
    assert [h.clause.doc_id for h in lead_by_sentence(QUESTION, _hits(purpose, access), rarity, margin=1.0)] == [
        "pipl-2021", "policy-customer-information"]
    # the first hit already holding the matter stays first
    assert [h.clause.doc_id for h in lead_by_sentence(QUESTION, _hits(access, purpose), rarity, margin=0.1)] == [
        "policy-customer-information", "pipl-2021"]


def test_a_question_with_no_bigrams_changes_nothing(clauses, rarity):
    purpose, access = clauses[("pipl-2021", 1)], clauses[("policy-customer-information", 16)]
    assert best_sentence_share("GDPR?", access.text, rarity) == 0.0
    assert lead_by_sentence("GDPR?", _hits(purpose, access), rarity, margin=0.1)[0].clause.doc_id == "pipl-2021"
