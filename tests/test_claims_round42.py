"""Verifier round 42 (issue 11): a claim that extends its rule by name (包括 / 连 / "including") to what the article
excepts from it (verify/excluded_items.py); another party of the same kind, or one the article names for another act
behind the policy's self-reference 本行 (verify/kind_swaps.py). Real clause texts from the corpus; the claims are written for these tests."""

import pytest

from assistant.settings import SHARED_REGULATIONS
from assistant.verify.excluded_items import excepted_items, included_exception
from assistant.verify.kind_swaps import agent_of_another_by, party_of_another_kind
from tests.test_claims_round8 import article, gdpr, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

CPL25 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 25, "第二十五条")  # 但是下列商品除外：（一）…
ESL3 = article("zh/electronic-signature-law-2019.md", "电子签名法", 3, "第三条")  # 前款规定不适用下列文书：（一）…
NDS33 = article("zh/network-data-security-regulation-2024.md", "网络数据安全管理条例", 33, "第三十三条")  # 除…外，还应当


def test_the_items_an_article_excepts():
    items = excepted_items(CPL25.text)
    assert any("定作" in i for i in items) and any("鲜活易腐" in i for i in items)
    assert any("婚姻" in i for i in excepted_items(ESL3.text))
    # 除…外，还 adds, it excepts nothing
    assert not any("前款规定的内容" in i for i in excepted_items(NDS33.text))


@pytest.mark.parametrize("claim, clause", [
    ("网购的商品，包括定作的商品，都可以七天无理由退货。", CPL25),
    ("消费者通过网络购买的商品都可以在七日内无理由退货，包括鲜活易腐的商品。", CPL25),
    ("约定用电子签名的，任何文书都不能仅因采用电子形式被否定效力，包括涉及婚姻、收养、继承等人身关系的文书。", ESL3),
    ("The GDPR applies to all processing of personal data, including processing by a natural person in the course of a "
     "purely personal or household activity.", gdpr(2)),
])
def test_an_excepted_item_included_in_the_rule_is_contradicted(claim, clause):
    assert included_exception(claim, clause.text)
    assert verdict(claim, clause).verdict == "contradicted"


@pytest.mark.parametrize("claim, clause", [
    # the claim excepts it too
    ("网购商品可以七日内无理由退货，但定作的商品除外。", CPL25),
    ("电子签名的规定不适用于涉及婚姻、收养、继承等人身关系的文书。", ESL3),
    # the included item said to be outside the rule
    ("连定作的商品也不能无理由退货。", CPL25),
    # an item the exception does not name
    ("网购的商品都可以七日内无理由退货，包括衣服和鞋子。", CPL25),
    # the exception itself includes it ("…, including the safeguarding against … threats to public security")
    ("(d) by competent authorities for the purposes of the prevention, investigation, detection or prosecution of criminal "
     "offences or the execution of criminal penalties, including the safeguarding against and the prevention of threats "
     "to public security;", gdpr(2)),
])
def test_a_claim_that_excepts_or_names_no_excepted_item_is_left_alone(claim, clause):
    assert not included_exception(claim, clause.text)


# --- another party of the same kind (kind_swaps.py) ----------------------------------------------------------------

CIIO32 = article("zh/ciio-security-regulation-2021.md", "关键信息基础设施安全保护条例", 32, "第三十二条")  # 能源、电信行业应当…


def test_a_sector_of_the_same_kind_the_article_never_names_is_another_party():
    claim = "金融行业应当为其他行业和领域的关键信息基础设施安全运行提供重点保障。"
    assert party_of_another_kind(claim, CIIO32.text) is not None
    assert verdict(claim, CIIO32).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "能源、电信行业应当为其他行业和领域的关键信息基础设施安全运行提供重点保障。",
    # one of the article's parties (its modifier kept)
    "电信行业应当为其他行业和领域的关键信息基础设施安全运行提供重点保障。",
    # a generic party
    "有关行业应当为其他行业和领域的关键信息基础设施安全运行提供重点保障。",
])
def test_the_articles_party_or_a_generic_one_is_left_alone(claim):
    assert party_of_another_kind(claim, CIIO32.text) is None


def test_the_policys_self_reference_does_not_hide_the_act():
    text = ("第四条 风险管理部是模型风险管理的牵头部门，负责制定模型风险管理制度、维护模型清单、组织模型验证；法律合规部负责模型合规"
            "审查；审计部负责模型风险管理的独立审计。")
    assert party_of_another_kind("法律合规部是本行模型风险管理的牵头部门。", text) is not None
    assert party_of_another_kind("风险管理部是本行模型风险管理的牵头部门。", text) is None


CBL21 = article("zh/commercial-bank-law-2015.md", "商业银行法", 21, "第二十一条")  # 由国务院银行业监督管理机构颁发经营许可证，并…向工商行政管理部门办理登记


def test_the_body_by_which_an_act_is_done_swapped_for_one_the_article_names_in_another_role():
    claim = "商业银行分支机构的经营许可证由工商行政管理部门颁发。"
    assert agent_of_another_by(claim, CBL21.text) is not None
    assert verdict(claim, CBL21).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "商业银行分支机构的经营许可证由国务院银行业监督管理机构颁发。",
    "商业银行分支机构的经营许可证由银行业监督管理机构颁发。",  # the body's name shortened
    "商业银行分支机构的经营许可证由有关部门颁发。",  # a generic body
])
def test_the_articles_body_or_a_generic_one_is_left_alone(claim):
    assert agent_of_another_by(claim, CBL21.text) is None
