"""Deterministic contradiction checks: a claim that inverts its clause is caught; faithful paraphrases pass."""

import pytest

from assistant.verify.polarity import contradictions, modal_classes, wording_share

PIPL14 = "基于个人同意处理个人信息的，该同意应当由个人在充分知情的前提下自愿、明确作出。"
PIPL29 = "处理敏感个人信息应当取得个人的单独同意；法律、行政法规规定处理敏感个人信息应当取得书面同意的，从其规定。"
PIPL15 = "基于个人同意处理个人信息的，个人有权撤回其同意。个人信息处理者应当提供便捷的撤回同意的方式。"
CREDIT14 = "禁止征信机构采集个人的宗教信仰、基因、指纹、血型、疾病和病史信息以及法律、行政法规规定禁止采集的其他个人信息。"
GDPR17 = ("The data subject shall have the right to obtain from the controller the erasure of personal data concerning "
          "him or her without undue delay and the controller shall have the obligation to erase personal data without "
          "undue delay where one of the following grounds applies:")
GDPR33 = ("In the case of a personal data breach, the controller shall without undue delay and, where feasible, not later "
          "than 72 hours after having become aware of it, notify the personal data breach to the supervisory authority.")


@pytest.mark.parametrize("claim, clause, kind", [
    ("处理敏感个人信息无需取得个人的单独同意。", PIPL29, "polarity"),
    ("处理敏感个人信息可以取得个人的单独同意。", PIPL29, "modality"),
    ("征信机构可以采集个人的指纹和基因信息。", CREDIT14, "polarity"),
    ("个人无权撤回其同意。", PIPL15, "right"),
    ("个人应当提供便捷的撤回同意的方式。", PIPL15, "actor"),
    ("在任何情况下处理敏感个人信息都只需取得书面同意。", PIPL29, "scope"),
    ("The controller is never obliged to erase personal data.", GDPR17, "polarity"),
    ("The data subject has no right to obtain erasure of personal data from the controller.", GDPR17, "right"),
    ("The controller may notify a personal data breach to the supervisory authority if it wishes.", GDPR33, "modality"),
    ("The data subject shall notify the personal data breach to the supervisory authority within 72 hours.", GDPR33, "actor"),
    ("The controller must always notify every personal data breach to the supervisory authority.", GDPR33, "scope"),
])
def test_inverted_claims_are_found(claim, clause, kind):
    assert kind in {f.kind for f in contradictions(claim, clause)}


@pytest.mark.parametrize("claim, clause", [
    ("处理敏感个人信息应当取得个人的单独同意。", PIPL29),
    ("银行处理客户的敏感个人信息，须取得客户的单独同意。", PIPL29),
    ("个人有权撤回同意，个人信息处理者应当提供便捷的撤回方式。", PIPL15),
    ("个人可以撤回其同意。", PIPL15),
    ("征信机构不得采集个人的宗教信仰和基因信息。", CREDIT14),
    ("基于同意处理个人信息时，同意应当由个人在充分知情的前提下自愿、明确作出。", PIPL14),
    ("The data subject has the right to obtain erasure of their personal data without undue delay where one of the grounds applies.", GDPR17),
    ("The controller shall notify a personal data breach to the supervisory authority within 72 hours where feasible.", GDPR33),
])
def test_faithful_paraphrases_pass(claim, clause):
    assert contradictions(claim, clause) == []


def test_a_claim_about_no_sentence_of_the_clause_is_not_judged_here():
    assert contradictions("商业银行应当遵守资本充足率的规定。", PIPL29) == []


def test_cross_language_claims_need_a_bridge_to_be_compared():
    claim = "A credit reporting agency may collect an individual's fingerprints."
    assert contradictions(claim, CREDIT14) == []  # no bridge: left to the second model
    assert {f.kind for f in contradictions(claim, CREDIT14, bridge="征信机构 采集 指纹")} == {"polarity"}


def test_modal_words_that_only_look_modal_are_ignored():
    assert modal_classes("行政许可与相应的应用") == []
    assert [c for _, c in modal_classes("不得采集；但是可以查询")] == ["prohibition", "permission"]


def test_wording_share():
    assert wording_share("处理敏感个人信息应当取得单独同意", PIPL29) > 0.8
    assert wording_share("商业银行的资本充足率不得低于百分之八", PIPL29) < 0.3
