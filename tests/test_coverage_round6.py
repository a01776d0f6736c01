"""The coverage gate, issue 11 round 6: the asker's own words (bank, customer), colloquial everyday words and period
words (days, 年) count neither for nor against a question's vocabulary; a quoted figure stated in a sentence is evidence that
the sentence is about the question (5% = 百分之五); new regimes (PRC taxes, capital measurement and provisioning,
office administration, foreign data-protection laws by their initials)."""

from types import SimpleNamespace

import pytest

from assistant.lexis.empty_words import says_nothing
from assistant.retrieval.gate.stated import _stated
from assistant.retrieval.named_laws import regimes_in
from assistant.retrieval.vocabulary import ENGLISH_WORD_SHARE
from assistant.retrieval.vocabulary import _foreign_vocabulary


def shares(table):
    return lambda token: table.get(token, 0.0)


COMMON = ENGLISH_WORD_SHARE * 10


def test_asker_and_period_words_say_nothing():
    assert all(says_nothing(w) for w in ("bank", "customers", "client", "days", "month", "我们", "现在", "take"))
    assert not any(says_nothing(w) for w in ("consent", "breach", "portability", "征信", "离职"))


def test_the_askers_words_do_not_count_against_a_legal_question():
    # customer, bank, switch are in no clause; portability and data are: 2 of 3 counted words once the asker's
    # business is set aside (2 of 5 before, under the 0.4 floor)
    question = "Can a customer take their data to another bank under portability when they switch?"
    table = {"data": COMMON, "portability": COMMON}
    assert not _foreign_vocabulary(question, shares(table))


def test_period_words_do_not_make_an_off_topic_question_look_covered():
    # days and month are in many clauses (3 of 7 words known with them, over the 0.4 floor); without them only leave
    # (in a few clauses) of the five words is the texts'
    question = "How many days of maternity leave does a new teller get when the baby arrives next month?"
    table = {"days": COMMON, "month": COMMON, "leave": ENGLISH_WORD_SHARE * 1.1}
    assert _foreign_vocabulary(question, shares(table))


def test_a_quoted_figure_links_a_sentence_to_the_question():
    question = "股东想买我行百分之五以上的股份，是不是要先报批？"
    text = "任何单位和个人购买商业银行股份总额5%以上的，应当事先经国务院银行业监督管理机构批准。"  # 商业银行法第二十八条
    retrieval = SimpleNamespace(hits=[SimpleNamespace(clause=SimpleNamespace(text=text))])
    df = shares({"股份": 0.005, "报批": 0.0, "股东": 0.004})
    key = {"股份", "股东"}
    from assistant.retrieval.gate.figures import _quoted_values, _states_figure

    quoted = _quoted_values(question)
    assert ("percent", 5.0) in quoted
    states = lambda s: _states_figure(s, {"percent"})  # noqa: E731
    assert _stated(question, retrieval, key, df, False, states, None, [], quoted)
    assert not _stated(question, retrieval, key, df, False, states, None, [])  # one shared own term, no figure link
    other = SimpleNamespace(hits=[SimpleNamespace(clause=SimpleNamespace(text=text.replace("5%", "10%")))])
    assert not _stated(question, other, key, df, False, states, None, [], quoted)


@pytest.mark.parametrize("question, regime", [
    ("分行的增值税怎么申报？", "PRC taxes"),
    ("Is the regulator's fine tax-deductible for us?", "PRC taxes"),
    ("新业务线的操作风险资本怎么算？", "Capital measurement"),
    ("What risk weight does an unrated corporate exposure get?", "Capital measurement"),
    ("周五的复盘会能订到大会议室吗？", "Office administration"),
    ("Does POPIA apply to a rep office in Cape Town?", "Other data-protection laws"),
    ("新加坡那边的个人信息法规怎么规定的？", "Other jurisdictions"),
])
def test_new_regimes(question, regime):
    assert any(name.startswith(regime) for name in regimes_in(question))


@pytest.mark.parametrize("question", [
    "商业银行资本充足率最低是多少？",  # 商业银行法第三十九条
    "纳税申报表要保存几年？",  # the record-retention policy
    "What is the status of privacy law reform?",  # "US" inside a word is no jurisdiction
    "向境外提供个人信息要做什么？",
])
def test_answerable_questions_name_no_regime(question):
    assert regimes_in(question) == []


def covered(assistant, question: str) -> bool:
    return assistant.coverage(question, assistant.search(question)).covered


@pytest.mark.parametrize("question, expected", [
    ("How much operational risk capital should the new trading desk hold?", False),
    ("员工出差的住宿费报销标准是多少？", False),
    ("商业银行的资本充足率不能低于多少？", True),
])
def test_with_the_real_index(small_assistant, question, expected):
    assert covered(small_assistant, question) is expected
