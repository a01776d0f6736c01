"""Spoken Chinese words for the legal concepts the texts use (glossary.toml, the round-39 block at its end).

A small embedder does not link 小舅子 to 亲属 or 拦着 to 阻碍; BM25 links them only through the glossary. Each class is
written whole (every common word for it), so the sentences below are this test's own, not any evaluation question's.
"""

from __future__ import annotations

import pytest

from assistant.lexis.glossary import load_glossary


@pytest.mark.parametrize(
    ("sentence", "legal_term"),
    [
        ("他把钱借给了岳父", "近亲属"),
        ("行长的大姨子也来申请贷款", "亲属"),
        ("保安拦着执法人员不让进", "拒绝、阻碍"),
        ("上级打招呼要我们放款", "不受任何单位和个人的干涉"),
        ("老人在营业厅跌倒了", "安全保障义务"),
        ("保安要翻包检查", "搜查消费者的身体及其携带的物品"),
        ("黑客拿到了后台权限", "非法侵入他人网络"),
        ("这笔损失要赔钱吗", "承担赔偿责任"),
        ("执法人员把电脑封存了", "查封或者扣押"),
        ("柜员对客户的问题一直打太极", "作出真实、明确的答复"),
        ("网银又宕机了", "安全、稳定、持续的服务"),
        ("女儿替她办挂失", "代理关系"),
        ("对高风险地区客户一刀切", "不得采取与洗钱风险状况明显不相匹配的措施"),
        ("董事长被叫去谈话", "约谈"),
        ("利息一直拖着不付", "拖延"),
        ("公司不认罚，想告监管", "申请行政复议或者提起行政诉讼"),
        ("陌生人打电话查余额", "有权拒绝任何单位或者个人查询"),
        ("平台从余额里直接扣钱", "冻结、扣划"),
        ("我的卡被冻了", "洗钱风险管理措施"),
        ("开户时地址填错了", "更正、补充"),
        ("客户要求把照片删掉", "删除"),
        ("员工把名单传出去了", "泄露"),
    ],
)
def test_spoken_word_reaches_the_legal_term(sentence, legal_term):
    assert legal_term in load_glossary().expansion(sentence)


@pytest.mark.parametrize(
    ("sentence", "legal_term"),
    [
        ("兄弟银行的做法可以参考吗", "亲属"),  # 兄弟 单位 / 银行: a sister institution, no relative
        ("用不了多久就能上线", "安全、稳定、持续的服务"),  # 用不了多久: "it won't take long"
        ("手机银行的渗透率有多高", "非法侵入他人网络"),  # 渗透率: market penetration
        ("理财产品能不能兜底", "承担赔偿责任"),  # 兜底: a promise of capital, another concept
        ("客户签了征信授权书", "代理关系"),  # a consent form, not an agent
        ("客户对我们限制交易的决定不服", "申请行政复议或者提起行政诉讼"),  # an objection to the bank (异议), no appeal
        ("前妻来问房贷的事", "近亲属"),  # an ex-spouse is no relative
    ],
)
def test_ambiguous_words_are_left_out(sentence, legal_term):
    assert legal_term not in load_glossary().expansion(sentence)
