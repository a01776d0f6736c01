"""Verifier round 16 (issue 11): who imposes a sanction, and fines written in English ranges. A penalty clause names the
body that imposes it with 由 (由X责令改正…处…罚款); the sub-clauses after it with no subject of their own (可以给予警告)
are that body's acts, not the offender's. An English range writes its currency once ("RMB 200,000 to 5 million"): the
second bound is a sum too. Real clause texts from the corpus; the claims are written for these tests."""

import pytest

from assistant.lexis.quantities import extract_quantities
from assistant.settings import SHARED_REGULATIONS
from assistant.verify.actors.holders import _duty_pairs
from tests.test_claims_round8 import article, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

AML = "zh/aml-law-2024.md"
AML52 = article(AML, "反洗钱法", 52, "第五十二条")  # 由国务院反洗钱行政主管部门或者其设区的市级以上派出机构责令限期改正…
AML57 = article(AML, "反洗钱法", 57, "第五十七条")  # 由国务院有关金融管理部门处五十万元以下罚款
CBL76 = article("zh/commercial-bank-law-2015.md", "商业银行法", 76, "第七十六条")  # 由中国人民银行责令改正
CRR37 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 37, "第三十七条")  # 由国务院征信业监督管理部门


def test_an_english_range_states_its_currency_once():
    found = [(q.value, q.unit) for q in extract_quantities("fined between RMB 500,000 and 5 million, or RMB 20,000 to 1 million")]
    assert (1_000_000.0, "yuan") in found and (20_000.0, "yuan") in found
    assert [(q.value, q.unit) for q in extract_quantities("€10 million to 20 million")] == [(1e7, "eur"), (2e7, "eur")]
    # a range of something else keeps its own unit
    assert [q.unit for q in extract_quantities("RMB 10,000 to 20 days")] == ["yuan", "day"]


def test_the_upper_bound_of_an_english_fine_is_checked():
    # 反洗钱法第五十七条: 处五十万元以上五百万元以下罚款 where it is serious
    assert verdict("A financial institution that acts on a foreign demand without approval can be fined RMB 500,000 to "
                   "50 million where it is serious.", AML57).verdict == "contradicted"


def test_the_body_named_with_you_does_what_follows():
    # 可以给予警告 has no subject: it is the AML authority's act, not the institution's
    pairs = _duty_pairs(AML52.text.splitlines()[0])
    assert pairs[0] == ("authority:pboc", "obligation") and ("institution", "permission") not in pairs
    # a regulator's name cut at 监督: 国务院 only says whose department it is
    assert _duty_pairs("由国务院征信业监督管理部门责令限期改正") == [("authority:pboc", "obligation")]


@pytest.mark.parametrize("claim, clause", [
    ("金融机构没建立反洗钱内部控制制度的，人民银行责令限期改正，情节严重的可以罚二十万元以上二百万元以下。", AML52),
    ("经营个人征信业务的征信机构违反第九条的，人民银行会责令它限期改正，并对单位罚2万元到20万元。", CRR37),
    ("If a commercial bank sells foreign exchange without approval, the People's Bank of China (PBOC) orders it to "
     "correct this.", CBL76),
])
def test_the_true_claim_is_not_contradicted(claim, clause):
    assert verdict(claim, clause).verdict != "contradicted"


@pytest.mark.parametrize("claim, clause", [
    ("If a commercial bank sells foreign exchange without approval, the banking regulator (NFRA) orders it to correct "
     "this.", CBL76),
    ("金融机构违反第五十条擅自行动的，由国务院反洗钱行政主管部门处五十万元以下罚款。", AML57),
])
def test_the_wrong_body_imposing_the_sanction_is_contradicted(claim, clause):
    assert verdict(claim, clause).verdict == "contradicted"


PAY47 = article("zh/non-bank-payment-regulation-2023.md", "非银行支付机构监督管理条例", 47, "第四十七条")  # 未经依法批准…的，由…取缔


def test_the_offence_done_without_approval_is_no_waiver():
    from assistant.verify.approvals import waives_required_approval
    # 商业银行法第七十六条 punishes 未经批准办理结汇、售汇的: a claim naming that offence says nothing needs no approval
    assert not waives_required_approval("If a bank sells foreign exchange without approval, it is fined.", CBL76.text)
    assert not waives_required_approval("Anyone who runs a payment business without approval may have it shut down.",
                                        PAY47.text)
    # an article that requires the approval and punishes no such offence still catches the waiver
    PBOC34 = article("zh/pboc-law-2003.md", "中国人民银行法", 34, "第三十四条")
    assert waives_required_approval("The PBOC may inspect banks without the State Council's approval.", PBOC34.text)


AML7 = article(AML, "反洗钱法", 7, "第七条")  # 司法机关…获得的…只能用于反洗钱相关刑事诉讼


