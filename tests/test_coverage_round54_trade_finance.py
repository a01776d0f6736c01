"""Round 54 (gate54oos2, issue 11): the rules of trade finance and structured lending — factoring, finance leasing and
sale-and-leaseback, independent guarantees, a letter of credit's document examination (UCP 600), syndicated and
entrusted loans, letters of comfort — are texts no indexed law holds (商业银行保理业务管理暂行办法, 融资租赁公司监督管理
暂行办法, the 独立保函 judicial interpretation, 国内信用证结算办法, 银团贷款业务指引, 商业银行委托贷款管理办法); what
商业银行法 says of a bank's letter-of-credit and guarantee business, its loans' guarantees and its bill discounting, a
correspondent bank under the AML laws and a leasing subsidiary under consolidated supervision stay answerable."""

from assistant.retrieval.named_laws import regimes_in


def _names(question: str) -> list[str]:
    return [n for n in regimes_in(question) if n.startswith("Trade finance")]


def test_trade_finance_rules_are_their_own():
    assert _names("有追索权保理的回购期限有没有上限？")
    assert _names("售后回租业务里租赁物要满足什么条件？")
    assert _names("独立保函的见索即付条款怎么写？")
    assert _names("银团贷款中牵头行最低承贷比例是多少？")
    assert _names("委托贷款的资金来源有什么限制？")
    assert _names("国内信用证交单后银行审单的期限是几天？")
    assert _names("How many banking days does UCP 600 allow to examine the documents?")
    assert _names("Must the receivables transfer be registered before we buy invoices under factoring?")
    assert _names("How should credit approval treat a letter of comfort from a parent company?")


def test_what_the_indexed_laws_say_of_these_businesses_is_no_such_rule():
    # 商业银行法第三条 (信用证服务及担保, 票据承兑与贴现), 第三十六条 (a loan's 担保), the AML laws (a correspondent
    # bank's cooperation), 银行业监督管理法 (consolidated supervision of a leasing subsidiary)
    assert not _names("商业银行可以提供信用证服务及担保吗？")
    assert not _names("贷款一定要借款人提供担保吗？")
    assert not _names("票据贴现属于商业银行可以经营的业务吗？")
    assert not _names("境外代理行要求我们配合反洗钱调查，能提供客户资料吗？")
    assert not _names("我们下面有家金融租赁子公司，监管会并表吗？")
    assert not _names("May a commercial bank issue letters of credit and guarantees?")
