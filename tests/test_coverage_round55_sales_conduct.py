"""Round 55 (gate55oos, issue 11): the sales conduct of investment and wealth products (risk disclosure statements,
whether a sale must be recorded, investor suitability, sales staff qualifications) is the wealth and sales rules'
matter, none indexed; how long the sales recordings are kept is the record-retention policy's (第十七条)."""

from assistant.retrieval.named_laws import regimes_in

HEAD = "Investment-product sales conduct"


def _named(question: str) -> bool:
    return any(n.startswith(HEAD) for n in regimes_in(question))


def test_the_sales_rules_own_matter_is_their_regime():
    assert _named("基金销售时客户要签风险揭示书吗？")
    assert _named("代销私募产品时，是否要对每个客户录音录像？")
    assert _named("投资者适当性评估多久做一次？")
    assert _named("How often must a bank repeat the suitability assessment of its investment clients?")
    assert _named("Do branch tellers need a licence before selling investment funds?")
    assert _named("柜员卖基金要不要考资格证？")


def test_the_recordings_kept_and_the_products_named_are_not_the_sales_rules():
    assert not _named("销售过程的录音录像要保存几年？")
    assert not _named("是不是必须保存双录资料到产品到期以后？")
    assert not _named("结构性存款产品上线前要不要报批？")
    assert not _named("营销短信写理财产品保本，客户能要求赔偿吗？")
    assert not _named("How long do we keep the call recordings of a wealth product sale?")
    assert not _named("What qualification documents does a bank submit for a new director?")