def test_besides_the_only_use_is_beyond_it():
    # 除了X，也可以用于其他…: "besides X" opens what 只能用于X confines
    assert verdict("司法机关依照反洗钱法获得的交易信息，除了反洗钱相关刑事诉讼，还可以用于其他案件。", AML7).verdict == "contradicted"
    assert verdict("司法机关依照反洗钱法获得的交易信息，只能用于反洗钱相关的刑事诉讼。", AML7).verdict != "contradicted"
    from assistant.verify.scope import _beyond_the_only
    # a second use the clause itself names is no "other" use
    assert not _beyond_the_only("除了刑事诉讼，也可以用于民事诉讼。", "获得的信息，只能用于刑事诉讼和民事诉讼。")


CPL61 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 61, "第六十一条")  # 由其所在单位或者上级机关给予行政处分


def test_government_officials_are_persons_not_the_government():
    # "government officials" are 国家机关工作人员 (the persons), not 政府 (the body): the claim names the right parties
    assert verdict("If a government official shields a trader who harms consumers, the official's own unit or a higher "
                   "authority gives him an administrative sanction.", CPL61).verdict != "contradicted"


CRR39 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 39, "第三十九条")  # 征信机构…未按照规定报告…的，由…


def test_the_offence_is_put_on_the_party_the_clause_punishes():
    from assistant.verify.offenders import other_offender
    sentence = CRR39.text.splitlines()[0]
    # a bank supplies and uses credit data; the agency is another party (征信业管理条例第四十四条)
    assert other_offender("If a bank that supplies credit data fails to report last year's credit reporting business, "
                          "the regulator orders it to correct.", sentence)
    # a case whose subject is no party the lexicon knows is not judged
    assert other_offender("If the annual report is not filed, the regulator orders a correction.", sentence) is None
    assert other_offender("信息提供者没按规定报告上一年度征信业务情况的，由人民银行责令限期改正。", sentence)
    assert other_offender("征信机构没按规定报告上一年度征信业务情况的，人民银行责令限期改正。", sentence) is None
    # a sentence that punishes nobody with 由 is not a penalty clause
    assert other_offender("信息提供者没报告的，应当改正。", "征信机构应当报告上一年度开展征信业务情况。") is None
    assert verdict("Where a credit information provider does not report its prior-year credit reporting business as "
                   "required, the regulator orders it to correct within a time limit.", CRR39).verdict == "contradicted"
    assert verdict("Where a credit reporting agency does not report its prior-year credit reporting business as "
                   "required, the regulator orders it to correct within a time limit.", CRR39).verdict != "contradicted"


ALG = "zh/algorithm-recommendation-provisions-2021.md"


def test_a_definition_restated_with_any_that_does_not_overreach():
    from tests.test_claims_round8 import gdpr
    art4 = gdpr(4)
    assert verdict("Under the GDPR a controller is any person, authority or body which, alone or jointly with others, "
                   "determines the purposes and means of the processing.", art4).verdict != "contradicted"
    from assistant.verify.scope import _overreaches
    # without a definition to restate, "any … that" still overreaches a conditional rule
    rule = "Where processing is based on consent, the controller shall be able to demonstrate that the data subject has consented."
    assert _overreaches("The controller must always demonstrate consent for any processing that it carries out.", rule, [rule])


def test_the_cases_own_anyone_is_no_overreach():
    from assistant.verify.scope import _overreaches
    alg30 = article(ALG, "互联网信息服务算法推荐管理规定", 30, "第三十条").text
    assert not _overreaches("任何组织和个人发现有违反算法推荐规定的行为，都可以向网信部门投诉、举报。", alg30, [alg30])
    # dropping the case, the 任何 is the claim's own
    assert _overreaches("任何组织和个人都可以随时向网信部门投诉。", alg30, [alg30])


AML56 = article(AML, "反洗钱法", 56, "第五十六条")  # …董事、监事、高级管理人员…能够证明自己已经勤勉尽责…的，可以不予处罚


def test_a_party_in_everyday_words_is_the_same_party():
    from assistant.verify.roles.objects import subject_only_as_object
    sentence = next(line for line in AML56.text.splitlines() if "勤勉尽责" in line)
    assert subject_only_as_object("银行董事、高管能证明自己已经勤勉尽责的，可以免予处罚。", sentence) is None
    assert verdict("银行董事、高管能证明自己已经勤勉尽责的，可以免予处罚。", AML56).verdict != "contradicted"


CBL75 = article("zh/commercial-bank-law-2015.md", "商业银行法", 75, "第七十五条")  # 拒绝或者阻碍…检查监督的; 提供虚假的…; 未遵守资本充足率…
CBL79 = article("zh/commercial-bank-law-2015.md", "商业银行法", 79, "第七十九条")  # 未经批准在名称中使用“银行”字样的


def test_an_offence_the_cited_penalty_article_does_not_name_is_not_supported():
    from assistant.verify.offenders import offence_not_in_article
    claim = "没经批准就在公司名字里用“银行”两个字的，监管机构责令改正并罚款。"
    assert offence_not_in_article(claim, CBL75.text)
    assert not offence_not_in_article(claim, CBL79.text)
    assert verdict(claim, CBL75).verdict == "not_supported"
    # a claim without a case of its own, or an article that punishes nobody with 由, is not judged here
    assert not offence_not_in_article("监管机构可以责令改正。", CBL75.text)
