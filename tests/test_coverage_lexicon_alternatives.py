"""A Chinese question's word and another Chinese word the lexicon gives for the same English word (reply → 答复, 回复)
are one word when the gate asks whether a sentence stating the figure is about the question (stated.py)."""

from assistant.retrieval.gate.stated import chinese_alternatives
from assistant.text.tokens import tokenize
from gate_doubles import gate_on_bank_law

# 征信业管理条例第二十五条
_OBJECTION = ("信息主体认为征信机构采集、保存、提供的信息存在错误、遗漏的，有权向征信机构或者信息提供者提出异议，要求更正。"
              "征信机构或者信息提供者收到异议，应当自收到异议之日起20日内进行核查和处理，并将结果书面答复异议人。")


def test_the_lexicons_chinese_words_for_one_english_word_are_alternatives():
    assert chinese_alternatives({"回复"}) == {"回复": frozenset({"答复"})}
    assert "征信机构" not in chinese_alternatives({"征信机构"})  # a word the lexicon gives for no English word


def test_a_reply_deadline_asked_with_huifu_is_stated_by_a_sentence_saying_dafu():
    # the asking sentence's 回复 is the clause's 答复 (lexicon.toml: reply = 答复, 回复); before, the 20日内 sentence
    # shared no word of the asking sentence and the question was refused
    question = "客户说征信报告上有一条信息是错的，已经向我们提出异议。我们多久要给他回复？"
    coverage = gate_on_bank_law(question, [_OBJECTION], 0.88, lambda h: tokenize(h.clause.text), lambda t: 0.002)
    assert coverage.covered, coverage.reason
