"""The coverage gate, issue 11 round 22: fields of general financial-regulation vocabulary that no indexed text holds
(a borrower's insolvency procedure, trademarks and patents, leave and overtime, securities custody and investor
suitability, the CCPA's sale opt-out, the US terms for credit bureaus and health data, a tax authority's decisions, the
AI Act's application dates, programming libraries), and what stays answerable beside them."""

from assistant.retrieval.named_laws import regimes_in


def test_a_borrowers_insolvency_procedure_is_not_in_the_corpus_a_banks_own_bankruptcy_is():
    assert regimes_in("债务人进入重整程序后，债权人会议什么时候召开？")
    assert regimes_in("Within what period must a creditor lodge its proof of claim in bankruptcy proceedings?")
    # 商业银行法第七十一条: a bank's own 破产清算 (individual savings paid first)
    assert not regimes_in("商业银行破产清算时，个人储蓄存款的本息是不是优先支付？")


def test_intellectual_property_is_a_field_of_its_own_a_providers_trademark_on_an_ai_system_is_not():
    assert regimes_in("How do we renew our trademark for the bank's logo?")
    assert regimes_in("我们的风控模型能申请专利吗？")
    # AI Act Art. 25: putting one's name or trademark on a high-risk AI system makes one its provider
    assert not regimes_in("If we put our trademark on a vendor's high-risk AI system, do we become its provider?")


def test_leave_and_overtime_are_labour_matters():
    assert regimes_in("How much paternity leave can a branch employee take?")
    assert regimes_in("员工加班超过多少小时需要审批？")


def test_securities_custody_and_fund_suitability_are_securities_matters_told_as_statements_too():
    assert regimes_in("某证券公司挪用客户交易结算资金，被证券监管部门处罚。")
    assert regimes_in("代销公募基金的投资者适当性评估怎么做？")


def test_us_privacy_and_credit_vocabulary_is_another_jurisdictions_law():
    assert regimes_in("Do our app users get a right to opt out of the sale of their data?")
    assert regimes_in("A consumer reporting agency kept a wrong record of a customer's repayments.")
    assert regimes_in("A clinic disclosed protected health information to an insurer.")
    # selling personal information is a crime under the indexed interpretation (侵犯公民个人信息): no pattern
    assert not regimes_in("Is selling customers' personal information a crime in China?")


def test_a_tax_authoritys_decision_is_a_tax_case_the_authority_as_a_party_is_not():
    assert regimes_in("税务机关对该公司追缴税款并处罚款。")
    assert regimes_in("The tax office reassessed the company's VAT for 2023.")
    assert not regimes_in("我们给税务局做的系统要不要做数据安全风险评估？")


def test_the_ai_acts_application_dates_are_outside_the_extract_its_rules_are_not():
    assert regimes_in("When do the AI Act's rules on high-risk systems start to apply?")
    assert regimes_in("欧盟人工智能法对高风险系统什么时候开始适用？")
    assert regimes_in("Which obligations apply to providers of general-purpose AI models?")
    assert not regimes_in("When does a credit scoring system count as high-risk under the AI Act?")


def test_programming_libraries_and_dress_codes_are_no_compliance_question():
    assert regimes_in("How do I merge two dataframes by customer ID in pandas?")
    assert regimes_in("Is there a dress code for the branch opening ceremony?")


def test_a_financial_institutions_bankruptcy_and_dissolution_is_not_a_composition():
    # 反洗钱法(2006)第十七条 「金融机构破产和解散时」: 破产 and 解散, not 破产和解
    assert not regimes_in("金融机构破产和解散时，客户身份资料要移交给谁？")


def test_words_that_only_contain_a_pattern_are_not_it():
    assert not regimes_in("跨境电商标准合同要不要备案？")  # 电商 + 标准合同, no 商标
    assert not regimes_in("客户销户后多久退保证金？")  # 退 + 保证金, no 退保


