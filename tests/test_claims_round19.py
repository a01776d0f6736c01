"""Verifier round 19 (issue 11): English contractions are modal verbs like their full spellings ("can't" is "cannot");
real clause texts from the corpus; the claims are written for these tests."""

import pytest

from assistant.settings import SHARED_REGULATIONS
from assistant.verify.modality import modal_classes
from tests.test_claims_round8 import article, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

CBL27 = article("zh/commercial-bank-law-2015.md", "商业银行法", 27, "第二十七条")  # 有下列情形之一的，不得担任…董事、高级管理人员


@pytest.mark.parametrize("text,cls", [
    ("He can't serve as a director.", "prohibition"), ("He can’t serve as a director.", "prohibition"),
    ("It mustn't disclose the data.", "prohibition"), ("The bank doesn't have to notify anyone.", "exemption"),
    ("The bank isn't required to notify anyone.", "exemption"), ("Reuse isn't prohibited.", "permission"),
])
def test_a_contraction_is_read_as_its_full_spelling(text, cls):
    assert [c for _, c in modal_classes(text)] == [cls]


def test_cant_is_a_ban_not_an_option():
    banned = "Someone whose large personal debt is overdue and unpaid can't serve as a director of a commercial bank."
    assert verdict(banned, CBL27).verdict != "contradicted"
    # the option the clause forbids is still contradicted
    allowed = "Someone whose large personal debt is overdue and unpaid can serve as a director of a commercial bank."
    assert verdict(allowed, CBL27).verdict == "contradicted"


CRR24 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 24, "第二十四条")  # 在中国境内进行；向境外…提供信息


def test_an_english_claim_is_not_read_as_turning_a_word_the_chinese_article_itself_uses():
    from assistant.verify.antonyms import opposite_word

    inside = "Credit information an agency collects in China must be sorted, stored and processed in China."
    assert verdict(inside, CRR24).verdict != "contradicted"
    # the same readings without the article: the claim's "in China" against a sentence that says only 境外
    outside_only = "征信机构向境外组织或者个人提供信息，应当遵守法律、行政法规和国务院征信业监督管理部门的有关规定。"
    assert opposite_word(inside, [outside_only]) is not None
    assert opposite_word(inside, [outside_only], article=CRR24.text) is None


CPL56 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 56, "第五十六条")  # 由工商行政管理部门…处以…罚款


def test_a_partys_right_named_as_a_thing_is_no_modal_verb():
    # ("can be fined" is the exposure to a sanction since round 40, no modal verb either)
    assert modal_classes("A business that infringes consumers' right to privacy can be fined.") == []
    assert [c for _, c in modal_classes("Consumers have the right to privacy.")] == ["right"]
    fined = ("Where no other law sets the penalty, a business that infringes consumers' right to have their personal "
             "information protected can be fined one to ten times its illegal gains.")
    assert verdict(fined, CPL56).verdict != "contradicted"


CBL13 = article("zh/commercial-bank-law-2015.md", "商业银行法", 13, "第十三条")  # 城市商业银行…一亿元，…农村商业银行…五千万元


def test_two_cases_of_one_chinese_sentence_each_keep_their_own_figure():
    from assistant.verify.cases import parts

    assert any(p.startswith("设立农村商业银行") for p in parts(CBL13.text))
    assert verdict("设立农村商业银行的注册资本最低限额为一亿元。", CBL13).verdict == "contradicted"
    assert verdict("设立农村商业银行，注册资本至少五千万元。", CBL13).verdict != "contradicted"
    # in English through the lexicon's names of the two kinds of bank
    assert verdict("The minimum registered capital of a rural commercial bank is RMB 100 million.", CBL13).verdict \
        == "contradicted"
    assert verdict("The minimum registered capital of a city commercial bank is RMB 100 million.", CBL13).verdict \
        != "contradicted"


PIPL68 = article("zh/pipl-2021.md", "个人信息保护法", 68, "第六十八条")  # 由其上级机关或者履行个人信息保护职责的部门责令改正


