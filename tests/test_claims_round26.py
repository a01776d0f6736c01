"""Verifier round 26 (issue 11): true paraphrases that the checks misread. A negated "below" in English is a floor; a
period restated in another unit ("every twelve months" for 每年) is the period of the clause's rate; the party before
a modal verb that governs a sanction (可处…罚款) is the one punished, not its holder; a claim restating a sentence that
names no party is not judged by a sentence beside it that gives another kind of statement to another party. Real clause
texts from the shared corpus and the bank's policies; the claims are written for these tests."""

import pytest

from assistant.lexis.quantities import extract_quantities, period_of_a_rate
from assistant.settings import SHARED_REGULATIONS
from assistant.verify.actors.holders import _duty_pairs
from tests.test_claims_round8 import article, verdict
from tests.test_claims_round12 import policy_article

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

CBL39 = article("zh/commercial-bank-law-2015.md", "商业银行法", 39, "第三十九条")  # 资本充足率不得低于百分之八
CSL64 = article("zh/cybersecurity-law-2025-amended.md", "网络安全法", 64, "第六十四条")  # 拒不改正…处五万元以上五十万元以下罚款
NBP8 = article("zh/non-bank-payment-regulation-2023.md", "非银行支付机构监督管理条例", 8, "第八条")  # 注册资本最低限额为人民币1亿元
MR26 = policy_article("policy-model-risk", "第二十六条", 26)  # 高风险模型每年至少…一次，中风险模型每两年至少…一次


@pytest.mark.parametrize("said, bound", [
    ("the ratio must not fall below 8%", "min"), ("it may never drop under 8%", "min"),
    ("it shall not be lower than 8%", "min"), ("the ratio is below 8%", "max"), ("it must not exceed 8%", "max"),
])
def test_a_negated_below_is_a_floor(said, bound):
    assert [q.bound for q in extract_quantities(said)] == [bound]


def test_a_floor_restated_in_english_is_not_contradicted():
    assert verdict("A commercial bank's capital adequacy ratio may not drop below eight per cent.", CBL39).verdict \
        != "contradicted"
    assert verdict("A commercial bank's capital adequacy ratio may not rise above eight per cent.", CBL39).verdict \
        == "contradicted"


def test_a_period_in_another_unit_is_the_period_of_the_rate():
    claim = "High-risk models are revalidated at least once every twelve months, medium-risk ones once every 24 months."
    twelve = next(q for q in extract_quantities(claim) if q.value == 12)
    assert period_of_a_rate(twelve, claim, MR26.text)
    assert verdict(claim, MR26).verdict != "contradicted"
    # another count in the rate, or another period, is still a different figure
    assert not period_of_a_rate(twelve, claim.replace("at least once", "three times"), MR26.text)
    assert verdict("Medium-risk models are revalidated at least once every 36 months.", MR26).verdict == "contradicted"


def test_the_party_before_a_sanction_is_the_one_punished():
    assert _duty_pairs("网络运营者拒不改正的，可处五万元罚款。", pronouns=False) == [(None, "permission")]
    assert _duty_pairs("银行工作人员未予拒绝的，应当给予纪律处分。", pronouns=False) == [(None, "obligation")]
    # a body that imposes it still holds it; 予以处分 (disposes of property) is an act of the party's own
    assert _duty_pairs("有关主管部门可以处五万元罚款。", pronouns=False)[0][0] is not None
    assert _duty_pairs("商业银行应当予以处分。", pronouns=False)[0][0] is not None
    claim = "不核验用户真实身份就提供服务的网络运营者，拒不改正的，可处5万元至50万元罚款。"
    assert verdict(claim, CSL64).verdict != "contradicted"


def test_a_duty_restated_of_a_sentence_naming_no_party():
    true = "A non-bank payment institution needs registered capital of at least RMB 100 million, paid in as money."
    assert verdict(true, NBP8).verdict != "contradicted"
    # the sentence that names a party still judges a claim giving its own kind of statement to another
    assert verdict("A non-bank payment institution may raise the minimum registered capital set for it.", NBP8).verdict \
        == "contradicted"


