"""The coverage gate, round 46 (answerable side): a frequency in an attribute joined to its noun by 的 names the
document asked about, not a frequency quoted to be confirmed."""

from assistant.retrieval.asked_facts import FREQUENCY
from assistant.retrieval.gate.figures import _quoted_frequency

# 商业银行法第五十六条: 商业银行应当于每一会计年度终了三个月内 … 公布其上一年度的经营业绩和审计报告 (the questions are
# made up for the test)


def test_a_frequency_in_an_attribute_names_the_document_not_a_frequency_asked():
    assert _quoted_frequency("每年度的审计报告，是不是一定要公布？", "", []) == []
    assert _quoted_frequency("每季度报送的报表，是不是还要给人民银行一份？", "", []) == []


def test_a_frequency_quoted_to_be_confirmed_is_still_read():
    assert _quoted_frequency("审计报告是不是每年公布一次？", "", []) == [FREQUENCY]
    assert _quoted_frequency("每年报一次的报表，是不是够了？", "", []) == [FREQUENCY]  # 次: the count of times quoted
    assert _quoted_frequency("审计报告每年公布，是不是够了？", "", []) == [FREQUENCY]  # no attributive 的
