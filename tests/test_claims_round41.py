"""Round 41: negations, permissions and demands worded freely (issue 11: no false claim shown verified). Each test fails
on the code before the round. Clauses are written in the laws' style for these tests, not copied from the eval sets."""

import pytest

from assistant.verify.demands import demand_denied_where_answered
from assistant.verify.modality import modal_classes
from assistant.verify.polarity import contradictions

# an authority's tasks as a list under a lead-in whose "shall" binds every item; item (b) runs on with a sentence of its own
TASKS_EN = ("1. Each supervisory body shall on its territory:\n(a) monitor the application of this Act;\n"
            "(b) promote awareness of the risks. Activities addressed to minors shall receive specific attention;\n"
            "(c) upon request, provide information to any account holder concerning the exercise of his or her rights;\n"
            "(d) handle complaints lodged by an account holder.")
REFUND_ZH = "经营者以会员卡方式收取服务费的，应当按照约定提供服务。未按照约定提供的，应当按照消费者的要求履行约定或者退回服务费；并应当承担服务费的利息、消费者必须支付的合理费用。"
REFUSAL_ZH = "银行拒绝客户请求的，应当说明理由，并告知客户可以向有关部门投诉或者依法提起诉讼。"


def test_a_demand_denied_where_the_clause_answers_it_with_a_duty():
    item = "(c) upon request, provide information to any account holder concerning the exercise of his or her rights;"
    assert demand_denied_where_answered("An account holder is not entitled to ask the supervisory body for information.", item)
    assert demand_denied_where_answered("客户无权要求银行退回预收款。", "未按照约定提供的，应当按照客户的要求退回预收款。")
    # the option to demand is the same rule told from the other side; another party's demand is another rule
    assert not demand_denied_where_answered("An account holder may ask the supervisory body for information.", item)
    assert not demand_denied_where_answered("银行无权要求客户支付利息。", "未按照约定提供的，应当按照客户的要求退回预收款。")


def test_a_denied_demand_is_contradicted_by_a_list_item_under_a_binding_lead_in():
    assert contradictions("An account holder is not entitled to ask the supervisory body for information on exercising "
                          "his or her rights.", TASKS_EN)
    assert not contradictions("An account holder can ask the supervisory body for information on exercising his or her "
                              "rights.", TASKS_EN)


def test_a_denied_demand_across_languages_decides_between_readings_tied_alike():
    # "the consumer" bridges to 消费者 alone, which ties the claim to two sentences; the one answering the consumer's
    # demand decides it
    claim = "If the business does not provide the service as agreed, the consumer cannot ask for the fee back."
    assert contradictions(claim, REFUND_ZH, "消费者")
    assert not contradictions("If the business does not provide the service as agreed, the consumer can ask for the "
                              "fee back.", REFUND_ZH, "消费者")


def test_each_modal_statement_of_a_claim_across_languages_must_be_one_the_article_makes():
    # the option to complain is the article's; the freedom not to give reasons is not
    bridge = "说明理由 投诉 诉讼"
    assert contradictions("If the bank rejects a customer's request, it need not give reasons or tell the customer that "
                          "they may complain.", REFUSAL_ZH, bridge)
    assert not contradictions("If the bank rejects a customer's request, it must give reasons and tell the customer that "
                              "they may complain.", REFUSAL_ZH, bridge)


def test_an_option_across_languages_is_cleared_only_by_a_sentence_its_terms_reach():
    article = "第四条 中国人民银行履行下列职责：\n（一）依法制定和执行货币政策；\n（二）负责金融业反洗钱的资金监测。\n中国人民银行为执行货币政策，可以依照本法有关规定从事金融业务活动。"
    claim = "To carry out monetary policy, the People's Bank of China is required to engage in financial business activities."
    assert contradictions(claim, article, "货币政策")
    assert not contradictions("To carry out monetary policy, the People's Bank of China may engage in financial business "
                              "activities.", article, "货币政策")


@pytest.mark.parametrize("text, cls", [
    ("The bank is not bound to publish the report.", "exemption"),
    ("There is no requirement to publish the report.", "exemption"),
    ("Nothing in the Act requires the bank to publish the report.", "exemption"),
    ("The bank is not under any obligation to publish the report.", "exemption"),
    ("The bank is free not to publish the report.", "exemption"),
    ("The bank can decline to publish the report.", "exemption"),
    ("The Act leaves it to each bank to decide whether to publish the report.", "permission"),
    ("The bank decides for itself whether to publish the report.", "permission"),
    ("The bank has discretion over the report.", "permission"),
    ("The bank is barred from publishing the report.", "prohibition"),
    ("The policy allows the data to be kept longer.", "permission"),
    ("The policy does not allow the data to be kept longer.", "prohibition"),
    ("So the customer's consent is not needed.", "exemption"),
    ("There is no need for the customer's consent.", "exemption"),
    ("地方人民政府不负责制止此类行为。", "exemption"),
    ("查阅本人信息不是客户依法享有的权利。", "no_right"),
])
def test_free_english_negations_and_discretion_read_as_their_modality(text, cls):
    assert cls in {c for _, c in modal_classes(text)}


def test_deciding_whether_a_fact_holds_is_a_task_not_an_option():
    assert "permission" not in {c for _, c in modal_classes("The compliance department decides whether filing is needed.")}


def test_what_a_system_must_allow_for_is_no_option():
    assert {c for _, c in modal_classes("The system shall technically allow for the recording of events.")} == {"obligation"}
