"""Everyday Chinese banking words for the laws' own terms (glossary.toml, the round-54 block and the 关门 addition): each
reaches the wording of the article it stands for. The sentences are this test's own, not any evaluation question's."""

from __future__ import annotations

import pytest

from assistant.lexis.glossary import load_glossary


@pytest.mark.parametrize(
    ("sentence", "legal_term"),
    [
        ("宣传单上印了一张大钞", "人民币图样"),  # 中国人民银行法第十九条
        ("海报用人民币图案做底纹", "人民币图样"),
        ("信贷员把客户的上市计划说漏嘴了", "商业秘密"),  # 商业银行法第五十三条
        ("年底支行到处揽储", "不正当手段"),  # 商业银行法第四十七条
        ("季末冲时点送礼品", "吸收存款"),
        ("网点周末关门半天", "不得擅自停止营业或者缩短营业时间"),  # 商业银行法第四十九条
        ("运营想给合作方的内容降权", "对其他互联网信息服务提供者进行不合理限制"),  # 算法推荐管理规定第十五条
    ],
)
def test_everyday_word_reaches_the_laws_term(sentence, legal_term):
    assert legal_term in load_glossary().expansion(sentence)


def test_unrelated_sentences_stay_unexpanded():
    terms = load_glossary().expansion("这笔贷款的利率怎么定")
    assert "人民币图样" not in terms and "对其他互联网信息服务提供者进行不合理限制" not in terms
