"""Verifier round 45 (issue 11, false claims shown verified): a bare figure a claim lowers past the floor its clause sets
("may lower the age to ten" against GDPR Art. 8(1) "not below 13 years", lowered_figures.py); a duty made to last with no
end where the article binds it to a period of validity ("indefinitely, including after the certificate has expired"
against 电子签名法第二十二条 在有效期内, unbounded_periods.py). Real clause texts from the corpus; the claims are written for
these tests. A period named by a word ("a fortnight", 一年半, 一个季度) read as its figure (period_words.py); the period of
a rate changed for its case (每两年 for 每年, rate_periods.py)."""

import re
from pathlib import Path

import pytest

from assistant.lexis.lexicon import load_lexicon
from assistant.settings import SHARED_REGULATIONS
from assistant.types import Clause
from assistant.verify.lowered_figures import figure_past_the_bound
from assistant.verify.period_words import periods_in_figures
from assistant.verify.rate_periods import other_rate, rate_of
from assistant.verify.unbounded_periods import lifted_validity_bound
from tests.test_claims_round8 import article, gdpr, verdict

POLICIES = Path(__file__).resolve().parent.parent / "corpus" / "policies"
pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

ESL22 = article("zh/electronic-signature-law-2019.md", "电子签名法", 22, "第二十二条")  # 证书内容在有效期内完整、准确
ESL24 = article("zh/electronic-signature-law-2019.md", "电子签名法", 24, "第二十四条")  # 证书失效后五年


def test_a_figure_lowered_below_the_floor_is_contradicted():
    claim = "Under GDPR Art. 8, member states are free to lower the age of consent for these services to ten."
    assert figure_past_the_bound(claim, gdpr(8).text)
    assert verdict(claim, gdpr(8)).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "Member States may lower the age of consent to thirteen.",  # the floor itself
    "Member States may lower the age of consent to 14.",
    "Member States may lower the fee to ten.",  # no floor on a fee in the clause
])
def test_a_figure_within_the_floor_or_on_another_thing_is_left_alone(claim):
    assert figure_past_the_bound(claim, gdpr(8).text) == ""


def test_a_duty_made_to_last_past_its_period_of_validity_is_contradicted():
    claim = ("Under Art. 22 of the Electronic Signature Law, a certification provider must keep certificate contents "
             "complete and accurate indefinitely, including after the certificate has expired.")
    assert lifted_validity_bound(claim, ESL22.text, load_lexicon().chinese_words) == "有效期内"
    assert verdict(claim, ESL22).verdict == "contradicted"
    assert lifted_validity_bound("电子签名法第二十二条：证书过期后也要保证证书内容完整、准确。", ESL22.text)


@pytest.mark.parametrize("claim, clause", [
    ("电子签名法第二十二条：电子认证服务提供者要保证证书内容在有效期内完整、准确。", ESL22),  # no unbounded word
    ("电子认证服务提供者应当永久保存与认证相关的信息。", ESL24),  # no period of validity in the article
])
def test_a_claim_within_the_period_or_an_article_without_one_is_left_alone(claim, clause):
    assert lifted_validity_bound(claim, clause.text) == ""


CPL25 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 25, "第二十五条")  # 收到商品之日起七日内退货
CBL56 = article("zh/commercial-bank-law-2015.md", "商业银行法", 56, "第五十六条")  # 会计年度终了三个月内


@pytest.mark.parametrize("text, figure", [
    ("within a fortnight of receipt", "within two weeks of receipt"),
    ("kept for a decade", "kept for ten years"),
    ("kept for half a decade", "kept for five years"),
    ("within a quarter after the year ends", "within three months after the year ends"),
    ("年度终了后一个季度内公布", "年度终了后三个月内公布"),
    ("一年半内答复", "18个月内答复"),
    ("kept for a year and a half", "kept for 18 months"),
    ("kept for two and a half years", "kept for 30 months"),
    ("两个礼拜内退货", "两周内退货"),
])
def test_a_period_named_by_a_word_is_written_as_its_figure(text, figure):
    assert periods_in_figures(text) == figure


@pytest.mark.parametrize("text", ["a quarter of the members", "the quarterly report", "the first quarter of 2024",
                                  "2024年半年度报告", "做礼拜"])
def test_a_quarter_that_is_no_period_is_left_alone(text):
    assert periods_in_figures(text) == text


def test_a_period_changed_and_named_by_a_word_is_contradicted():
    assert verdict("Consumers buying online can return goods within a fortnight without giving a reason.",
                   CPL25).verdict == "contradicted"
    assert verdict("A bank must publish last year's results and audit report within a quarter after the financial "
                   "year ends.", CBL56).verdict == "supported"


def _policy(name: str, number: int, label: str) -> Clause:
    lines = (POLICIES / f"{name}.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(label + " "))
    end = next((i for i in range(start + 1, len(lines)) if re.match("^第[一二三四五六七八九十百]+条 ", lines[i])
                or lines[i].startswith("#")), len(lines))
    return Clause(chunk_id=f"{name}:{number}:0", doc_id=name, law=name, short_title=name, jurisdiction="CN",
                  article=number, label=label, text="\n".join(lines[start:end]).strip(), version_date="2025-01-01",
                  effective_date="2025-04-01", effective_until="", status="in_force")


MR26 = _policy("policy-model-risk", 26, "第二十六条")  # 高风险模型每年至少…一次，中风险模型每两年至少…一次
CRR17 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 17, "第十七条")  # 每年两次免费


@pytest.mark.parametrize("text, rate", [
    ("每年至少进行一次", (1, 12)), ("每两年至少进行一次", (1, 24)), ("权限每半年复核一次", (1, 6)), ("隔年验证一次", (1, 24)),
    ("每年度开展", (None, 12)), ("every other year", (None, 24)), ("twice a year", (2, 12)), ("quarterly", (None, 3)),
    ("每年底前", None),
])
def test_a_rate_is_read_as_a_count_in_a_period(text, rate):
    assert rate_of(text) == rate


@pytest.mark.parametrize("claim", [
    "高风险模型隔年重新验证一次就行。",  # 每年 for high-risk models
    "中风险模型每年至少重新验证一次。",  # 每两年 for medium-risk ones
    "High-risk models are revalidated every other year.",
])
def test_the_period_of_a_rate_changed_for_its_case_is_contradicted(claim):
    assert verdict(claim, MR26).verdict == "contradicted"


@pytest.mark.parametrize("claim, clause", [
    ("高风险模型每年至少重新验证一次。", MR26),
    ("中风险模型每两年验证一次。", MR26),
    ("Individuals get a free credit report every year.", CRR17),  # says nothing of the count
    ("Individuals get a free credit report every six months.", CRR17),  # a paraphrase of twice a year
])
def test_the_rate_of_its_case_or_a_period_without_a_count_is_left_alone(claim, clause):
    assert other_rate(claim, clause.text, load_lexicon().chinese_words) == ""


def test_a_bound_in_another_sentence_of_the_article_is_not_the_claims():
    # 反洗钱法第三十四条: 业务关系存续期间 is when identity changes are updated; keeping the records is 至少保存十年
    aml34 = article("zh/aml-law-2024.md", "反洗钱法", 34, "第三十四条")
    assert lifted_validity_bound("客户身份资料在业务关系结束后要永久保存。", aml34.text) == ""
