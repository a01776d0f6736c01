"""Verifier round 14 (issue 11 items 2 and 5): authorities and parties a claim names that the article never names
(absent_parties.py), an approval the article requires that a claim waives (approvals.py), whose instructions a duty is
performed under (governing_party.py), a power a list's lead-in gives to each item, an English claim's condition read apart
from its rule, the alternatives of one English sentence with their own figures (cases.py), and a Chinese claim on the AI Act
tied to its sentences through the EU texts' heading words. Real clause texts from the corpus; the claims are written for
these tests."""

import pytest

from assistant.settings import SHARED_REGULATIONS
from assistant.verify.absent_parties import absent_party_across, unnamed_authority
from assistant.verify.approvals import waives_required_approval
from assistant.verify.cases import figure_of_another_case
from assistant.verify.governing_party import other_governing_party
from tests.test_claims_round8 import GDPR33, article, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

CIIO21 = article("zh/ciio-security-regulation-2021.md", "关键信息基础设施安全保护条例", 21, "第二十一条")  # 报告保护工作部门
CSL74 = article("zh/cybersecurity-law-2025-amended.md", "网络安全法", 74, "第七十四条")  # 由其上级机关或者有关机关责令改正
CREDIT29 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 29, "第二十九条")  # 从事信贷业务的机构应当…
CREDIT24 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 24, "第二十四条")  # …的整理、保存和加工，应当…
PIPL29 = article("zh/pipl-2021.md", "个人信息保护法", 29, "第二十九条")  # 处理敏感个人信息应当取得个人的单独同意 (no party)
PIPL43 = article("zh/pipl-2021.md", "个人信息保护法", 43, "第四十三条")  # 歧视性的禁止、限制…措施的，…可以…
PIPL57 = article("zh/pipl-2021.md", "个人信息保护法", 57, "第五十七条")  # …可以不通知个人；…有权要求…通知个人
PBOC34 = article("zh/pboc-law-2003.md", "中国人民银行法", 34, "第三十四条")  # 经国务院批准，有权…检查监督
PAY39 = article("zh/non-bank-payment-regulation-2023.md", "非银行支付机构监督管理条例", 39, "第三十九条")  # 有权采取下列措施


def eu(path: str, article_no: int):
    """One article of an English EU text, cut as the index cuts it."""
    lines = (SHARED_REGULATIONS / path).read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"### Article {article_no} "))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("#"))
    body = "\n".join(lines[start + 1 : end]).strip()
    doc = "gdpr" if "gdpr" in path else "eu-ai-act-2024-chapter3-annex3"
    return GDPR33.__class__(**{**GDPR33.__dict__, "chunk_id": f"{doc}:{article_no}:0", "doc_id": doc,
                               "article": article_no, "label": f"Article {article_no}", "text": f"Article {article_no}\n{body}"})


GDPR75 = eu("en/gdpr.md", 75)  # the secretariat … under the instructions of the Chair of the Board
AI24 = eu("en/eu-ai-act-2024-chapter3-annex3.md", 24)  # a distributor … shall not make it available
AI30 = eu("en/eu-ai-act-2024-chapter3-annex3.md", 30)  # two weeks (accreditation certificate) / two months (evidence)


@pytest.mark.parametrize("claim, clause", [
    ("运营者发生分立的，应当及时报告国家网信部门，并按照其要求进行处置。", CIIO21),
    ("国家机关政务网络的运营者不履行网络安全保护义务的，由人民法院责令改正。", CSL74),
    ("Credit reporting agencies shall provide credit data to the financial credit information basic database.", CREDIT29),
    ("对我国采取歧视性禁止措施的国家，中华人民共和国应当对其对等采取措施。", PIPL43),
    ("出现支付困难时，中国人民银行无需经国务院批准即可对银行业金融机构进行检查监督。", PBOC34),
    ("The PBOC has no power to seal up documents that may be transferred or hidden.", PAY39),
    ("Where a personal information handler can effectively avoid harm from the leak, the departments performing "
     "personal information protection duties have no power to require it to notify individuals.", PIPL57),
    ("The Board's secretariat shall act exclusively under the instructions of the Commission.", GDPR75),
    ("分销商认为高风险人工智能系统不符合要求的，可以将其投放市场。", AI24),
    ("With an accreditation certificate, a conformity assessment body may act as a notified body if no objection is "
     "raised within two months of the notification.", AI30),
])
def test_the_false_claim_is_contradicted(claim, clause):
    assert verdict(claim, clause).verdict == "contradicted"


