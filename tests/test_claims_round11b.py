"""Verifier round 11b (issue 11): a dropped negation without a modal verb in English ("shall not affect" → "affects",
"does not apply to: … (c)" → "applies to"), a public body the cited article never names as the actor of a Chinese claim
(地方人民政府 where the article says 中国人民银行), the European Parliament and the Council as parties of their own, and
"never … under any circumstances" against a rule that is "without prejudice to" something. Real clause texts from the
shared corpus; the claims are written for these tests (none is an eval claim)."""

import pytest

from assistant.settings import SHARED_REGULATIONS
from assistant.verify.bodies import unnamed_body
from assistant.verify.denials import _affirms_what_is_denied
from tests.test_claims_round8 import article, gdpr, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

GDPR2, GDPR7, GDPR8, GDPR69, GDPR92 = gdpr(2), gdpr(7), gdpr(8), gdpr(69), gdpr(92)
NBP38 = article("zh/non-bank-payment-regulation-2023.md", "非银行支付机构监督管理条例", 38, "第三十八条")  # 中国人民银行…分类评级
CRR27 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 27, "第二十七条")  # 国务院征信业监督管理部门监督管理
CPL35 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 35, "第三十五条")  # 人民法院…必须受理


@pytest.mark.parametrize("false, true, clause", [
    ("Under the GDPR, the withdrawal of consent affects the lawfulness of processing based on consent before the withdrawal.",
     "Withdrawing consent leaves the lawfulness of processing based on consent before the withdrawal unaffected.", GDPR7),
    # the pronoun subject "It" is the revocation named two sentences before
    ("A decision of revocation affects the validity of the delegated acts already in force.",
     "A decision of revocation does not affect the validity of delegated acts already in force.", GDPR92),
    # a subject with no content word of its own
    ("Paragraph 1 affects the general contract law of Member States, such as the rules on the formation of a contract "
     "in relation to a child.",
     "Paragraph 1 does not affect the general contract law of Member States, such as the rules on the formation of a "
     "contract in relation to a child.", GDPR8),
    # a list item read with its lead-in
    ("This Regulation applies to the processing of personal data by a natural person in the course of a purely personal "
     "or household activity.",
     "This Regulation does not apply to the processing of personal data by a natural person in the course of a purely "
     "personal or household activity.", GDPR2),
])
def test_an_english_denial_turned_into_an_affirmation_is_contradicted(false, true, clause):
    assert verdict(false, clause).verdict == "contradicted"
    assert verdict(true, clause).verdict != "contradicted"


def test_the_lead_in_of_a_denied_list_is_not_read_alone():
    # Art. 2(1) says the Regulation applies to the processing of personal data by automated means; 2(2)'s lead-in alone
    # ("does not apply to the processing of personal data:") must not deny it
    claim = "This Regulation applies to the processing of personal data wholly or partly by automated means."
    assert _affirms_what_is_denied(claim, GDPR2.text) == ""
    assert verdict(claim, GDPR2).verdict != "contradicted"


def test_a_limited_affirmation_is_no_denial_turned_around():
    # "applies only where …" restates a rule with its case, it does not affirm what the clause denies
    claim = "The withdrawal of consent affects the lawfulness of processing only after the withdrawal."
    assert _affirms_what_is_denied(claim, GDPR7.text) == ""


@pytest.mark.parametrize("false, true, clause", [
    ("地方人民政府按照规定对非银行支付机构进行分类评级，并据此实施分类监督管理。",
     "中国人民银行按照规定对非银行支付机构进行分类评级，并根据评级结果实施分类监督管理。", NBP38),
    ("省级人民政府负责监督管理金融信用信息基础数据库的运行机构。",
     "金融信用信息基础数据库的运行机构不以营利为目的，由国务院征信业监督管理部门监督管理。", CRR27),
    ("人民检察院对符合民事诉讼法起诉条件的消费者权益争议必须受理，并及时审理。",
     "人民法院对符合民事诉讼法起诉条件的消费者权益争议必须受理，并及时审理。", CPL35),
])
def test_a_public_body_the_article_never_names_is_the_wrong_actor(false, true, clause):
    found = unnamed_body(false, clause.text)
    assert found is not None and found.kind == "actor"
    assert verdict(false, clause).verdict == "contradicted"
    assert unnamed_body(true, clause.text) is None
    assert verdict(true, clause).verdict != "contradicted"


def test_a_body_the_article_names_in_other_words_passes():
    # 国务院征信业监督管理部门 is named; a claim using the same body's name is no stray party
    assert unnamed_body("国务院征信业监督管理部门对金融信用信息基础数据库的运行机构实施监督管理。", CRR27.text) is None


def test_the_european_parliament_and_the_council_are_not_the_commission():
    false = "The delegation of power referred to in Article 12(8) and Article 43(8) may be revoked at any time by the Commission."
    true = "The European Parliament or the Council may revoke the delegation of power referred to in Article 12(8) at any time."
    assert verdict(false, GDPR92).verdict == "contradicted"
    assert verdict(true, GDPR92).verdict != "contradicted"


