"""Round 29: who acts, when the claim says it passively or the clause names a party only as the owner of a thing. Each
rule catches its kind of false claim and lets the faithful paraphrase through. Clauses are written in the laws' style
for these tests, not copied from the eval sets."""

from assistant.lexis.parties import actors_in
from assistant.verify.actors.holders import _duty_pairs, passive_patients, passive_with_agent
from assistant.verify.roles.objects import subject_only_as_object
from claim_helpers import kinds

REPORT_ZH = ("第十条 银行应当建立大额交易报告制度，客户单笔交易超过规定金额的，应当及时向监测中心报告。")
OFFICER_EN = ("1. The controller shall ensure that the data protection officer is involved in all issues which relate to the "
              "protection of personal data. 2. The data protection officer shall report directly to the board. "
              "He or she shall not be dismissed or penalised by the controller for performing his or her tasks.")
NOTICE_ZH = ("第十二条 发生客户信息泄露的，银行应当立即采取补救措施，并通知客户。"
             "银行采取措施能够有效避免信息泄露造成危害的，可以不通知客户。")



def test_a_customers_transaction_is_no_customer():
    assert actors_in("客户单笔交易超过规定金额的") == []
    assert actors_in("客户可疑交易") == []
    assert actors_in("客户应当如实提供") == ["individual"]
    assert [a for a, _ in _duty_pairs(REPORT_ZH)] == ["institution", "institution"]


def test_the_report_given_to_the_customer_is_the_wrong_actor():
    assert "actor" in kinds("大额交易应当由客户本人向监测中心报告。", REPORT_ZH)
    assert "actor" not in kinds("客户单笔交易超过规定金额的，银行应当及时向监测中心报告。", REPORT_ZH)


def test_the_subject_of_a_passive_with_its_agent_is_the_one_acted_on():
    claim = "The data protection officer cannot be fired by the controller for doing the job."
    assert passive_with_agent(claim)
    assert passive_patients(claim) == ["dpo"]
    assert not passive_with_agent("The data protection officer shall report directly to the board.")
    assert not passive_with_agent("The records shall be kept for five years.")  # no agent named


def test_a_passive_claim_is_not_judged_by_what_the_protected_party_must_do():
    assert "actor" not in kinds("The data protection officer cannot be fired or penalised by the controller for doing the job.",
                                OFFICER_EN)
    assert subject_only_as_object("The data protection officer cannot be fired by the controller.",
                                  "The controller shall ensure that the data protection officer is involved.") is None


def test_a_chinese_condition_before_the_modal_verb_is_no_party_made_the_actor():
    assert subject_only_as_object("如果银行采取的措施能有效避免危害，可以不通知客户本人。",
                                  "银行采取措施能够有效避免信息泄露造成危害的，可以不通知客户。") is None
    assert "actor" not in kinds("如果银行采取的措施能有效避免泄露造成危害，可以不通知客户本人。", NOTICE_ZH)


# -- figures of a list's lead-in, exposure to a sanction, a denial before a modal sub-clause ------------------------------

FINES_EN = ("4. Infringements of the following provisions shall, in accordance with paragraph 2, be subject to "
            "administrative fines up to 10 000 000 EUR, or in the case of an undertaking, up to 2 % of the total worldwide "
            "annual turnover of the preceding financial year, whichever is higher:\n"
            "(a) the obligations of the processor pursuant to Article 28;\n"
            "(b) the obligations of the monitoring body pursuant to Article 41.\n"
            "5. Infringements of the following provisions shall, in accordance with paragraph 2, be subject to "
            "administrative fines up to 20 000 000 EUR, or in the case of an undertaking, up to 4 % of the total worldwide "
            "annual turnover of the preceding financial year, whichever is higher:\n"
            "(a) the basic principles for processing, including conditions for consent;\n"
            "(b) the data subjects' rights pursuant to Articles 12 to 22.")
SIGNATURE_ZH = "第九条 可靠的电子签名与手写签名或者盖章具有同等的法律效力。"


def test_a_list_item_takes_the_figures_of_its_lead_in():
    from assistant.verify.figures import figures_of

    item = "(a) the basic principles for processing, including conditions for consent;"
    assert figures_of(item, FINES_EN).startswith("5. Infringements")
    assert figures_of("5. Infringements of the following provisions shall be subject to fines up to 20 000 000 EUR:",
                      FINES_EN).startswith("5.")
    assert "number" in kinds("Breaching the basic principles for processing, including the conditions for consent, can be "
                             "fined up to EUR 10 million or 2% of worldwide annual turnover.", FINES_EN)
    assert not kinds("Breaching the basic principles for processing, including the conditions for consent, can be fined "
                     "up to EUR 20 million or 4% of worldwide annual turnover.", FINES_EN)


def test_exposure_to_a_sanction_is_no_duty_nor_option():
    from assistant.verify.modality import modal_classes

    assert modal_classes("Infringements shall, in accordance with paragraph 2, be subject to administrative fines up to "
                         "20 000 000 EUR") == []
    assert modal_classes("A bank shall be liable to administrative fines up to EUR 10 million.") == []
    # round 40: "can be fined" is the exposure too (what may befall the offender), not the authority's option; the drafting
    # "may be fined" stays an option against a duty (中国人民银行法第四十四条's 应当…并处 read "can be fined" as an option)
    assert modal_classes("A bank can be fined up to EUR 10 million.") == []
    assert [c for _, c in modal_classes("A bank may be fined up to EUR 10 million.")] == ["permission"]
    assert [c for _, c in modal_classes("Such processing shall not be subject to fines.")] == ["prohibition"]
    assert [c for _, c in modal_classes("The supervisory authority may impose fines.")] == ["permission"]


