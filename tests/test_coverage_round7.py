"""The coverage gate, issue 11 round 7 (near misses): the period a frequency or a duration is asked in (每年, days) is no
topic word; a Chinese question whose topic words the corpus never uses (储户, 倒闭) needs its glossary's legal terms in
the sentence; a Latin-letter term no text uses (RTO) must be matched by one more shared word; a headcount asked for
(how many individuals) is a figure; a clause leaving the detail to other rules (规定数量) is said to do so."""

from types import SimpleNamespace

import pytest

from assistant.messages import coverage_notice
from assistant.retrieval.asked_facts import asked_groups
from assistant.retrieval.asked_facts import asked_facts
from assistant.retrieval.gate.delegation import _DELEGATES
from assistant.retrieval.gate.figures import _asks_the_figure, _states_figure
from assistant.retrieval.gate.stated import _stated
from assistant.retrieval.gate.topic import _unknown_acronyms


def shares(table):
    return lambda token: table.get(token, 0.0)


def retrieval_of(*texts):
    return SimpleNamespace(hits=[SimpleNamespace(clause=SimpleNamespace(text=t)) for t in texts])


def test_period_words_are_part_of_the_asking():
    assert all(_asks_the_figure(t) for t in ("每年", "每季度", "days", "一次", "多久"))
    assert not any(_asks_the_figure(t) for t in ("测评", "年度报告", "complaint", "离职"))


def test_a_frequency_sentence_sharing_only_the_period_is_not_about_the_question():
    question = "等保三级的系统每年要做几次等级测评？"
    # 网络安全法（2025）第四十条: a frequency, about CII testing, not the classified-protection assessment
    text = "关键信息基础设施的运营者应当自行或者委托网络安全服务机构对其网络的安全性和可能存在的风险每年至少进行一次检测评估。"
    df = shares({"每年": 0.01, "测评": 0.002, "等级": 0.01, "三级": 0.001, "系统": 0.03})
    key = {"每年", "测评", "等级", "三级", "系统"}
    frequency = asked_facts(question)[0]
    assert not _stated(question, retrieval_of(text), key, df, False, frequency.stated.search)
    stated = "网络运营者应当每年至少进行一次等级测评。"  # a sentence that would answer it
    assert _stated(question, retrieval_of(stated), key, df, False, frequency.stated.search)


def test_a_question_in_words_the_corpus_never_uses_needs_its_legal_terms_in_the_sentence():
    question = "要是银行倒闭了，储户最多能拿回多少钱？"
    df = shares({"破产": 0.003, "存款": 0.01})  # 倒闭, 储户, 拿回: in no clause
    money = lambda s: _states_figure(s, {"yuan", "duration"})  # noqa: E731
    unrelated = "客户身份资料在业务关系结束后、客户交易信息在交易结束后，应当至少保存十年。"  # 反洗钱法第三十四条
    assert not _stated(question, retrieval_of(unrelated), {"破产", "存款"}, df, False, money)
    related = "商业银行被宣告破产的，存款人的存款在五十万元以内全额偿付。"  # invented, to show what would pass
    assert _stated(question, retrieval_of(related), {"破产", "存款"}, df, False, money)


def test_an_unknown_acronym_asks_for_one_more_shared_word():
    question = "核心系统灾备切换的RTO要求控制在几个小时以内？"
    df = shares({"核心": 0.008, "系统": 0.028, "控制": 0.019})
    assert _unknown_acronyms(question, df) == {"rto"}
    assert _unknown_acronyms(question, df, bridged=["RTO"]) == set()  # a glossary entry ties it to the texts
    hours = lambda s: _states_figure(s, {"duration", "months", "workday"})  # noqa: E731
    log_rule = "核心业务系统操作日志和客户信息访问日志，保存三年。"  # 档案保存政策第十九条: shares 核心, 系统
    key = {"核心", "系统", "控制"}
    assert not _stated(question, retrieval_of(log_rule), key, df, False, hours)
    plain = question.replace("的RTO", "")
    assert _stated(plain, retrieval_of(log_rule), key, df, False, hours)


@pytest.mark.parametrize("question, asks", [
    ("Under PIPL, exactly how many individuals' data triggers a security assessment?", True),
    ("处理多少人的个人信息需要指定个人信息保护负责人？", True),
    ("中国人民银行的职责有哪些？", False),
    ("How many days do we have to answer?", False),
])
def test_a_headcount_is_a_figure(question, asks):
    assert ("person" in asked_groups(question)) is asks


def test_delegating_wording():
    assert _DELEGATES.search("处理个人信息达到国家网信部门规定数量的个人信息处理者")  # 个人信息保护法第四十条
    assert _DELEGATES.search("The Commission is empowered to adopt delegated acts in accordance with Article 97")
    assert _DELEGATES.search("商业银行应当按照中国人民银行规定的贷款利率的上下限，确定贷款利率")  # 商业银行法第三十八条
    assert not _DELEGATES.search("商业银行贷款，应当遵守下列资产负债比例管理的规定")
    assert coverage_notice("delegated", "", "zh").startswith("法律把")
    assert coverage_notice("delegated", "", "en").startswith("The law leaves")


def covered(assistant, question: str):
    return assistant.coverage(question, assistant.search(question))


def test_with_the_real_index(small_assistant):
    headcount = covered(small_assistant,
                        "Under PIPL, exactly how many individuals' data triggers a mandatory CAC security assessment "
                        "for outbound transfers?")
    assert not headcount.covered and headcount.kind == "delegated"  # 个人信息保护法第四十条: 国家网信部门规定数量
    assert not covered(small_assistant, "核心系统灾备切换的RTO要求控制在几个小时以内？").covered
    assert not covered(small_assistant, "等保三级的系统每年要做几次等级测评？").covered
    assert covered(small_assistant, "商业银行的资本充足率不能低于多少？").covered


@pytest.mark.parametrize("question, asks", [
    ("Is there an official spreadsheet template we have to use for the records of processing?", True),
    ("理财经理的绩效考核指标怎么设计比较合理？", True),
    ("Which database is cheaper to license over five years?", False),  # a cost: a price question, not an artefact
    ("个人信息出境要签标准合同吗？", False),
    ("What must the records of processing activities contain?", False),
])
def test_an_artefact_is_a_fact_asked(question, asks):
    assert any(f.name == "artefact" for f in asked_facts(question)) is asks


def test_a_sentence_naming_a_template_answers_a_template_question():
    artefact = next(f for f in asked_facts("Is there a template for the fundamental rights impact assessment?"))
    # AI Act Article 27(5): the AI Office develops a template for a questionnaire
    assert artefact.stated.search("The AI Office shall develop a template for a questionnaire")
    assert not artefact.stated.search("The deployer shall perform an assessment of the impact on fundamental rights")
    assert coverage_notice("artefact", "", "en").startswith("The question asks for a practical artefact")


def test_an_artefact_question_with_the_real_index(small_assistant):
    result = covered(small_assistant, "Is there an official RoPA spreadsheet template from the EDPB we have to use?")
    assert not result.covered

