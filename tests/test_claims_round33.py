"""Verifier round 33 (issue 11): a duty given to every party of a kind (所有 / 任何 …) where the article gives it to a
narrower kind only; the State that encourages (国家鼓励…) names no party when nobody stands after the verb, so the party
of the case told before it is not made the holder. Real clause texts from the corpus; the claims are written for these
tests."""

import pytest

from assistant.settings import SHARED_REGULATIONS
from assistant.verify.actors.holders import _duty_pairs
from assistant.verify.universal_holders import narrowed_universal_party
from tests.test_claims_round8 import article, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

NDS44 = article("zh/network-data-security-regulation-2024.md", "网络数据安全管理条例", 44, "第四十四条")  # 大型网络平台服务提供者应当…
CPL47 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 47, "第四十七条")  # 中国消费者协会以及…设立的消费者协会，可以…
CBL29 = article("zh/commercial-bank-law-2015.md", "商业银行法", 29, "第二十九条")  # 商业银行办理个人储蓄存款业务，应当…
CSL46 = article("zh/cybersecurity-law-2025-amended.md", "网络安全法", 46, "第四十六条")  # 任何个人和组织…不得…
PAY35 = article("zh/non-bank-payment-regulation-2023.md", "非银行支付机构监督管理条例", 35, "第三十五条")  # 国家鼓励用户和…之间…


@pytest.mark.parametrize("claim, clause", [
    ("所有网络数据处理者都应当每年发布个人信息保护社会责任报告。", NDS44),
    ("对侵害众多消费者权益的行为，任何一级消费者协会都可以向法院提起诉讼。", CPL47),
])
def test_every_party_of_a_wider_kind_overreaches(claim, clause):
    assert narrowed_universal_party(claim, clause.text) is not None
    assert verdict(claim, clause).verdict == "contradicted"


@pytest.mark.parametrize("claim, clause", [
    # the party as the article names it, with a universal word
    ("所有大型网络平台服务提供者都应当每年度发布个人信息保护社会责任报告。", NDS44),
    # the article names the party bare (商业银行办理…，应当…)
    ("所有商业银行办理个人储蓄存款业务，都应当为存款人保密。", CBL29),
    # the article says "any" itself (任何个人和组织)
    ("任何组织都不得非法出售个人信息。", CSL46),
    # no universal word: the actor checks judge it, not this one
    ("大型网络平台服务提供者每年都要发布个人信息保护社会责任报告。", NDS44),
])
def test_the_party_the_article_names_or_licenses_is_no_overreach(claim, clause):
    assert narrowed_universal_party(claim, clause.text) is None


def test_the_encouraging_state_names_no_holder():
    # nobody after 鼓励: not the payment institution of the case told before it
    assert _duty_pairs("支付机构跟用户有纠纷，国家鼓励走调解、仲裁。") == [(None, "permission")]
    assert verdict("支付机构跟用户有纠纷，国家鼓励走调解、仲裁。", PAY35).verdict != "contradicted"
    # the encouraged party named after the verb still holds the option
    assert _duty_pairs("国家鼓励网络运营者自愿参与关键信息基础设施保护体系。") == [("operator", "permission")]
    # a party's own option made its duty is still contradicted
    assert verdict("用户和非银行支付机构之间的纠纷必须通过调解、仲裁解决。", PAY35).verdict == "contradicted"


PAY43 = article("zh/non-bank-payment-regulation-2023.md", "非银行支付机构监督管理条例", 43, "第四十三条")  # 应当…报告；中国人民银行可以…通报


def test_up_to_names_the_party_whose_option_it_is():
    assert _duty_pairs("When a payment institution has a risk event, reporting it to the PBOC is up to the institution.") \
        == [("institution", "permission")]


def test_another_partys_option_does_not_license_an_english_claims_option():
    # the central bank's 可以…通报 beside the institution's 应当…报告 is no option of the institution's
    assert verdict("When a payment institution has a risk event, reporting it to the PBOC is up to the institution.",
                   PAY43).verdict == "contradicted"
    # the duty restated, and the central bank's own option restated, stay uncontradicted
    assert verdict("A payment institution that has a risk event must report it to the PBOC.", PAY43).verdict \
        != "contradicted"
    assert verdict("The PBOC may pass information on the risk to the local government where the institution is based.",
                   PAY43).verdict != "contradicted"


CRR13 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 13, "第十三条")  # 应当…同意…。但是，…公开的信息除外。
PAY10 = article("zh/non-bank-payment-regulation-2023.md", "非银行支付机构监督管理条例", 10, "第十条")  # 中国人民银行应当…作出…决定


def test_a_concession_restating_the_articles_exception_is_no_denied_duty():
    from assistant.verify.restated_exceptions import without_restated_exception

    claim = "征信机构采集个人信息要经本人同意，不过依法公开的信息不用。"
    assert without_restated_exception(claim, CRR13.text) == "征信机构采集个人信息要经本人同意。"
    assert verdict(claim, CRR13).verdict != "contradicted"
    # a concession freeing a case the article does not except is kept, and the duty denied outright still contradicted
    assert without_restated_exception("征信机构采集个人信息要经本人同意，不过企业信息不用。", CRR13.text).endswith("企业信息不用。")
    assert verdict("征信机构采集个人信息不用经本人同意。", CRR13).verdict == "contradicted"


def test_the_banking_and_insurance_regulator_is_the_banking_regulator():
    from assistant.lexis.parties import actors_in

    assert actors_in("the banking and insurance regulator", subjects_only=False) == ["authority:banking"]
    assert verdict("Applications for a payment business licence are decided by the banking and insurance regulator "
                   "within six months of acceptance.", PAY10).verdict == "contradicted"
    assert verdict("The PBOC decides on a payment business licence application within six months of accepting it.",
                   PAY10).verdict != "contradicted"


AML59 = article("zh/aml-law-2024.md", "反洗钱法", 59, "第五十九条")  # …以外的单位和个人…；情节严重的，对单位…二十万元…，对个人…五万元…


def test_a_party_told_by_what_it_is_not_is_the_clauses_other_than():
    claim = "既不是金融机构也不是特定非金融机构的单位和个人，没落实反洗钱特别预防措施，情节严重的，个人最多罚五万。"
    assert verdict(claim, AML59).verdict != "contradicted"


def test_the_party_named_at_the_figure_chooses_its_case():
    from assistant.verify.cases import figure_of_another_case

    opening = "金融机构、特定非金融机构以外的单位和个人没落实特别预防措施，情节严重的，"
    assert figure_of_another_case(opening + "个人最多罚五万。", AML59.text) == []
    # the unit's case given the individual's figure is still another case's figure
    assert [q.claim.value for q in figure_of_another_case(opening + "单位最多罚五万。", AML59.text)] == [50_000]
    assert verdict(opening + "单位最多罚五万。", AML59).verdict == "contradicted"
