"""The coverage gate, issue 11 round 15 (refuse15): keeping (保存, retain) is the kind of period asked, not its topic.
Each near miss is refused and its answerable twin answered, on the small real index (laws + the sample policies)."""

import pytest

from assistant.retrieval.gate.figures import _asks_the_figure

pytest_plugins = ["index_fixtures"]


def covered(assistant, question: str) -> bool:
    return assistant.coverage(question, assistant.search(question)).covered


def test_keeping_words_belong_to_the_asking():
    assert all(_asks_the_figure(w) for w in ["保存", "保留", "留存", "keep", "retention"])
    assert not any(_asks_the_figure(w) for w in ["录像", "授权书", "logs"])


@pytest.mark.parametrize("question, expected", [
    # 档案与记录保存管理办法第十七条 keeps sales recordings (「销售过程中的录音录像资料…保存五年」): no text keeps CCTV footage
    ("网点监控录像要保存几年？", False),
    ("客服电话录音要保存几年？", False),
    ("理财产品销售过程中的录音录像要保存几年？", True),
    # 第十六条 「征信查询授权书及其查询记录，自查询之日起保存五年」
    ("客户签的征信查询授权书要存多久？", True),
])
def test_a_retention_period_counts_only_in_a_sentence_about_what_is_kept(small_assistant, question, expected):
    assert covered(small_assistant, question) is expected


def test_the_asking_sentence_is_told_apart_from_the_context():
    from assistant.retrieval.gate.asking import _asking_sentence_terms

    terms = {"准备金率", "存款", "法定", "流动性", "测算"}
    asked = _asking_sentence_terms("法定存款准备金率是多少？做流动性测算要用", terms)
    assert asked and "流动性" not in asked and "测算" not in asked
    # one sentence, or every sentence asking: no constraint
    assert _asking_sentence_terms("做流动性测算要用的存款准备金率是多少？", terms) == set()
    assert _asking_sentence_terms("存款准备金率是多少？流动性比例呢？", terms) == set()


@pytest.mark.parametrize("question, expected", [
    # 商业银行法第三十九条 states the liquidity ratio (百分之二十五), the context's topic; 第三十二条 keeps the reserve ratio
    # to the central bank's rules (按照中国人民银行的规定) and states none
    ("存款准备金率现在是多少？做流动性测算要用。", False),
    # the ratio asked is stated (「资本充足率不得低于百分之八」) whatever the context
    ("资本充足率最低要多少？我们在做流动性测算", True),
])
def test_a_figure_about_the_context_is_not_the_figure_asked(small_assistant, question, expected):
    assert covered(small_assistant, question) is expected


def test_a_frequency_asked_per_day_week_or_month_is_stated_only_in_that_unit():
    from assistant.retrieval.asked_facts import asked_facts

    (daily,) = asked_facts("个人一天最多能查几次自己的信用报告？")
    assert not daily.stated.search("个人信息主体有权每年两次免费获取本人的信用报告")
    assert daily.stated.search("每日查询不超过三次")
    (monthly,) = asked_facts("How many times a month may we call a customer?")
    assert monthly.stated.search("no more than twice per month") and not monthly.stated.search("twice a year")
    (yearly,) = asked_facts("一年能免费查几次？")  # a year: the frequency patterns as they were
    assert yearly.stated.search("每年两次免费获取")


@pytest.mark.parametrize("question, expected", [
    # 征信业管理条例第十七条 「每年两次免费获取本人的信用报告」: a yearly figure, no daily one
    ("个人每天最多能查几次自己的信用报告？", False),
    ("How many times a day can a person get a free credit report?", False),
    ("个人一年能免费查几次自己的信用报告？", True),
    ("How many times a year can a person get a free credit report?", True),
])
def test_a_yearly_frequency_does_not_answer_a_daily_one(small_assistant, question, expected):
    assert covered(small_assistant, question) is expected


