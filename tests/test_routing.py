"""Law routing, the glossary and the coverage gate's general detectors, on the small real index."""

import pytest

from assistant.catalog import load_catalog
from assistant.lexis.glossary import load_glossary
from assistant.retrieval.named_laws import regimes_in, unknown_law_mentions
from assistant.retrieval.law_mentions import named_laws, subject_doc_ids
from assistant.retrieval.routing import asked_number_groups, asks_consequences, jurisdiction_of, route


@pytest.mark.parametrize("question, expected", [
    ("Can we keep transaction records for 2 years under the PBOC rules?", "CN"),
    ("Does the controller need a DPO in the EU?", "EU"),
    ("客户要求删除个人信息，多久处理？", "CN"),
    ("What is a data breach?", None),
])
def test_jurisdiction_cues(question, expected):
    assert jurisdiction_of(question) == expected


def test_intents():
    assert route("违反个保法会被罚多少？", []).wants_penalties
    assert route("未经审查任命高级管理人员", []).misconduct
    assert not route("我们需要做哪些准备？", []).wants_penalties
    assert route("什么是敏感个人信息？", []).wants_definitions
    assert route("我行制度规定要保存几年？", []).wants_policy
    # a few words may name the policy in English; a privacy policy is the customer notice, not the bank's rules
    assert route("our internal model risk policy: how often must a model be revalidated?", []).wants_policy
    assert route("what does the bank's own AML procedure require?", []).wants_policy
    assert not route("our privacy policy covers marketing, is that enough consent?", []).wants_policy
    # 行 starts another word: the bank's president, this industry, inside a bank, carrying out; no cue
    assert route("咱们行的内部制度怎么规定？", []).wants_policy
    assert not route("监管要约谈我们行长，依据是什么？", []).wants_policy
    assert not route("本行业的数据安全规范由谁制定？", []).wants_policy
    assert not route("银行内部审计要查数据出境吗？", []).wants_policy
    # 行里, staff's everyday word for "in our bank", is a cue; inside a bank (银行里), in this trade (这行里) is none
    assert route("员工离职后系统账号行里要求多久注销？", []).wants_policy
    assert not route("手机银行里的电子合同算不算书面形式？", []).wants_policy
    assert not route("干我们这行里的人都知道反洗钱要查身份，依据是什么？", []).wants_policy
    # asking what the law says: the statute before the bank's policies
    assert route("监管要约谈我们行长，这个有法律依据吗？", []).wants_law
    assert route("Is it legally required to appoint a DPO?", []).wants_law
    assert not route("咱们行的内部制度怎么规定？", []).wants_law


def test_glossary_bridges_business_words_and_languages():
    g = load_glossary()
    assert len(g.entries) >= 120 and all(e.source for e in g.entries)
    zh = g.expansion("我们用刷脸做远程开户")
    assert any("人脸" in t or "生物识别" in t for t in zh)
    en = g.expansion("keep transaction records", chinese=True)
    assert any("\u4e00" <= ch <= "\u9fff" for t in en for ch in t)  # an English question reaches Chinese terms
    assert all(not any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in g.expansion("keep transaction records", chinese=False))


def test_a_named_law_restricts_the_search_and_english_reaches_chinese_text(small_assistant):
    r = small_assistant.search("Can we keep transaction records for only 2 years under Chinese AML law?", k=5)
    assert {h.clause.doc_id for h in r.hits} <= {"aml-law-2024"} | small_assistant.retriever.implementing_policies({"aml-law-2024", "aml-law-2006"})
    assert any(h.clause.doc_id == "aml-law-2024" and h.clause.article == 34 for h in r.hits[:3])


def test_scenario_questions_reach_the_duty_not_the_penalty(small_assistant):
    r = small_assistant.search("个人信息保护法里，银行用人脸识别远程开户要做什么？", k=5)
    assert all("法律责任" not in h.clause.chapter for h in r.hits)
    assert any(h.clause.doc_id == "pipl-2021" and h.clause.article in (26, 28, 29) for h in r.hits)


