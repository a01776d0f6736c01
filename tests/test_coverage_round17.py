"""The coverage gate, issue 11 round 17 (refuse17): a sentence stating the figure asked for other kinds of the thing
asked (an individual's, not a company's; a commercial bank's, not a village bank's; a high-risk model's, not a
high-risk customer's) is no answer (sibling_kinds.py); an amount of capital asked before its noun (拨多少营运资金) is
answered by an amount of money, not a ratio (asked_facts._ASKS_AMOUNT)."""

import pytest

from assistant.retrieval.asked_facts import MONEY, narrowed
from assistant.retrieval.sibling_kinds import kinds_named, names_other_kinds

pytest_plugins = ["index_fixtures"]


def test_kinds_are_read_by_family():
    assert kinds_named("企业信用报告") == {"holder": {"organisation"}}
    # 个人信息 is the PIPL's object, not whose it is; 个人信息主体 is an individual
    assert kinds_named("处理个人信息应当取得同意") == {}
    assert kinds_named("个人信息主体有权每年两次免费获取本人的信用报告") == {"holder": {"individual"}}
    assert kinds_named("设立城市商业银行的注册资本最低限额为一亿元人民币") == {"institution": {"city bank"}}
    assert kinds_named("高风险模型每年至少进行一次重新验证") == {"graded": {"模型"}}
    assert kinds_named("高风险、中风险的") == {}


@pytest.mark.parametrize("question, sentence, other", [
    ("企业一年能免费查几次信用报告？", "个人信息主体有权每年两次免费获取本人的信用报告", True),
    ("个人一年能免费查几次信用报告？", "个人信息主体有权每年两次免费获取本人的信用报告", False),
    # a sentence naming no kind of the family, or naming the question's among others, may state the fact asked
    ("企业一年能免费查几次信用报告？", "信息主体可以向征信机构查询自身信息", False),
    ("单位和个人有异议的，多少天内处理？", "单位和个人对金融机构采取洗钱风险管理措施有异议的，可以向金融机构提出", False),
    ("村镇银行注册资本最低多少？", "设立农村商业银行的注册资本最低限额为五千万元人民币", True),
    ("高风险客户多久要重新评级一次？", "高风险模型每年至少进行一次重新验证", True),
    ("高风险模型多久要重新验证一次？", "高风险模型每年至少进行一次重新验证", False),
    ("算法备案要注销的话几个工作日内办？", "算法推荐服务提供者的备案信息发生变更的，应当在变更之日起十个工作日内办理变更手续", True),
])
def test_a_sentence_on_other_kinds_of_the_thing_asked(question, sentence, other):
    assert names_other_kinds(kinds_named(question), sentence) is other


def test_capital_asked_before_its_noun_wants_money():
    assert narrowed("分行开业的时候总行至少要给拨多少营运资金？", {"percent", "yuan"}) == {"yuan"} & MONEY
    assert narrowed("注册资本最低要多少？", {"percent", "yuan"}) == {"yuan"}
    # a ratio asked of the capital is still a ratio
    assert narrowed("拨付的营运资金总和最多占资本金的多少比例？", {"percent"}) == {"percent"}


def covered(assistant, question: str) -> bool:
    return assistant.coverage(question, assistant.search(question)).covered


@pytest.mark.parametrize("question, expected", [
    # 商业银行法第十三条 states the national, city and rural commercial banks' minimum capital, not a village bank's
    ("村镇银行的注册资本最低限额是多少？", False),
    ("城市商业银行的注册资本最低限额是多少？", True),
    # 征信业管理条例第十七条: the free reports are an individual's
    ("企业每年可以免费获取几次自己的信用报告？", False),
    ("个人每年可以免费获取几次自己的信用报告？", True),
    # 商业银行法第十九条 caps the branches' working capital at 百分之六十 of the head office's capital: no amount per branch
    ("新设分行，总行至少要拨多少营运资金？", False),
])
def test_the_fact_of_another_kind_is_no_answer(small_assistant, question, expected):
    assert covered(small_assistant, question) is expected
