"""A Chinese question whose actor is the customer asking the bank: the articles granting the individual a right lead."""

import pytest

from assistant.retrieval.individual_requests import grants_individual_right, names_individual_requester


@pytest.mark.parametrize("question, asks", [
    ("客户打电话说他在系统里的住址是错的，让我们改，我们必须改吗？", True),
    ("客户要求把他的个人信息复制一份给他，我们有义务提供吗？", True),
    ("用户申请注销账号，我们能不能让他先到网点？", True),
    # the bank asking the customer, a staff member, the customers' data, 要求 as a noun: no request by the customer
    ("我们能不能要求客户必须到柜台办？", False),
    ("客户经理要求客户买保险才给放款，这合规吗？", False),
    ("行里对客户信息访问日志要求保存几年？", False),
    ("手机银行对老年客户有没有特别的要求？", False),
])
def test_the_customer_named_as_asking(question, asks):
    assert names_individual_requester(question) is asks


def test_articles_granting_a_right():
    # the laws' own openings (个人信息保护法第四十六条、第四十五条, 消费者权益保护法第八条, 征信业管理条例第二十五条)
    assert grants_individual_right("第四十六条 个人发现其个人信息不准确或者不完整的，有权请求个人信息处理者更正、补充。")
    assert grants_individual_right("第四十五条 个人有权向个人信息处理者查阅、复制其个人信息")
    assert grants_individual_right("第八条 消费者享有知悉其购买、使用的商品或者接受的服务的真实情况的权利。")
    assert grants_individual_right("第二十五条 信息主体认为征信机构采集、保存、提供的信息存在错误、遗漏的，有权向征信机构或者信息提供者提出异议")
    # the handler's duties and powers are no right of the individual (个人信息处理者 is not 个人)
    assert not grants_individual_right("第五十条 个人信息处理者应当建立便捷的个人行使权利的申请受理和处理机制。")
    assert not grants_individual_right("第二十九条 商业银行办理个人储蓄存款业务，应当遵循存款自愿、取款自由、存款有息、为存款人保密的原则。")


def test_a_customer_request_finds_the_right(small_assistant):
    """On the real index: the right to rectification (个人信息保护法第四十六条) ranks higher with the lift than without it
    for a customer asking the bank to correct stale details (the bank's policies restate the same request)."""
    from dataclasses import replace

    retriever = small_assistant.retriever
    question = "客户来电说我们留的单位和地址早就变了、都不对，让我们改过来，我们必须马上改吗？"

    def rank(boost: float) -> int:
        original = retriever.config
        retriever.config = replace(original, individual_right_boost=boost)
        try:
            keys = [(h.clause.doc_id, h.clause.article) for h in retriever.retrieve(question, 20).hits]
        finally:
            retriever.config = original
        return keys.index(("pipl-2021", 46)) + 1 if ("pipl-2021", 46) in keys else 99

    assert rank(2.0) < rank(1.0)