def test_an_amount_asked_in_english_by_its_currency_or_as_a_line_drawn():
    from assistant.retrieval.asked_counts import asked_counts

    for question in ["What's the max euro amount we may charge for a copy?", "Above what loan value is board approval needed?",
                     "How many euros can a supervisory authority charge?", "What threshold applies to cash reports?"]:
        assert "figure" in [f.name for f in asked_counts(question)], question
    for question in ["What does the controller have to tell the data subject?", "How much detail must the notice give?"]:
        assert "figure" not in [f.name for f in asked_counts(question)], question
    (amount,) = asked_counts("What's the maximum euro amount of the fee?")
    assert not amount.stated.search("the controller may charge a reasonable fee based on administrative costs")
    assert amount.stated.search("fines up to 20 000 000 EUR, or up to 4 % of the total worldwide annual turnover")
    assert amount.stated.search("设立城市商业银行的注册资本最低限额为一亿元人民币")


@pytest.mark.parametrize("question, expected", [
    # GDPR Art. 15(3) 「a reasonable fee based on administrative costs」: no amount
    ("What's the max euro amount we can charge a data subject for extra copies of their data?", False),
    # 外包与数据跨境管理办法 has approvals by the data protection officer, and no contract value anywhere
    ("Above what contract value does outsourcing to a service provider need the data protection officer's approval "
     "under our outsourcing policy?", False),
    # a fine asked is checked as a sanction (GDPR Art. 83(4) 「up to 10 000 000 EUR」)
    ("What euro amount of fine applies if we miss the breach notification deadline?", True),
    # 商业银行法第十三条 「设立城市商业银行的注册资本最低限额为一亿元人民币」
    ("What yuan amount of registered capital does a new city commercial bank need?", True),
])
def test_an_amount_counts_only_when_a_retrieved_sentence_states_money_or_a_share(small_assistant, question, expected):
    assert covered(small_assistant, question) is expected


def _spc_article_one() -> str:
    """最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释第一条, read from the shared corpus."""
    from assistant.settings import SHARED_REGULATIONS

    text = (SHARED_REGULATIONS / "zh/spc-spp-personal-info-crime-interpretation-2017.md").read_text(encoding="utf-8")
    return next(line for line in text.splitlines() if line.startswith("第一条"))


def test_a_law_an_indexed_text_interprets_article_by_article_is_answered_from_that_text():
    from assistant.retrieval.gate.delegation import _interpreted_by
    from assistant.text.tokens import tokenize
    from assistant.types import Clause, Hit, Retrieval

    article = _spc_article_one()
    clause = Clause(chunk_id="spc:1:0", doc_id="spc", law="解释", short_title="解释", article=1, text=article)
    retrieval = Retrieval(query="", hits=[Hit(clause=clause, score=1.0, similarity=0.9)])
    rare = lambda token: 0.001 if token in article else 0.0  # every word of the article rare, others absent

    def interpreted(question):
        return _interpreted_by("刑法", question, retrieval, lambda h: tokenize(h.clause.text), rare)

    assert interpreted("催收公司拿到的行踪轨迹，在刑法上算公民个人信息吗？")
    # another crime: only the law's name ties the question to the clause
    assert not interpreted("非国家工作人员受贿罪按刑法立案标准是多少？")
    # a law the texts mention but do not interpret by article
    assert not _interpreted_by("公司法", "公司法上行踪轨迹算个人信息吗？", retrieval,
                               lambda h: tokenize(h.clause.text), rare)


def test_administrative_regulations_as_a_kind_of_text_name_no_law(small_assistant):
    from assistant.retrieval.named_laws import unknown_law_mentions

    for question in ["这是部门规章还是行政法规？", "违反行政法规的要罚吗", "数据安全这块法规层面最低要做哪些技术措施？"]:
        assert unknown_law_mentions(question, small_assistant.catalog) == [], question
    # a title jieba cut before 规定 is still a law's title
    assert unknown_law_mentions("反电信网络诈骗法规定了什么", small_assistant.catalog) == ["反电信网络诈骗法"]