def test_a_payment_institutions_capital_is_no_village_banks():
    from assistant.retrieval.sibling_kinds import kinds_named, names_other_kinds

    asked = kinds_named("村镇银行注册资本最低是多少？")
    # 非银行支付机构监督管理条例第八条
    assert names_other_kinds(asked, "设立非银行支付机构的注册资本最低限额为人民币1亿元，且应当为实缴货币资本")
    assert not names_other_kinds(kinds_named("支付机构的注册资本最低多少？"),
                                 "设立非银行支付机构的注册资本最低限额为人民币1亿元，且应当为实缴货币资本")
    assert kinds_named("What is the minimum capital of a consumer finance company?")["institution"] == \
        {"consumer finance company"}


def test_a_period_counted_in_hours_is_not_stated_by_one_of_months():
    from assistant.retrieval.gate.figures import _in_asked_scale, _states_figure

    wanted = {"duration", "workday", "months"}
    logs = "Deployers shall keep the logs for a period of at least six months."  # AI Act Art. 26(6), in part
    breach = "not later than 72 hours after having become aware of it"  # GDPR Art. 33(1), in part
    assert not _states_figure(logs, wanted, frozenset(), _in_asked_scale("How many hours does it take?"))
    assert _states_figure(breach, wanted, frozenset(), _in_asked_scale("How many hours do we have to notify?"))
    assert not _states_figure("保存期限为六个月", wanted, frozenset(), _in_asked_scale("几个小时内要报告？"))
    assert _states_figure(logs, wanted, frozenset(), _in_asked_scale("How long must logs be kept?"))


def test_a_retention_period_is_stated_only_for_the_kind_of_record_asked():
    from assistant.retrieval.gate.asked_kinds import _kept_record_kind, _names_kept

    kind = _kept_record_kind("柜员的交接登记记录要保存几年？")
    assert kind == {"登记"}
    # 档案与记录保存管理办法: one kind of record per article
    assert not _names_kept("员工人事档案在员工离职后保存三十年", kind)
    assert _names_kept("交接登记记录保存五年", kind)
    # a record asked by its holder and kind alike (客户身份资料) is named by the sentence keeping it
    assert _names_kept("客户身份资料自业务关系结束后保存五年", _kept_record_kind("客户身份资料要保存多久？"))
    # no record word before the verb: no kind asked, no constraint
    assert _kept_record_kind("监控录像要保存多久？") == set()
    assert _names_kept("员工人事档案在员工离职后保存三十年", set())


def test_a_frequency_quoted_to_be_confirmed_asks_for_a_frequency():
    from assistant.retrieval.asked_facts import FREQUENCY
    from assistant.retrieval.gate.figures import _quoted_frequency

    assert _quoted_frequency("我们打算每两年做一次数据安全培训，应该够了吧", "", []) == [FREQUENCY]
    assert _quoted_frequency("Is once a year enough for the review, right?", "", []) == [FREQUENCY]
    # a period quoted (not a frequency) is a figure, checked as one
    assert _quoted_frequency("我们打算保存三年，应该够了吧", "", []) == []
    # already asked how often: not twice
    assert _quoted_frequency("每年一次够吗？", "", [FREQUENCY]) == []
    # 评估报告…至少保存三年 states a period, not how often
    assert not FREQUENCY.stated.search("评估报告和处理情况记录至少保存三年")


def test_a_figure_of_a_quantity_no_text_names_is_not_stated():
    from assistant.retrieval.gate.asked_kinds import _unnamed_measure

    known = {"capital", "adequacy", "ratio", "registered"}
    doc_freq = lambda w: 0.01 if w in known else 0.0  # noqa: E731
    assert _unnamed_measure("What minimum KS statistic or Gini does the scorecard need?", doc_freq) == []  # KS statistic: not one name
    assert _unnamed_measure("What minimum KS or Gini does the scorecard need?", doc_freq) == ["KS", "Gini"]
    assert _unnamed_measure("What drift score triggers a review?", doc_freq) == ["drift"]
    assert _unnamed_measure("What is the minimum capital adequacy ratio?", doc_freq) == []
    assert _unnamed_measure("What is the rate?", doc_freq) == []
    assert _unnamed_measure("How long must we keep the logs?", doc_freq) == []


