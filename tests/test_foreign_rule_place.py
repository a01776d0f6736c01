"""A question asking what holds in a place outside the mainland and the EU, naming no law, is another jurisdiction's
question (gate/foreign_setting.py); a place named as the setting of the bank's own case is not."""

import pytest

from assistant.retrieval.gate.foreign_setting import foreign_rule_place
from gate_doubles import gate_on_pipl_clause


@pytest.mark.parametrize("question, place", [
    ("日本的银行发生数据泄露要多久内报告？", "日本"),
    ("新加坡的数据泄露通知时限是多少？", "新加坡"),
    ("在美国，银行保存交易记录要多少年？", "美国"),
    ("在香港开户需要哪些身份证明文件？", "香港"),
    ("What is the breach notification deadline for a bank in Japan?", "Japan"),
    ("In Australia, how long do banks have to keep KYC records?", "Australia"),
    ("Under Singapore law, can a bank lend to its own directors?", "Singapore"),
    ("What do Hong Kong's rules say about cold-calling for loans?", "Hong Kong"),
    ("How long do UK banks keep credit records?", "UK"),
])
def test_the_rules_of_a_place_are_asked(question, place):
    assert foreign_rule_place(question) == place


@pytest.mark.parametrize("question", [
    "我们把客户数据传到新加坡的分行，需要做什么？",  # the bank's own transfer: 个人信息保护法第三章
    "We send customer data to our Singapore branch. What do we need to do?",
    "香港客户来内地网点开户，要核验哪些身份信息？",  # a customer from there, served here
    "香港的公司来开对公账户，受益所有人要查到什么程度？",
    "美国法院要求我们提供境内存储的客户数据，能直接给吗？",  # 数据安全法第三十六条
    "Can a US court make a Chinese bank hand over customer data stored in China?",
    "像美国那样，征信不良记录是不是也保存七年？",  # a comparison: asked of home
    "A bank in Germany wants to use AI for credit scoring: is that high-risk?",  # an EU place: the AI Act's
    "Is a signing certificate issued by a Singapore certificate authority valid here?",
    "征信数据能不能放到香港的机房去做加工和存储？",
    # a place ending the question is where the bank's data goes as often as whose law is asked: not read
    "Can the data be processed by a sub-processor in India?",
    "Is it OK to host the backup servers in Singapore?",
    "How long are credit records kept in the UK?",
])
def test_a_place_in_the_banks_own_case_is_not_a_foreign_question(question):
    assert foreign_rule_place(question) is None


# 个人信息保护法第五十七条, in part
CLAUSE = "个人信息处理者应当立即采取补救措施，并通知履行个人信息保护职责的部门和个人。"


def _gate(question: str):
    return gate_on_pipl_clause(question, CLAUSE, 57, ["个人信息", "泄露", "通知"])


def test_the_gate_refuses_it_and_says_why_unless_an_indexed_law_is_named():
    refused = _gate("日本的银行发生个人信息泄露要多久内通知？")
    assert not refused.covered and refused.kind == "jurisdiction" and "日本" in refused.reason
    assert _gate("日本的银行发生个人信息泄露，按个人信息保护法要通知谁？").kind != "jurisdiction"