def test_a_fee_charged_to_someone_is_the_opposite_of_free_of_charge():
    from tests.test_claims_round8 import gdpr

    gdpr57 = gdpr(57)  # 3. … shall be free of charge for the data subject …; 4. … may charge a reasonable fee …
    assert verdict("Normally the supervisory authority charges a data subject a fee for dealing with a complaint.",
                   gdpr57).verdict == "contradicted"
    assert verdict("The supervisory authority may not charge the data subject any fee for performing its tasks.",
                   gdpr57).verdict != "contradicted"
    assert verdict("For manifestly unfounded or excessive requests the supervisory authority may charge a reasonable "
                   "fee based on administrative costs.", gdpr57).verdict != "contradicted"


def test_whatever_and_not_only_negate_nothing():
    from assistant.verify.edits import single_edit

    sentence = "员工在职期间和离职后均不得泄露、出售或者非法向他人提供客户信息。"
    assert single_edit("员工不论在职期间还是离职后均不得泄露、出售或者非法向他人提供客户信息。", sentence) is None
    assert single_edit("员工不管在职期间还是离职后均不得泄露、出售或者非法向他人提供客户信息。", sentence) is None
    # a bare 不 before the copied act still negates it
    assert single_edit("员工在职期间和离职后均不得泄露、出售或者非法向他人提供客户信息。".replace("均不得", "均不必"),
                       sentence) is not None


def test_post_remote_is_after_the_fact():
    from assistant.verify.antonyms import opposite_word

    sentence = "7. Before putting into service or using a high-risk AI system at the workplace, deployers shall inform."
    article = sentence + " Deployers shall submit annual reports on their use of post-remote biometric identification systems."
    # a Chinese claim on the English text: the article says "post-" (事后) itself
    assert opposite_word("部署者每年须报告其使用事后远程生物识别系统的情况。", [sentence], article=article) is None


def test_a_chinese_any_of_a_noun_the_english_article_says_any_of():
    from assistant.verify.scope import universal_phrase_across
    from tests.test_claims_round9b import ai_act

    ai23 = ai_act(23)  # 7. Importers shall cooperate … in any action those authorities take …
    sentence = next(line for line in ai23.text.splitlines() if line.startswith("7."))
    claim = "进口商须配合有关主管机关就其投放市场的高风险人工智能系统采取的任何行动，特别是降低该系统带来的风险。"
    assert universal_phrase_across(claim, sentence)
    assert not universal_phrase_across("进口商在任何情况下都须配合主管机关。", sentence)
    assert verdict(claim, ai23).verdict != "contradicted"


def test_a_modal_word_inside_a_condition_frame_binds_nobody():
    claim = "控制者只有在提供了适当保障、且数据主体享有有效法律救济的前提下，才可以向第三国传输个人数据。"
    assert _duty_pairs(claim, pronouns=False) == [("controller", "permission")]
    # the rule after the frame keeps its holder; a frame with no modal word changes nothing
    assert _duty_pairs("在紧急情况下，个人信息处理者应当立即通知个人。", pronouns=False) == [("processor", "obligation")]


def test_always_of_the_very_case_a_sentence_rules_without_exception():
    mr20 = policy_article("policy-model-risk", "第二十条", 20)  # …未完成依法应当完成的安全评估和备案的，不得上线。
    assert verdict("依法应当完成的安全评估和备案没有完成的，一律不得上线。", mr20).verdict != "contradicted"
    # an article that defers to an agreement or another rule still makes 一律 overreach
    esl9 = article("zh/electronic-signature-law-2019.md", "电子签名法", 9, "第九条")  # …另有约定的，从其约定
    assert verdict("数据电文有经发件人授权发送等情形之一的，一律视为发件人发送。", esl9).verdict == "contradicted"


def test_government_departments_are_authorities_and_governments_public_bodies():
    from assistant.lexis.parties import actors_in

    assert actors_in("government departments at provincial level", subjects_only=False) == ["authority"]
    assert actors_in("the Member States' governments", subjects_only=False) == ["state"]
    csl56 = article("zh/cybersecurity-law-2025-amended.md", "网络安全法", 56, "第五十六条")  # 省级以上人民政府有关部门应当…
    cpl31 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 31, "第三十一条")  # 各级人民政府应当加强监督
    assert verdict("When cybersecurity risks grow, government departments at provincial level or above must issue risk "
                   "warnings to the public.", csl56).verdict != "contradicted"
    assert verdict("Governments at every level must strengthen supervision and stop conduct endangering consumers' "
                   "safety in time.", cpl31).verdict != "contradicted"
    # a business given the governments' duty is still the wrong party
    assert verdict("Businesses must strengthen supervision and stop conduct endangering consumers' safety in time.",
                   cpl31).verdict == "contradicted"
