"""Verifier round 9b (issue 11): "May" the month is no modal verb; 终身 (for life) licenses "never again"; a derogation
("By derogation from …, … shall not be considered … where …") excepts its cases as "unless" does; a negated verb other
than the clause's modal one; a party noun the article nowhere uses (actors.py); the State Council as the one who lays
down rules (由国务院规定). Real clause texts from the shared corpus; the claims are written for these tests."""

import pytest

from assistant.settings import SHARED_REGULATIONS
from assistant.verify.modality import modal_classes
from tests.test_claims_round8 import article, gdpr, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")


def ai_act(article_no: int):
    """One article of the AI Act extract, cut like gdpr() cuts the GDPR."""
    lines = (SHARED_REGULATIONS / "en/eu-ai-act-2024-chapter3-annex3.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"### Article {article_no} "))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("#"))
    body = "\n".join(lines[start + 1 : end]).strip()
    return gdpr(article_no).model_copy(update={"chunk_id": f"aiact:{article_no}:0", "doc_id": "eu-ai-act-2024-chapter3-annex3",
                                               "law": "AI Act", "short_title": "AI Act",
                                               "text": f"Article {article_no}\n{body}"})


AI6 = ai_act(6)  # 3. By derogation from paragraph 2, … shall not be considered to be high-risk where …
GDPR52 = gdpr(52)  # 1. Each supervisory authority shall act with complete independence …
GDPR94 = gdpr(94)  # repealed with effect from 25 May 2018
CSL66 = article("zh/cybersecurity-law-2025-amended.md", "网络安全法", 66, "第六十六条")  # 终身不得从事…
DSL22 = article("zh/data-security-law-2021.md", "数据安全法", 22, "第二十二条")  # 国家建立…机制
NDSR40 = article("zh/network-data-security-regulation-2024.md", "网络数据安全管理条例", 40, "第四十条")
PBOC12 = article("zh/pboc-law-2003.md", "中国人民银行法", 12, "第十二条")  # 由国务院规定


def test_the_month_may_is_no_permission():
    assert modal_classes("Directive 95/46/EC is repealed with effect from 25 May 2018.") == []
    assert modal_classes("as from May 2018 the rules apply") == []
    assert [c for _, c in modal_classes("the safeguards referred to in paragraph 1 may be provided")] == ["permission"]
    assert verdict("References to Directive 95/46/EC, repealed from 25 May 2018, are read as references to the GDPR.",
                   GDPR94).verdict == "supported"


def test_a_lifelong_ban_licenses_never_again():
    claim = "A person who has received a criminal penalty for breaching Article 29 can never again hold a key post in network operation."
    assert verdict(claim, CSL66).verdict != "contradicted"


@pytest.mark.parametrize("false, true, clause", [
    # the case a derogation takes out of the rule, claimed to be covered "even where"
    ("An AI system referred to in Annex III counts as high-risk even where it poses no significant risk of harm to health, "
     "safety or fundamental rights.",
     "An AI system referred to in Annex III does count as high-risk where it performs profiling of natural persons.", AI6),
    # a negated verb where the clause states it (with another verb or a modal one)
    ("Supervisory authorities do not act with complete independence in performing their tasks.",
     "Each supervisory authority acts with complete independence in performing its tasks.", GDPR52),
    ("国家不建立集中统一的数据安全风险评估机制。", "国家建立集中统一、高效权威的数据安全风险评估、报告、信息共享、监测预警机制。", DSL22),
    # a party the article does not name, where it names the one bound
    ("智能终端销售者应当通过平台规则或者合同等明确接入其平台的第三方产品和服务提供者的网络数据安全保护义务。",
     "网络平台服务提供者应当通过平台规则或者合同等明确接入其平台的第三方产品和服务提供者的网络数据安全保护义务。", NDSR40),
    # the State Council lays the committee's rules down, not the central bank
    ("货币政策委员会的职责、组成和工作程序由中国人民银行规定。", "货币政策委员会的职责、组成和工作程序由国务院规定。", PBOC12),
])
def test_the_false_claim_is_contradicted_and_its_true_twin_passes(false, true, clause):
    assert verdict(false, clause).verdict == "contradicted"
    assert verdict(true, clause).verdict != "contradicted"


def test_the_article_s_party_in_other_words_is_no_unnamed_party():
    # 受理投诉的机构 (征信业管理条例第二十六条) named 受理机构: the article's party, said otherwise
    credit26 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 26, "第二十六条")
    assert verdict("信息主体认为信息提供者侵害其合法权益的，可以投诉，受理机构应当及时进行核查和处理。", credit26).verdict != "contradicted"
