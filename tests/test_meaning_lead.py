"""Of a Chinese question's first two hits from two texts, the one the embedder rates clearly closer leads
(retrieval/meaning_lead.py): real law and policy clauses, similarities set by hand."""

import pytest

from assistant.retrieval.config import RetrievalConfig
from assistant.retrieval.meaning_lead import lead_by_meaning, lead_within_text_by_meaning
from assistant.types import Clause, Hit

from clause_texts import customer_policy_and_pipl_articles


@pytest.fixture(scope="module")
def clauses() -> dict[tuple[str, int], Clause]:
    return customer_policy_and_pipl_articles()


def _hits(*pairs: tuple[Clause, float | None]) -> list[Hit]:
    return [Hit(clause=c, score=1.0 - 0.1 * n, similarity=s) for n, (c, s) in enumerate(pairs)]


def test_the_clearly_closer_article_of_another_text_leads(clauses):
    law, policy = clauses[("pipl-2021", 38)], clauses[("policy-customer-information", 16)]
    ordered = lead_by_meaning(_hits((law, 0.80), (policy, 0.84)), margin=0.03)
    assert [h.clause.doc_id for h in ordered] == ["policy-customer-information", "pipl-2021"]


def test_within_the_margin_or_one_text_nothing_moves(clauses):
    law, policy = clauses[("pipl-2021", 38)], clauses[("policy-customer-information", 16)]
    other_law = clauses[("pipl-2021", 39)]
    for hits in (_hits((law, 0.80), (policy, 0.82)), _hits((law, 0.80), (other_law, 0.90)),
                 _hits((law, None), (policy, 0.90)), _hits((policy, 0.90), (law, 0.80)), _hits((law, 0.8))):
        assert lead_by_meaning(hits, margin=0.03) == hits


def test_the_retriever_applies_it_by_default():
    assert RetrievalConfig().meaning_lead_margin < 1.0


def test_the_clearly_closer_article_of_the_same_text_leads(clauses):
    first, second = clauses[("pipl-2021", 38)], clauses[("pipl-2021", 39)]
    ordered = lead_within_text_by_meaning(_hits((first, 0.80), (second, 0.83)), margin=0.02)
    assert [h.clause.article for h in ordered] == [39, 38]


def test_within_the_margin_or_across_texts_the_same_text_rule_moves_nothing(clauses):
    law, policy = clauses[("pipl-2021", 38)], clauses[("policy-customer-information", 16)]
    other_law = clauses[("pipl-2021", 39)]
    for hits in (_hits((law, 0.80), (other_law, 0.81)), _hits((law, 0.80), (policy, 0.90)),
                 _hits((law, None), (other_law, 0.90)), _hits((other_law, 0.90), (law, 0.80)), _hits((law, 0.8))):
        assert lead_within_text_by_meaning(hits, margin=0.02) == hits


def test_the_retriever_applies_the_same_text_rule_by_default():
    assert RetrievalConfig().within_text_meaning_margin < 1.0