@pytest.mark.parametrize("claim, clause", [
    ("运营者发生合并的，应当及时报告保护工作部门，并按照保护工作部门的要求进行处置。", CIIO21),
    ("政务网络运营者不履行网络安全保护义务的，由其上级机关或者有关机关责令改正。", CSL74),
    ("Institutions engaged in credit business shall provide credit data to the financial credit information basic "
     "database as required.", CREDIT29),
    ("A bank must obtain the individual's separate consent to process sensitive personal information.", PIPL29),
    ("征信机构在中国境内采集的信息，其整理、保存和加工应当在中国境内进行。", CREDIT24),
    ("对我国采取歧视性的禁止措施的国家，中华人民共和国可以根据实际情况对其对等采取措施。", PIPL43),
    ("出现支付困难时，中国人民银行经国务院批准，有权对银行业金融机构进行检查监督。", PBOC34),
    ("The PBOC has the power to enter the places where suspected violations occurred to collect evidence.", PAY39),
    ("If the handler's measures can effectively avoid harm, it may choose not to notify individuals.", PIPL57),
    ("The Board's secretariat shall act exclusively under the instructions of the Chair of the Board.", GDPR75),
    ("分销商认为高风险人工智能系统不符合要求的，不得将其投放市场。", AI24),
    ("With an accreditation certificate, a conformity assessment body may act as a notified body if no objection is "
     "raised within two weeks of the notification.", AI30),
])
def test_the_true_claim_is_not_contradicted(claim, clause):
    assert verdict(claim, clause).verdict != "contradicted"


def test_an_authority_the_article_names_in_other_words_is_no_absent_one():
    assert unnamed_authority("由央行责令改正。", "由中国人民银行责令改正。") is None  # 央行: the lexicon's short name
    assert unnamed_authority("应当报告公安机关。", CIIO21.text) is not None
    assert absent_party_across("Banks must obtain separate consent.", PIPL29.text) is None  # PIPL 29 names no party
    assert absent_party_across("Individuals may object.", CREDIT29.text) is None  # the individual goes by many words


def test_an_approval_restated_as_a_condition_is_not_waived():
    assert waives_required_approval("中国人民银行无需国务院批准即可检查监督。", PBOC34.text)
    assert not waives_required_approval("未经国务院批准，中国人民银行不得检查监督。", PBOC34.text)
    assert not waives_required_approval("Without the State Council's approval, the PBOC may not inspect banks.", PBOC34.text)
    assert waives_required_approval("The PBOC may inspect banks without the State Council's approval.", PBOC34.text)


def test_a_governing_party_is_compared_only_with_the_same_phrase():
    assert other_governing_party("It acts under the instructions of the Chair of the Board.", GDPR75.text) == ""
    assert other_governing_party("It takes no instructions from anybody.", GDPR75.text) == ""
    assert other_governing_party("It acts at the request of the Commission.", GDPR75.text) == ""  # no "request of" there


def test_each_alternative_of_one_sentence_keeps_its_figure():
    assert figure_of_another_case("Where the notification includes an accreditation certificate, objections must be "
                                  "raised within two months.", AI30.text)
    assert not figure_of_another_case("Where the notification includes documentary evidence, objections must be raised "
                                      "within two months.", AI30.text)


def test_an_authority_an_english_claim_names_must_be_named_by_the_chinese_article():
    from assistant.verify.absent_parties import absent_authority_across

    assert absent_authority_across("The operator must report the merger to the public security organs.", CIIO21.text)
    assert absent_authority_across("The PBOC may inspect the bank once the State Council approves.", PBOC34.text) is None
    # a law's name is no authority; "commission" as a verb is no EU Commission
    assert absent_authority_across("Under the People's Bank of China Law, operators must report mergers.", CIIO21.text) is None
    assert absent_authority_across("A handler may commission an auditor.", PIPL29.text) is None


def test_the_agent_of_a_penalty_clause_with_no_modal_verb():
    # 由…给予 with no modal verb (the penalty clauses' drafting, 消费者权益保护法第六十一条): an English claim giving the act
    # to a party the article nowhere names is caught; the party it names passes
    clause = ("第六十一条 国家机关工作人员玩忽职守或者包庇经营者侵害消费者合法权益的行为的，由其所在单位或者上级机关给予行政处分；"
              "情节严重，构成犯罪的，依法追究刑事责任。")
    from assistant.verify.polarity import contradictions

    found = contradictions("Where an official shields a trader, the consumer association imposes an administrative "
                           "sanction on the official.", clause)
    assert "actor" in {f.kind for f in found}
    assert contradictions("Where an official shields a trader, the official's own unit or the authority above it "
                          "imposes an administrative sanction.", clause) == []

