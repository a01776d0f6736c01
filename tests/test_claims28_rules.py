"""Round 28's verifier rules, each with the false claim it catches and the faithful paraphrase it lets through. Clauses
are written in the laws' style for these tests, not copied from the eval sets."""

from assistant.lexis.lexicon import load_lexicon
from assistant.verify.approvals import other_approver
from assistant.verify.roles.consenters import possessor_as_consenter
from claim_helpers import kinds

GUARDIAN_ZH = "第二十条 银行处理不满十六周岁的学生的客户信息的，应当取得学生的父母或者其他监护人的同意。"
APPROVAL_ZH = "第九条 非经国家金融监督管理机构批准，境内的银行不得向境外的会计师事务所提供客户的账户资料。"
RETURN_ZH = "第八条 客户通过网上银行购买理财产品的，有权自签约之日起三日内撤销，且无需说明理由，但下列产品除外：\n（一）货币市场基金；"
OBJECT_EN = ("1. The customer shall have the right to object at any time to the use of his or her data for marketing. "
             "2. Where the customer objects, the bank shall no longer use the data for marketing.")



# -- whose consent: the possessor of the giver's phrase made the giver -------------------------------------------------

def test_the_one_the_guardian_stands_for_is_not_the_one_who_consents():
    words = load_lexicon().chinese_words
    assert possessor_as_consenter("银行处理不满十六周岁学生的信息，取得学生本人的同意即可。", GUARDIAN_ZH) is not None
    assert possessor_as_consenter("A bank processing a pupil's data under sixteen only needs the child's own consent.",
                                  GUARDIAN_ZH.replace("学生", "未成年人"), words) is not None
    assert "actor" in kinds("银行处理不满十六周岁学生的客户信息，应当取得学生本人的同意。", GUARDIAN_ZH)


def test_the_guardians_consent_passes():
    words = load_lexicon().chinese_words
    assert possessor_as_consenter("银行处理不满十六周岁学生的信息，应当取得其父母或者其他监护人的同意。", GUARDIAN_ZH) is None
    assert possessor_as_consenter("银行处理不满十六周岁学生的信息，应当取得学生的父母的同意。", GUARDIAN_ZH) is None
    assert possessor_as_consenter("Processing such a child's data needs the consent of the child's parents or guardian.",
                                  GUARDIAN_ZH.replace("学生", "未成年人"), words) is None


# -- whose approval: a party the article names in another role made the approver --------------------------------------

def test_the_recipient_made_the_approver_is_the_wrong_actor():
    claim = "境内的银行向境外的会计师事务所提供客户的账户资料，须经过境外会计师事务所批准。"
    assert other_approver(claim, APPROVAL_ZH) is not None
    assert "actor" in kinds(claim, APPROVAL_ZH)


def test_the_same_approver_in_other_words_passes():
    assert other_approver("境内银行向境外会计师事务所提供账户资料，须经国家金融监督管理机构批准。", APPROVAL_ZH) is None
    assert other_approver("境内银行向境外会计师事务所提供账户资料，须经金融监督管理机构批准。", APPROVAL_ZH) is None
    # a body the article nowhere names is left to the actor checks (it may be the same body by another name)
    assert other_approver("境内银行向境外会计师事务所提供账户资料，须经金融监管总局批准。", APPROVAL_ZH) is None


# -- English exception connectives and the "any" of a negated act ----------------------------------------------------

def test_apart_from_states_the_claims_own_exception():
    claim = ("A customer who buys a wealth product through online banking may cancel within three days of signing "
             "without giving any reason, apart from the listed products.")
    assert "scope" not in kinds(claim, RETURN_ZH, "网上银行 理财产品 撤销 理由")


def test_any_of_a_negated_act_is_no_sweeping_word_but_any_of_the_thing_is():
    bridge = "网上银行 理财产品 撤销 理由"
    assert "scope" not in kinds("A customer who buys a wealth product through online banking may cancel within three "
                                "days of signing without giving any reason.", RETURN_ZH, bridge)
    assert "scope" in kinds("A customer who buys any wealth product through online banking may cancel within three "
                            "days of signing without giving a reason.", RETURN_ZH, bridge)


# -- a right denied across languages -------------------------------------------------------------------------------

def test_a_right_denied_is_not_cleared_by_another_partys_ban_beside_it():
    bridge = "right to object marketing"
    assert "right" in kinds("客户无权反对银行为营销目的使用其数据。", OBJECT_EN, bridge)
    assert not kinds("客户有权随时反对银行为营销目的使用其数据。", OBJECT_EN, bridge)


# -- a period named by the keeping is no act of keeping --------------------------------------------------------------

KEEP_ZH = "第十二条 银行对客户逾期信息的保存期限为3年；超过3年的，应当予以删除。在保存期限内，客户可以作出说明。"


def test_while_it_is_retained_names_the_period_not_an_act_against_deletion():
    from assistant.verify.antonyms import opposite_word

    claim = "While overdue information is still retained, the customer may add an explanation."
    assert opposite_word(claim, [KEEP_ZH], [KEEP_ZH], KEEP_ZH) is None
    assert opposite_word("Overdue information must be retained after 3 years.", ["超过3年的，应当予以删除。"], [],
                         "超过3年的，应当予以删除。") is not None


# -- told to someone where the clause keeps it confidential ----------------------------------------------------------

SECRET_ZH = "第十五条 银行应当向监测中心报送异常交易报告；报送异常交易报告的情况应当保密。"


def test_telling_what_the_clause_keeps_confidential_is_the_opposite():
    assert "polarity" in kinds("银行报送异常交易报告后，应当将报送情况告知客户。", SECRET_ZH)
    assert not kinds("银行应当向监测中心报送异常交易报告，报送情况应当保密。", SECRET_ZH)
