"""A clause doing what the question's form asks keeps its slot in the reorder by word share (asked_form.py, round 36):
whether a law reaches a case (definition_asks.asks_reach), when a text takes effect, who interprets it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.retrieval.asked_form import form_answerer
from assistant.retrieval.definition_asks import asks_reach, states_reach
from assistant.retrieval.law_neighbours import reorder
from assistant.types import Filters


@pytest.mark.parametrize("question, asks", [
    ("员工自己手机里存的朋友电话，也归个保法管吗？", True),
    ("境外的子公司给境内客户推产品，个保法管得着吗？", True),
    ("这些条款对它也适用吗？", True),
    ("公司名义买理财的小老板受消保法保护吗？", True),
    ("个保这块到底归谁管啊？网信办还是金融监管局？", False),  # asks the supervisor, not the reach
    ("会计凭证档案到底归办公室管还是会计结算部管", False),  # a unit of the bank, no law
    ("这笔交易要不要报可疑？", False),
])
def test_asking_whether_a_law_reaches_a_case(question, asks):
    assert asks_reach(question) is asks


def test_the_reach_is_read_from_the_law_s_own_scope_wording():
    assert states_reach("第七十二条 自然人因个人或者家庭事务处理个人信息的，不适用本法。")
    assert states_reach("第三条 在中华人民共和国境外处理中华人民共和国境内自然人个人信息的活动，有下列情形之一的，也适用本法：")
    assert states_reach("第三十二条 本条例第十四条、第十六条、第十七条适用于金融信用信息基础数据库运行机构。")
    assert states_reach("第二条 消费者为生活消费需要购买、使用商品或者接受服务，其权益受本法保护；")
    assert not states_reach("第九条 个人信息处理者应当对其个人信息处理活动负责，并采取必要措施保障所处理的个人信息的安全。")
    assert not states_reach("第十条 适用于高风险模型的验证频率由模型管理部门确定。")  # 适用于 without the text itself


def test_a_question_of_no_such_form_gets_no_test_and_one_of_several_forms_any():
    assert form_answerer("客户数据交给外包公司处理要签什么合同？") is None
    answers = form_answerer("这种私人记账也归个保法管吗？")
    assert answers("自然人因个人或者家庭事务处理个人信息的，不适用本法。")
    assert not answers("个人信息处理者应当采取下列措施")
    # asking whether something counts as a term is no such form: as often it asks whether a rule applies
    assert form_answerer("匿名化以后的数据算不算例外？") is None


def test_an_article_doing_what_the_form_asks_keeps_its_slot():
    # law, figure asked for stated, form asked for answered: the short exemption (slot 0) is not moved below the
    # article carrying more of the question's words; without the form flag it is
    assert reorder([("pipl", False, True), ("pipl", False, False)], [0.2, 0.9], 0.1) == [0, 1]
    assert reorder([("pipl", False, False), ("pipl", False, False)], [0.2, 0.9], 0.1) == [1, 0]


def _ranked(small_assistant, question: str, **config) -> list[tuple[str, int]]:
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    r = small_assistant.retriever
    retriever = HybridRetriever(r.view, r.store, r.embedder, r.catalog, replace(r.config, **config),
                                embedding_cache=r.embedding_cache)
    return [(h.clause.doc_id, h.clause.article) for h in retriever.retrieve(question, 10, Filters()).hits]


def test_the_law_s_exemption_for_private_matters_rises_when_its_reach_is_asked(small_assistant):
    # 个人信息保护法第七十二条 「自然人因个人或者家庭事务处理个人信息的，不适用本法」: the words of the question (个人信息 kinds,
    # 手机, 朋友) are carried more by the PIPL's duty articles; asked whether the law reaches the case, the clause stating
    # its reach takes the lift (definition_boost) and keeps its slot in the reorder. Measured on the small index: 9th
    # without the lift, 2nd with it (第三条, the reach abroad, 1st)
    question = "同事在自己手机里存了亲戚朋友的电话和生日，这种纯私人的事也归个保法管吗？"
    on = _ranked(small_assistant, question)
    off = _ranked(small_assistant, question, neighbour_keeps_form=False, definition_boost=1.0)
    exemption = ("pipl-2021", 72)
    assert on.index(exemption) <= 2
    assert exemption not in off or off.index(exemption) > on.index(exemption)
