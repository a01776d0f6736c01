"""The coverage gate's fact checks (how often, on which date, at which rate, at what price, a quoted figure), the
regimes named by subject, and the paraphrase evidence: each rule refuses a near miss and lets its answerable twin
through, on the small real index (PIPL, AML, Commercial Bank Law, credit reporting, CSL, GDPR, sample policies)."""

import pytest

from assistant.retrieval.asked_facts import asked_facts, asked_groups
from assistant.retrieval.gate.assess import assess, sentence_similarity
from assistant.retrieval.gate.topic import salient_terms
from assistant.retrieval.named_laws import regimes_in


def covered(assistant, question: str) -> bool:
    return assistant.coverage(question, assistant.search(question)).covered


@pytest.mark.parametrize("question, fact", [
    ("风险评估多久做一次？", "frequency"),
    ("一年至少检测几次？", "frequency"),
    ("How often must the DPIA be reviewed?", "frequency"),
    ("LPR每个月几号公布？", "date"),
    ("What date is the monthly report due?", "date"),
])
def test_asking_how_often_or_on_which_date_is_recognised(question, fact):
    assert [f.name for f in asked_facts(question)] == [fact]


def test_a_duration_question_asks_no_frequency_and_rates_and_prices_want_their_figures():
    assert asked_facts("客户资料要保存多久？") == []
    assert asked_facts("个人信息保护法是哪一天开始施行的？") == []  # a commencement: left to retrieval
    assert asked_groups("存款准备金率是多少？") == {"percent"} and asked_groups("持股比例到多少要登记？") == {"percent"}
    assert asked_groups("How many euros can we charge?") == {"yuan", "eur", "usd"}
    assert asked_groups("需要取得单独同意吗？") == set()


@pytest.mark.parametrize("question", [
    "受益所有人按持股多少比例认定？",  # the amount before the noun: the same question as 比例是多少
    "对单一股东的持股要求是多大比例？",
    "佣金比例法律上有上限吗？",  # a ratio's ceiling asked, as a rate's (利率上限) is
    "贷款集中度的比率下限是什么？",
])
def test_a_ratio_asked_in_other_word_orders_wants_a_percentage(question):
    assert asked_groups(question) == {"percent"}


def test_a_ratio_named_without_asking_its_figure_wants_none():
    assert asked_groups("这个比例我们内部怎么审批？") == set()


@pytest.mark.parametrize("question, expected", [
    # frequency: 征信业管理条例 Art. 33 lists inspections, with no interval; the model-risk policy Art. 26 states one
    ("征信机构多久要接受一次现场检查？", False),
    ("高风险模型多久要重新验证一次？", True),
    # date: 反洗钱法 Art. 35 requires large-value reports, on no date; a commencement date is not checked
    ("大额交易报告每个月几号之前报送？", False),
    ("个人信息保护法是哪一天开始施行的？", True),
    # rate: 商业银行法 Art. 32 requires reserves at the PBOC's ratio, stating none; Art. 39 states 百分之八
    ("商业银行的存款准备金率是多少？", False),
    ("商业银行的资本充足率最低是多少？", True),
    # a quoted figure to confirm: no indexed text sets a loan-to-deposit ratio; Art. 39 states the capital ratio
    ("商业银行的存贷比是不是不能超过75%？", False),
    ("商业银行的资本充足率是不是不能低于8%？", True),
])
def test_a_fact_counts_only_when_a_retrieved_sentence_about_the_question_states_it(small_assistant, question, expected):
    assert covered(small_assistant, question) is expected


def test_a_price_question_needs_an_amount(small_assistant):
    """GDPR Art. 15(3) allows "a reasonable fee" and names no amount; Art. 83 states the fines in euros."""
    assert not covered(small_assistant, "How many euros can a controller charge for an extra copy of the personal data?")
    assert covered(small_assistant, "How many euros can a supervisory authority fine an undertaking at most?")


def test_a_paraphrasing_sentence_is_about_the_question_with_the_embedder(small_assistant):
    """征信业管理条例 Art. 16 says 不良信息 … 保存期限 … 5年; the question says 逾期记录 … 挂几年: one shared key word
    (征信, rare in a corpus of many laws), the meaning found by the embedder. Without it the word evidence alone
    refuses. The clause is the real one; the document frequencies are those of a corpus where 征信 is rare."""
    from assistant.types import Hit, Retrieval

    view = small_assistant.retriever.view
    clause = next(c for c in view.clauses if c.doc_id == "credit-reporting-regulation-2013" and c.article == 16)
    q = "客户的逾期记录在征信上要挂几年才消？"
    retrieval = Retrieval(query=q, hits=[Hit(clause=clause, score=1.0, sources={"dense": 1}, similarity=0.9)])
    rare = {"征信": 0.01, "逾期": 0.01, "记录": 0.01, "客户": 0.01}
    floors = small_assistant.embedder.coverage_floors

    def decide(similarity_to):
        return assess(q, retrieval, small_assistant.catalog, lambda hit: view.token_lists[view.position[hit.clause.chunk_id]],
                      floors, doc_freq=lambda t: rare.get(t, 0.2), similarity_to=similarity_to)

    assert decide(sentence_similarity(small_assistant.embedder)).covered
    assert decide(None).reason == "the question asks for a figure no retrieved clause states"