def test_regimes_titles_typos_and_figures():
    catalog = load_catalog()
    assert regimes_in("What are the Basel III LCR requirements?") and regimes_in("收单业务要过PCI DSS吗")
    assert not regimes_in("个人信息出境需要做安全评估吗？")
    assert unknown_law_mentions("What does the Bank Secrecy Act require?", catalog)
    assert unknown_law_mentions("《存款保险条例》规定的限额是多少", catalog) == ["存款保险条例"]
    assert unknown_law_mentions("个宝法第十三条", catalog) == []  # a typo of 个保法 is not an unknown law
    assert unknown_law_mentions("按规定要多久报告？", catalog) == []
    assert asked_number_groups("客户资料要保存几年？") and asked_number_groups("What percentage of turnover?")
    assert not asked_number_groups("需要取得单独同意吗？")


def test_off_topic_and_unindexed_questions_are_not_covered(small_assistant):
    for q in ("红烧肉怎么做才好吃？", "What are the Basel III LCR requirements for our bank?"):
        r = small_assistant.search(q)
        assert not small_assistant.coverage(q, r).covered, q
    q = "个人信息处理者处理敏感个人信息需要取得单独同意吗？"
    assert small_assistant.coverage(q, small_assistant.search(q)).covered


@pytest.mark.parametrize("question, group", [
    ("注册资本最低是多少？", "yuan"),
    ("What's the deadline to answer an access request?", "workday"),
    ("单一客户贷款余额的上限是多少", "percent"),
    ("What is the minimum registered capital?", "yuan"),
])
def test_a_question_asking_for_a_figure_is_recognised(question, group):
    assert group in route(question, []).asks_figure


def test_a_question_not_asking_for_a_figure_asks_none():
    assert route("客户撤回同意以后还能继续处理吗？", []).asks_figure == frozenset()


def test_texts_governing_other_institutions_are_marked_in_the_catalog():
    """非银行支付机构监督管理条例 Art. 2 excludes 银行业金融机构: the catalog says whom it governs; laws binding banks
    say nothing."""
    catalog = load_catalog()
    assert "支付机构" in catalog.addressed_to("non-bank-payment-regulation-2023")
    # the everyday name of Art. 2's payment company reaches it too
    assert "支付公司" in catalog.addressed_to("non-bank-payment-regulation-2023")
    assert catalog.addressed_to("commercial-bank-law-2015") == () and catalog.addressed_to("unknown") == ()


@pytest.mark.parametrize("question, covered", [
    ("客户身份资料和交易记录要保存多少年？", True),  # 反洗钱法 Art. 34: …应当至少保存十年
    ("设立城市商业银行的注册资本最低是多少？", True),  # 商业银行法 Art. 13: 一亿元人民币
    ("大额现金交易要在几天内报告？", False),  # 反洗钱法 requires the reports; the time limit is in rules not indexed
    ("存款保险最多赔多少钱？", False),
])
def test_a_figure_counts_only_from_a_sentence_about_the_question(small_assistant, question, covered):
    """A question asking for a number is covered when a retrieved sentence about its topic states one: a figure
    of the same kind elsewhere (百分之十 for one borrower's loans) is a near miss, not an answer."""
    assert small_assistant.coverage(question, small_assistant.search(question)).covered is covered


def test_english_asking_words_do_not_make_an_off_topic_question_look_like_the_corpus(small_assistant):
    """'how', 'should', 'we' occur in every text; without them "fix a flat bicycle tyre" shares no word with the laws."""
    for q in ("How should we fix a flat bicycle tyre at home?", "What's the best pizza dough recipe for a party?"):
        assert not small_assistant.coverage(q, small_assistant.search(q)).covered, q
    q = "How long should we keep customer identification records under the AML law?"
    assert small_assistant.coverage(q, small_assistant.search(q)).covered


