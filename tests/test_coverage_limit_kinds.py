"""The coverage gate, issue 11 round 33: a limit or a ratio asked of a kind of quantity (一年累计限额, 交易价款的比例上限,
承贷多少比例) is stated only by a sentence naming that kind; a sentence stating another quantity's limit (注册资本最低限额,
贷款余额与资本余额的比例) answers something else."""

import pytest

from assistant.retrieval.gate.asked_kinds import _measured_kind, _names_measured


@pytest.mark.parametrize("question, kind", [
    ("支付机构的支付账户余额付款一年累计限额是多少？", {"累计"}),  # the word before the measure word
    ("并购贷款占并购交易价款的比例上限是多少？", {"价款"}),  # past 的 and a second measure word
    ("借记卡ATM单日取现上限是两万还是五万？", {"取现"}),  # a figure quoted to be confirmed
    ("资本充足率的法定下限是多少？", {"充足率"}),  # 法定 says where the limit is set, not what it measures
    ("我们准备牵头一个银团贷款，牵头行自己至少要承贷多少比例？", {"承贷"}),  # the verb before the figure
    ("开进口信用证的时候，银行一般要客户交多少比例的保证金？", {"保证金"}),  # the noun the ratio qualifies
])
def test_the_kind_of_quantity_a_limit_or_ratio_is_asked_of(question, kind):
    assert _measured_kind(question) == kind


@pytest.mark.parametrize("question", [
    "信用卡透支利率现在法律上限是多少？",  # 法律 and 现在 name no quantity
    "这个比例我们内部怎么审批？",  # no figure asked
    "一个客户最多能贷多少额度？",  # 贷: one character, a verb of every lending question
])
def test_no_kind_when_none_is_named_or_no_figure_is_asked(question):
    assert _measured_kind(question) == set()


def test_a_sentence_stating_another_quantitys_limit_does_not_name_the_kind_asked():
    # 非银行支付机构监督管理条例第八条; 商业银行法第三十九条
    capital = "设立非银行支付机构的注册资本最低限额为人民币1亿元，且应当为实缴货币资本"
    assert not _names_measured(capital, {"累计"})
    assert _names_measured(capital, {"注册资本"})
    assert _names_measured("（一）资本充足率不得低于百分之八", {"充足率"})
    assert _names_measured("本行应当自收到请求之日起十五个工作日内答复", {"累计"})  # no measure word: another check's
    assert _names_measured(capital, set())


def test_a_ratio_of_a_quantity_the_capital_article_does_not_state_is_refused(small_assistant):
    """商业银行法第三十九条 states the ratios of capital, liquidity and a single borrower's loans, not a loan's share of
    an acquisition price."""
    def covered(question):
        return small_assistant.coverage(question, small_assistant.search(question)).covered

    assert not covered("并购贷款占并购交易价款的比例上限是多少？")
    assert covered("商业银行资本充足率的法定下限是多少？")
