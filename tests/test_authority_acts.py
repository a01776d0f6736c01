"""A Chinese question whose actor is an authority: the articles opening with that authority as subject lead."""

import pytest

from assistant.retrieval.authority_acts import authority_subject, names_authority_actor


@pytest.mark.parametrize("question, actor", [
    ("网信办来现场检查，说要把服务器封存带走，他们真有这个权力吗？", True),
    ("公安发函要冻结某个用户的余额，我们能不配合吗", True),
    ("现场检查组要把客户明细拷走，他们有保密义务吗？", True),
    # an authority as the object (报人行, 找监管审批) is no actor
    ("要不要在那边设分支机构，需不需要报人行？", False),
    ("新产品上线前要不要先找监管审批？", False),
    ("客户要求删除他的个人信息，我们多久内要处理？", False),
])
def test_an_authority_named_as_actor(question, actor):
    assert names_authority_actor(question) is actor


def test_articles_opening_with_an_authority():
    # the laws' own openings (个人信息保护法第六十三条, 数据安全法第三十五条, 银行业监督管理法第十一条)
    assert authority_subject("第六十三条 履行个人信息保护职责的部门履行个人信息保护职责，可以采取下列措施：")
    assert authority_subject("第三十五条 公安机关、国家安全机关因依法维护国家安全或者侦查犯罪的需要调取数据，应当按照国家有关规定")
    assert authority_subject("第十一条 银行业监督管理机构工作人员，应当依法保守国家秘密")
    # the regulated institutions are no authority (金融机构, 征信机构), nor a duty of the bank that names one
    assert not authority_subject("第二十九条 商业银行办理个人储蓄存款业务，应当遵循存款自愿、取款自由、存款有息、为存款人保密的原则。")
    assert not authority_subject("第二十七条 金融机构应当依照本法规定建立健全反洗钱内部控制制度")
    assert not authority_subject("第二十三条 征信机构应当采取合理措施，保障其提供信息的准确性。")


def test_an_authority_question_finds_the_authoritys_article(small_assistant):
    """On the real index: the AML regulator's own supervisory remit (反洗钱法第十三条) ranks higher with the lift than
    without it for a question on whether its local branch may inspect (the banks' AML duties share its words)."""
    from dataclasses import replace

    retriever = small_assistant.retriever
    question = "人行的中支来我们分行查反洗钱义务履行情况，他们有这个权限吗？还是只有总行层面才能查？"

    def rank(boost: float) -> int:
        original = retriever.config
        retriever.config = replace(original, authority_act_boost=boost)
        try:
            keys = [(h.clause.doc_id, h.clause.article) for h in retriever.retrieve(question, 10).hits]
        finally:
            retriever.config = original
        return keys.index(("aml-law-2024", 13)) + 1 if ("aml-law-2024", 13) in keys else 99

    assert rank(1.5) < rank(1.0)