def test_an_english_question_answered_from_chinese_text_needs_no_shared_words(small_assistant):
    """Word overlap cannot exist across languages without a glossary entry: the similarity floor decides alone."""
    q = "What is the minimum registered capital for setting up a city commercial bank in China?"
    retrieval = small_assistant.search(q)
    assert any(h.clause.doc_id == "commercial-bank-law-2015" and h.clause.label == "第十三条" for h in retrieval.hits[:5])
    assert small_assistant.coverage(q, retrieval).covered


def test_key_terms_are_whole_words():
    """A question's key terms are its own words, not the pieces search-mode segmentation cuts out of them."""
    from assistant.retrieval.gate.topic import salient_terms

    rare = {"投资": 0.01, "资产": 0.01, "金融资产": 0.01, "个人信息": 0.01, "跨境": 0.01}
    terms = salient_terms("金融资产的合格投资者门槛", lambda t: rare.get(t, 0.0))
    assert "投资" not in terms and "金融资产" in terms
    assert salient_terms("个人信息跨境", lambda t: rare.get(t, 0.0)) >= {"个人信息", "跨境"}


def test_a_catalog_law_this_index_lacks_is_not_indexed_here(small_assistant):
    """The test index holds no 网络数据安全管理条例 although the catalog knows it: naming it is refused as not indexed,
    never answered with 网络安全法 Art. 10 (the nearest words)."""
    q = "网络数据安全管理条例第十条规定了什么？"
    coverage = small_assistant.coverage(q, small_assistant.search(q))
    assert not coverage.covered and coverage.unknown_laws == ("网络数据安全管理条例",)
    assert not small_assistant.catalog.is_indexed("network-data-security-regulation-2024")
    assert small_assistant.catalog.is_indexed("pipl-2021")


def test_a_law_name_typed_one_character_off_names_the_law():
    catalog = load_catalog()
    assert subject_doc_ids("客户要导出他的信息，个宝法下他有这个权利吗", catalog) == {"pipl-2021"}
    assert subject_doc_ids("按反洗前法要保存几年", catalog) == {"aml-law-2024", "aml-law-2006"}
    # a word inside a known name is a shortening, not a typo of another law; ordinary words stay words
    assert subject_doc_ids("按照银行法的规定", catalog) == set()
    assert subject_doc_ids("这样处理是否合法，要不要走执行程序的办法", catalog) == set()


def test_an_english_title_shortened_names_the_law():
    """law_mentions.shortened_mentions: the title's first word and most of the rest before "law", acronyms as initials,
    one law only."""
    catalog = load_catalog()
    assert subject_doc_ids("Under the PI law, who must appoint a protection officer?", catalog) == {"pipl-2021"}
    assert subject_doc_ids("Does China's personal information law cover employees?", catalog) == {"pipl-2021"}
    assert subject_doc_ids("What does the e-signature law say about certificates?", catalog) == {
        "electronic-signature-law-2019"}
    assert subject_doc_ids("Like GDPR, does the PI law have a breach clock?", catalog) == {"pipl-2021"}
    # half a title could be more than one law; a word before it that is no part of the title; other laws, case law
    assert subject_doc_ids("What does the data law say?", catalog) == set()
    assert subject_doc_ids("Is there an EU PI law like this?", catalog) == set()
    assert subject_doc_ids("Is there case law on this?", catalog) == set()
    assert subject_doc_ids("What does company law require of the board?", catalog) == set()


def test_a_law_named_only_for_comparison_is_not_the_subject():
    catalog = load_catalog()
    assert subject_doc_ids("Under PIPL, is there a 72-hour clock like GDPR?", catalog) == {"pipl-2021"}
    assert subject_doc_ids("像GDPR那样，个保法有72小时的通知时限吗", catalog) == {"pipl-2021"}
    assert [m.compared for m in named_laws("Is PIPL stricter than GDPR?", catalog)] == [False, True]
    # comparing both ways asks about both; a comparison alone still names the law
    assert subject_doc_ids("PIPL vs GDPR fines", catalog) == {"pipl-2021", "gdpr"}
    assert subject_doc_ids("个保法和GDPR都要求DPO吗", catalog) == {"pipl-2021", "gdpr"}
    assert subject_doc_ids("Is there a breach clock like GDPR's?", catalog) == {"gdpr"}


