"""An incident told as it happens reaches the event the clause names (glossary.toml, the 数据泄露 entry, round 50).

个人信息保护法第五十七条 and 数据安全法第二十九条 speak of 泄露、篡改、丢失 and 数据安全事件; staff describe the event itself (a
statement sent to another customer, a lost laptop, a server broken into). The sentences are this test's own.
"""

from __future__ import annotations

import pytest

from assistant.lexis.glossary import load_glossary


@pytest.mark.parametrize(
    "sentence",
    [
        "系统把张三的回单错发给了李四",
        "账单串户了，客户看到的是别人的交易",
        "外包商的笔记本电脑丢在高铁上了",
        "存着客户名单的U盘丢了",
        "合作方的服务器被攻破了",
        "The nightly job sent a statement to a different customer",
        "A letter with account details was misdirected",
        "An adviser lost a laptop with client files",
        "The email went to the wrong inbox",
    ],
)
def test_an_incident_told_as_it_happens_reaches_the_event_the_clause_names(sentence):
    assert "泄露、篡改、丢失" in load_glossary().expansion(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "客户地址没更新，信老寄错地方",  # a stale contact detail: rectification (个人信息保护法第四十六条)
        "检查组要把客户明细拷走",  # an examiner's lawful copy
        "The bank breached the capital rules",  # a rule breached, no data event
        "Fraudsters gained unauthorized access to her account",  # account fraud
    ],
)
def test_ambiguous_event_words_are_left_out(sentence):
    assert "泄露、篡改、丢失" not in load_glossary().expansion(sentence)
