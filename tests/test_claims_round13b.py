"""Verifier round 13b (issue 11 item 2): consumer associations and courts as parties of their own (actors.py), a
demonstrative subject (该部门), a deputy's office (offices.py), a power denied ("has no power"), and a claim in the other
language read against the sentences holding its glossary terms (polarity.py). Real clause texts from the corpus; the
claims are written for these tests."""

import pytest

from assistant.settings import SHARED_REGULATIONS
from assistant.verify.modality import modal_classes
from assistant.verify.offices import deputy_office
from tests.test_claims_round8 import article, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

CPL45 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 45, "第四十五条")  # 请求行政主管部门予以惩处
CPL46 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 46, "第四十六条")  # 该部门应当…七个工作日内
CPL39 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 39, "第三十九条")  # 消费者协会调解；人民法院
PBOC10 = article("zh/pboc-law-2003.md", "中国人民银行法", 10, "第十条")  # 行长 … 副行长由国务院总理任免
CBL42 = article("zh/commercial-bank-law-2015.md", "商业银行法", 42, "第四十二条")  # 借款人应当按期归还贷款的本金和利息


@pytest.mark.parametrize("claim, clause", [
    ("广告经营者、发布者发布虚假广告的，消费者可以请求人民法院予以惩处。", CPL45),
    ("消费者协会应当自收到投诉之日起七个工作日内予以处理并告知消费者。", CPL46),
    ("When a consumer files a complaint, the consumer association must handle it within seven working days.", CPL46),
    ("中国人民银行副行长的人选由全国人民代表大会决定，由国家主席任免。", PBOC10),
    ("The Commercial Banking Law obliges the commercial bank to repay the principal and interest of the loan on time.", CBL42),
])
def test_the_wrong_party_is_contradicted(claim, clause):
    assert verdict(claim, clause).verdict == "contradicted"


@pytest.mark.parametrize("claim, clause", [
    ("广告经营者、发布者发布虚假广告的，消费者可以请求行政主管部门予以惩处。", CPL45),
    ("有关行政部门应当自收到消费者投诉之日起七个工作日内予以处理并告知消费者。", CPL46),
    ("The relevant administrative department must handle a consumer complaint within seven working days of receiving it.",
     CPL46),
    ("消费者和经营者发生消费者权益争议的，可以请求消费者协会调解，也可以向人民法院提起诉讼。", CPL39),
    ("中国人民银行副行长由国务院总理任免。", PBOC10),
    ("A borrower must repay the principal and interest of a loan on time.", CBL42),
])
def test_the_right_party_is_not_contradicted(claim, clause):
    assert verdict(claim, clause).verdict != "contradicted"


def test_a_deputy_is_judged_by_the_sentence_about_the_deputy():
    assert deputy_office("中国人民银行副行长由全国人民代表大会决定。", PBOC10.text) is not None
    assert deputy_office("中国人民银行副行长由总理任免。", PBOC10.text) is None  # 总理 inside 国务院总理
    assert deputy_office("中国人民银行行长由全国人民代表大会决定。", PBOC10.text) is None  # no deputy named


def test_a_power_denied_is_no_right():
    assert [c for _, c in modal_classes("the PBOC has no power to enter the premises")] == ["no_right"]
    assert [c for _, c in modal_classes("the PBOC does not have the power to enter the premises")] == ["no_right"]
    assert [c for _, c in modal_classes("the PBOC has the power to enter the premises")] == ["right"]
