"""Which of an English question's first two hits of two Chinese-side texts leads (retrieval/concept_lead.py): real law
and policy articles, concepts written by hand."""

import pytest

from assistant.catalog import load_catalog
from assistant.lexis.concepts import Concept
from assistant.retrieval.concept_lead import article_share, corpus_weights, lead_by_concepts
from assistant.text.tokens import tokenize
from assistant.types import Clause, Hit

from clause_texts import customer_policy_and_pipl_articles

# written for this test from the policy's own article on access to customer data (第十六条), not from any eval file:
# "who signs off when staff export customer data in bulk?" with the Chinese words a bridge would give each word
CONCEPTS = [Concept("bulk", frozenset({"批量"})), Concept("export", frozenset({"导出"})),
            Concept("sign-off", frozenset({"审批"})), Concept("customer", frozenset({"客户"})),
            Concept("data", frozenset({"信息", "数据"}))]


@pytest.fixture(scope="module")
def clauses() -> dict[tuple[str, int], Clause]:
    return customer_policy_and_pipl_articles()


@pytest.fixture(scope="module")
def weights(clauses) -> list[float]:
    table = {key: (c.text, frozenset(tokenize(c.text))) for key, c in clauses.items()}

    def holding(word: str) -> frozenset:
        return frozenset(key for key, (text, tokens) in table.items() if (word in text if len(word) > 2
                                                                          else word in tokens))
    return corpus_weights(CONCEPTS, len(table), holding)


def _article(hit: Hit):
    return (hit.clause.text, frozenset(tokenize(hit.clause.text))) if hit.clause.jurisdiction in ("CN", "INTERNAL") \
        else None


def _hits(*clauses: Clause) -> list[Hit]:
    return [Hit(clause=c, score=1.0 - 0.1 * n) for n, c in enumerate(clauses)]


def test_rare_concepts_weigh_more_than_common_ones(weights):
    bulk, data = weights[0], weights[4]
    assert bulk > data > 0


def test_the_article_holding_the_rare_concepts_holds_the_larger_share(clauses, weights):
    access = clauses[("policy-customer-information", 16)]  # 批量查询、导出客户信息应当经部门负责人审批
    purpose = clauses[("pipl-2021", 1)]  # 为了保护个人信息权益 … 制定本法
    assert article_share(CONCEPTS, weights, *_article(Hit(clause=access, score=1))) > \
        article_share(CONCEPTS, weights, *_article(Hit(clause=purpose, score=1))) + 0.3


def test_the_second_hit_of_another_text_leads_when_its_article_holds_the_concepts(clauses, weights):
    purpose, access = clauses[("pipl-2021", 1)], clauses[("policy-customer-information", 16)]
    ordered = lead_by_concepts(_hits(purpose, access), CONCEPTS, weights, _article, margin=0.15)
    assert [h.clause.doc_id for h in ordered] == ["policy-customer-information", "pipl-2021"]


def test_two_articles_of_one_text_keep_their_order(clauses, weights):
    # between articles of one text concept_neighbours decides
    first, access = clauses[("policy-customer-information", 1)], clauses[("policy-customer-information", 16)]
    ordered = lead_by_concepts(_hits(first, access), CONCEPTS, weights, _article, margin=0.15)
    assert [h.clause.article for h in ordered] == [1, 16]


def test_no_swap_within_the_margin_or_when_the_first_leads(clauses, weights):
    purpose, access = clauses[("pipl-2021", 1)], clauses[("policy-customer-information", 16)]
    assert [h.clause.doc_id for h in lead_by_concepts(_hits(purpose, access), CONCEPTS, weights, _article, 1.0)] == [
        "pipl-2021", "policy-customer-information"]
    assert [h.clause.doc_id for h in lead_by_concepts(_hits(access, purpose), CONCEPTS, weights, _article, 0.15)] == [
        "policy-customer-information", "pipl-2021"]


def test_a_hit_not_on_the_chinese_side_or_too_few_concepts_changes_nothing(clauses, weights):
    purpose, access = clauses[("pipl-2021", 1)], clauses[("policy-customer-information", 16)]
    ordered = lead_by_concepts(_hits(purpose, access), CONCEPTS, weights, lambda hit: None, margin=0.15)
    assert [h.clause.doc_id for h in ordered] == ["pipl-2021", "policy-customer-information"]
    one = [weights[0], 0.0, 0.0, 0.0, 0.0]
    ordered = lead_by_concepts(_hits(purpose, access), CONCEPTS, one, _article, margin=0.15)
    assert [h.clause.doc_id for h in ordered] == ["pipl-2021", "policy-customer-information"]


def test_the_last_questions_concepts_are_read_once():
    # up to four stages of one English search read the question's concepts (hybrid/lists.py): computed once
    from assistant.retrieval.hybrid.lists import MoreLists

    class View:
        token_lists: list = []

        def derived(self, name, build):
            return build()

    class Retriever:
        view = View()
        catalog = load_catalog()

    retriever = Retriever()
    first = MoreLists._question_concepts(retriever, "Who signs off a bulk export of customer data?")
    assert MoreLists._question_concepts(retriever, "Who signs off a bulk export of customer data?") is first
    assert MoreLists._question_concepts(retriever, "Who keeps the records?") is not first


def test_a_first_article_stating_the_figure_asked_keeps_its_place(clauses, weights):
    # "how long …": the article giving the period stays first against one holding more of the matter's words only
    purpose, access = clauses[("pipl-2021", 1)], clauses[("policy-customer-information", 16)]
    ordered = lead_by_concepts(_hits(purpose, access), CONCEPTS, weights, _article, margin=0.15,
                               states_asked=lambda text: "为了" in text)
    assert [h.clause.doc_id for h in ordered] == ["pipl-2021", "policy-customer-information"]
    both = lead_by_concepts(_hits(purpose, access), CONCEPTS, weights, _article, margin=0.15,
                            states_asked=lambda text: True)
    assert [h.clause.doc_id for h in both] == ["policy-customer-information", "pipl-2021"]
