"""Verifier round 24 (issue 11): the actor check judges roles by whether one party may hold both in the clause's frame
(a bank may be the provider of an algorithm service or the deployer; an authority is never the regulated party), reads
no party of a prepositional phrase as a subject ("loans to any single borrower"), and judges each party of a claim that
joins two sentences by the sentence carrying its act; real clause texts from the corpus, claims written for these tests."""

import pytest

from assistant.settings import SHARED_REGULATIONS
from assistant.verify.actors.findings import without_acts_held_elsewhere
from assistant.verify.actors.lexicon import _actors_in, roles_compatible
from assistant.verify.wording import sentences
from tests.test_claims_round8 import article, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

CBL = "zh/commercial-bank-law-2015.md"
CBL39 = article(CBL, "商业银行法", 39, "第三十九条")  # (三) 对同一借款人的贷款余额…不得超过百分之十
CBL69 = article(CBL, "商业银行法", 69, "第六十九条")  # 商业银行解散的，应当依法成立清算组…国务院银行业监督管理机构监督清算过程
ALGO6 = article("zh/algorithm-recommendation-provisions-2021.md", "互联网信息服务算法推荐管理规定", 6, "第六条")


def test_roles_exclude_each_other_only_in_the_frame_that_defines_them():
    # a bank may provide an algorithm or AI service, deploy an AI system, process personal information, run a network
    assert all(roles_compatible("institution", r) for r in ("provider_ai", "deployer", "processor", "operator"))
    assert roles_compatible("processor", "provider_ai")  # 生成式人工智能服务管理暂行办法第九条
    # the regulated party and the authority, the organisation and the person, the AI Act's operators, lender and
    # borrower, the one entrusting and the one entrusted, the credit agency and the banks, a third party: never one
    assert not roles_compatible("institution", "authority") and not roles_compatible("controller", "individual")
    assert not roles_compatible("provider_ai", "deployer") and not roles_compatible("institution", "borrower")
    assert not roles_compatible("processor", "entrusted") and not roles_compatible("credit_agency", "user")
    assert not roles_compatible("third_party", "provider_ai") and not roles_compatible("third_party", "institution")


def test_a_bank_holding_the_role_the_clause_names_is_no_wrong_actor():
    assert verdict("商业银行提供算法推荐服务时，应当积极传播正能量，不得利用该服务传播法律、行政法规禁止的信息。",
                   ALGO6).verdict != "contradicted"
    assert verdict("网信部门不得利用算法推荐服务传播法律、行政法规禁止的信息。", ALGO6).verdict == "contradicted"


def test_a_party_after_a_preposition_with_modifiers_is_no_subject():
    assert _actors_in("the ratio of loans to any single borrower") == []
    assert _actors_in("对同一借款人的贷款余额") == []
    assert verdict("The balance of a bank's loans to one single borrower must not exceed ten percent of the bank's "
                   "capital balance.", CBL39).verdict != "contradicted"


def test_each_party_of_a_claim_joining_two_sentences_is_judged_by_its_own():
    sentence = next(s for s in sentences(CBL69.text) if s.startswith("商业银行解散的"))
    joined = "商业银行解散后须成立清算组进行清算，国务院银行业监督管理机构负责监督清算过程。"
    assert without_acts_held_elsewhere(joined, sentence, CBL69.text) == "商业银行解散后须成立清算组进行清算,"
    assert verdict(joined, CBL69).verdict != "contradicted"
    # a party the act is not given to stays wrong: the regulator does not form the liquidation group
    assert verdict("商业银行解散的，国务院银行业监督管理机构应当成立清算组进行清算。", CBL69).verdict == "contradicted"
