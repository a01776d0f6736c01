"""Round 42 (issue 11): industry rulebooks and standards no indexed text holds (SWIFT's network rules and message
standards, card-scheme chargebacks, open-source licences, hedge accounting, wealth-management product rules), and
what stays answerable beside them."""

from assistant.retrieval.named_laws import regimes_in


def test_swifts_rules_and_message_standards_are_its_own_the_word_swift_is_not():
    assert regimes_in("Which fields of an MT 202 cover payment are mandatory?")
    assert regimes_in("Does the gpi tracker have to show the fees deducted by each bank?")
    assert regimes_in("When does the ISO 20022 coexistence period end?")
    assert regimes_in("SWIFT报文里汇款人地址必须填全吗？")
    # 'swift' as the everyday adjective (GDPR recitals: swift cooperation) is no name
    assert not regimes_in("Does the controller have to give a swift answer to an access request?")


def test_a_chargeback_is_a_card_schemes_rule():
    assert regimes_in("Who bears the loss when a merchant loses a chargeback?")
    assert regimes_in("How long is the chargeback window for a card-not-present purchase?")


def test_open_source_licences_are_copyright_licensing_open_source_ai_components_are_not():
    assert regimes_in("我们的内部系统用了AGPL的数据库，要不要公开源代码？")
    assert regimes_in("Can we keep our changes private if a library is under the Apache License?")
    # AI Act: tools and components released under a free and open-source licence are the Act's own matter
    assert not regimes_in("Does a provider have to document open-source components of a high-risk AI system?")


def test_hedge_accounting_is_an_accounting_standards_matter():
    assert regimes_in("Can we designate a cross-currency swap in a hedging relationship?")
    assert regimes_in("套期会计下现金流量套期的无效部分怎么处理？")


def test_wealth_management_product_rules_are_not_indexed_their_sales_recordings_are():
    assert regimes_in("净值型理财产品的估值方法有哪些要求？")
    assert regimes_in("宣传时能不能写预期收益率？")
    # policy-record-retention 第十七条 keeps the recordings of wealth-management sales
    assert not regimes_in("理财产品销售的录音录像要保存几年？")


def test_us_consumer_credit_laws_are_another_jurisdictions_law():
    assert regimes_in("Does Regulation Z cap the APR on a credit card?")
    assert regimes_in("What must an adverse action notice tell a declined applicant?")
    # the GDPR's own wording ("this Regulation by …") is no US rule
    assert not regimes_in("Which powers does this regulation by the Union give the supervisory authority?")


def test_a_us_state_biometrics_law_web_accessibility_and_green_loans_are_not_indexed():
    assert regimes_in("Does BIPA let a customer sue over a fingerprint scan?")
    assert regimes_in("Is WCAG 2.1 AA enough for our mobile banking app?")
    assert regimes_in("绿色贷款的认定标准是什么？")
    # AI Act Art. 16: providers of high-risk AI systems meet the EU accessibility requirements
    assert not regimes_in("Must a provider of a high-risk AI system meet accessibility requirements?")
