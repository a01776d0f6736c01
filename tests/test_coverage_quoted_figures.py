"""The coverage gate, issue 11 round 14: a figure a question quotes is asked to be confirmed only by the part of it that
asks about the figure. A case told with its figures and then a yes-no question about the conduct ("…提前一小时关门，法律上
允许吗？") asks whether the conduct is lawful: no clause has to state an hour for it to be answered."""

import pytest

from assistant.retrieval.gate.figures import _CONFIRMING, _quoted_groups, _quoted_values
from assistant.retrieval.quoted_figures import confirming_parts


@pytest.mark.parametrize("question", ["合同里约定维保五年，他们这样做合规吗？",
                                      "支行想下午提前一小时关门搞内部培训，法律上允许吗？"])
def test_a_yes_no_question_about_the_conduct_confirms_no_figure_of_the_case(question):
    assert _quoted_groups(question) == set() and _quoted_values(question) == frozenset()
    assert confirming_parts(question, _CONFIRMING) == [question.split("，")[-1]]


@pytest.mark.parametrize("question, group, value", [
    ("存贷比是不是不能超过75%？", "percent", 75.0),
    ("存贷比不能超过75%，对吗？", "percent", 75.0),  # a tag confirms the clause before it
    ("保存期限是5年吗？", "months", 60.0),  # the 吗 of the clause holding the figure
    ("刷脸核身的用户量超过10万人，是不是要去网信部门备案？", "person", 100000.0),  # 是不是 keeps the sentence
    ("Is it 5 years, or 7?", "months", 60.0),
])
def test_a_figure_asked_to_be_confirmed_still_is(question, group, value):
    assert group in _quoted_groups(question)
    assert (group, value) in _quoted_values(question)


def test_a_vague_count_of_the_case_asks_no_figure():
    from assistant.retrieval.quoted_figures import without_indefinite_counts
    from assistant.retrieval.routing import asked_number_groups

    told = "客户地址好几年没更新，催收函老寄错人，个人信息不准这事法律上有要求吗？"
    assert asked_number_groups(told) and not asked_number_groups(without_indefinite_counts(told))
    assert asked_number_groups(without_indefinite_counts("客户资料销户后要保存几年？"))


@pytest.mark.parametrize("told", ["外包团队一天排十几个小时的班，法律对劳动者权益有要求吗？",  # an approximate number
                                  "系统故障时银行能先拖几天再付款吗？"])  # 几 inside a yes-no question: "a few"
def test_an_approximate_or_indefinite_count_asks_no_figure(told):
    from assistant.retrieval.asked_facts import asked_groups
    from assistant.retrieval.quoted_figures import without_indefinite_counts
    from assistant.retrieval.routing import asked_number_groups

    assert asked_number_groups(told) | asked_groups(told)
    kept = without_indefinite_counts(told)
    assert not asked_number_groups(kept) and not asked_groups(kept)


@pytest.mark.parametrize("question", ["报告要在几个小时内提交？", "大额交易几天内要报告？", "销户后资料要保存几年，能删吗？"])
def test_a_count_asked_outside_a_yes_no_clause_still_is(question):
    from assistant.retrieval.asked_facts import asked_groups
    from assistant.retrieval.quoted_figures import without_indefinite_counts
    from assistant.retrieval.routing import asked_number_groups

    kept = without_indefinite_counts(question)
    assert asked_number_groups(kept) | asked_groups(kept)


@pytest.mark.parametrize("text, attributed", [
    ("反洗钱法要求每季度给柜员做一次反洗钱培训，我们已经按季度排好课了", "反洗钱法要求每季度给柜员做一次反洗钱培训，"),
    ("锁定次数设成5次，这是监管统一要求的次数", "这是监管统一要求的次数 锁定次数设成5次，"),  # pointing back
    ("客户资料要保存几年？", ""),
    ("我们打算把录像存三个月，这样行吗？", ""),  # a plan, attributed to no rule
])
def test_a_clause_saying_a_rule_states_what_it_tells(text, attributed):
    from assistant.retrieval.quoted_figures import attributed_to_a_rule

    assert attributed_to_a_rule(text) == attributed
