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


def test_cross_language_claims_are_compared_through_the_bridge_or_every_modal_sentence_of_a_short_clause():
    claim = "A credit reporting agency may collect an individual's fingerprints."
    assert {f.kind for f in contradictions(claim, CREDIT14, bridge="征信机构 采集 指纹")} == {"polarity"}
    # no glossary term ties it to a sentence: the clause's one modal sentence forbids what the claim allows
    assert {f.kind for f in contradictions(claim, CREDIT14)} == {"polarity"}
    assert contradictions("A credit reporting agency must not collect an individual's fingerprints.", CREDIT14) == []
    # a long clause whose modal sentences disagree is left to the second model
    long_clause = "。".join(["征信机构不得采集指纹", "征信机构可以采集企业信息", "信息提供者应当告知", "信息使用者不得滥用"]) + "。"
    assert contradictions("A credit reporting agency may collect fingerprints.", long_clause) == []


def test_modal_words_that_only_look_modal_are_ignored():
    assert modal_classes("行政许可与相应的应用") == []
    assert [c for _, c in modal_classes("不得采集；但是可以查询")] == ["prohibition", "permission"]


def test_wording_share():
    assert wording_share("处理敏感个人信息应当取得单独同意", PIPL29) > 0.8
    assert wording_share("商业银行的资本充足率不得低于百分之八", PIPL29) < 0.3


# Claims written by reading the articles (true ones paraphrase; false ones change the duty holder, modality or scope).
ON_REAL_ARTICLES = [
    ("pipl-2021", 55, "履行个人信息保护职责的部门应当事前进行个人信息保护影响评估。", False),
    ("pipl-2021", 55, "处理敏感个人信息前，个人信息处理者应当事前进行个人信息保护影响评估。", True),
    ("gdpr", 35, "The processor shall carry out an assessment of the impact of the envisaged processing operations prior to the processing.", False),
    ("gdpr", 35, "The controller shall carry out a data protection impact assessment prior to high-risk processing.", True),
    ("gdpr", 28, "The data subject shall use only processors providing sufficient guarantees.", False),
    ("gdpr", 28, "The controller shall use only processors providing sufficient guarantees to implement appropriate measures.", True),
    ("gdpr", 37, "The processor shall designate a data protection officer where its core activities consist of large-scale monitoring.", True),
    ("gdpr", 33, "The controller may choose whether to notify the supervisory authority of a personal data breach.", False),
    ("aml-law-2024", 35, "金融机构可以自行决定是否报告大额交易和可疑交易。", False),
    ("aml-law-2024", 35, "金融机构应当按照规定执行大额交易报告制度。", True),
    ("pipl-2021", 21, "受托人应当与个人信息处理者约定委托处理的目的、期限、处理方式。", True),
    ("pipl-2021", 21, "个人应当对受托人的个人信息处理活动进行监督。", False),
    ("pipl-2021", 13, "个人信息处理者在任何情况下都必须取得个人同意才能处理个人信息。", False),
    ("pipl-2021", 13, "为订立、履行个人作为一方当事人的合同所必需的，个人信息处理者可以不取得个人同意处理个人信息。", True),
]


@pytest.mark.parametrize("doc, article, claim, true", ON_REAL_ARTICLES)
def test_claims_on_real_articles(small_assistant, doc, article, claim, true):
    clause = small_assistant.view.find_article([doc], article)
    text = small_assistant.view.full_article(clause.chunk_id).text
    assert (contradictions(claim, text) == []) == true
