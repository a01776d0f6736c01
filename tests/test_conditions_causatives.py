"""Readings that keep true paraphrases standing (round 45): a condition's modal verb is no rule, "can have the bank
erase" is a right, 董监高 are the directors, and an act in a 的-modifier is not the sentence's subject's act."""

from assistant.lexis.parties import actors_in
from assistant.verify.act_holders import other_doer_of_act
from assistant.verify.condition_parts import is_condition_part, without_condition_modals
from assistant.verify.modality import classes_in
from assistant.verify.polarity import contradictions

AI_ACT_48_2 = ("2. For high-risk AI systems provided digitally, a digital CE marking shall be used, only if it can easily "
               "be accessed via the interface from which that system is accessed or via an easily accessible "
               "machine-readable code or other electronic means.")
GDPR17 = ("1. The data subject shall have the right to obtain from the controller the erasure of personal data concerning "
          "him or her without undue delay and the controller shall have the obligation to erase personal data without "
          "undue delay where one of the following grounds applies:")
CREDIT8 = ("第八条 经营个人征信业务的征信机构的董事、监事和高级管理人员，应当熟悉与征信业务相关的法律法规，具有履行职责所需的征信业从业"
           "经验和管理能力，最近3年无重大违法违规记录，并取得国务院征信业监督管理部门核准的任职资格。")


def test_a_conditional_sub_clause_holds_no_rule():
    parts = ["a digital CE marking shall be used", " only if it can easily be accessed"]
    assert is_condition_part(parts[1]) and not is_condition_part(parts[0])
    assert without_condition_modals(parts, [{"obligation"}, {"permission"}]) == [{"obligation"}, set()]
    # a sentence whose only modal verb stands in its condition keeps it
    assert without_condition_modals(["Where it can", " x"], [{"permission"}, set()]) == [{"permission"}, set()]


def test_the_duty_restated_is_not_set_against_its_condition():
    duty = ("Under AI Act Article 48, a high-risk AI system delivered digitally has to use a digital CE marking that is "
            "easy to reach from its interface or via a machine-readable code.")
    assert not contradictions(duty, AI_ACT_48_2)
    # the duty turned into an option or waived is still caught
    assert contradictions("Under AI Act Article 48, a high-risk AI system delivered digitally may use a digital CE "
                          "marking.", AI_ACT_48_2)
    assert contradictions("Under AI Act Article 48, a high-risk AI system delivered digitally does not have to use a "
                          "digital CE marking that is easy to reach from its interface.", AI_ACT_48_2)


def test_can_have_the_bank_erase_is_a_right():
    assert classes_in("a data subject can have a bank erase personal data") == {"right"}
    assert classes_in("a customer can get inaccurate personal data about him corrected") == {"right"}
    # no causative: an object and no act, or a conjunction before the participle
    assert classes_in("the bank can get consent from the customer") == {"permission"}
    assert classes_in("certificates can have the same legal effect once approved") == {"permission"}
    true = ("Under GDPR Art. 17, a data subject can have a bank erase personal data without undue delay where the data "
            "are no longer necessary for the purposes for which they were collected.")
    assert not contradictions(true, GDPR17)
    assert contradictions("Under GDPR Art. 17, a data subject has no right to have a bank erase personal data.", GDPR17)


def test_dong_jian_gao_are_the_directors():
    assert actors_in("董监高最近3年不能有重大违法违规记录") == ["director"]


def test_an_act_in_a_modifier_is_not_the_subjects():
    claim = "征信业管理条例第八条：做个人征信业务的征信机构，董监高最近3年不能有重大违法违规记录，而且得拿到监管核准的任职资格才能上岗。"
    assert other_doer_of_act(claim, CREDIT8) is None
    assert not contradictions(claim, CREDIT8)
    # a party the lexicon knows right before the act still does it
    assert other_doer_of_act("董监高得拿到征信机构核准的任职资格。", CREDIT8) is not None


CREDIT19 = ("第十九条 征信机构或者信息提供者、信息使用者采用格式合同条款取得个人信息主体同意的，应当在合同中作出足以引起信息主体注意的"
            "提示，并按照信息主体的要求作出明确说明。")
AML37 = "第三十七条 在境内外设有分支机构或者控股其他金融机构的金融机构，以及金融控股公司，应当在总部或者集团层面统筹安排反洗钱工作。"


def test_what_the_customer_asks_is_no_duty_of_the_customer():
    assert classes_in("客户要求的还要作出明确说明") == set()
    assert classes_in("按照客户要求的方式处理") == set()
    assert classes_in("银行应当要求客户提供身份证件") == {"obligation"}
    claim = "征信业管理条例第十九条：用格式合同条款取得客户同意的，应当在合同里作出足以引起客户注意的提示，客户要求的还要作出明确说明。"
    assert not contradictions(claim, CREDIT19)
    assert contradictions("征信业管理条例第十九条：用格式合同条款取得客户同意的，客户应当作出明确说明。", CREDIT19)


def test_at_home_and_abroad_is_no_opposite_of_abroad():
    from assistant.verify.antonyms import opposite_word
    claim = ("Under the AML Law, Art. 37, a financial institution with branches at home or abroad has to coordinate its "
             "AML work at head office or group level.")
    assert opposite_word(claim, [AML37], [], AML37) is None
    store = "个人信息处理者应当将在中华人民共和国境内收集和产生的个人信息存储在境内。"
    assert opposite_word("The handler must store the personal information abroad.", [store], [], store)