def test_english_triggers_match_with_hyphen_or_space_and_in_the_plural():
    g = load_glossary()
    hyphen = g.expansion("we use a third-party vendor")
    assert hyphen and g.expansion("we use third party vendors") == hyphen
    assert g.expansion("a vendors' list") == g.expansion("a vendor list")
    assert not g.expansion("the vendorship")  # still whole words


def test_english_questions_about_the_banks_policies_reach_their_chinese_text(small_assistant):
    # the sample policies are written in Chinese: the glossary's Chinese terms are what BM25 can match there
    r = small_assistant.search("per our internal model risk policy, how often must a high-risk model be revalidated?", k=5)
    assert ("policy-model-risk", 26) in [(h.clause.doc_id, h.clause.article) for h in r.hits], r.hits


def test_a_typo_law_name_and_a_comparison_route_the_search(small_assistant):
    r = small_assistant.search("客户想把他的个人信息导出一份给他，个宝法下他有查阅复制的权利吗", k=5)
    assert ("pipl-2021", 45) in [(h.clause.doc_id, h.clause.article) for h in r.hits]
    r = small_assistant.search("Under PIPL, do we have to notify customers after a data leak, like the GDPR breach notice?", k=5)
    assert {h.clause.doc_id for h in r.hits} <= {"pipl-2021"} | small_assistant.retriever.implementing_policies({"pipl-2021"})


def test_a_multiple_asked_narrows_the_figure_and_colloquial_compensation_is_liability():
    assert asked_number_groups("消保法下要赔几倍？最低赔多少？") == {"multiple"}  # 第五十五条 三倍, not any figure
    assert asked_number_groups("至少保存几年？") == {"months", "duration", "workday"}
    assert "yuan" in asked_number_groups("最低注册资本是多少？")  # a floor without its kind: any figure
    assert asked_number_groups("How many times the price do we have to refund?") == {"multiple"}
    assert asks_consequences("夸大收益被认定欺诈，要赔几倍？")
    assert asks_consequences("客户来索赔怎么办？")
    assert not asks_consequences("车险理赔的流程怎么设计？")
    # what happens to someone (被怎么处理) and who pays (谁来赔) ask for the sanction and the liability; handling data
    # (该怎么处理) does not
    assert asks_consequences("信贷员要是照办了，他自己会被怎么处理？")
    assert asks_consequences("私钥泄露了还继续用，导致我们损失，谁来赔")
    assert not asks_consequences("用户注销账号之后，他的个人信息我们该怎么处理？")


def test_liability_asked_in_spoken_words_but_not_of_the_asker_itself():
    # 担责 (承担责任) asked of someone else, 有啥责任, and a person asked about being 处理: the 法律责任 chapter's answer
    assert asks_consequences("检查人员把客户信息泄露出去了，他们自己要担责吗？")
    assert asks_consequences("大堂地滑客户摔伤了，银行要不要担责？")
    assert asks_consequences("外包公司把拿到的信息拿去做别的生意了，有啥责任")
    assert asks_consequences("如果他们拿去干别的，相关人员会被处理吗")
    # … but the asker asking whether it bears it asks about its duty or its protection (round 14's reading), and data
    # being processed is no sanction
    assert not asks_consequences("报了可疑交易后客户说我们诬告，我们会担责吗？")
    assert not asks_consequences("客户的个人信息会被处理吗")