def test_the_authority_above_is_not_the_one_below():
    from assistant.verify.antonyms import opposite_word

    assert opposite_word("国家机关不履行个人信息保护义务的，由其下级机关责令改正。", [PIPL68.text]) is not None
    assert verdict("国家机关不履行个人信息保护义务的，由其下级机关责令改正。", PIPL68).verdict == "contradicted"
    assert verdict("国家机关不履行个人信息保护义务的，由其上级机关责令改正。", PIPL68).verdict != "contradicted"


PBOC19 = article("zh/pboc-law-2003.md", "中国人民银行法", 19, "第十九条")  # 禁止…非法使用人民币图样


def test_what_is_not_restricted_is_allowed():
    assert [c for _, c in modal_classes("法律并不限制在出版物上使用人民币图样。")] == ["permission"]
    assert verdict("法律并不限制在宣传品、出版物上使用人民币图样。", PBOC19).verdict == "contradicted"
    assert verdict("禁止在宣传品、出版物上非法使用人民币图样。", PBOC19).verdict != "contradicted"


DSL12 = article("zh/data-security-law-2021.md", "数据安全法", 12, "第十二条")  # 任何个人、组织都有权…投诉、举报


def test_only_in_an_english_claim_narrows_what_a_chinese_clause_opens_to_all():
    from assistant.verify.scope import _narrows

    sentence = "任何个人、组织都有权对违反本法规定的行为向有关主管部门投诉、举报。"
    narrowed = "Under the DSL, only organisations, not individuals, may complain about or report violations."
    assert _narrows(narrowed, sentence)
    assert verdict(narrowed, DSL12).verdict == "contradicted"
    assert verdict("Any individual or organisation may complain about or report violations of the DSL.", DSL12).verdict \
        != "contradicted"
    # an "only" that sets the terms of the act, not who may do it
    assert not _narrows("Individuals may complain only with the relevant authority.", sentence)


PIPL30 = article("zh/pipl-2021.md", "个人信息保护法", 30, "第三十条")  # 除本法第十七条第一款规定的事项外，还应当向个人告知…


def test_only_leaves_out_the_rule_a_clause_adds_in_addition():
    from assistant.verify.scope import _only_where_added_to

    csl79 = "存储、处理涉及国家秘密信息的网络的运行安全保护，除应当遵守本法外，还应当遵守保密法律、行政法规的规定。"
    assert _only_where_added_to("Networks holding state secrets are governed only by the Cybersecurity Law.", csl79)
    assert not _only_where_added_to("Networks holding state secrets follow the Cybersecurity Law and the secrecy laws.", csl79)
    only = "处理敏感个人信息的，个人信息处理者只能告知第十七条第一款规定的事项。"
    assert verdict(only, PIPL30).verdict == "contradicted"
    assert verdict("处理敏感个人信息的，除第十七条第一款的事项外，还要告知处理的必要性和对个人权益的影响。", PIPL30).verdict \
        != "contradicted"


CPL39 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 39, "第三十九条")  # 可以通过下列途径解决：…（四）仲裁


def test_each_way_a_chinese_option_lists_is_open_and_not_open_to_is_no_right():
    from assistant.verify.subclauses import _under_lead_in

    item = "(四)根据与经营者达成的仲裁协议提请仲裁机构仲裁;"
    assert "可以" in _under_lead_in(item, CPL39.text)
    assert [c for _, c in modal_classes("Arbitration isn't open to consumers.")] == ["no_right"]
    denied = "Consumers in a dispute with a business can only negotiate, mediate, complain or sue; arbitration isn't open to them."
    assert verdict(denied, CPL39).verdict == "contradicted"
    assert verdict("Consumers in a dispute with a business may go to arbitration under an arbitration agreement with it.",
                   CPL39).verdict != "contradicted"
    assert verdict("消费者和经营者发生争议的，可以根据仲裁协议提请仲裁机构仲裁。", CPL39).verdict != "contradicted"
