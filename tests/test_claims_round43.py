"""Verifier round 43 (issue 11): everyday negation, permission and counts read as the statutes' own modal words and
figures — 没必要 / 用不着 / 不是非得 as 无需 and 随便 as 可以 (statute_words_zh.py), 没义务 / 不是必需 / 没有硬性要求 as no duty,
"does not need X", "is not obligated", "isn't allowed" and "at liberty to" (modality.py), a step 经…后 a claim says is not
needed (waived_conditions.py), and "once / twice / N times a year" as counts, as 每年两次 is (lexis/quantities.py).
Real clause texts from the corpus; the claims are written for these tests."""

import pytest

from assistant.lexis.quantities import extract_quantities
from assistant.settings import SHARED_REGULATIONS
from assistant.verify.modality import modal_classes
from assistant.verify.statute_words_zh import statute_words_zh
from tests.test_claims_round8 import article, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

PIPL47 = article("zh/pipl-2021.md", "个人信息保护法", 47, "第四十七条")  # 应当主动删除个人信息
PBOC38 = article("zh/pboc-law-2003.md", "中国人民银行法", 38, "第三十八条")  # 预算经国务院财政部门审核后，纳入中央预算
CRR17 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 17, "第十七条")  # 每年两次免费获取
CIIO17 = article("zh/ciio-security-regulation-2021.md", "关键信息基础设施安全保护条例", 17, "第十七条")  # 自行或者委托…每年至少一次


def _classes(text: str) -> set[str]:
    return {cls for _, cls in modal_classes(text)}


@pytest.mark.parametrize("everyday, statute", [
    ("处理目的实现以后，银行没必要主动删除个人信息。", "无需"),
    ("银行用不着主动删除。", "无需"),
    ("银行不是非得删除。", "无需"),
    ("银行随便处理客户信息。", "可以"),
])
def test_everyday_words_read_as_the_statutes(everyday, statute):
    assert statute in statute_words_zh(everyday, [PIPL47.text])


def test_a_negated_casual_word_is_no_permission():
    assert "可以" not in statute_words_zh("银行不能随便处理客户信息。", [PIPL47.text])
    assert statute_words_zh("这种做法有随意性。", []) == "这种做法有随意性。"


@pytest.mark.parametrize("text, cls", [
    ("银行没义务删除。", "exemption"),
    ("评估不是必需的。", "exemption"),
    ("没有硬性要求银行评估。", "exemption"),
    ("The bank does not need a new assessment.", "exemption"),
    ("The bank is not obligated to notify anyone.", "exemption"),
    ("The bank isn't allowed to disclose the data.", "prohibition"),
    ("The bank is at liberty to keep the data.", "permission"),
])
def test_everyday_modal_wording(text, cls):
    assert cls in _classes(text)


def test_a_denied_duty_in_everyday_words_is_contradicted():
    assert verdict("处理目的已经实现的，个人信息处理者没必要主动删除个人信息。", PIPL47).verdict == "contradicted"
    assert verdict("Once the purpose is achieved, a handler does not need any deletion of the personal information.",
                   PIPL47).verdict == "contradicted"


def test_a_step_taken_before_the_next_act_said_to_be_unneeded_is_contradicted():
    assert verdict("人民银行的预算不需要经过国务院财政部门审核就能纳入中央预算。", PBOC38).verdict == "contradicted"
    assert verdict("人民银行的预算经国务院财政部门审核后纳入中央预算。", PBOC38).verdict != "contradicted"


def test_counts_of_a_rate_in_english():
    (q,) = extract_quantities("free of charge twice a year", rates=True)
    assert (q.value, q.unit) == (2.0, "occurrence")
    (q,) = extract_quantities("at least three times per year", rates=True)
    assert (q.value, q.unit, q.bound) == (3.0, "occurrence", "min")
    assert [q.unit for q in extract_quantities("three times the amount", rates=True)] == ["multiple"]
    assert not [q for q in extract_quantities("once a controller holds the certificate", rates=True) if q.unit == "occurrence"]
    # the retrieval and gate readers leave counts of a rate out, as before
    assert extract_quantities("twice a year") == []


def test_an_english_count_against_a_chinese_one():
    assert verdict("Individuals may obtain their own credit report free of charge four times a year.",
                   CRR17).verdict == "contradicted"
    assert verdict("Individuals may obtain their own credit report free of charge twice a year.",
                   CRR17).verdict != "contradicted"


def test_alternatives_either_way_stay_a_duty_not_an_option():
    # 都行 after two ways of doing a duty chooses the way, not whether: no permission reading of 都行 / 也行
    assert verdict("关基运营者每年至少要做一次检测评估，自己做或者委托服务机构做都行。", CIIO17).verdict != "contradicted"

