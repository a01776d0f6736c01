"""Verifier round 15 (issue 11, false alarms): true claims the checks contradicted. A modal verb's sub-clause continues
past an inserted phrase ("shall without undue delay and, where feasible, …, notify …"); 由 + a regulator's full name
(国务院银行业监督管理机构 holds 监督, a verb of doing); 接受X的监督管理 makes X the supervisor, not the one acted on; a law's
name (中国人民银行法, "the PBOC Law") names no party. Real clause texts from the corpus; the claims are written for these
tests."""

import pytest

from assistant.lexis.parties import actors_in, objects_in
from assistant.settings import SHARED_REGULATIONS
from assistant.verify.actors.holders import _duty_pairs
from tests.test_claims_round8 import article, gdpr, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

GDPR33 = gdpr(33)  # 1. the controller shall … notify …; 2. The processor shall notify the controller …
BSL46 = article("zh/banking-supervision-law-2006.md", "银行业监督管理法", 46, "第四十六条")  # 由国务院银行业监督管理机构责令改正
CBL10 = article("zh/commercial-bank-law-2015.md", "商业银行法", 10, "第十条")  # 接受国务院银行业监督管理机构的监督管理
PBOC52 = article("zh/pboc-law-2003.md", "中国人民银行法", 52, "第五十二条")  # 本法所称银行业金融机构 …


@pytest.mark.parametrize("claim, clause", [
    ("Without undue delay and where feasible within 72 hours, the controller has to notify a data breach to the "
     "supervisory authority.", GDPR33),
    ("A bank that fails to disclose information as required is ordered by the banking regulator to correct it and "
     "fined RMB 200,000 to 500,000.", BSL46),
    ("Commercial banks are supervised by the banking regulator of the State Council.", CBL10),
    ("Under the PBOC Law, policy banks count as banking financial institutions.", PBOC52),
])
def test_the_true_claim_is_not_contradicted(claim, clause):
    assert verdict(claim, clause).verdict != "contradicted"


@pytest.mark.parametrize("claim, clause", [
    ("The processor has to notify a data breach to the supervisory authority within 72 hours.", GDPR33),
    ("A bank that fails to disclose information as required is ordered by the People's Bank of China to correct it "
     "and fined RMB 200,000 to 500,000.", BSL46),
    ("A bank that fails to disclose information as required is fined RMB 300,000 to 800,000.", BSL46),
])
def test_the_false_claim_is_contradicted(claim, clause):
    assert verdict(claim, clause).verdict == "contradicted"


def test_the_party_after_you_is_named_whole():
    # 监督 ends the pattern's verbs too early; the whole name is the regulator, not a bank (银行业)
    assert _duty_pairs("由国务院银行业监督管理机构责令改正") == [("authority:banking", "obligation")]


def test_the_one_whose_oversight_is_accepted_is_not_acted_on():
    assert "authority:banking" not in objects_in("商业银行依法接受国务院银行业监督管理机构的监督管理")
    assert "authority:banking" in objects_in("应当向国务院银行业监督管理机构报告")
    assert objects_in("对银行业金融机构的监督管理") != []  # oversight of the banks: they are acted on


def test_a_law_named_after_a_party_names_no_party():
    assert "authority:pboc" not in actors_in("For the PBOC Law, policy banks are banking institutions.", subjects_only=False)
    assert "authority:pboc" not in actors_in("依照中国人民银行法的规定", subjects_only=False)
    assert "authority:pboc" in actors_in("中国人民银行依法监督", subjects_only=False)
    assert "authority:pboc" in actors_in("The PBOC shall supervise", subjects_only=False)


# --- the regulators by their current names ---------------------------------------------------------------------------

CSL9 = article("zh/cybersecurity-law-2025-amended.md", "网络安全法", 9, "第九条")  # 国家网信部门负责统筹协调…；公安部门…负责…
NDS34 = article("zh/network-data-security-regulation-2024.md", "网络数据安全管理条例", 34, "第三十四条")  # 国家网信部门统筹协调…
PAY44 = article("zh/non-bank-payment-regulation-2023.md", "非银行支付机构监督管理条例", 44, "第四十四条")  # 中国人民银行可以…


@pytest.mark.parametrize("claim, clause", [
    ("The Ministry of Public Security coordinates cybersecurity work nationwide and the related supervision.", CSL9),
    ("数据出境安全管理专项工作机制由国家数据局会同有关部门建立。", NDS34),
    ("支付机构出现风险事件损害用户权益的，金融监管总局可以责令其主要股东补充资本。", PAY44),
])
def test_a_regulator_named_by_its_current_name_is_told_apart(claim, clause):
    assert verdict(claim, clause).verdict == "contradicted"


@pytest.mark.parametrize("claim, clause", [
    ("The cyberspace administration coordinates cybersecurity work nationwide and the related supervision.", CSL9),
    ("银行拒绝现场检查的，由国家金融监督管理总局责令改正，并处二十万元以上五十万元以下罚款。", BSL46),
])
def test_the_same_regulator_by_its_current_name_agrees(claim, clause):
    assert verdict(claim, clause).verdict != "contradicted"


