"""Verifier round 13 (issue 11 items 2 and 5): dropped negations and plain statements (denials.py), acts a plain ban governs
(banned_acts.py), both / either of the conditions and "the day following" (antonyms.py), a negated case (尚不构成犯罪的，…)
that is no denial, 由 naming the party that acts (roles.py), month-end deadlines (quantities.py), a ban on the very verb a
sentence requires (subclauses.py). Real clause texts from the corpus; the claims are written for these tests."""

import pytest

from assistant.lexis.quantities import extract_quantities
from assistant.settings import SHARED_REGULATIONS
from assistant.verify.banned_acts import allows_what_is_banned
from assistant.verify.denials import _affirms_what_is_negated, _frees_what_is_stated, _without_cases_zh
from tests.test_claims_round8 import article, gdpr, verdict
from tests.test_claims_round9b import ai_act
from tests.test_claims_round12 import policy_article

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

PBOC42 = article("zh/pboc-law-2003.md", "中国人民银行法", 42, "第四十二条")  # 构成犯罪的…；尚不构成犯罪的，由公安机关处…
PBOC39 = article("zh/pboc-law-2003.md", "中国人民银行法", 39, "第三十九条")  # 净利润，全部上缴中央财政
CBL64 = article("zh/commercial-bank-law-2015.md", "商业银行法", 64, "第六十四条")  # 债权债务关系不因接管而变化
CIIO27 = article("zh/ciio-security-regulation-2021.md", "关键信息基础设施安全保护条例", 27, "第二十七条")  # 检查工作不得收取费用
BSL5 = article("zh/banking-supervision-law-2006.md", "银行业监督管理法", 5, "第五条")  # …社会团体和个人不得干涉
ESL13 = article("zh/electronic-signature-law-2019.md", "电子签名法", 13, "第十三条")  # 同时符合下列条件的
ESL27 = article("zh/electronic-signature-law-2019.md", "电子签名法", 27, "第二十七条")  # …造成损失的，承担赔偿责任
ESL32 = article("zh/electronic-signature-law-2019.md", "电子签名法", 32, "第三十二条")  # 给他人造成损失的，依法承担民事责任
CRR16 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 16, "第十六条")  # 保存期限…5年；超过5年的，应当予以删除
CPL32 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 32, "第三十二条")  # 有关行政部门应当听取…意见
RR6 = policy_article("policy-record-retention", "第六条", 6)  # 纸质档案于次年六月底前移交档案室
CSL31 = article("zh/cybersecurity-law-2025-amended.md", "cybersecurity-law-2025-amended", 31, "第三十一条")  # 国家支持…合作
ALG23 = article("zh/algorithm-recommendation-provisions-2021.md", "互联网信息服务算法推荐管理规定", 23, "第二十三条")  # 会同
GDPR92, GDPR33 = gdpr(92), gdpr(33)
AI7 = ai_act(7)  # where both of the following conditions are fulfilled


@pytest.mark.parametrize("claim, clause", [
    ("被接管的商业银行，其债权债务关系因接管而变化。", CBL64),
    ("开展关键信息基础设施网络安全检查的部门可以收取费用。", CIIO27),
    ("有关部门开展检查时，可以要求被检查单位购买指定品牌的产品和服务。", CIIO27),
    ("社会团体可以干涉银行业监督管理人员依法履行职责。", BSL5),
    ("电子签名符合下列条件之一的，即视为可靠的电子签名。", ESL13),
    ("不良信息保存期限满5年后，征信机构应当继续保存该信息。", CRR16),
    ("纸质档案须于次年三月底前移交档案室。", RR6),
    ("中国人民银行的净利润可以自行留存，无需上缴中央财政。", PBOC39),
    ("电子签名人知悉电子签名制作数据已经失密但未及时告知有关各方，给电子签名依赖方造成损失的，不承担赔偿责任。", ESL27),
    ("伪造他人的电子签名给他人造成损失的，只承担刑事责任，不承担民事责任。", ESL32),
    ("A revocation decision takes effect on the day before its publication in the Official Journal of the European Union.",
     GDPR92),
    ("The Commission may add use-cases to Annex III where either of the following conditions is fulfilled.", AI7),
    ("The controller shall not document any personal data breaches.", GDPR33),
    ("国家禁止网络运营者之间在网络安全信息收集、分析、通报和应急处置等方面进行合作。", CSL31),
    ("算法分级分类安全管理制度由网信部门单独建立，无需会同其他部门。", ALG23),
])
def test_turned_around_without_a_modal_opposite_is_contradicted(claim, clause):
    assert verdict(claim, clause).verdict == "contradicted"


