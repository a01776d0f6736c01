"""Round 29: who acts, when the claim says it passively or the clause names a party only as the owner of a thing. Each
rule catches its kind of false claim and lets the faithful paraphrase through. Clauses are written in the laws' style
for these tests, not copied from the eval sets."""

from assistant.verify.actors.holders import _duty_pairs, passive_patients, passive_with_agent
from assistant.verify.actors.lexicon import _actors_in
from assistant.verify.polarity import contradictions
from assistant.verify.roles.objects import subject_only_as_object

REPORT_ZH = ("第十条 银行应当建立大额交易报告制度，客户单笔交易超过规定金额的，应当及时向监测中心报告。")
OFFICER_EN = ("1. The controller shall ensure that the data protection officer is involved in all issues which relate to the "
              "protection of personal data. 2. The data protection officer shall report directly to the board. "
              "He or she shall not be dismissed or penalised by the controller for performing his or her tasks.")
NOTICE_ZH = ("第十二条 发生客户信息泄露的，银行应当立即采取补救措施，并通知客户。"
             "银行采取措施能够有效避免信息泄露造成危害的，可以不通知客户。")


def kinds(claim: str, clause: str) -> set[str]:
    return {f.kind for f in contradictions(claim, clause)}


def test_a_customers_transaction_is_no_customer():
    assert _actors_in("客户单笔交易超过规定金额的") == []
    assert _actors_in("客户可疑交易") == []
    assert _actors_in("客户应当如实提供") == ["individual"]
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
