"""The coverage gate, issue 11 round 13: more ways of asking for a specific fact (asked_specifics.py: a threshold, a
frequency to confirm, whether an official list exists, a table, a standard's number, a count of tiers), a head count
quoted to be confirmed, and an English figure question held to two shared key terms. Each near miss is refused and
its answerable twin answered, on the small real index (PIPL, AML, Commercial Bank Law, credit reporting, CSL,
generative AI measures, GDPR)."""

import pytest

from assistant.retrieval.asked_specifics import asked_specifics, asked_threshold_groups

pytest_plugins = ["index_fixtures"]


def covered(assistant, question: str) -> bool:
    return assistant.coverage(question, assistant.search(question)).covered


@pytest.mark.parametrize("question, kinds", [
    ("反洗钱法有没有规定评估洗钱风险的频率？", ["frequency"]),
    ("合规审计是不是法定每年一次？", ["frequency"]),
    ("Is a yearly review mandatory, once a year?", ["frequency"]),
    ("个人信息保护认证有官方名录吗？", ["roster"]),
    ("Is there an official list of approved auditors?", ["roster"]),
    ("开户要填哪张表？", ["form"]),
    ("Is there a fixed list of fields for the declaration?", ["form"]),
    ("等级保护测评参照的国家标准号是什么？", ["standard"]),
    ("Which harmonised standard applies to logging?", ["standard"]),
    ("数据安全分级分几级？", ["tiers"]),
    ("How many tiers of risk does the scheme have?", ["tiers"]),
    ("持牌的支付机构有哪几家？", ["members"]),
    ("Which certification bodies are currently accredited for PIPL certification?", ["members"]),
])
def test_the_kind_asked_for_is_recognised(question, kinds):
    assert [fact.name for fact in asked_specifics(question)] == kinds


@pytest.mark.parametrize("question", [
    "敏感个人信息包括哪些？",
    "这张表示什么意思？",  # 表示 (to mean), not a table
    "关键信息基础设施运营者有哪些安全保护义务？",
    "What standard of care applies to processors?",
    "一年以内的交易记录要不要保存？",
])
def test_ordinary_questions_ask_for_none_of_these(question):
    assert asked_specifics(question) == []


def test_a_threshold_asked_wants_any_figure():
    assert asked_threshold_groups("合格投资者的门槛是多少？")
    assert asked_threshold_groups("交易规模到多少会被认定为重要机构？")
    assert asked_threshold_groups("What is the reporting threshold for cash transactions?")
    assert not asked_threshold_groups("到哪里去办理？")
    assert not asked_threshold_groups("一年做几次检测？")  # a count of times: a frequency


@pytest.mark.parametrize("question, expected", [
    # threshold: 商业银行法第十三条 states the minimum registered capital; 反洗钱法第三十五条 leaves the large-transaction
    # amount to rules made elsewhere (「超过规定金额的大额交易」)
    ("设立全国性商业银行，注册资本的门槛是多少？", True),
    ("大额交易报告的门槛是多少？", False),
    # frequency to confirm: 网络安全法(2025)第四十条 「每年至少进行一次检测评估」; 反洗钱法第二十七条 「定期评估洗钱风险状况」
    ("关键信息基础设施运营者对网络安全的检测评估，法律是不是要求每年一次？", True),
    ("反洗钱法有没有规定金融机构评估洗钱风险的频率？", False),
    # official list: 反洗钱法第四十条 names the lists; 个人信息保护法第三十八条 certification 「经专业机构」 names none
    ("反洗钱特别预防措施针对的对象，有官方名单吗？", True),
    ("做个人信息保护认证的专业机构有官方名录吗？", False),
    # members of a roster: 个人信息保护法第三十八条 certification 「经专业机构」 names no body; GDPR Art. 43 has the
    # accredited bodies made public without naming them
    ("做个人信息保护认证的专业机构有哪几家？", False),
    ("Which certification bodies are currently accredited under the GDPR? Please list them.", False),
    # an English figure question: GDPR Art. 33(1) 「not later than 72 hours」; no period for keeping the proof of
    # consent (Art. 7(1)), whose one shared word (consent) other periods of the GDPR share too
    ("Under the GDPR, within how many hours must we notify the supervisory authority of a personal data breach?", True),
    ("Under the GDPR, how long do we have to keep the records proving that a customer gave consent?", False),
])
def test_a_specific_counts_only_when_a_retrieved_sentence_about_the_question_states_it(small_assistant, question,
                                                                                        expected):
    assert covered(small_assistant, question) is expected