def test_a_word_starting_with_fa_is_no_typo_of_a_law_title():
    catalog = load_catalog()
    # 这个有法律依据吗 holds 个有法, one character off 个保法: 法律 is a word, not a title's end
    assert subject_doc_ids("网信要约谈我们行长，这个有法律依据吗？", catalog) == set()
    assert subject_doc_ids("个宝法规定了什么", catalog) == {"pipl-2021"}  # 法 + 规定 still ends a title


def test_asking_whether_something_counts_or_is_a_breach():
    # asking whether a thing counts as a defined category asks for the definition
    assert route("人脸照片算不算敏感个人信息？", []).wants_definitions
    assert route("把数据给外包商，这算提供还是委托处理？", []).wants_definitions
    assert not route("客户要求删除个人信息，多久处理？", []).wants_definitions
    # … also asked as 也算…吗 / 会不会被认定为…; a designation already made (我们被认定为…了) is a fact, not the question
    assert route("我们只给合作方做外包运维，这样也算关键信息基础设施运营者吗？", []).wants_definitions
    assert route("行里的积分会不会被认定为代币票券？", []).wants_definitions
    assert not route("我们被认定为重要数据处理者了，风险评估报告多久要报一次？", []).wants_definitions
    # asking whether it is a breach asks for the rule, not a finding of misconduct
    assert not route("没经客户同意就把账单寄给他家人，这样做合规吗", []).misconduct
    assert route("支行未经审批擅自发放贷款", []).misconduct


def test_only_the_boilerplate_of_a_chinese_final_chapter_is_weighed_down():
    from assistant.retrieval.routing import is_boilerplate_final

    assert is_boilerplate_final("第七十四条 本法自2021年11月1日起施行。")
    assert is_boilerplate_final("第七十三条 本法下列用语的含义：（一）个人信息处理者，是指…")
    assert is_boilerplate_final("第五十二条 本法所称银行业金融机构，是指在中华人民共和国境内设立的商业银行")
    assert not is_boilerplate_final("第七十二条 自然人因个人或者家庭事务处理个人信息的，不适用本法。")
    assert not is_boilerplate_final("第四十五条 境外征信机构在境内经营征信业务，应当经国务院征信业监督管理部门批准。")


def test_a_classifier_is_no_typo_and_a_demonstrative_points_at_a_law():
    catalog = load_catalog()
    # 个 after a demonstrative or numeral is the classifier: 那个办法 / 这个说法 are no typo of 个保法
    assert subject_doc_ids("我们代销公募基金，投资者适当性分级按哪个办法来？", catalog) == set()
    assert subject_doc_ids("培训材料里好几个说法，以哪个为准", catalog) == set()
    assert subject_doc_ids("按个宝法我们是不是得主动删他的信息", catalog) == {"pipl-2021"}  # a typo still
    # subject, demonstrative, kind: the catalog name the words form without the demonstrative
    assert subject_doc_ids("生成式AI那个办法对这块有要求吗", catalog) == {"generative-ai-measures-2023"}
    assert subject_doc_ids("两高侵犯公民个人信息那个司法解释哪天施行", catalog) == {
        "spc-spp-personal-info-crime-interpretation-2017"}
    assert subject_doc_ids("我们行那个规定有问题吗", catalog) == set()


def test_what_follows_a_failure_to_comply_asks_the_consequences():
    # everyday English of the penalty chapters (round 47): a failure's consequence, the bank's exposure, a civil matter
    from assistant.retrieval.routing import asks_consequences

    for asked in ("What happens if our branch fails to file the quarterly statistics on time?",
                  "what would happen if the processor never signs the data agreement",
                  "The agent skipped the identity checks. What could happen to the bank?",
                  "What is our legal exposure for keeping the ledgers abroad?",
                  "Is misusing someone's digital certificate just a civil matter?"):
        assert asks_consequences(asked), asked
    for not_asked in ("What happens if a customer withdraws consent?",
                      "What happens to the data when the contract ends?",
                      "Is our exposure to a single borrower capped?",
                      "How do we calculate credit exposure for a guarantee?"):
        assert not asks_consequences(not_asked), not_asked
