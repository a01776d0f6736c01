"""Verifier round 18 (issue 11 item 2): each allowed act of a claim that also forbids another is compared with the clause's
bans on its own (banned_acts.py); a condition an English claim puts on what a Chinese clause says is not needed
(requirements.py); "X, Y or Z are all …" says "each of these", not "in every case" (scope.py). Real clause texts from the
corpus; the claims are written for these tests."""

import pytest

from assistant.settings import SHARED_REGULATIONS
from assistant.verify.banned_acts import allows_what_is_banned
from tests.test_claims_round8 import article, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

PBOC29 = article("zh/pboc-law-2003.md", "中国人民银行法", 29, "第二十九条")  # 不得对政府财政透支，不得直接认购、包销国债…
CBL40 = article("zh/commercial-bank-law-2015.md", "商业银行法", 40, "第四十条")  # 不得向关系人发放信用贷款


def test_an_allowed_act_beside_a_forbidden_one_is_compared_with_the_ban_on_it():
    # the claim forbids one act (透支) as the clause does, and allows another the clause bans too (直接认购国债)
    mixed = "人民银行可以直接认购国债，只是不能给财政透支。"
    assert allows_what_is_banned(mixed, PBOC29.text) != ""
    assert verdict(mixed, PBOC29).verdict == "contradicted"
    # both acts forbidden, as the clause says
    assert allows_what_is_banned("人民银行不能给财政透支，也不能直接包销国债。", PBOC29.text) == ""
    # the allowed act is one the clause does not ban
    assert allows_what_is_banned("人民银行可以发行人民币，只是不能给财政透支。", PBOC29.text) == ""


CPL25 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 25, "第二十五条")  # 七日内退货，且无需说明理由
NDS11 = article("zh/network-data-security-regulation-2024.md", "网络数据安全管理条例", 11, "第十一条")  # 以电话、短信…或者公告等方式通知


def test_a_condition_an_english_claim_puts_on_what_the_chinese_clause_dispenses_with():
    from assistant.lexis.lexicon import load_lexicon
    from assistant.verify.requirements import requires_dispensed_across

    words = load_lexicon().chinese_words
    conditioned = "Goods bought by mail order may be sent back within seven days, provided that the buyer explains why."
    assert requires_dispensed_across(conditioned, CPL25.text, words) == "无需说明理由"
    assert verdict(conditioned, CPL25).verdict == "contradicted"
    # the claim that keeps the clause's waiver, or puts no condition on the return
    assert requires_dispensed_across("Goods bought online may be returned within seven days without explaining why.",
                                     CPL25.text, words) == ""
    assert requires_dispensed_across("Goods bought online may be returned within seven days of receipt.", CPL25.text,
                                     words) == ""


def test_all_after_a_list_of_items_says_each_of_them():
    from assistant.verify.scope import _overreaches

    listed = ("The processor must notify those affected; a phone call, a text message, an e-mail or a public notice are "
              "all possible ways to do so.")
    assert not _overreaches(listed, NDS11.text)
    assert verdict(listed, NDS11).verdict != "contradicted"
    # "all" that quantifies the rule's own subject still needs the clause to say so
    assert _overreaches("All network data processors must notify every person of all incidents by phone.", NDS11.text)


CRR45 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 45, "第四十五条")  # 报国务院批准；经国务院征信业监督管理部门批准


def test_a_state_council_department_is_told_apart_by_its_field_not_read_as_the_state_council():
    from assistant.verify.absent_parties import unnamed_authority

    # the article names 国务院 (报国务院批准) and 国务院征信业监督管理部门; 国务院外汇管理部门 is neither
    other = "境外征信机构要在境内做征信业务，须经国务院外汇管理部门批准。"
    assert unnamed_authority(other, CRR45.text) is not None
    assert verdict(other, CRR45).verdict == "contradicted"
    assert unnamed_authority("境外征信机构在境内经营征信业务，须经国务院征信业监督管理部门批准。", CRR45.text) is None
    assert unnamed_authority("外商投资征信机构的设立条件要报国务院批准。", CRR45.text) is None


def test_every_n_of_an_english_claim_overreaches_a_chinese_clause_that_names_only_some_kinds_of_n():
    from assistant.verify.scope import _restricted_noun_across
    from tests.test_claims_round12 import policy_article

    mr10 = policy_article("policy-model-risk", "第十条", 10)  # 高风险模型和中风险模型在上线前应当由…验证团队进行验证
    every = "All models must pass validation by an independent team before they go live."
    assert _restricted_noun_across(every, mr10.text)
    assert verdict(every, mr10).verdict == "contradicted"
    kinds = "High-risk and medium-risk models must be validated by a team independent of the developers before going live."
    assert not _restricted_noun_across(kinds, mr10.text)
    assert verdict(kinds, mr10).verdict != "contradicted"


BSL12 = article("zh/banking-supervision-law-2006.md", "银行业监督管理法", 12, "第十二条")  # 应当公开监督管理程序


def test_a_bare_negation_of_the_verb_the_clause_makes_a_duty_whatever_adverbial_the_claim_adds():
    from assistant.verify.denials import _denies_what_is_stated

    denied = "银行业监督管理机构的监督管理程序不向社会公开。"
    assert _denies_what_is_stated(denied, BSL12.text) != ""
    assert verdict(denied, BSL12).verdict == "contradicted"
    # the duty restated, and a negation of a verb the clause does not make a duty
    assert _denies_what_is_stated("银行业监督管理机构的监督管理程序要向社会公开。", BSL12.text) == ""
    assert _denies_what_is_stated("银行业监督管理机构的监督管理程序不由银行制定。", BSL12.text) == ""


PBOC7 = article("zh/pboc-law-2003.md", "中国人民银行法", 7, "第七条")  # 不受地方政府、各级政府部门、社会团体和个人的干涉
CBL4 = article("zh/commercial-bank-law-2015.md", "商业银行法", 4, "第四条")  # 不受任何单位和个人的干涉


def test_a_claim_that_its_subject_takes_direction_from_a_party_the_clause_frees_it_from():
    from assistant.verify.denials import _accepts_whom_it_is_free_of

    obeys = "人民银行开展业务，要服从各级政府部门的安排。"
    assert _accepts_whom_it_is_free_of(obeys, PBOC7.text) != ""
    assert verdict(obeys, PBOC7).verdict == "contradicted"
    assert verdict("商业银行开展业务要接受任何单位和个人的指示。", CBL4).verdict == "contradicted"
    # the freedom restated, and 受理 (handling a complaint) that takes no direction
    assert _accepts_whom_it_is_free_of("人民银行独立执行货币政策，地方政府不得干涉。", PBOC7.text) == ""
    assert _accepts_whom_it_is_free_of("人民银行不受社会团体的干涉。", PBOC7.text) == ""
    assert _accepts_whom_it_is_free_of("人民银行受理个人的举报。", PBOC7.text) == ""


def test_left_to_the_party_itself_is_an_option_in_plain_chinese_too():
    from assistant.verify.modality import modal_classes

    bsl18 = article("zh/banking-supervision-law-2006.md", "银行业监督管理法", 18, "第十八条")  # 应当…审查批准或者备案
    assert {cls for _, cls in modal_classes("业务品种是否备案，银行自己说了算。")} == {"permission"}
    assert verdict("业务品种是否报经审查批准，由银行业金融机构自己决定。", bsl18).verdict == "contradicted"