def test_regimes_named_by_subject_and_ascii_word_boundaries():
    assert regimes_in("LPR每个月几号公布？")  # no \b between R and 几 unless boundaries are ASCII
    assert regimes_in("贷款逾期多久要划为次级类？") and regimes_in("客户要托管比特币，要做哪些尽调？")
    assert regimes_in("内控评价用COSO框架怎么做？") and regimes_in("Which SWIFT CSP controls are mandatory?")
    assert regimes_in("试用期员工能不能直接辞退？")
    assert not regimes_in("贷款逾期了，征信上的不良记录保存几年？")
    assert not regimes_in("客户的交易记录要保存多久？")


def test_a_standard_an_indexed_text_cites_is_not_unindexed(small_assistant):
    """The data-classification policy applies JR/T 0197; JR/T 0068 is cited nowhere."""
    doc_freq = small_assistant.retriever.view.doc_freq
    assert not regimes_in("按JR/T 0197怎么给客户数据定级？", doc_freq)
    assert regimes_in("按JR/T 0068网银登录要加哪种认证？", doc_freq)
    assert regimes_in("按JR/T 0197怎么给客户数据定级？")  # without the corpus, any numbered standard is unindexed


def test_asking_words_are_no_key_terms():
    rare = {"when": 0.001, "does": 0.001, "erasure": 0.001}
    assert salient_terms("When does erasure apply?", lambda t: rare.get(t, 0.0)) == {"erasure"}


@pytest.mark.parametrize("question, expected", [
    # 冷静期 occurs in no indexed text: the policy's 理财产品 … 保存五年 (Art. 17) shares one word with the question only
    ("客户买了理财产品，冷静期有多长时间？", False),
    ("理财产品销售的录音录像要保存多长时间？", True),
])
def test_a_topic_word_the_corpus_never_uses_is_part_of_what_is_asked(small_assistant, question, expected):
    assert covered(small_assistant, question) is expected


def test_words_asking_for_a_figure_are_no_topic():
    """至少 and 一次 ask for the figure: "每年至少进行一次检测" shares no topic with "密码至少几位、多久改一次"."""
    from assistant.retrieval.gate.figures import _FIGURE_WORD
    from assistant.retrieval.gate.topic import _unknown_topic_words

    assert all(_FIGURE_WORD.fullmatch(w) for w in ("至少", "一次", "几次", "最长"))
    assert not _FIGURE_WORD.fullmatch("密码")
    assert _unknown_topic_words("我们的冷静期到底多长？", lambda w: 0.0) == {"冷静"}  # jieba: 冷静 / 期


def test_function_words_the_tokeniser_drops_are_no_unknown_topic():
    """应当 is in no clause's tokens (the tokeniser drops it) yet in every law: it says nothing the corpus lacks."""
    from assistant.retrieval.gate.topic import _unknown_topic_words

    assert _unknown_topic_words("客户身份资料和交易记录应当保存多长时间？", lambda w: 0.0) == {"客户", "身份", "资料", "交易", "记录", "保存"}
    assert "应当" not in _unknown_topic_words("冷静期应当多长？", lambda w: 0.0)


def test_subject_regimes_leave_the_personal_data_angle_alone():
    """Employees' pay and appraisal data are personal information under the PIPL: not an HR question."""
    assert not regimes_in("员工的薪酬和绩效考核数据能不能交给外包公司处理？")
    assert not regimes_in("数据要按风险分类分级管理吗？")


def test_a_fact_of_another_party_does_not_answer_a_chinese_question_naming_its_party():
    from assistant.retrieval.party_ties import about_other_parties, named_parties

    bank_inspects_vendor = "本行应当对服务提供商履行义务的情况进行监督，每年至少开展一次现场或者非现场检查。"
    assert about_other_parties(named_parties("征信机构多久要接受一次现场检查？"), bank_inspects_vendor)
    # a bank is a 个人信息处理者, and a generic 监管部门 may be any authority: the same side, so the sentence counts
    assert not about_other_parties(named_parties("银行多久要做一次个人信息保护合规审计？"),
                                   "个人信息处理者应当定期对其处理个人信息遵守法律、行政法规的情况进行合规审计。")
    assert not about_other_parties(named_parties("监管部门多久检查一次征信机构？"),
                                   "国务院征信业监督管理部门及其派出机构依照本条例对征信机构进行监督检查。")
    # a question naming no particular party is never held to one
    assert not about_other_parties(named_parties("多久要做一次现场检查？"), bank_inspects_vendor)