@pytest.mark.parametrize("claim, clause", [
    # 尚不构成犯罪的 is the case beside 构成犯罪的, not a denial of it
    ("变造人民币尚不构成犯罪的，由公安机关处十五日以下拘留、一万元以下罚款。", PBOC42),
    ("被接管商业银行的债权债务关系，不会因为接管而变化。", CBL64),
    # a plain negation before 任何 restates the ban
    ("关键信息基础设施网络安全检查工作不收取任何费用。", CIIO27),
    ("地方政府不得干涉银行业监督管理机构依法履行监督管理职责。", BSL5),
    ("电子签名同时符合下列条件的，视为可靠的电子签名。", ESL13),
    ("征信机构对个人不良信息的保存期限为5年，超过5年的应当删除。", CRR16),
    ("纸质档案应在次年6月底前移交档案室。", RR6),
    ("中国人民银行的亏损由中央财政拨款弥补。", PBOC39),
    ("盗用他人电子签名，构成犯罪的，依法追究刑事责任。", ESL32),
    # 由 names who acts: the authority, not the consumers whose opinions it hears
    ("对消费者协会等组织就经营者交易行为提出的意见，应当由有关行政部门听取并及时调查处理。", CPL32),
    ("A revocation decision takes effect on the day after its publication in the Official Journal of the European Union, "
     "or on a later date specified in it.", GDPR92),
    ("国家支持网络运营者之间开展网络安全信息收集、分析、通报和应急处置合作。", CSL31),
    ("网信部门会同电信、公安、市场监管等有关部门建立算法分级分类安全管理制度。", ALG23),
    ("The controller shall document any personal data breaches, including the facts, the effects and the remedial action "
     "taken.", GDPR33),
])
def test_faithful_paraphrases_are_not_contradicted(claim, clause):
    assert verdict(claim, clause).verdict != "contradicted"


def test_a_ban_with_its_own_condition_or_a_verb_allowed_elsewhere_is_no_plain_ban():
    # 未经…批准…不得: a claim may restate the permission the condition gives
    conditional = "未经批准，任何个人和组织不得对关键信息基础设施实施渗透性测试。"
    assert allows_what_is_banned("经批准后，可以对关键信息基础设施实施渗透性测试。", conditional) == ""
    # the verb the article also allows ("可以收取…服务费") is no plain ban's
    both = "检查工作不得收取费用。提供技术服务的机构可以收取合理的服务费用。"
    assert allows_what_is_banned("有关部门可以收取检查费用。", both) == ""
    assert allows_what_is_banned("有关部门可以收取检查费用。", "检查工作不得收取费用。") != ""


def test_cases_are_read_apart_from_what_is_stated():
    assert _without_cases_zh("给他人造成损失的，依法承担民事责任。") == "依法承担民事责任。"
    # an article that also exempts the act speaks of it both ways: the claim may restate the exemption
    assert _frees_what_is_stated("电子签名人无需承担赔偿责任。", "电子签名人有过错的，承担赔偿责任；没有过错的，不承担赔偿责任。") == ""
    # a claim with a negation of its own does not drop the clause's
    assert _affirms_what_is_negated("债权债务关系并不因接管而变化。", CBL64.text) == ""


def test_a_month_end_is_a_deadline_of_its_own_kind():
    (q,) = extract_quantities("纸质档案于次年六月底前移交档案室")
    assert (q.value, q.unit) == (6.0, "month_end")
    assert [(q.value, q.unit) for q in extract_quantities("三个月内")] == [(3.0, "month")]
