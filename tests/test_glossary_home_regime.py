"""A foreign bank's home-regime English for the concepts of the Chinese texts (glossary.toml, round 45).

A branch or head office asks about Chinese rules in the words of its own regime: the US Fair Credit Reporting Act's
"negative information" and "late payments" (征信业管理条例第十五条: 不良信息), a "SAR filing" (反洗钱法第三十五条:
可疑交易报告), exiting a customer whose due diligence fails (FATF Recommendation 10; 反洗钱法第三十八条: 终止业务关系),
a "data processor" (GDPR Article 4(8); 个人信息保护法第二十一条: 受托人). The sentences are this test's own.
"""

from __future__ import annotations

import pytest

from assistant.lexis.glossary import load_glossary


@pytest.mark.parametrize(
    ("sentence", "legal_term"),
    [
        ("Must the borrower be told before negative information goes to the bureau?", "事先告知信息主体本人"),
        ("Two missed payments on a car loan.", "不良信息"),
        ("The card has been past due since March.", "不良信息"),
        ("Late payments on the mortgage.", "不良信息"),
        ("We report the overdue loan next month.", "不良信息"),
        ("When do we file a SAR?", "可疑交易报告"),
        ("The SAR filing deadline.", "可疑交易报告"),
        ("May we exit the client after he refused the questionnaire?", "终止业务关系"),
        ("Can we terminate the business relationship?", "拒不配合"),
        ("The data processor hosts our CRM.", "受托人"),
    ],
)
def test_home_regime_term_reaches_the_chinese_concept(sentence, legal_term):
    assert legal_term in load_glossary().expansion(sentence)


@pytest.mark.parametrize(
    ("sentence", "legal_term"),
    [
        # a special administrative region is no suspicious activity report
        ("Our branch in the Hong Kong SAR opens accounts.", "可疑交易报告"),
        # a vendor contract ending is no customer exit
        ("The vendor contract ends next month.", "终止业务关系"),
    ],
)
def test_lookalikes_are_not_bridged(sentence, legal_term):
    assert legal_term not in load_glossary().expansion(sentence)
