"""Round 52 (gate52oos, issue 11): a bank's cash operations (ATM cash loading, cash escort, vault and teller cash,
large withdrawals booked ahead) and a card's fees, minimum repayment and stolen-card losses are rules no indexed text
holds (现金管理暂行条例, 保安服务管理条例, 银行卡业务管理办法, 商业银行信用卡业务监督管理办法, the courts' bank-card rules);
what the indexed laws do say about cash, fees and cards stays answerable."""

from assistant.retrieval.named_laws import regimes_in


def _names(question: str) -> list[str]:
    return [n for n in regimes_in(question) if n.startswith(("Cash operations", "Bank-card business rules"))]


def test_cash_operations_are_their_own_rules():
    assert _names("自助设备加钞需要几名工作人员在场？")
    assert _names("运钞车进出网点时押运人员的交接有什么要求？")
    assert _names("支行库存现金超过核定限额怎么办？")
    assert _names("出纳轧账出现短款，差额由谁补？")
    assert _names("一次取款五十万元以上需要提前多久预约？")
    assert _names("Which vehicle standards apply to a cash-in-transit company we hire?")
    assert _names("Can a teller carry over the cash left in her drawer to the next day?")
    assert _names("A customer withdrawing 200,000 yuan in cash: does he have to book in advance?")


def test_card_fees_minimum_repayment_and_stolen_card_losses_are_the_card_rules():
    assert _names("借记卡年费可以按季度扣收吗？")
    assert _names("信用卡最低还款额的比例由谁定？")
    assert _names("持卡人的卡被伪卡盗刷，损失先由谁承担？")
    assert _names("What is the lowest minimum repayment a card issuer may set?")
    assert _names("Who bears the loss when a card is skimmed at a terminal abroad?")


def test_what_the_indexed_laws_say_about_cash_fees_and_cards_is_no_such_rule():
    # 反洗钱法 (cash transaction reports), 商业银行法第五十条 (fees), 消费者权益保护法 (disputes), 中国人民银行法 (counterfeits)
    assert not _names("大额现金交易要向哪里报告？")
    assert not _names("银行想新收一项账户管理费，收费标准自己定就行吗？")
    assert not _names("客户对信用卡分期手续费有异议，可以向哪些部门投诉？")
    assert not _names("会员年费服务没有按约定提供，消费者能要求退款吗？")
    assert not _names("明知是假币还存入银行，会受到什么处罚？")
    assert not _names("小程序里可以预约办卡吗，需要收集哪些个人信息？")
    assert not _names("An app bug charged the annual card fee twice; what must we do about the customers' data?")
