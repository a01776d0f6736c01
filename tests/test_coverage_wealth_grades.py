"""Round 50 (gate50oos): the wealth-management product rules also grade products and investors (R1–R5 / C1–C5, the
investor's 风险承受能力) and give a cooling-off period (投资冷静期); none of those rules is indexed (regimes.toml), and
what stays answerable beside them."""

from assistant.retrieval.named_laws import regimes_in


def _wealth(question: str) -> bool:
    return any(name.startswith("Asset- and wealth-management") for name in regimes_in(question))


def test_product_and_investor_risk_grades_are_the_wealth_management_rules():
    assert _wealth("这款理财的风险等级是PR3，能不能卖给C2级的投资者？")
    assert _wealth("基金代销时R5产品只能卖给哪类客户？")
    assert _wealth("客户做完风险承受能力评估，多久要重新测一次？")


def test_an_investment_products_cooling_off_period_is_the_wealth_management_rules():
    assert _wealth("私募理财产品的投资冷静期从什么时候起算？")
    assert _wealth("Does a fund bought through our app come with a cooling-off period?")


def test_other_grades_and_cooling_off_periods_are_not():
    assert not _wealth("模型风险等级多久复核一次？")  # the model-risk policy's own grades
    assert not _wealth("C3类个人金融信息能不能发给外包商？")  # a numbered standard's category, not an investor
    assert not _wealth("离婚冷静期内客户能不能申请变更共同还款人？")
    assert not _wealth("Can a customer return goods bought online within seven days, as a cooling-off period?")
    assert not _wealth("Which article of the GDPR is R2 in our register?")
