"""The coverage gate, round 50: a regime named only in an aside of a message of several items (minutes, a chat) that
neither asks nor shares a rare word with a leading clause, another item sharing one, is not what the question asks
about (gate/aside_regimes.py)."""

from test_coverage_context_regimes import retrieval_of

from assistant.catalog import load_catalog
from assistant.retrieval.gate.aside_regimes import named_in_an_aside
from assistant.retrieval.gate.assess import _regime, _unindexed_named
from assistant.text.tokens import tokenize

OFFICE = "Office administration (rooms, expenses, travel, events, premises)"
# 数据安全法第三十条 (in part)
DSL_30 = "重要数据的处理者应当按照规定对其数据处理活动定期开展风险评估，并向有关主管部门报送风险评估报告。"

RARE = {"重要数据", "风险评估", "评估", "数据", "团建", "会议室"}


def doc_freq(word: str) -> float:
    return 0.01 if word in RARE else 0.0


def refused(question: str, *texts: str):
    return _unindexed_named(question, retrieval_of(*texts), load_catalog(), lambda h: tokenize(h.clause.text),
                            doc_freq, False)


MINUTES = "周会纪要：1. 数据目录梳理完成；2. 我行信贷数据被识别为重要数据；3. 团建改到下周五。待确认：以后每年要干点啥？"
CHAT = "@甲：我行信贷数据被识别为重要数据了\n@乙：会议室定在三楼\n\n以后每年要做什么评估？"


def test_a_regime_named_only_in_an_aside_of_minutes_or_a_chat_is_not_the_question():
    assert named_in_an_aside(MINUTES, _regime(OFFICE), retrieval_of(DSL_30), doc_freq)
    assert named_in_an_aside(CHAT, _regime(OFFICE), retrieval_of(DSL_30), doc_freq)
    assert refused(MINUTES, DSL_30) is None
    assert refused(CHAT, DSL_30) is None


def test_a_regime_in_the_item_that_asks_or_in_a_plain_question_is_still_the_questions():
    # the asking item names the field
    asked = "@甲：我行信贷数据被识别为重要数据了\n@乙：好的\n\n团建费用每年能报多少？"
    assert not named_in_an_aside(asked, _regime(OFFICE), retrieval_of(DSL_30), doc_freq)
    assert refused(asked, DSL_30) is not None
    # plain sentences, no lines or numbered items: no message of several items
    plain = "我行信贷数据被识别为重要数据。团建改到下周五。以后每年要干点啥？"
    assert not named_in_an_aside(plain, _regime(OFFICE), retrieval_of(DSL_30), doc_freq)
    # no item is tied to a leading clause: nothing tells what the message is about
    assert not named_in_an_aside("@甲：好的\n@乙：会议室定在三楼\n\n怎么办？", _regime(OFFICE), retrieval_of(DSL_30), doc_freq)
