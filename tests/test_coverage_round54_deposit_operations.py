"""Round 54 (gate54oos, issue 11): the rules of deposit operations — a time deposit withdrawn before maturity, notice
deposits, savings bonds, interest rounding, dormant accounts, a deceased depositor's savings withdrawn by the heirs —
are texts no indexed law holds (储蓄管理条例, 通知存款管理办法, the savings-bond rules, 人民币利率管理规定, 人民币银行结算账户
管理办法, the PBOC's rules on a deceased depositor's small deposits); what the indexed laws say about savings, a deceased
person's data and account opening stays answerable."""

from assistant.retrieval.named_laws import regimes_in


def _names(question: str) -> list[str]:
    return [n for n in regimes_in(question) if n.startswith("Deposit operations")]


def test_deposit_operations_are_their_own_rules():
    assert _names("定期储蓄存款未到期，储户要全部提前支取，利息怎么计算？")
    assert _names("单位通知存款最低起存金额是多少？")
    assert _names("凭证式国债到期前兑取要收手续费吗？")
    assert _names("结息时分以下的尾数怎么处理？")
    assert _names("一年以上未发生收付活动的账户能否转为久悬账户？")
    assert _names("存款人死亡后，其继承人凭什么证明可以支取存款？")
    assert _names("Can a depositor withdraw a time deposit before it matures, and at what rate?")
    assert _names("What notice must a customer give before withdrawing a notice deposit?")
    assert _names("How long before a dormant account may be closed?")


def test_what_the_indexed_laws_say_about_savings_and_the_deceased_is_no_such_rule():
    # 商业银行法第二十九条 (the principles of savings), 个人信息保护法第四十九条 (a deceased person's data),
    # 电子签名法第三条 (succession documents), the AML laws (account opening)
    assert not _names("办理个人储蓄存款业务应当遵循哪些原则？")
    assert not _names("客户去世后，近亲属能查阅他的个人信息吗？")
    assert not _names("涉及继承的文书能不能用电子签名？")
    assert not _names("开立单位结算账户时要核对哪些身份证件？")
    assert not _names("The family of a deceased depositor asks for his transaction data: may we give it?")
