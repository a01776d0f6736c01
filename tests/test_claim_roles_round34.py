"""Round 34: who acts in an English claim on a Chinese article, when the claim states the act without a modal verb and
names the party with modifiers, when the article hands the act to a body with 由 X 宣告 / 颁发, and when the sentence
gives two parties an act each. Each rule catches its kind of false claim and lets the faithful paraphrase through.
Clauses are written in the laws' style for these tests, not copied from the eval sets."""

from assistant.lexis.lexicon import load_lexicon
from assistant.verify.acts_across import act_of_another_party_across
from assistant.verify.actors.findings import _actor_findings
from assistant.verify.actors.holders import _duty_pairs
from assistant.verify.actors.subjects import _headed_by_party
from claim_helpers import kinds

OBJECTION_ZH = "征信机构收到异议，应当按照监督管理部门的规定，自收到异议之日起十五日内进行核查，并书面答复异议人。"
WINDING_UP_ZH = "第八条 支付机构不能清偿到期债务的，经监督管理部门同意，由人民法院依法宣告其破产。"
LICENCE_ZH = "第五条 经批准设立的支付机构，由中国人民银行颁发业务许可证。"
INQUIRY_ZH = "第十一条 公安机关因侦查犯罪的需要查询客户资料，应当经过严格的批准手续，银行应当予以配合。"


def test_a_party_named_with_modifiers_is_the_doer_of_a_plain_present_act():
    assert _duty_pairs("the credit reporting regulator checks the disputed record") == [("authority", "obligation")]
    assert _duty_pairs("the local banking regulator orders a correction") == [("authority:banking", "obligation")]
    assert _duty_pairs("the bank reports it") == [("institution", "obligation")]
    # a relative clause or a preposition before the party word: the party is not the subject's head
    assert _headed_by_party("bank that the regulator") == []
    assert _headed_by_party("data of the customer") == []
    # a party's thing, not the party
    assert _duty_pairs("customer identification records remain") == []


def test_the_plain_present_act_given_to_the_regulator_is_the_wrong_actor():
    wrong = "Once an objection is lodged, the credit reporting regulator itself checks it within 15 days."
    right = "Once an objection is lodged, the credit reporting agency checks it within 15 days."
    assert _actor_findings(wrong, OBJECTION_ZH)[1]
    assert not _actor_findings(right, OBJECTION_ZH)[1]


def test_the_courts_declaration_and_the_regulators_licence_are_theirs():
    assert ("court", "obligation") in _duty_pairs(WINDING_UP_ZH)
    assert ("authority:pboc", "obligation") in _duty_pairs(LICENCE_ZH)
    assert _actor_findings("When a payment firm cannot pay its debts, the regulator itself declares it bankrupt.",
                           WINDING_UP_ZH)[1]
    assert not _actor_findings("When a payment firm cannot pay its debts, the people's court declares it bankrupt "
                               "with the regulator's consent.", WINDING_UP_ZH)[1]


def test_one_partys_act_given_to_the_other_party_of_the_sentence():
    words = load_lexicon().chinese_words
    moved = "When the police need customer records for an investigation, the bank must go through strict approval procedures."
    kept = "The bank must cooperate when the police lawfully look up customer records for a criminal investigation."
    assert act_of_another_party_across(moved, INQUIRY_ZH, words)
    assert not act_of_another_party_across(kept, INQUIRY_ZH, words)
    assert not act_of_another_party_across("The police must go through strict approval procedures.", INQUIRY_ZH, words)
    # (Chinese claims are left to subclauses._actor_of_the_act)
    assert not act_of_another_party_across("银行应当经过严格的批准手续。", INQUIRY_ZH, words)


def test_the_moved_act_is_found_through_contradictions():
    moved = "When the police need customer records for an investigation, the bank must go through strict approval procedures."
    assert "actor" in kinds(moved, INQUIRY_ZH, bridge="公安机关 批准")


RETURNS_ZH = "第七条 经营者通过网络销售商品的，消费者有权自收到商品之日起七日内退货，且无需说明理由。"


def test_a_reason_the_clause_dispenses_with_made_a_duty():
    from assistant.verify.requirements import requires_dispensed_across

    words = load_lexicon().chinese_words
    assert requires_dispensed_across("A consumer who bought goods online must give a reason before returning them.",
                                     RETURNS_ZH, words) == "无需说明理由"
    assert requires_dispensed_across("Consumers have to explain why they return goods bought online.", RETURNS_ZH, words)
    # the faithful paraphrases: the reason not needed, in the negated duty or "without"
    for claim in ("A consumer does not have to give a reason to return goods within seven days.",
                  "The consumer may return goods within seven days and is not required to give a reason.",
                  "The consumer can return online purchases within seven days without giving a reason."):
        assert requires_dispensed_across(claim, RETURNS_ZH, words) == ""
