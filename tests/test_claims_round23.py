"""Verifier round 23 (issue 11): paraphrases a drafting model writes (15天 for 十五日, "maintain a record", a claim of two
sentences on a Chinese article, a headcount of employees) and the party that bears a cost or a liability, active or passive;
real clause texts from the corpus; the claims are written for these tests."""

import pytest

from assistant.lexis.quantities import extract_quantities, headcounts_as_persons
from assistant.settings import SHARED_REGULATIONS
from assistant.verify.wording import wording_share
from tests.test_claims_round8 import article, gdpr, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

AML39 = article("zh/aml-law-2024.md", "反洗钱法", 39, "第三十九条")  # …可以向金融机构提出。金融机构应当在十五日内进行处理
AML32 = article("zh/aml-law-2024.md", "反洗钱法", 32, "第三十二条")  # …由该金融机构承担未履行客户尽职调查义务的法律责任
CPL25 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 25, "第二十五条")  # 退回商品的运费由消费者承担


def test_a_figure_shares_its_wording_whichever_way_it_is_written():
    # 15天 / 十五日, 10个工作日 / 十个工作日: the same figure, the same wording
    assert wording_share("金融机构应在15天内处理", "金融机构应当在十五日内处理") == 1.0
    assert wording_share("须在10个工作日内答复", "并在十个工作日内答复客户") == 1.0


def test_a_conditional_claim_states_the_rule_of_the_next_sentence():
    true = "个人对银行采取的洗钱风险管理措施有异议的，金融机构原则上应当在15天内处理并答复当事人。"
    assert verdict(true, AML39).verdict != "contradicted"
    wrong = "个人对银行采取的洗钱风险管理措施有异议的，金融机构可以自行决定是否处理。"
    assert verdict(wrong, AML39).verdict == "contradicted"


def test_who_bears_it_active_or_passive_across_languages():
    assert verdict("If the third party's due diligence falls short, the financial institution itself bears the legal "
                   "liability.", AML32).verdict != "contradicted"
    assert verdict("If the third party's due diligence falls short, the third party bears the legal liability on its "
                   "own.", AML32).verdict == "contradicted"
    assert verdict("The freight for goods sent back is borne by the consumer, unless agreed otherwise.",
                   CPL25).verdict != "contradicted"
    assert verdict("The freight for goods sent back is borne by the seller, unless agreed otherwise.",
                   CPL25).verdict == "contradicted"


def test_each_sentence_of_an_english_claim_is_tied_by_its_own_terms():
    true = "The business operator must refund the price within seven days of receiving the goods back. The freight for " \
           "returning them is borne by the consumer unless otherwise agreed."
    assert verdict(true, CPL25).verdict != "contradicted"


def test_maintaining_a_record_is_keeping_it():
    # GDPR Art. 30: (1)(f) "time limits for erasure" is about the data, (5) exempts small organisations from the record
    true = "Small organisations with fewer than 250 employees are in principle exempt from keeping the record, unless the " \
           "processing is risky, not occasional, or covers special categories or criminal-offence data."
    assert verdict(true, gdpr(30)).verdict != "contradicted"


def test_a_headcount_of_employees_is_a_number_of_persons():
    said = headcounts_as_persons("fewer than five hundred employees")
    assert [(q.value, q.unit) for q in extract_quantities(said)] == [(500, "person")]
    assert headcounts_as_persons("our employees") == "our employees"  # no count, no headcount
    wrong = "Organisations with fewer than five hundred employees need not keep a record of processing activities."
    assert verdict(wrong, gdpr(30)).verdict == "contradicted"


@pytest.mark.parametrize("text,classes", [
    ("处理者可以根据自身需要决定是否开展合规审计", ["permission"]),  # 需要 as the noun "needs"
    ("出于经营需要，应当保存记录", ["obligation"]),
    ("根据规定需要取得同意", ["obligation"]),  # a duty the rules set: 需要 still a modal verb
    ("处理需要取得个人同意", ["obligation"]),
])
def test_whose_needs_makes_xuyao_a_noun(text, classes):
    from assistant.verify.modality import modal_classes

    assert sorted({c for _, c in modal_classes(text)}) == classes


def test_as_it_needs_is_no_duty_against_a_duty():
    pipl54 = article("zh/pipl-2021.md", "个人信息保护法", 54, "第五十四条")  # 应当定期…进行合规审计
    assert verdict("个人信息处理者可以根据实际需要决定是否开展合规审计。", pipl54).verdict == "contradicted"


