"""Verifier round 27 (issue 11 item 2): a ban whose verb is a coverb phrase (不得以备付金为…提供担保) is matched as a whole act,
and a closing "但不得…" is no condition of what the claim allows (banned_acts.py); an age written as a bare number or as
years in a sentence about age is compared as years of age (quantities.py); a party the article names for another act made
to do the act it gives to someone else (acts.py). Real clause texts from the corpus; the claims are written for these tests."""

from pathlib import Path

import pytest

from assistant.lexis.quantities import ages_as_years_of_age, compare, extract_quantities
from assistant.settings import SHARED_REGULATIONS
from assistant.verify.banned_acts import allows_what_is_banned
from tests.test_claims_round8 import article, gdpr, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

PAY27 = article("zh/non-bank-payment-regulation-2023.md", "非银行支付机构监督管理条例", 27, "第二十七条")  # 不得以备付金…提供担保


def test_an_allowed_act_is_matched_with_a_ban_opening_with_a_coverb_phrase():
    claim = "非银行支付机构可以以备付金为自己提供担保，但不得挪用备付金。"
    assert allows_what_is_banned(claim, PAY27.text) != ""
    assert verdict(claim, PAY27).verdict == "contradicted"
    # the same acts forbidden, as the clause says
    assert allows_what_is_banned("非银行支付机构不得挪用备付金，也不得以备付金为他人提供担保。", PAY27.text) == ""
    # an act the ban's phrase does not hold (the claim's own condition aside)
    assert allows_what_is_banned("非银行支付机构可以根据用户的支付指令划转备付金。", PAY27.text) == ""


NDS22 = article("zh/network-data-security-regulation-2024.md", "网络数据安全管理条例", 22, "第二十二条")  # 不满十四周岁


def ages(text: str):
    return extract_quantities(ages_as_years_of_age(text))


def test_an_age_written_as_a_bare_number_is_compared_with_the_clauses_age():
    assert compare(ages("Minors under 16 need their parents' consent."), ages(NDS22.text))
    assert not compare(ages("Minors under 14 need their parents' consent."), ages(NDS22.text))
    assert verdict("Processing the personal information of minors under 16 requires the consent of their parents or "
                   "other guardians.", NDS22).verdict != "supported"
    # "not below 13 years" in a sentence about a lower age is an age, as 13岁 of a Chinese claim is (GDPR Art. 8(1))
    assert not compare(ages("成员国可以立法降低年龄门槛，但不得低于13岁。"), ages(gdpr(8).text))
    assert compare(ages("Parental consent is needed for any child under 18."), ages(gdpr(8).text))
    # years that are no age stay a period
    assert ages("Records are kept for 5 years.")[0].unit == "year"


POLICIES = Path(__file__).resolve().parents[1] / "corpus" / "policies"
MODEL4_TEXT = next(line for line in (POLICIES / "policy-model-risk.md").read_text(encoding="utf-8").splitlines()
                   if line.startswith("第四条 "))
MODEL4 = PAY27.__class__(**{**PAY27.__dict__, "chunk_id": "policy-model-risk:4:0", "doc_id": "policy-model-risk",
                            "law": "模型与大模型风险管理办法", "short_title": "模型与大模型风险管理办法", "article": 4,
                            "label": "第四条", "text": MODEL4_TEXT})


def test_a_party_named_for_another_act_doing_the_act_the_article_gives_to_another():
    from assistant.verify.acts import party_of_another_act

    wrong = "模型所属业务部门负责模型的工程实现、部署和运行监控。"
    assert party_of_another_act(wrong, MODEL4.text) is not None
    assert verdict(wrong, MODEL4).verdict == "contradicted"
    assert party_of_another_act("金融科技部负责模型的工程实现、部署和运行监控。", MODEL4.text) is None
    assert verdict("金融科技部负责模型的工程实现、部署和运行监控。", MODEL4).verdict == "supported"
    # a list item, an adverb or a modal verb is no party (个人信息保护法第五十一条 (二) 对个人信息实行分类管理)
    PIPL51 = article("zh/pipl-2021.md", "个人信息保护法", 51, "第五十一条")
    assert party_of_another_act("个人信息处理者应当对个人信息实行分类管理。", PIPL51.text) is None


CSL75 = article("zh/cybersecurity-law-2025-amended.md", "网络安全法", 75, "第七十五条")  # 网信部门和有关部门违反…的


def test_a_penalty_clauses_case_names_the_party_at_fault():
    from assistant.verify.absent_parties import absent_party_across

    wrong = ("Where a network operator uses information obtained while performing cybersecurity protection duties for "
             "other purposes, the directly responsible persons are sanctioned.")
    assert absent_party_across(wrong, CSL75.text) is not None
    assert verdict(wrong, CSL75).verdict == "contradicted"
    assert absent_party_across(wrong.replace("a network operator", "the cyberspace administration"), CSL75.text) is None


def test_shall_not_be_obliged_is_no_duty():
    from assistant.verify.modality import modal_classes

    sentence = gdpr(11).text.split("\n")[1]  # 1. If the purposes … the controller shall not be obliged to maintain …
    assert {cls for _, cls in modal_classes(sentence)} == {"exemption"}


