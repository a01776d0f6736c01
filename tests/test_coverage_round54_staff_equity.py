"""Round 54 (gate54oos2, issue 11): staff equity plans and staff securities dealing (the CSRC's employee share-ownership
and equity-incentive rules, SAFE's rules on an overseas parent's stock plan, firms' personal-dealing codes) and the
asset-management guidance's net-value management and ban on rigid redemption (资管新规) are texts no indexed law holds;
what the indexed laws say of a payment institution's shareholders, a product's advertising and deposit-taking stays
answerable."""

from assistant.retrieval.named_laws import regimes_in


def _names(question: str, head: str) -> list[str]:
    return [n for n in regimes_in(question) if n.startswith(head)]


def test_staff_equity_and_dealing_are_their_own_rules():
    head = "Staff equity plans"
    assert _names("员工持股计划的锁定期最短多久？", head)
    assert _names("限制性股票激励的授予价格怎么定？", head)
    assert _names("Can branch staff join the parent's restricted stock unit plan?", head)
    assert _names("What pre-clearance applies before staff buy shares in their brokerage accounts?", head)
    assert _names("How long is the blackout period for personal account dealing?", head)


def test_net_value_management_and_rigid_redemption_are_the_wealth_rules():
    head = "Asset- and wealth-management"
    assert _names("净值化转型以后理财还能刚性兑付吗？", head)
    assert _names("理财产品能不能刚性兑付？", head)


def test_what_the_indexed_laws_say_is_no_such_rule():
    assert not _names("支付机构的股东通过委托他人持股规避监管，会怎么处罚？", "Staff equity plans")
    assert not _names("营销海报写理财保本稳赚，客户能要求赔偿吗？", "Asset- and wealth-management")
    assert not _names("商业银行员工能在外兼职吗？", "Staff equity plans")
