"""Round 40: the actor and modality checks read true paraphrases as true (issue 11: true claims contradicted at most
5%). Each test fails on the code before the round. Clauses are written in the laws' style for these tests, not copied
from the eval sets."""

from assistant.verify.actors.findings import _actor_findings
from assistant.verify.actors.holders import _duty_pairs
from claim_helpers import kinds

FRAUD_ZH = "银行提供服务有欺诈行为的，应当按照客户的要求增加赔偿其受到的损失。"
DEFECT_ZH = "银行明知产品存在缺陷，仍然向客户提供，造成客户或者其他受害人损害的，受害人有权要求银行赔偿损失，并有权要求惩罚性赔偿。"
CORRECT_ZH = "客户发现银行记录的其信息有错误的，有权要求银行予以更正。"
CONTRACT_ZH = "银行向其他机构提供客户信息的，应当通过合同等与接收方约定安全保护义务。"
QUALITY_ZH = "经营者提供的商品不符合质量要求的，消费者可以退货，或者要求经营者履行更换、修理等义务。"
LOGO_ZH = "在宣传品上非法使用银行标识的，监督管理机构应当责令改正，并处五万元以下罚款。"


def test_a_duty_done_at_a_partys_request_is_that_partys_right():
    # the duty owed on demand and the right to demand it are one rule told from its two sides
    assert _actor_findings("Where a bank acts fraudulently, the customer can claim extra compensation.", FRAUD_ZH)[1] == []
    # …but the duty itself stays the bank's
    assert _actor_findings("Where a bank acts fraudulently, the customer must pay extra compensation.", FRAUD_ZH)[1]


def test_a_sub_clause_naming_its_own_unknown_subject_does_not_borrow_the_case_party():
    holders = {a for a, c in _duty_pairs(DEFECT_ZH) if c == "right"}
    assert "institution" not in holders  # 受害人 holds the rights, not the bank the case opens with
    assert _actor_findings("The customer may claim damages from the bank.", DEFECT_ZH)[1] == []


def test_the_party_an_option_is_directed_at_still_cannot_hold_it():
    assert _actor_findings("银行有权要求客户予以更正。", CORRECT_ZH)[1]


def test_the_reach_of_an_agreement_does_not_depend_on_the_modal_words_length():
    with_short = _duty_pairs(CONTRACT_ZH.replace("应当", "须"))
    assert with_short == _duty_pairs(CONTRACT_ZH)


def test_a_case_opened_by_if_is_read_as_the_statutes_case():
    assert _duty_pairs("若经营者提供的商品不符合质量要求，消费者可以退货，或者要求经营者履行更换、修理等义务。") == _duty_pairs(QUALITY_ZH)
    assert _duty_pairs("如果经营者提供的商品不符合质量要求的话，消费者可以退货，或者要求经营者履行更换、修理等义务。") \
        == _duty_pairs(QUALITY_ZH)


def test_can_be_fined_states_the_exposure_not_an_option():
    bridge = "宣传品 标识 罚款 责令改正"
    assert "modality" not in kinds("Anyone who misuses the bank's logo on publicity materials can be fined up to 50,000 "
                                   "yuan, and the regulator orders the misuse corrected.", LOGO_ZH, bridge)
    # the drafting "may be fined" is still an option against the clause's duty
    assert "modality" in kinds("Anyone who misuses the bank's logo on publicity materials may be fined up to 50,000 yuan.",
                               LOGO_ZH, bridge)


def test_a_headcount_of_those_who_do_a_task_is_one_of_persons():
    from assistant.lexis.quantities import as_counted, compare, extract_quantities

    clause = extract_quantities(as_counted("现场检查的人员不得少于2人，并应当出示合法证件。"))
    wrong = compare(extract_quantities(as_counted("On-site inspections need at least three inspectors.")), clause)
    right = compare(extract_quantities(as_counted("On-site inspections need at least two inspectors.")), clause)
    assert [m.kind for m in wrong] == ["contradiction"] and right == []


def test_a_fraction_compares_as_the_share_it_is():
    from assistant.lexis.quantities import as_counted, compare, extract_quantities

    clause = extract_quantities(as_counted("The committee shall adopt its rules by a two-thirds majority of its members."))
    wrong = compare(extract_quantities(as_counted("The committee adopts its rules by a three-quarters majority.")), clause)
    assert [m.kind for m in wrong] == ["contradiction"]
    assert compare(extract_quantities(as_counted("须经三分之二以上委员通过")), extract_quantities(as_counted("经全体委员三分之二以上通过"))) == []
