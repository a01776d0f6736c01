"""Chinese questions: the bank's bare name is no cue for its own rules (bank_as_actor.py), a named law asks what the law
says (its implementing policies wait), and 担什么责任 asks for the consequences (routing.asks_consequences)."""

from dataclasses import replace

import pytest

from assistant.retrieval.bank_as_actor import bank_only_as_actor
from assistant.retrieval.routing import asks_consequences


@pytest.mark.parametrize("question, actor", [
    # the bank acts; the law is asked
    ("有家民企想入股我们行，持股比例会超过要审批的那条线，监管会看什么？", True),
    ("我们行想开办结售汇业务，这个是报谁批？", True),
    ("审计署说要进场审我们行，这块可以不接吗", True),
    ("行里自己训练的风控模型要上线，数据来源合规上要注意什么？", True),  # 行里, the everyday "our bank", acting
    # the bank's rules are asked
    ("征信查询授权书我们行规定要留存几年？", False),
    ("按我行规定，刷脸核验拍下来的原始人脸照片能不能存下来？", False),
    ("理财双录的录音录像资料，我们行里要求存几年？", False),
    ("员工离职以后系统账号，行里规定多久要注销？", False),
    ("选外包服务商之前要查哪些东西，咱们行的制度是怎么规定的", False),
    ("按我们行内的档案制度，客户身份资料在销户以后要保存几年？", False),
    # the bank as the one that permits or restricts, or its demands on a matter (round 55)
    ("柜员下班前把U盾锁进抽屉就走，本行准许这样吗？", False),
    ("我们行的规矩是什么，员工能把工作文件转到私人邮箱吗", False),
    ("我行对员工拷客户数据有哪些规定？", False),
    ("行里对外包人员进机房有什么限制？", False),
    ("我行对这家供应商发起了诉讼，起诉期限有多长？", True),  # 对 + a party, no rule word: the bank acts
    # no bank named, or not Chinese
    ("客户要求删除他的个人信息，银行必须在多少天内处理？", False),
    ("Under our internal policy, how long do we keep call recordings?", False),
])
def test_the_banks_bare_name_is_the_actor(question, actor):
    assert bank_only_as_actor(question) is actor


@pytest.mark.parametrize("question, asks", [
    ("有柜员偷偷拿客户的U盾替客户签了电子合同，这个人要担什么责任？", True),
    ("员工泄露了客户信息，要承担哪些责任？", True),
    ("出了事我们要担责吗？", False),  # whether a duty falls on the asker, as often as a sanction
    ("电子签名人应当怎么保管私钥？", False),
])
def test_asking_what_liability_is_a_consequence_question(question, asks):
    assert asks_consequences(question) is asks


def _rank(retriever, question: str, key: tuple, **over) -> int:
    original = retriever.config
    retriever.config = replace(original, **over)
    try:
        keys = [(h.clause.doc_id, h.clause.article) for h in retriever.retrieve(question, 10).hits]
    finally:
        retriever.config = original
    return keys.index(key) + 1 if key in keys else 99


def test_the_bank_as_actor_does_not_lift_its_policies(small_assistant):
    """On the real index: a question where the bank is only the actor (我们行客户量很大) finds the PIPL's localisation
    article (第四十条) higher than when the bare name counts as asking about the bank's rules."""
    question = "我们行客户量很大，境内收集的客户个人信息是不是必须放在境内服务器？真要传到境外要走什么程序？"
    key = ("pipl-2021", 40)
    assert _rank(small_assistant.retriever, question, key, bank_as_actor=True) < \
        _rank(small_assistant.retriever, question, key, bank_as_actor=False)


def test_a_named_law_ranks_above_its_implementing_policies(small_assistant):
    """On the real index: naming the PIPL (个保法) puts its articles above the bank's policies implementing it."""
    question = "客户地址好几年没更新，催收函老寄错地方被投诉，个保法对信息准确性有没有要求？"
    retriever = small_assistant.retriever

    def first_law_rank(**over) -> int:
        original = retriever.config
        retriever.config = replace(original, **over)
        try:
            hits = retriever.retrieve(question, 10).hits
        finally:
            retriever.config = original
        return next((n for n, h in enumerate(hits, 1) if h.clause.kind != "policy"), 99)

    # the law cue measured on its own: written out in the dense query (个保法 → 个人信息保护法, spelled_out.py), the
    # law's name alone brings its articles first on this small index
    assert first_law_rank(named_law_is_law_cue=True, spell_out_short_forms=False) < \
        first_law_rank(named_law_is_law_cue=False, spell_out_short_forms=False)
    assert first_law_rank() == 1


def test_a_sanction_stated_outside_the_penalty_chapter():
    from assistant.retrieval.penalty_articles import states_sanction

    # 商业银行法第二十三条 (the licence is revoked when a branch does not open) and a plain duty
    assert states_sanction("第二十三条 …无正当理由超过六个月未开业的，或者开业后自行停业连续六个月以上的，由国务院银行业监督管理机构吊销其经营许可证，并予以公告。")
    assert not states_sanction("第五十五条 商业银行应当按照国家有关规定，真实记录并全面反映其业务活动和财务状况。")
