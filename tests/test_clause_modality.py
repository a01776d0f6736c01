"""Chinese 'may we' questions and the clauses that allow or forbid what they ask about (real law texts)."""

import pytest

from assistant.catalog import load_catalog
from assistant.documents import chunk_file
from assistant.retrieval.clause_modality import allows_or_forbids, asks_whether_allowed
from assistant.settings import SHARED_REGULATIONS


@pytest.fixture(scope="module")
def commercial_bank_law() -> dict[int, str]:
    clauses = chunk_file(SHARED_REGULATIONS / "zh" / "commercial-bank-law-2015.md", load_catalog())
    return {c.article: c.text for c in clauses if c.article is not None}


@pytest.mark.parametrize("question", ["柜面能不能先把汇票压几天再入账？", "结算款晚几天入账，这样合规吗", "可以拒绝领导打招呼要的贷款吗？"])
def test_permission_questions(question):
    assert asks_whether_allowed(question)


@pytest.mark.parametrize("question", ["柜面收到汇票后要怎么处理？", "Can we hold the bills for a week?"])
def test_other_questions_do_not_ask_permission(question):
    assert not asks_whether_allowed(question)


def test_the_sentence_forbidding_what_is_asked_answers_it(commercial_bank_law):
    question = "委托收款的款项能不能先压几天，月底再一起入账？"
    # 第四十四条: 「…应当按照规定的期限兑现，收付入账，不得压单、压票或者违反规定退票」
    assert allows_or_forbids(commercial_bank_law[44], question, 2)
    # 第三十二条 sets a duty on deposit reserves (应当…交存存款准备金): no sentence allows or forbids anything
    assert not allows_or_forbids(commercial_bank_law[32], question, 2)
    # 第四十三条 forbids investing (不得从事信托投资…), a sentence on another subject than the bills asked about
    assert not allows_or_forbids(commercial_bank_law[43], question, 2)


def test_a_forbidding_clause_on_the_question_rises_for_a_permission_question(small_assistant):
    import copy
    from dataclasses import replace

    question = "商业银行办委托收款，能不能先把票压着，过几天再入账？"
    off = copy.copy(small_assistant.retriever)
    off.config = replace(off.config, permission_clause_boost=1.0)
    on = copy.copy(small_assistant.retriever)
    on.config = replace(on.config, permission_clause_boost=2.0)  # exaggerated, so the test does not hang on a margin

    def score(retriever):
        return next(h.score for h in retriever.retrieve(question, 20).hits
                    if h.clause.doc_id == "commercial-bank-law-2015" and h.clause.article == 44)

    assert score(on) > 1.5 * score(off)
