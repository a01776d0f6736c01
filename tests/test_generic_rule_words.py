"""Everyday words for "a rule" (明确规定, 硬性规定, 具体办法), the kinds of law (上位法, 特别法), idioms (根本无法, 绳之以法)
and phrases about obeying the law (合理合法, 知法犯法) are not the titles of texts the corpus lacks: a question asking
whether the laws say something clearly is answered, not refused as naming 《明确规定》. Titles of rules still are."""

from assistant.catalog import load_catalog
from assistant.retrieval.named_laws import unknown_law_mentions


def test_a_modifier_and_the_kind_of_text_is_no_title():
    catalog = load_catalog()
    for question in ("征信查询有没有明确规定要客户书面同意？", "个人信息出境有哪些硬性规定？",
                     "客户身份资料保存年限有没有明确规定？", "按照网络数据安全管理条例有什么硬性规定",
                     "个人信息保护方面上位法是怎么规定的", "这属于特别法优先吗", "数据出境适用哪个部门法",
                     "客户失联了，我们根本无法取得他的同意，还能处理他的信息吗", "员工泄露客户信息要被绳之以法吗",
                     "把客户手机号给催收外包公司，这种做法合理合法吗", "员工知法犯法倒卖客户信息，银行要担什么责任"):
        assert unknown_law_mentions(question, catalog) == [], question


def test_titles_that_name_their_subject_are_still_read():
    catalog = load_catalog()
    assert unknown_law_mentions("银行保险机构数据安全管理办法有什么要求", catalog) == ["银行保险机构数据安全管理办法"]
    assert unknown_law_mentions("公司法对董事会有什么规定", catalog) == ["公司法"]
    assert unknown_law_mentions("对外贸易法对数据出口有要求吗", catalog) == ["对外贸易法"]


def test_a_sanctions_list_is_asked_under_the_aml_law_unless_the_us_regime_is_named():
    from assistant.retrieval.named_laws import regimes_in

    assert regimes_in("有个客户在制裁名单上，账户被我们限制了，他说要交房租和看病，这部分钱能不能放给他用？") == []
    assert regimes_in("客户在OFAC的SDN名单上，我们要冻结他的账户吗？")


def test_english_rules_of_the_bank_or_of_a_jurisdiction_are_no_titles():
    catalog = load_catalog()
    assert unknown_law_mentions("Under our Model Risk Framework, who validates the scorecard?", catalog) == []
    assert unknown_law_mentions("The Board asked: do Chinese Rules require a DPO?", catalog) == []
    assert unknown_law_mentions("What does Thailand's PDP Law say about consent?", catalog) == ["Thailand's PDP Law"]


def test_a_method_applied_or_computing_is_no_title():
    catalog = load_catalog()
    for question in ("我们用成本法计量这笔股权投资，要披露吗", "按权益法核算的联营企业的客户数据能共享吗",
                     "评分卡用的逻辑回归法需要验证吗", "采用收益法评估的押品价值要告诉客户吗"):
        assert unknown_law_mentions(question, catalog) == [], question
    # cited, a …法 is still a law's title, and the same word applied elsewhere in the question does not excuse it
    assert unknown_law_mentions("按照对外贸易法，数据出口要审批吗", catalog) == ["对外贸易法"]
    assert unknown_law_mentions("对外贸易法怎么说？我们用对外贸易法算过", catalog) == ["对外贸易法"]


def test_an_indexed_law_shortened_and_capitalised_is_no_unknown_title():
    from assistant.retrieval.law_mentions import subject_doc_ids

    catalog = load_catalog()
    for question in ("What does the PI Law say about consent for marketing?",
                     "Under the Personal Information Law, may we keep call recordings?"):
        assert unknown_law_mentions(question, catalog) == [], question
        assert subject_doc_ids(question, catalog) == {"pipl-2021"}, question
    # a shortening no indexed law fits is still a title the corpus lacks
    assert unknown_law_mentions("What does the Mining Law say about consent?", catalog) == ["Mining Law"]