def test_which_countries_or_banks_hold_a_status_is_answered_only_by_naming_them():
    from assistant.messages import coverage_notice
    from assistant.retrieval.asked_specifics import asked_specifics

    kinds = {f.name: f for f in asked_specifics("Which member states have set the age of digital consent at 14?")}
    assert "countries" in kinds
    # GDPR Art. 8(1): what member states may do, naming none of them
    assert not kinds["countries"].stated.search("Member States may provide by law for a lower age for those purposes "
                                                "provided that such lower age is not below 13 years.")
    assert kinds["countries"].stated.search("In Germany the age is 16.")
    assert [f.name for f in asked_specifics("Which banks have already been designated as systemically important?")] \
        == ["members"]
    assert not asked_specifics("Which member state's supervisory authority is competent for our branch?")
    assert coverage_notice("countries", "", "zh").startswith("问题所问的是哪些国家")


def test_an_amount_or_a_percentage_asked_by_its_noun_is_a_figure_asked():
    from assistant.retrieval.asked_facts import asked_groups

    assert asked_groups("可疑交易报告的金额标准是多少？") == {"yuan", "eur", "usd"}
    assert "percent" in asked_groups("关联交易的上限是资本净额的百分之多少？")
    assert asked_groups("金额怎么填？") == set()


def test_a_prison_term_is_stated_only_as_imprisonment():
    from assistant.retrieval.asked_counts import asked_period_kinds, names_period_kind

    kinds = asked_period_kinds("非法出售客户信息最多判几年？")
    assert kinds
    # a condition's period (最高人民法院、最高人民检察院…解释第五条 (九), in part) is no prison term
    assert not names_period_kind("曾因侵犯公民个人信息受过刑事处罚或者二年内受过行政处罚", kinds)
    assert names_period_kind("处三年以下有期徒刑或者拘役", kinds)
    assert asked_period_kinds("How many years in prison can a data thief get?")
    assert not asked_period_kinds("几年内不得从事网络安全管理工作？")


def test_a_notice_given_ahead_is_stated_as_a_period_before_the_event():
    from assistant.retrieval.asked_counts import asked_period_kinds, names_period_kind

    kinds = asked_period_kinds("How many days' notice must we give before closing a branch?")
    assert kinds
    assert not names_period_kind("not later than 72 hours after having become aware of it", kinds)  # GDPR Art. 33(1)
    # 电子签名法第二十三条
    assert names_period_kind("应当在暂停或者终止服务九十日前，就业务承接及其他有关事项通知有关各方", asked_period_kinds("要提前多少天通知？"))
    assert not asked_period_kinds("How many days do we have to answer an access request?")


def test_app_store_ratings_are_marketing_an_app_stores_privacy_listing_is_not():
    assert regimes_in("How can we push our app's store rating to five stars?")
    assert not regimes_in("Does our App Store listing have to link to the privacy notice?")


def test_a_minimum_headcount_wants_a_number_of_people():
    from assistant.retrieval.asked_facts import narrowed

    anything = {"months", "duration", "workday", "percent", "yuan", "eur", "usd", "multiple", "person"}
    assert narrowed("What's the minimum headcount of a security team?", anything) == {"person"}
    assert narrowed("We outsourced audit to save headcount; what is the minimum notice?", anything) == anything


def test_a_file_format_asked_is_a_form_asked():
    from assistant.retrieval.asked_items import asked_items

    assert [f.name for f in asked_items("Which file format must the audit logs be kept in?")] == ["form"]
    # GDPR Art. 20(1): the format a portability request is answered in is stated there
    form = next(f for f in asked_items("What format must we hand ported data over in?") if f.name == "form")
    assert form.stated.search("in a structured, commonly used and machine-readable format")
