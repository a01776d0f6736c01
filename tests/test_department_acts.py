"""Round 35: an English claim that gives one unit of the bank the act a policy article gives another unit, while the
article gives the claim's unit an act of its own; and the policies' units beside the departments (业务部门, 外包发起部门,
数据责任人, 数据管理员). The clauses are written in the policies' style for these tests, not copied from the eval sets."""

from assistant.lexis.lexicon import load_lexicon
from assistant.verify.departments import _acting_zh, act_of_another_department, other_department

ROLES_ZH = ("第四条 风险管理部是模型风险管理的牵头部门，负责制定管理制度、维护模型清单；"
            "模型所属业务部门是模型风险的第一责任人。")
ENDING_ZH = "第二十条 外包合同终止的，外包发起部门应当监督服务提供商删除本行数据。"


def test_a_unit_given_another_units_act():
    words = load_lexicon().chinese_words
    assert act_of_another_department("The business unit that owns a model keeps the model inventory.", ROLES_ZH, words)
    assert act_of_another_department("Under the model risk policy, the risk management department is first in line "
                                     "for model risk, while the business unit keeps the model inventory.", ROLES_ZH, words)


def test_each_unit_with_its_own_act_passes():
    words = load_lexicon().chinese_words
    assert not act_of_another_department("The risk management department maintains the model inventory.", ROLES_ZH, words)
    assert not act_of_another_department("Under the model risk policy, the risk management department keeps the model "
                                         "inventory, while the business unit owning a model bears its risk first.",
                                         ROLES_ZH, words)
    # a Chinese claim, or an article naming one acting unit only, is left to the other checks
    assert not act_of_another_department("业务部门维护模型清单。", ROLES_ZH, words)
    assert not act_of_another_department("The business unit keeps the model inventory.", ENDING_ZH, words)


def test_the_policies_units_are_read_as_acting():
    assert _acting_zh(ROLES_ZH) == {"风险管理部", "业务部门"}
    assert _acting_zh(ENDING_ZH) == {"外包发起部门"}
    assert other_department("The information security department oversees the deletion when the contract ends.",
                            ENDING_ZH)
    assert not other_department("The initiating department oversees the deletion when the contract ends.", ENDING_ZH)
