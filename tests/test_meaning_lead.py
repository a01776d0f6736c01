"""Of a Chinese question's first two hits from two texts, the one the embedder rates clearly closer leads
(retrieval/meaning_lead.py): real law and policy clauses, similarities set by hand."""

import pytest

from assistant.retrieval.config import RetrievalConfig
from assistant.retrieval.meaning_lead import lead_by_meaning, lead_within_text_by_meaning
from assistant.types import Clause, Hit

from clause_texts import clause, customer_policy_and_pipl_articles


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


def test_a_penalty_article_takes_no_lead_from_its_text_s_duty_unless_penalties_are_asked():
    # 反洗钱法第十九条 (the duty to file 受益所有人信息) and 第六十条 (the fine for not filing it), in its 法律责任 chapter:
    # the penalty restates the duty's words and can sit closer to a question that asks only what to do
    duty = clause("aml-law-2024", 19).model_copy(update={"chapter": "第二章 反洗钱监督管理"})
    penalty = clause("aml-law-2024", 60).model_copy(update={"chapter": "第六章 法律责任"})
    hits = _hits((duty, 0.80), (penalty, 0.85))
    assert lead_within_text_by_meaning(hits, margin=0.02, keep_duty_first=True) == hits
    asked = lead_within_text_by_meaning(hits, margin=0.02, keep_duty_first=False)
    assert [h.clause.article for h in asked] == [60, 19]
    # the other way round (a duty closer than the penalty ranked first) it still leads
    assert [h.clause.article for h in lead_within_text_by_meaning(_hits((penalty, 0.80), (duty, 0.85)), margin=0.02,
                                                                   keep_duty_first=True)] == [19, 60]


def test_a_gdpr_remedies_article_or_a_policy_s_accountability_article_may_still_lead(clauses):
    # GDPR Chapter VIII holds rights (Article 80, representation by a body) beside penalties; a policy's accountability
    # chapter is the internal consequence a bank question may ask: the within-text rule orders them by meaning alone
    first = clause("gdpr", 57).model_copy(update={"chapter": "CHAPTER VI Independent supervisory authorities"})
    rights = clause("gdpr", 80).model_copy(update={"chapter": "CHAPTER VIII Remedies, liability and penalties"})
    ordered = lead_within_text_by_meaning(_hits((first, 0.80), (rights, 0.85)), margin=0.02, keep_duty_first=True)
    assert [h.clause.article for h in ordered] == [80, 57]