def test_never_under_any_circumstances_overreaches_a_rule_without_prejudice_to_something():
    false = "The Board may never, under any circumstances, take instructions from anybody, not even requests of the Commission."
    true = ("Without prejudice to requests by the Commission under Article 70, the Board must neither seek nor take "
            "instructions from anybody when performing its tasks.")
    assert verdict(false, GDPR69).verdict == "contradicted"
    assert verdict(true, GDPR69).verdict != "contradicted"


PIPL15 = article("zh/pipl-2021.md", "个人信息保护法", 15, "第十五条")  # 个人撤回同意，不影响…的效力
PIPL72 = article("zh/pipl-2021.md", "个人信息保护法", 72, "第七十二条")  # …的，不适用本法
NBP15 = article("zh/non-bank-payment-regulation-2023.md", "非银行支付机构监督管理条例", 15, "第十五条")  # …不属于…支付业务


@pytest.mark.parametrize("false, true, clause", [
    ("Under the PIPL, an individual's withdrawal of consent affects the validity of processing carried out on the basis of "
     "that consent before the withdrawal.",
     "Under the PIPL, withdrawing consent does not affect the validity of processing already carried out on the basis of "
     "consent before the withdrawal.", PIPL15),
    ("The PIPL applies to natural persons processing personal information for personal or family affairs.",
     "The PIPL does not apply to natural persons processing personal information for personal or family affairs.", PIPL72),
    ("Single-purpose prepaid card business is a payment business under the Non-Bank Payment Regulation.",
     "Single-purpose prepaid card business is not a payment business under the Non-Bank Payment Regulation.", NBP15),
])
def test_an_english_claim_affirming_what_a_chinese_clause_denies_is_contradicted(false, true, clause):
    assert verdict(false, clause).verdict == "contradicted"
    assert verdict(true, clause).verdict != "contradicted"


AML36 = article("zh/aml-law-2024.md", "反洗钱法", 36, "第三十六条")  # 在反洗钱行政主管部门的指导下
NBP42 = article("zh/non-bank-payment-regulation-2023.md", "非银行支付机构监督管理条例", 42, "第四十二条")  # 中国人民银行…移送


@pytest.mark.parametrize("false, true, clause", [
    # the body that guides the party, named after 在…的指导下
    ("金融机构应当在地方金融监督管理部门的指导下，关注、评估运用新技术带来的洗钱风险。",
     "金融机构须在反洗钱行政主管部门的指导下，关注、评估运用新技术、新产品带来的洗钱风险。", AML36),
    # an English claim on a Chinese article: the organ's Chinese head noun is nowhere in the article
    ("Local governments classify and rate non-bank payment institutions and supervise them by category according to the "
     "ratings.",
     "The PBOC classifies and rates non-bank payment institutions and supervises them by category according to the ratings.",
     NBP38),
    ("Under the Non-Bank Payment Regulation, the State Administration for Market Regulation must refer clues of suspected "
     "monopolies by non-bank payment institutions to the relevant law enforcement departments.",
     "Under the Non-Bank Payment Regulation, the PBOC must refer clues of suspected monopolies by non-bank payment "
     "institutions to the relevant law enforcement departments.", NBP42),
])
def test_a_body_the_article_never_names_is_the_wrong_actor_wherever_the_claim_names_it(false, true, clause):
    assert verdict(false, clause).verdict == "contradicted"
    assert verdict(true, clause).verdict != "contradicted"


def test_an_english_claim_naming_an_organ_the_article_names_passes():
    # 人民法院 is in 消费者权益保护法第三十五条: "the people's courts" are its party
    claim = "The people's courts must accept consumer disputes that meet the filing conditions of the Civil Procedure Law."
    assert verdict(claim, CPL35).verdict != "contradicted"


@pytest.mark.parametrize("false, true, clause", [
    ("The European Data Protection Supervisor shall draw up an annual report regarding the protection of natural persons "
     "with regard to processing in the Union.",
     "The Board shall draw up an annual report regarding the protection of natural persons with regard to processing in "
     "the Union.", gdpr(71)),
    ("The Court of Justice may revoke the delegation of power referred to in Article 12(8) and Article 43(8) at any time.",
     "The delegation of power referred to in Article 12(8) and Article 43(8) may be revoked at any time by the European "
     "Parliament or by the Council.", GDPR92),
])
def test_an_english_claim_naming_an_eu_body_the_article_never_names_is_the_wrong_actor(false, true, clause):
    assert verdict(false, clause).verdict == "contradicted"
    assert verdict(true, clause).verdict != "contradicted"


def test_a_chinese_claim_putting_under_the_law_what_the_law_excludes_is_contradicted():
    # 不适用本法: the law itself is what is denied (one bigram, 本法), the claim names it
    assert verdict("自然人因个人或者家庭事务处理个人信息的，属于本法的适用范围。", PIPL72).verdict == "contradicted"
    assert verdict("自然人因个人或者家庭事务处理个人信息的，不适用本法。", PIPL72).verdict != "contradicted"
