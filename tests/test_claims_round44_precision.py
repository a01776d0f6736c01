"""Round 44 (precision of the deterministic checks, issue 11: a true claim contradicted at most 5% of the time on unseen
claims). General readings, each test failing on the code before the round: an English subject the party lexicon does
not name, described by a relative clause ("people who work at a bank"), is not the party inside the clause; a right
held against a party ("the right to get from the bank") restates that party's duty; a demand the sentence answers does
not make the demander the one acted on; a bare law title opening a claim is its citation. Clauses are the laws' own
text; claims are written for these tests."""

from assistant.verify.actors.correlatives import right_held_against_holder
from assistant.verify.actors.described_subjects import described_subject_en
from assistant.verify.actors.holders import _duty_pairs
from assistant.verify.polarity import contradictions

# 商业银行法第五十三条
STAFF_53 = "第五十三条 商业银行的工作人员不得泄露其在任职期间知悉的国家秘密、商业秘密。"
# 反洗钱法第三十八条 (its first sentence)
AML_38 = ("第三十八条 与金融机构存在业务关系的单位和个人应当配合金融机构的客户尽职调查，提供真实有效的身份证件或者其他身份证明文件，"
          "准确、完整填报身份信息，如实提供与交易和资金相关的资料。")
# GDPR Art. 15(1) (its opening) and (3)
GDPR_15 = ("1. The data subject shall have the right to obtain from the controller confirmation as to whether or not "
           "personal data concerning him or her are being processed, and, where that is the case, access to the personal "
           "data and the following information:\n\n(a) the purposes of the processing;\n\n"
           "3. The controller shall provide a copy of the personal data undergoing processing. For any further copies "
           "requested by the data subject, the controller may charge a reasonable fee based on administrative costs.")
def _actor(claim: str, clause: str) -> list:
    return [f for f in contradictions(claim, clause) if f.kind == "actor"]


def test_an_unnamed_subject_described_by_a_relative_clause_is_not_the_party_inside_it():
    assert _duty_pairs("people who work at a commercial bank must not disclose trade secrets") == [("staff", "prohibition")]
    assert _duty_pairs("people who do business with a bank must cooperate with its due diligence") == [(None, "obligation")]
    assert described_subject_en("employees who handle loans ") == ["staff"]
    # a party the lexicon names keeps its place before the relative clause
    assert described_subject_en("bank that holds deposits ") is None
    assert _duty_pairs("A bank that holds deposits must pay interest") == [("institution", "obligation")]
    # a head with a preposition is left to the readings before
    assert described_subject_en("data of customers who leave ") is None


def test_a_claim_on_bank_staff_or_on_the_banks_counterparties_in_english_is_not_the_bank():
    assert not _actor("Under the Commercial Bank Law, Art. 53, people who work at a commercial bank must not disclose "
                      "trade secrets they learned while in office.", STAFF_53)
    assert not _actor("Under the AML Law, Art. 38, people who do business with a bank must cooperate with its customer "
                      "due diligence.", AML_38)
    # the bank named as the subject is still read as the bank
    assert _duty_pairs("a commercial bank must not disclose trade secrets") == [("institution", "prohibition")]


def test_a_right_held_against_the_duty_holder_restates_its_duty():
    assert right_held_against_holder("a customer has the right to get from the bank a copy",
                                     [("individual", "right")], [("controller", "obligation")])
    assert not _actor("GDPR Art. 15: a customer has the right to get from the bank a copy of the personal data "
                      "undergoing processing.", GDPR_15)
    # the right given to the duty holder against the other party is still the wrong actor
    assert not right_held_against_holder("the bank has the right to get from the customer a copy",
                                         [("institution", "right")], [("controller", "obligation")])
    # a right held against the duty holder by a party the article gives no right: still the wrong actor
    assert _actor("The supervisory authority has the right to get from the bank a copy of the personal data undergoing "
                  "processing.", GDPR_15)


# 消费者权益保护法第五十五条 (its first paragraph)
FRAUD_55 = ("第五十五条 经营者提供商品或者服务有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为消费者购买商品的价款"
            "或者接受服务的费用的三倍；增加赔偿的金额不足五百元的，为五百元。")


def test_a_demand_the_sentence_answers_does_not_make_the_demander_the_one_acted_on():
    assert not _actor("消费者权益保护法第五十五条：经营者有欺诈行为的，消费者可以要求三倍赔偿，不足五百元的按五百元算。", FRAUD_55)
    # the consumer given the business's duty is still the wrong actor
    assert _actor("经营者有欺诈行为的，消费者应当赔偿经营者三倍损失。", FRAUD_55)


# 非银行支付机构监督管理条例第二十七条 (its first paragraph)
RESERVE_27 = "第二十七条 非银行支付机构应当根据用户发起的支付指令划转备付金，用户备付金被依法冻结、扣划的除外。"


def test_a_bare_law_title_opening_the_claim_is_a_citation_not_part_of_its_case():
    from assistant.verify.wording import statement

    assert statement("征信业管理条例第十六条：个人不良信息保存五年。") == "个人不良信息保存五年。"
    assert statement("按商业银行法第三十条，银行可以拒绝查询") == "银行可以拒绝查询"
    # a law the claim's own words refer to stays: it is part of what the claim says
    assert statement("商业银行违反本法第三十九条规定的，处罚款").startswith("商业银行违反本法")
    assert statement("银行依照个人信息保护法第十三条，可以处理").startswith("银行依照")
    # the exception the article makes, restated as the claim's case, is not the rule's duty waived
    assert not contradictions("非银行支付机构监督管理条例第二十七条：用户备付金被依法冻结的，支付机构可以不按用户的支付指令划转备付金。",
                              RESERVE_27)
    # outside the excepted case, the duty waived is still contradicted
    assert contradictions("非银行支付机构监督管理条例第二十七条：用户要求退款的，支付机构可以不按用户的支付指令划转备付金。", RESERVE_27)
