"""Round 35: a figure without 元 is a sum of money when its sub-clause speaks of cash, a transfer, a remittance or a
payment (取现两万, 单笔转账20万以上), or when it is the second figure of a pair whose first is a sum (五万元还是五十万);
a count of transactions keeps its own unit. Sentences written for these tests."""

from assistant.lexis.quantities import compare, extract_quantities


def _sums(text: str) -> list[float]:
    return [q.value for q in extract_quantities(text) if q.unit == "yuan"]


def test_cash_and_transfers_name_money():
    assert _sums("客户一次取现两万以上要登记身份") == [20000]
    assert _sums("单笔转账20万以上要人工复核") == [200000]
    assert _sums("现金交易超过5万需要报告") == [50000]


def test_the_second_figure_of_a_pair_of_sums():
    assert _sums("限额是五万元，还是五十万") == [50000, 500000]
    assert _sums("罚款五万元到五十万") == [50000, 500000]


def test_counts_and_plain_numbers_stay_what_they_are():
    assert _sums("每天处理交易一万笔") == []
    assert _sums("处理一百万人的个人信息") == []
    assert _sums("转账记录保存五年") == []


def test_a_bare_cash_figure_is_compared_with_the_clause():
    claim = extract_quantities("大额现金交易的标准是取现两万以上")
    clause = extract_quantities("当日单笔或者累计交易人民币5万元以上的现金交易")
    assert compare(claim, clause)
