"""The coverage gate, issue 11 round 16 (refuse16): a case told as a statement and closed by a tag sentence ("这个依据没
错吧？", "Is that right?") asks to have the statement's figures confirmed, as a figure before a tag clause is."""

import pytest

from assistant.retrieval.gate.figures import _quoted_groups, _quoted_values
from assistant.retrieval.quoted_figures import confirmed_statement

pytest_plugins = ["index_fixtures"]


@pytest.mark.parametrize("text, statement", [
    ("系统阈值按单笔5万元配置。这个依据没错吧？", "系统阈值按单笔5万元配置。"),
    ("我们按季度报送。这个理解对吗？", "我们按季度报送。"),
    ("The policy keeps chat logs for 3 years. Is that right?", "The policy keeps chat logs for 3 years."),
    # not a tag sentence: it asks something of its own
    ("系统阈值按单笔5万元配置。大额交易要多少天内报？", ""),
    # one sentence: the tag clause is confirming_parts' to read
    ("新反洗钱法是2025年1月1日起施行的，对吧？", ""),
])
def test_a_closing_tag_sentence_confirms_the_statement_before_it(text, statement):
    assert confirmed_statement(text) == statement


def test_the_confirmed_statement_quotes_its_figures():
    text = "站会记录：系统里大额现金交易的阈值是单笔5万元。这个依据没错吧？"
    assert "yuan" in _quoted_groups("这个依据没错吧？", confirmed_statement(text))
    assert ("yuan", 50000.0) in _quoted_values(text)
    # a statement with no tag after it quotes nothing
    assert _quoted_values("站会记录：系统里大额现金交易的阈值是单笔5万元。") == frozenset()


def covered(assistant, question: str) -> bool:
    return assistant.coverage(question, assistant.search(question)).covered


@pytest.mark.parametrize("question, expected", [
    # 反洗钱法第三十五条 leaves the amount to rules made elsewhere (「超过规定金额的」): no indexed text states 5万元
    ("站会记录：反洗钱法规定单笔5万元以上的现金交易必须报大额交易，系统阈值已按此配置。这个依据没错吧？", False),
    # 反洗钱法第三十四条 「应当至少保存十年」: the statement's period is answered by a clause stating one
    ("评审意见：反洗钱法要求客户身份资料在业务关系结束后至少保存十年，系统已按此配置。这个理解对吗？", True),
])
def test_a_statement_to_confirm_is_covered_only_where_its_figure_is_stated(small_assistant, question, expected):
    assert covered(small_assistant, question) is expected


@pytest.mark.parametrize("asking, sentence, expected", [
    # 征信业管理条例第十六条: a period of years is not on the scale of a question counting days
    ("信用卡逾期几天就会被报送？", "征信机构对个人不良信息的保存期限，自不良行为或者事件终止之日起为5年", False),
    # 第二十五条: a period in days is
    ("异议提交以后多少天内要核查完？", "自收到异议之日起20日内进行核查和处理", True),
    # a month answers a question counting days; a question asking in years takes any period
    ("多少天内要答复？", "应当在一个月内作出答复", True),
    ("不良记录要保留几年？", "征信机构对个人不良信息的保存期限，自不良行为或者事件终止之日起为5年", True),
    ("How many days does the bureau have?", "征信机构对个人不良信息的保存期限，自不良行为或者事件终止之日起为5年", False),
])
def test_a_period_counted_in_days_is_stated_only_on_that_scale(asking, sentence, expected):
    from assistant.retrieval.gate.figures import _in_asked_scale, _states_figure

    wanted = {"duration", "workday", "months"}
    assert _states_figure(sentence, wanted, frozenset(), _in_asked_scale(asking)) is expected


def test_risk_grades_are_read_in_both_languages():
    from assistant.retrieval.gate.asked_kinds import risk_grades

    assert risk_grades("高风险模型每年至少进行一次重新验证，中风险模型每两年至少进行一次重新验证") == {"high", "medium"}
    assert risk_grades("How often are low-risk models revalidated?") == {"low"}
    assert risk_grades("模型多久验证一次？") == set()


@pytest.mark.parametrize("question, expected", [
    # 模型与大模型风险管理办法第二十六条 states the revalidation interval of high- and medium-risk models only
    ("低风险模型按行里制度多久要重新验证一次？", False),
    ("中风险模型按行里制度多久要重新验证一次？", True),
])
def test_a_figure_of_other_risk_grades_is_not_the_figure_asked(small_assistant, question, expected):
    assert covered(small_assistant, question) is expected