def test_an_opening_condition_names_the_case_not_who_acts():
    # the condition's party (the customer who objects) is the one of 「单位和个人…有异议的，可以向金融机构提出」; the rule's
    # duty holder is the one of 「金融机构应当在十五日内进行处理」
    true = "If a client disagrees with an anti-money laundering risk measure, the financial institution has to handle it " \
           "within fifteen days and give the result."
    assert verdict(true, AML39).verdict != "contradicted"
    wrong = "If a client disagrees with an anti-money laundering risk measure, the financial institution may ignore it."
    assert verdict(wrong, AML39).verdict == "contradicted"


def test_the_laws_words_cc_cedict_does_not_give():
    from assistant.lexis.cedict import fold
    from assistant.lexis.concepts import concept_glosses

    glosses = concept_glosses()
    assert "并表" in glosses[(fold("consolidated"),)] and "知悉" in glosses[(fold("aware"),)]
    corpus = "".join(p.read_text(encoding="utf-8") for p in (SHARED_REGULATIONS / "zh").glob("*.md"))
    assert all(w in corpus for words in glosses.values() for w in words)  # every Chinese word is the laws' own


def test_an_opening_without_states_the_case():
    cpl24 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 24, "第二十四条")  # 没有国家规定和当事人约定的，…七日内退货
    true = "Without any statutory rule or agreement between the parties, the consumer may return the goods within seven " \
           "days of receiving them."
    assert verdict(true, cpl24).verdict != "contradicted"


def test_only_the_case_a_sentence_opens_with():
    # GDPR Art. 12(5): "free of charge. Where requests … are manifestly unfounded or excessive, … the controller may
    # either: (a) charge a reasonable fee …; or (b) refuse to act on the request."
    true = "Requests are handled free of charge; only manifestly unfounded or excessive requests let the controller charge " \
           "a reasonable fee or refuse to act."
    assert verdict(true, gdpr(12)).verdict != "contradicted"
    from assistant.verify.scope import _narrows

    assert _narrows("The controller may only charge a fee.", "The controller may either charge a fee or refuse to act.")


def test_a_coverb_phrase_is_no_subject():
    ndsr38 = article("zh/network-data-security-regulation-2024.md", "网络数据安全管理条例", 38, "第三十八条")
    true = "安全评估通过以后，向境外提供重要数据时不得超出评估时明确的出境目的和范围。"
    assert verdict(true, ndsr38).verdict != "contradicted"
    from assistant.verify.roles.objects import subject_only_as_object

    # a party the sentence has only as the one worked through still is no actor (委托专业机构…审计)
    assert subject_only_as_object("专业机构应当定期进行合规审计。", "个人信息处理者应当定期委托专业机构进行合规审计。")


def test_a_finite_verb_of_handing_over_has_its_giver():
    # GDPR Art. 38(3): "The data protection officer shall directly report to the highest management level …"
    assert verdict("The data protection officer reports directly to the highest management level of the controller.",
                   gdpr(38)).verdict != "contradicted"
    assert verdict("The highest management level of the controller reports directly to the data protection officer.",
                   gdpr(38)).verdict == "contradicted"


def test_a_bare_number_after_a_bound_takes_the_clauses_unit():
    from assistant.lexis.quantities import elliptical_mismatches

    # GDPR Art. 8(1): "… provided that such lower age is not below 13 years"
    assert verdict("Member States may lower that age by law, but not below thirteen.", gdpr(8)).verdict != "contradicted"
    assert verdict("Member States may lower that age by law, but not below fifteen.", gdpr(8)).verdict == "contradicted"
    assert elliptical_mismatches("at least two of them", "shall keep it for at least six months") == []  # "two of them"
    assert elliptical_mismatches("not below fourteen years", "not below 13 years") == []  # a unit of its own: compare()


def test_a_determiner_read_past_leaves_the_administrative_department():
    cpl33 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 33, "第三十三条")  # 有关行政部门…应当…抽查检验
    assert verdict("The relevant administrative departments must carry out regular or random spot checks of goods and "
                   "services.", cpl33).verdict != "contradicted"
    assert verdict("Consumers must carry out regular or random spot checks of goods and services.",
                   cpl33).verdict == "contradicted"
