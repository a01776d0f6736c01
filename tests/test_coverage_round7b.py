"""The coverage gate, issue 11 round 7 (blind batch 3): law titles the segmenter cuts in pieces, English titles of
frameworks and guidelines, a threshold the law names but sets elsewhere (「超过规定金额」) — also in a clause the
question names —, a figure the question gives as its premise, a rate asked with 什么利率, and the regimes of
central-bank digital currency and derivatives master agreements."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.asked_facts import asked_facts, asked_groups
from assistant.retrieval.named_laws import _split_law_names
from assistant.retrieval.gate.assess import _named_clause_coverage
from assistant.retrieval.gate.delegation import _DELEGATES
from assistant.retrieval.gate.figures import _figure_values, _states_figure
from assistant.retrieval.named_laws import regimes_in, unknown_law_mentions

# 反洗钱法第三十五条, first sentence (the threshold is left to the PBOC's rules)
AML_35 = "第三十五条 金融机构应当按照规定执行大额交易报告制度，客户单笔交易或者在一定期限内的累计交易超过规定金额的，应当及时向反洗钱监测分析机构报告。"
# 反洗钱法第三十四条 (a named clause that states its figure)
AML_34 = "第三十四条 客户身份资料在业务关系结束后、客户交易信息在交易结束后，应当至少保存十年。"


def named(*texts):
    return SimpleNamespace(hits=[SimpleNamespace(sources=("exact",), clause=SimpleNamespace(text=t)) for t in texts])


def test_a_law_title_cut_in_pieces_is_joined_back_and_checked():
    catalog = load_catalog()
    assert "反电信网络诈骗法" in unknown_law_mentions("反电信网络诈骗法对一个人能开几张卡有限制吗？", catalog)
    # a run whose tail is an indexed law's title is that law, whatever words precede it
    assert unknown_law_mentions("咱们行按个人信息保护法对外提供数据要单独同意吗", catalog) == []
    assert unknown_law_mentions("用这个算法对客户打分要告知吗？", catalog) == []  # 算法 is a word, not a title
    assert _split_law_names("依法对客户资料保密") == []


def test_english_titles_of_frameworks_and_guidelines_are_law_names():
    catalog = load_catalog()
    assert unknown_law_mentions("Can we rely on the EU-US Data Privacy Framework for this transfer?", catalog)
    assert unknown_law_mentions("What do the Wolfsberg Principles say about correspondent banking?", catalog)
    assert not unknown_law_mentions("What is the legal framework for transfers under the GDPR?", catalog)


def test_a_threshold_set_elsewhere_is_delegated():
    assert _DELEGATES.search(AML_35)
    assert _DELEGATES.search("与客户建立业务关系或者为客户提供规定金额以上的一次性金融服务")
    assert not _DELEGATES.search(AML_34)


def test_a_named_clause_that_leaves_the_figure_elsewhere_does_not_answer_the_figure():
    refused = _named_clause_coverage("反洗钱法第三十五条，现金交易具体超过多少钱要报？", named(AML_35))
    assert not refused.covered and refused.kind == "delegated"
    assert _named_clause_coverage("反洗钱法第三十五条讲的是什么？", named(AML_35)).covered  # no figure asked
    assert _named_clause_coverage("反洗钱法第三十四条，交易记录要保存多少年？", named(AML_34)).covered


def test_the_premise_figure_is_not_the_answer():
    question = "同一借款人是10%，那单一集团客户授信集中度上限是多少？"
    premise = _figure_values(question)
    sentence = "对同一借款人的贷款余额与商业银行资本余额的比例不得超过百分之十"  # 商业银行法第三十九条
    assert _states_figure(sentence, {"percent"})
    assert not _states_figure(sentence, {"percent"}, premise)
    assert _states_figure("最高不得超过百分之十五", {"percent"}, premise)


def test_a_rate_asked_with_what_rate():
    assert asked_groups("备付金按什么利率计息？") == {"percent"}
    assert asked_groups("按什么比例提取？") == {"percent"}
    assert not asked_groups("备付金存放在哪里？")


def test_digital_currency_and_master_agreements_are_not_indexed():
    assert regimes_in("数字人民币钱包的支付限额是多少？")
    assert regimes_in("Is close-out netting under the ISDA master agreement enforceable in China?")
    assert regimes_in("陪同检查组用餐的标准是多少？")
    assert not regimes_in("非银行支付机构的注册资本最低多少？")


def test_parts_of_the_ai_act_outside_the_extract_are_refused_though_the_act_is_named():
    from assistant.retrieval.named_laws import load_regimes

    outside = {r.name for r in load_regimes() if r.outside_extract}
    for question in ("Does our chatbot have to tell customers they are talking to an AI under the AI Act?",
                     "Is emotion recognition on call-centre staff banned under the AI Act?",
                     "How large can an AI Act fine get for a high-risk breach?",
                     "What do providers of general-purpose AI models have to publish?"):
        assert outside.intersection(regimes_in(question)), question
    for question in ("Is a credit scoring model high-risk under the AI Act?",  # Annex III, in the extract
                     "How long must deployers keep the logs under the AI Act?",
                     "What fines can a supervisory authority impose under the GDPR?"):
        assert not outside.intersection(regimes_in(question)), question


def test_an_english_alternative_quotes_its_figures():
    from assistant.retrieval.gate.figures import _quoted_groups

    assert _quoted_groups("Is the tenor six months or a year?") & {"months", "duration"}
    assert not _quoted_groups("Do we need consent or a contract for this?")


def test_capital_asked_is_an_amount_of_money():
    from assistant.retrieval.asked_facts import narrowed

    every = {"months", "duration", "percent", "yuan", "eur", "usd", "multiple"}
    assert narrowed("电子认证服务机构申请许可，注册资本最低要多少？", every) == {"yuan", "eur", "usd"}
    assert narrowed("What's the minimum registered capital for a consumer finance company?", every) == {"yuan", "eur", "usd"}
    assert narrowed("商业银行的资本充足率不能低于多少？", every) == every  # a ratio
    assert narrowed("What's the statutory minimum capital adequacy ratio for Chinese banks?", every) == every


def test_instruments_beside_an_indexed_law_and_other_fields():
    for question in ("Which SCC module applies when our processor passes data to a sub-processor under the GDPR?",
                     "What goes into a transfer impact assessment after Schrems II?",
                     "Does our DPO need a CIPP/E under the GDPR?",
                     "What's the longest tenor for a commercial acceptance bill?",
                     "How do I reset the PIN on my RSA token?",
                     "员工提离职要提前多少天说？"):
        assert regimes_in(question), question
    for question in ("Can we use standard contractual clauses for a transfer to India under the GDPR?",  # Art. 46
                     "商业银行可以办理票据贴现吗？",  # 商业银行法第三条
                     "客户密码可以明文存储吗？",
                     "I left my laptop with customer data on the train, do we have to notify anyone?",  # a breach
                     "我的电脑丢了，里面有客户信息，要报告吗？",
                     "员工离职后人事档案保存多久？"):  # the record-retention policy
        assert not regimes_in(question), question


def test_the_artefact_word_is_not_the_topic():
    from assistant.retrieval.gate.figures import _asks_the_figure
    from assistant.retrieval.gate.stated import _stated

    question = "Any good template for the board's annual risk appetite statement?"
    artefact = next(f for f in asked_facts(question) if f.name == "artefact")
    aia_27 = "The AI Office shall develop a template for a questionnaire, including through an automated tool"
    hits = SimpleNamespace(hits=[SimpleNamespace(clause=SimpleNamespace(text=aia_27))])
    key = {"template", "annual", "risk", "appetite", "statement"}
    assert _asks_the_figure("template") and not _asks_the_figure("statement")
    assert not _stated(question, hits, key, None, True, artefact.stated.search)


def test_fx_conversion_and_card_limits():
    assert regimes_in("For an export client converting USD proceeds into RMB, which documents do we need?")
    assert regimes_in("What's the daily ATM withdrawal limit for debit cards?")
    assert not regimes_in("商业银行经营结汇、售汇业务要经过批准吗？")  # 商业银行法第三条


# corpus/policies/policy-customer-information.md 第二十一条 / 第二十二条: the rights, then the time limit for handling them
RIGHTS_21 = "第二十一条 客户有权查阅、复制、更正、补充、删除其个人信息，有权要求本行对个人信息处理规则进行解释说明，有权撤回同意。"
DEADLINE_22 = "第二十二条 本行应当自收到客户行使权利的请求之日起十五个工作日内处理并答复；拒绝请求的，应当说明理由。"


def hits_of(*articles):
    return SimpleNamespace(hits=[SimpleNamespace(clause=SimpleNamespace(doc_id="policy-customer-information",
                                                                        article=n, text=t)) for n, t in articles])


def test_a_procedure_article_states_the_figure_for_the_article_it_follows():
    from assistant.retrieval.gate.stated import _stated

    question = "客户要求删除他的个人信息，银行必须在多少天内处理？"
    wanted = {"duration", "workday", "months"}
    def stated(retrieval, q=question):
        return _stated(q, retrieval, {"删除"}, None, False, lambda s: _states_figure(s, wanted))

    assert stated(hits_of((21, RIGHTS_21), (22, DEADLINE_22)))
    assert not stated(hits_of((22, DEADLINE_22)))  # the rights article was not retrieved: nothing ties 22 to 删除
    assert not stated(hits_of((20, RIGHTS_21), (22, DEADLINE_22)))  # not the article just before
    # the unit asked must be the figure's: fifteen working days answer no "how many years"
    assert not stated(hits_of((21, RIGHTS_21), (22, DEADLINE_22)), "客户要求删除他的个人信息，银行要保存几年才能删除？")
