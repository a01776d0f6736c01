"""Verifier round 17 (issue 11): three readings that contradicted true claims. A range of a fine is one figure, judged by
the case its words name (in English, by the Chinese words of the range's own words, not of the whole claim); 没 is a
negator as 未 is (没按合同履行 = 未按照合同履行); under 国家鼓励 the option is the encouraged party's, not the State's.
Real clause texts from the corpus; the claims are written for these tests."""

import pytest

from assistant.settings import SHARED_REGULATIONS
from assistant.verify.actors.holders import _duty_pairs
from assistant.verify.cases import figure_of_another_case
from tests.test_claims_round8 import article, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

AML54 = article("zh/aml-law-2024.md", "反洗钱法", 54, "第五十四条")  # 处五十万元以下罚款；情节严重的，处五十万元以上五百万元以下罚款
PAY54 = article("zh/non-bank-payment-regulation-2023.md", "非银行支付机构监督管理条例", 54, "第五十四条")
CRR44 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 44, "第四十四条")  # …未按照合同履行义务的信息
CSL33 = article("zh/cybersecurity-law-2025-amended.md", "网络安全法", 33, "第三十三条")  # 国家鼓励…网络运营者自愿参与…


@pytest.mark.parametrize("claim, clause", [
    # the serious case's range, named after it in English
    ("A financial institution that opens anonymous or pseudonymous accounts can be fined up to RMB 500,000, and "
     "RMB 500,000 to 5 million where the case is serious.", AML54),
    # the range's case is the sub-clause it stands in (没有违法所得), not the subject the article's lead sentence shares
    ("支付机构的控股股东通过委托他人持股规避监管的，责令限期改正、警告、通报批评，没有违法所得的并处10万到50万元罚款。", PAY54),
    ("金融机构开立匿名账户的，处五十万元以下罚款；情节严重的，处五十万元以上五百万元以下罚款。", AML54),
])
def test_a_range_of_its_own_case_is_not_contradicted(claim, clause):
    assert verdict(claim, clause).verdict != "contradicted"


def test_the_range_of_the_serious_case_given_to_the_plain_case_is_contradicted():
    # no "where serious": the claim's own words are the lead sentence's case, which caps the fine at 五十万元
    claim = "A financial institution that opens anonymous accounts can be fined RMB 500,000 to 5 million."
    assert verdict(claim, AML54).verdict == "contradicted"
    from assistant.lexis.lexicon import load_lexicon

    found = figure_of_another_case(claim, AML54.text, load_lexicon().chinese_words)
    assert [q.claim.value for q in found] == [5_000_000]


def test_mei_for_wei_is_no_dropped_negation():
    assert verdict("不良信息包括信息主体在借贷、使用信用卡等活动中没按合同履约的信息，也包括对他的行政处罚信息。",
                   CRR44).verdict != "contradicted"
    # the negation really dropped is still found
    assert verdict("不良信息包括信息主体在借贷、使用信用卡等活动中按合同履约的信息，也包括对他的行政处罚信息。",
                   CRR44).verdict == "contradicted"


def test_the_encouraged_party_holds_the_option():
    assert _duty_pairs("国家鼓励关键信息基础设施以外的网络运营者自愿参与关键信息基础设施保护体系。") == [("operator", "permission")]
    assert verdict("Network operators outside critical information infrastructure are encouraged to join the CII "
                   "protection system voluntarily.", CSL33).verdict != "contradicted"
    # made a duty, it is still contradicted (modality)
    assert verdict("关键信息基础设施以外的网络运营者应当参与关键信息基础设施保护体系。", CSL33).verdict == "contradicted"


# --- a universal word over a noun the clause names only by the kinds it lists ------------------------------------------

CIIO32 = article("zh/ciio-security-regulation-2021.md", "关键信息基础设施安全保护条例", 32, "第三十二条")  # 能源、电信行业应当…
CPL47 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 47, "第四十七条")  # 中国消费者协会以及在省…设立的消费者协会


@pytest.mark.parametrize("claim, clause", [
    ("所有行业的关键信息基础设施运营者都负有为其他行业的关基安全运行提供重点保障的义务。", CIIO32),
    ("对侵害众多消费者权益的行为，任何一级消费者协会都可以向法院提起诉讼。", CPL47),  # 一级 is a measure word, not the noun
])
def test_all_of_a_noun_the_clause_lists_kinds_of_is_contradicted(claim, clause):
    assert verdict(claim, clause).verdict == "contradicted"


@pytest.mark.parametrize("claim, clause", [
    ("能源、电信行业应当为其他行业的关基安全运行提供重点保障。", CIIO32),
    ("对侵害众多消费者权益的行为，中国消费者协会和省级消费者协会可以向法院起诉。", CPL47),
])
def test_the_listed_kinds_themselves_are_not_contradicted(claim, clause):
    assert verdict(claim, clause).verdict != "contradicted"


# --- a thing put on the other side of the class a clause bounds (membership.py) ----------------------------------------

PIPL4 = article("zh/pipl-2021.md", "个人信息保护法", 4, "第四条")  # 个人信息是…各种信息，不包括匿名化处理后的信息
ESL2 = article("zh/electronic-signature-law-2019.md", "电子签名法", 2, "第二条")  # 数据电文，是指以电子、光学、磁…手段生成…的信息


@pytest.mark.parametrize("claim, clause", [
    ("匿名化处理后的信息仍属于个保法所称的个人信息。", PIPL4),
    ("个人信息也包括匿名化处理后的信息。", PIPL4),
    ("以光学、磁手段生成或者储存的信息，不属于电子签名法所称的数据电文。", ESL2),
])
def test_a_thing_put_on_the_other_side_of_the_bound_is_contradicted(claim, clause):
    assert verdict(claim, clause).verdict == "contradicted"


@pytest.mark.parametrize("claim, clause", [
    ("匿名化处理后的信息不属于个人信息。", PIPL4),
    ("个人信息不包括匿名化处理后的信息。", PIPL4),
    ("以光学、磁手段生成或者储存的信息也属于数据电文。", ESL2),
    ("数据电文是指以电子、光学、磁或者类似手段生成、发送、接收或者储存的信息。", ESL2),
])
def test_the_same_side_is_not_contradicted(claim, clause):
    assert verdict(claim, clause).verdict != "contradicted"


# --- 由 names the agent, whoever it is (absent_parties.py) --------------------------------------------------------------

PBOC39 = article("zh/pboc-law-2003.md", "中国人民银行法", 39, "第三十九条")  # 中国人民银行的亏损由中央财政拨款弥补


def test_a_party_the_article_does_not_name_as_the_agent_is_contradicted():
    # 银行 inside 中国人民银行 names no commercial bank
    assert verdict("人民银行的亏损由各商业银行按比例分摊弥补。", PBOC39).verdict == "contradicted"
    assert verdict("人民银行的亏损由中央财政拨款弥补。", PBOC39).verdict != "contradicted"


@pytest.mark.parametrize("claim, contradicted", [
    ("Anonymised information still counts as personal information under the PIPL.", True),
    ("Personal information includes anonymised information.", True),
    ("Personal information does not include anonymised information.", False),
    ("Anonymised information is no longer treated as personal information.", False),
])
def test_an_english_claim_on_the_bound_of_a_chinese_class(claim, contradicted):
    assert (verdict(claim, PIPL4).verdict == "contradicted") == contradicted