def test_a_statement_denied_before_a_duty_of_the_claims_own():
    assert "polarity" in kinds("可靠的电子签名并不具有与手写签名同等的法律效力，重要合同仍须手写签名或者盖章。", SIGNATURE_ZH)
    assert not kinds("可靠的电子签名具有与手写签名同等的法律效力，银行可以接受。", SIGNATURE_ZH)
    # a negation inside the case the claim opens with (…不符合…的，) denies nothing
    complaint = "第七条 用户发现服务不符合法律、行政法规规定的，有权向有关主管部门投诉。"
    assert not kinds("用户发现服务不符合法律、行政法规规定的，可以向有关主管部门投诉。", complaint)


def test_between_one_sum_and_another_is_a_range_in_one_currency():
    from assistant.lexis.quantities import extract_quantities

    values = [(q.value, q.unit) for q in extract_quantities("fined between RMB 1 million and 10 million")]
    assert values == [(1e6, "yuan"), (1e7, "yuan")]
    # "and" without "between" joins two separate figures: the second has no currency of its own
    assert [q.value for q in extract_quantities("fined RMB 1 million and 10 million")] == [1e6]


# -- time limits in other words --------------------------------------------------------------------------------------

RETENTION_ZH = ("第八条 信用信息中心对个人不良信息的保存期限，自不良行为终止之日起为5年；超过5年的，应当予以删除。")


def test_keeping_for_the_named_period_is_no_opposite_of_the_deletion_after_it():
    assert not kinds("个人不良信息自不良行为终止之日起保存60个月。", RETENTION_ZH)
    assert not kinds("信用信息中心保存个人不良信息的期限是五年。", RETENTION_ZH)
    # keeping it once the period has run out is
    assert "polarity" in kinds("个人不良信息超过5年的，信用信息中心应当继续保存。", RETENTION_ZH)
    assert "polarity" in kinds("个人不良信息5年后仍应保存。", RETENTION_ZH)


def test_half_a_year_is_six_months():
    from assistant.lexis.quantities import extract_quantities

    def base(text):
        return [q.base() for q in extract_quantities(text)]

    assert base("keep the logs for at least half a year") == [("months", 6.0)]
    assert base("保存半年") == base("保存六个月") == [("months", 6.0)]
    assert base("半个月内") == [("months", 0.5)]
    assert base("keep it for a year") == [("months", 12.0)]
    assert base("上半年") == []  # a half of a calendar year is a date, no period


# -- a cleft with a contrast, the lead-in of a list of powers ------------------------------------------------------------

RECORDS_EN = "1. Each controller shall maintain a record of processing activities under its responsibility."
POWERS_EN = ("1. Each supervisory authority shall have all of the following investigative powers:\n"
             "(a) to order the controller to provide any information it requires for the performance of its tasks;\n"
             "(b) to carry out investigations in the form of data protection audits.")


def test_a_cleft_with_the_party_it_is_contrasted_with_names_its_subject():
    assert _duty_pairs("It is the data protection officer, not the controller, who must maintain the record.",
                       pronouns=False) == [("dpo", "obligation")]
    assert "actor" in kinds("It is the data protection officer, not the controller, who must maintain the record of "
                            "processing activities.", RECORDS_EN)
    assert not kinds("It is the controller, not the data protection officer, who must maintain the record of processing "
                     "activities.", RECORDS_EN)


def test_the_lead_in_of_a_list_of_powers_gives_each_item_as_a_power():
    from assistant.verify.modality import modal_classes

    assert [c for _, c in modal_classes("Each supervisory authority shall have all of the following investigative "
                                        "powers:")] == ["right"]
    assert "right" in kinds("Supervisory authorities have no power to carry out data protection audits.", POWERS_EN)
    assert not kinds("A supervisory authority may carry out data protection audits.", POWERS_EN)


# -- what a thing is, said with "shall be" --------------------------------------------------------------------------------

TERM_EN = "2. The term of office of the chair shall be four years and be renewable once."
VALID_EN = "2. Permits shall be valid for the period they indicate, which shall not exceed three years."
ELECT_EN = "1. The committee shall elect a chair from amongst its members by simple majority."


def test_what_a_thing_is_is_no_duty_an_option_could_oppose():
    from assistant.verify.subclauses import what_a_thing_is

    assert what_a_thing_is("The chair serves a four-year term, which can be renewed once.", TERM_EN)
    assert not kinds("The chair serves a four-year term, which can be renewed once.", TERM_EN)
    assert not kinds("Permits may be valid for up to three years.", VALID_EN)
    assert "number" in kinds("Permits may be valid for up to five years.", VALID_EN)
    # an option without the bound the clause sets is no restatement
    assert kinds("The chair serves a four-year term that can be renewed any number of times.", TERM_EN)
    assert kinds("Permits can be valid indefinitely.", VALID_EN)
    # a party's duty made an option stays a wrong modality
    assert not what_a_thing_is("The committee may elect a chair.", ELECT_EN)
    assert "modality" in kinds("The committee may elect a chair from amongst its members.", ELECT_EN)