MODEL18_TEXT = next(line for line in (POLICIES / "policy-model-risk.md").read_text(encoding="utf-8").splitlines()
                    if line.startswith("第十八条 "))
MODEL18 = MODEL4.__class__(**{**MODEL4.__dict__, "chunk_id": "policy-model-risk:18:0", "article": 18, "label": "第十八条",
                              "text": MODEL18_TEXT})


def test_a_sub_clause_opening_with_bao_is_a_verb_phrase_not_a_subject():
    # …由业务部门在上线前确定，报个人信息保护负责人审批，不能无限期保存: the department submits it; 报… names no actor
    true = "对话记录保存多长时间，由业务部门在上线前确定，报个人信息保护负责人审批，不能无限期保存。"
    assert verdict(true, MODEL18).verdict == "supported"
    # the two parties swapped is still caught
    assert verdict("对话记录保存多长时间，由个人信息保护负责人在上线前确定，报业务部门审批，不能无限期保存。",
                   MODEL18).verdict == "contradicted"


PBOC48 = article("zh/pboc-law-2003.md", "中国人民银行法", 48, "第四十八条")  # 应当承担部分或者全部赔偿责任
CBL3 = article("zh/commercial-bank-law-2015.md", "商业银行法", 3, "第三条")  # 可以经营下列部分或者全部业务


def test_a_duty_left_open_in_extent_made_the_whole():
    from assistant.verify.scope import whole_of_an_open_extent

    wrong = "中国人民银行对单位和个人提供担保造成损失的，由中国人民银行承担全部赔偿责任。"
    assert whole_of_an_open_extent(wrong, PBOC48.text)
    assert verdict(wrong, PBOC48).verdict == "contradicted"
    assert verdict("中国人民银行对单位和个人提供担保造成损失的，直接责任人员应当承担部分或者全部赔偿责任。",
                   PBOC48).verdict == "supported"
    # under an option, the whole is one of the things allowed
    assert not whole_of_an_open_extent("商业银行可以经营下列全部业务。", CBL3.text)


ESL8 = article("zh/electronic-signature-law-2019.md", "电子签名法", 8, "第八条")  # 应当考虑以下因素：（一）…（四）其他相关因素


def test_only_one_item_of_a_list_the_clause_requires_in_full():
    from assistant.verify.scope import only_one_item

    wrong = "审查数据电文作为证据的真实性，只需考虑生成、储存或者传递数据电文方法的可靠性。"
    assert only_one_item(wrong, ESL8.text)
    assert verdict(wrong, ESL8).verdict == "contradicted"
    # the item itself, without "only", and "only" of two items (not read: the items share their frame)
    assert verdict(wrong.replace("只需", "应当"), ESL8).verdict == "supported"
    assert not only_one_item("审查数据电文作为证据的真实性，只需考虑生成、储存或者传递数据电文方法的可靠性和保持内容完整性方法的可靠性。",
                             ESL8.text)


BSL10 = article("zh/banking-supervision-law-2006.md", "银行业监督管理法", 10, "第十条")  # 不得在金融机构等企业中兼任职务
PBOC14 = article("zh/pboc-law-2003.md", "中国人民银行法", 14, "第十四条")  # 不得在任何金融机构、企业、基金会兼职
CRR24 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 24, "第二十四条")  # 在中国境内采集…在中国境内进行


def test_a_subject_and_the_body_the_sentence_puts_it_in_swapped():
    from assistant.verify.acts import swapped_subject_and_place

    assert verdict("银行业金融机构的工作人员不得在银行业监督管理机构中兼任职务。", BSL10).verdict == "contradicted"
    assert verdict("金融机构的工作人员不得在中国人民银行中任职。", PBOC14).verdict == "contradicted"
    for claim, cited in (("银行业监督管理机构的工作人员不得在金融机构中兼任职务。", BSL10),
                         ("人民银行行长、副行长和其他工作人员不得在金融机构兼职。", PBOC14),
                         ("征信机构在中国境内采集的信息，其整理、保存和加工应当在中国境内进行。", CRR24)):
        assert swapped_subject_and_place(claim, cited.text) is None
        assert verdict(claim, cited).verdict == "supported"


def test_a_chinese_only_against_an_english_clause_that_opens_the_act_to_several():
    from assistant.verify.scope import _narrows

    art77 = gdpr(77)
    sentence = art77.text.split("\n")[1]  # … in particular in the Member State of his or her habitual residence, place of work or …
    assert _narrows("根据GDPR，数据主体只能向控制者主营业地所在成员国的监管机构投诉。", sentence)
    assert not _narrows("数据主体可以向其惯常居所地、工作地或者涉嫌侵权发生地所在成员国的监管机构投诉。", sentence)
    # the clause's own "only" licenses the claim's (GDPR Art. 28(1) "shall use only processors providing …")
    first = next(line for line in gdpr(28).text.split("\n") if line.startswith("1."))
    assert not _narrows("控制者只能使用能够提供充分保证的处理者。", first)
