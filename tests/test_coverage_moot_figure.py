"""The coverage gate, round 49: a figure only quoted to be confirmed (…一天应该可以吧) for an act a leading sentence
about the question forbids outright, with no figure of that kind, is answered by that prohibition: the rule sets no
figure (gate/moot_figure.py). A figure asked (多久, 几年) is not."""

import pytest

from assistant.retrieval.gate.moot_figure import figure_clause_words, forbids_the_act, forbids_without_figure

pytest_plugins = ["index_fixtures"]

# 中国人民银行法第二十六条, 商业银行法第四十六条 (in part), 第四十二条 (in part)
PBOC_26 = "中国人民银行可以根据需要，为银行业金融机构开立账户，但不得对银行业金融机构的账户透支"
CBL_46 = "禁止利用拆入资金发放固定资产贷款或者用于投资"
CBL_42 = "商业银行因行使抵押权、质权而取得的不动产或者股权，应当自取得之日起二年内予以处分"


def test_a_sentence_forbidding_an_act_with_no_figure_of_the_kind_quoted():
    assert forbids_without_figure(PBOC_26, {"duration"})
    assert forbids_without_figure(CBL_46, {"months"})
    assert forbids_without_figure("违反本办法未经验证上线模型的，依照本行问责制度追究相关人员责任", {"duration"})


def test_a_sentence_stating_the_figure_or_forbidding_nothing_is_no_such_answer():
    assert not forbids_without_figure(CBL_42, {"months"})  # states a period, forbids nothing
    assert not forbids_without_figure("单笔交易不得超过五万元", {"yuan"})  # the cap is the figure quoted


PERIODS = {"duration", "months", "workday"}


def test_the_prohibition_must_name_the_act_the_quoted_figure_measures():
    overdraft = figure_clause_words("月末头寸紧，我们在人民银行的账户临时透支一天应该是允许的吧？", PERIODS)
    assert {"透支", "账户"} <= overdraft and "头寸" not in overdraft  # the clause stating the figure only
    assert forbids_the_act(PBOC_26, PERIODS, overdraft)
    canary = figure_clause_words("模型没验证先灰度上线跑一周，按行里制度应该不至于问责吧", PERIODS)
    # a sanction's act is in the conditions leading to it
    assert forbids_the_act("违反本办法未经验证或者未经审批上线模型，或者导致客户权益受到损害的，依照本行问责制度追究相关人员"
                           "责任", PERIODS, canary)
    # another act forbidden in a sentence sharing the question's words elsewhere
    lockout = figure_clause_words("手机银行人脸识别连续失败锁定次数设成5次就行吧", {"occurrence"})
    assert not forbids_the_act("采集客户人脸、指纹等生物识别信息用于身份核验的，应当同时提供其他非生物识别的核验方式供客户选择，"
                               "原始生物特征图像不得留存", {"occurrence"}, lockout)


def covered(assistant, question: str) -> bool:
    return assistant.coverage(question, assistant.search(question)).covered


@pytest.mark.parametrize("question, expected", [
    # 商业银行法第四十六条 forbids it whatever the term: the quoted year is moot
    ("拆入资金先拿去发放一年期的固定资产贷款，应该可以吧？", True),
    # a period asked, not quoted: a prohibition does not say how long
    ("拆入资金发放的贷款最长能放几年？", False),
])
def test_a_quoted_figure_for_an_act_forbidden_outright(small_assistant, question, expected):
    assert covered(small_assistant, question) is expected