# --- "is the party obliged to"; kept separately / together ------------------------------------------------------------

GDPR35 = gdpr(35)  # 1. … the controller shall, prior to the processing, carry out an assessment …
GDPR4 = gdpr(4)  # (5) 'pseudonymisation' … provided that such additional information is kept separately …


def test_a_role_noun_before_obliged_names_the_duty_holder():
    assert verdict("Under the GDPR the data protection officer is the one required to carry out the impact assessment "
                   "before high-risk processing.", GDPR35).verdict == "contradicted"
    assert verdict("Under the GDPR the controller is the one required to carry out the impact assessment before "
                   "high-risk processing.", GDPR35).verdict != "contradicted"


def test_kept_together_is_the_opposite_of_kept_separately():
    assert verdict("Pseudonymised data stay pseudonymised only if the additional information is kept together with "
                   "them.", GDPR4).verdict == "contradicted"
    assert verdict("Pseudonymised data stay pseudonymised only if the additional information is kept separately "
                   "under technical and organisational measures.", GDPR4).verdict != "contradicted"


# --- dates; a case's figure across languages; mandatory against voluntary ----------------------------------------------

from assistant.verify.dates import dates_in, other_date  # noqa: E402

PIPL74 = article("zh/pipl-2021.md", "个人信息保护法", 74, "第七十四条")  # 本法自2021年11月1日起施行
GDPR84 = gdpr(84)  # 2. Each Member State shall notify … by 25 May 2018 …
GDPR42 = gdpr(42)  # 3. The certification shall be voluntary …


def test_dates_are_read_in_both_languages():
    assert dates_in("本法自2021年11月1日起施行。") == {(2021, 11, 1)}
    assert dates_in("by 25 May 2018, and on May 25, 2018; in August 2024") == {(2018, 5, 25), (2024, 8, 0)}
    assert other_date("The law took effect in November 2021.", PIPL74.text) == ""  # a month of the year agrees
    assert other_date("Article 74 sets no date.", PIPL74.text) == ""


@pytest.mark.parametrize("claim, clause", [
    ("The PIPL has applied since 1 October 2021.", PIPL74),
    ("个人信息保护法自2021年9月1日起施行。", PIPL74),
    ("Member States had to notify their penalty rules to the Commission by 25 May 2019.", GDPR84),
    ("Certification under the GDPR is mandatory for controllers.", GDPR42),
])
def test_the_false_claim_of_a_date_or_an_opposite_is_contradicted(claim, clause):
    assert verdict(claim, clause).verdict == "contradicted"


@pytest.mark.parametrize("claim, clause", [
    ("The PIPL has applied since 1 November 2021.", PIPL74),
    ("Member States had to notify their penalty rules to the Commission by 25 May 2018.", GDPR84),
    ("Certification under the GDPR is voluntary.", GDPR42),
])
def test_the_true_claim_of_a_date_or_a_word_is_not_contradicted(claim, clause):
    assert verdict(claim, clause).verdict != "contradicted"


def test_an_english_claim_gives_a_case_its_own_figure():
    from assistant.verify.cases import figure_of_another_case

    items = "第十九条 信息系统日志的保存期限按照下列规定执行：\n（二）核心业务系统操作日志和客户信息访问日志，保存三年；\n（三）征信查询系统日志，保存五年。"
    assert figure_of_another_case("Credit query system logs are kept for three years.", items, ("征信", "查询", "日志"))
    assert not figure_of_another_case("Credit query system logs are kept for five years.", items, ("征信", "查询", "日志"))
    assert not figure_of_another_case("Credit query system logs are kept for three years.", items)  # no bridge, no case


# --- a list in an English subject ---------------------------------------------------------------------------------------

def test_the_party_a_listed_subject_opens_with_holds_the_duty():
    from tests.test_claims_round14 import eu

    ai49 = eu("en/eu-ai-act-2024-chapter3-annex3.md", 49)  # 3. … deployers that are public authorities, …, bodies, offices
    sentence = ("deployers that are public authorities, Union institutions, bodies, offices or agencies or persons acting "
                "on their behalf shall register themselves")
    assert _duty_pairs(sentence) == [("deployer", "obligation")]
    assert verdict("Before a public authority uses a high-risk AI system listed in Annex III, the provider must register "
                   "that use in the EU database for it.", ai49).verdict == "contradicted"
    assert verdict("Before a public authority uses a high-risk AI system listed in Annex III, the authority as deployer "
                   "must register itself and that use in the EU database.", ai49).verdict != "contradicted"


# --- past-tense modal verbs of a transitional rule --------------------------------------------------------------------

CBL17 = article("zh/commercial-bank-law-2015.md", "商业银行法", 17, "第十七条")  # …可以继续沿用原有的规定


def test_past_tense_modal_verbs_are_read():
    assert verdict("Banks set up before the Commercial Banking Law whose structure did not match the Company Law could "
                   "not keep their old arrangements and had to restructure.", CBL17).verdict == "contradicted"
    assert verdict("Banks set up before the Commercial Banking Law whose structure did not fully match the Company Law "
                   "could keep their old arrangements.", CBL17).verdict != "contradicted"
