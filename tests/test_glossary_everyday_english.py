"""Everyday English for the legal concepts of the Chinese texts and the bank's policies (glossary.toml, the round-40
block at its end).

An English question that names neither the law nor the country says "our insurance arm", "dumped on a forum", "in
cash"; the texts say 向其他个人信息处理者提供, 泄露, 大额交易报告. Each class is written whole from general English, so the
sentences below are this test's own, not any evaluation question's.
"""

from __future__ import annotations

import pytest

from assistant.lexis.glossary import load_glossary
from assistant.retrieval.jurisdiction_default import chinese_bridge_terms
from assistant.lexis.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("sentence", "legal_term"),
    [
        ("Somebody dumped a spreadsheet of client names online.", "泄露、篡改、丢失"),
        ("The records turned up online on a hacker forum.", "泄露"),
        ("Can our brokerage arm see the deposit data?", "向其他个人信息处理者提供"),
        ("The parent company wants the customer list.", "单独同意"),
        ("We keep a replica of the core database in another data centre.", "容灾备份"),
        ("The failover site holds a full copy.", "备份"),
        ("The loan officer's brother-in-law applied for credit.", "近亲属"),
        ("A director's wife wants an unsecured loan.", "关系人"),
        ("He withdrew cash three times this week.", "大额交易报告"),
        ("A man walked in with a bag of cash.", "累计交易超过规定金额"),
        ("Do we need a point person for customer data?", "个人信息保护负责人"),
        ("Who is the accountable person for data security?", "数据安全负责人和管理机构"),
        ("We are absorbing a smaller lender.", "合并、分立"),
        ("The card business was spun off last year.", "转移个人信息"),
        ("Can we reuse the onboarding data for a campaign?", "不得用作约定以外的用途"),
        ("The branch wants to cross-sell using loan files.", "约定的用途"),
        ("The form asks for hobbies just in case.", "不得过度收集个人信息"),
        ("How much do we set aside for loans that will never be repaid?", "呆账准备金"),
        ("He wants his account under a nickname.", "匿名账户或者假名账户"),
        ("The service was not as advertised.", "实际质量与表明的质量状况相符"),
        ("Customers find the tailored offers creepy.", "不针对其个人特征的选项"),
        ("The applicant handed in a fake payslip.", "欺诈手段骗取贷款"),
        ("Marketing bought bot likes for the launch post.", "虚假点赞、评论、转发"),
        ("Is there any leniency if we self-reported?", "从轻、减轻或者不予处罚"),
        ("An employee wants to blow the whistle on the bank.", "对投诉、举报人的相关信息予以保密"),
    ],
)
def test_everyday_english_reaches_the_legal_term(sentence, legal_term):
    assert legal_term in load_glossary().expansion(sentence)


@pytest.mark.parametrize(
    ("sentence", "legal_term"),
    [
        ("Can our sister company use the app?", "近亲属"),  # a sister company, no relative
        ("Can the regulator take over a failing bank?", "合并、分立"),  # 接管, not a merger
        ("A stolen card was used at the ATM.", "泄露"),  # fraud with a card, not a leak
        ("What is our market risk exposure?", "泄露"),  # risk exposure, not exposed data
        ("Is the rate relative to the benchmark?", "近亲属"),  # relative to, no relative
        ("Can we tip off the customer about the report?", "对投诉、举报人的相关信息予以保密"),  # tipping off is a leak
    ],
)
def test_ambiguous_words_are_left_out(sentence, legal_term):
    assert legal_term not in load_glossary().expansion(sentence)


def test_a_question_with_no_jurisdiction_cue_reaches_the_chinese_terms():
    """The Chinese-side BM25 list of an English question with no cue (jurisdiction_default.chinese_bridge_query) is
    searched with the class's Chinese terms."""
    terms = chinese_bridge_terms("Our insurance arm wants the transaction data. What do we need first?",
                                 load_glossary(), load_lexicon())
    assert "向其他个人信息处理者提供" in terms and "单独同意" in terms
