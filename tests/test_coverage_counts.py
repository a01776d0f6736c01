"""The coverage gate, issue 11 round 14: a count of things, a fee and a size asked for (asked_counts.py), a period of a
named kind (有效期, 任期), and ISO/IEC standards cited by number. Each near miss is refused and its answerable twin
answered, on the small real index (PIPL, AML, Commercial Bank Law, credit reporting, CSL, generative AI measures,
GDPR)."""

import pytest

from assistant.retrieval.asked_counts import asked_counts, asked_period_kinds, names_period_kind
from assistant.retrieval.named_laws import regimes_in

pytest_plugins = ["index_fixtures"]


def covered(assistant, question: str) -> bool:
    return assistant.coverage(question, assistant.search(question)).covered


@pytest.mark.parametrize("question, kinds", [
    ("货币政策委员会一共有几个委员？", ["count"]),
    ("重要数据目录列了多少类数据？", ["count"]),
    ("每个成员国设几名委员？", ["count"]),
    ("How many supervisory authorities does each Member State have?", ["count"]),
    ("算法备案要交钱吗？", ["fee"]),
    ("备案费大概多少？", ["fee"]),
    ("Is there a fee for a subject access request?", ["fee"]),
    ("生成内容的标识字号要多大？", ["size"]),
    ("What font size must the label use?", ["size"]),
    ("人民银行现任行长是谁？", ["incumbent"]),
    ("Who is the current chair of the European Data Protection Board?", ["incumbent"]),
])
def test_the_kind_asked_for_is_recognised(question, kinds):
    assert [fact.name for fact in asked_counts(question)] == kinds


@pytest.mark.parametrize("question", [
    "支行给几个大户额外贴息，算违规吗？",  # 几个 as "several", no count asked
    "我们给几家农信社做科技输出，要按商行法吗？",
    "告知书里除了那几项还要写什么？",
    "敏感个人信息包括哪几类？",  # which ones: a list, not a count
    "要在几个工作日内答复？",  # a duration
    "多少个人信息主体受影响才要报告？",  # a headcount (asked_facts)
    "消费者权益保护法对经营者收取费用有什么要求？",  # 消费 / 收取费用 asked as a rule, not a price
    "How many days do we have to respond?",
    "How many people must be affected before we notify?",
    "未满多大的孩子要家长同意？",  # an age, not a size
    "行长的人选由谁决定？",  # who decides: a body (asked_items), not the holder
    "Who appoints the chair of the Board?",
    "设立城商行，注册资本最少要几个亿？",  # an amount in hundreds of millions (the figure check reads money)
    "单笔要几个万以上才算大额？",
])
def test_ordinary_questions_ask_for_none_of_these(question):
    assert asked_counts(question) == []


def test_a_period_of_a_named_kind_is_stated_only_by_a_sentence_naming_that_kind():
    validity = asked_period_kinds("许可证有效期是几年？")
    assert validity and not asked_period_kinds("保存几年？")
    assert not names_period_kind("信息保存期限至少为电子签名认证证书失效后五年", validity)
    assert names_period_kind("许可证有效期为五年", validity)
    # GDPR Art. 42(7): a validity stated as the period a certification is issued for
    assert names_period_kind("Certification shall be issued to a controller or processor for a maximum period of "
                             "three years and may be renewed", asked_period_kinds("How long is a certification valid?"))
    term = asked_period_kinds("What is the term of office of the Chair?")
    assert names_period_kind("The term of office of the Chair and of the deputy chairs shall be five years", term)
    assert not names_period_kind("within one month of receipt of the request", term)


def test_iso_iec_standards_cited_by_number_are_not_indexed():
    assert regimes_in("Do we need ISO/IEC 42001 certification before deploying our credit AI?")
    assert regimes_in("按 ISO/IEC 23894 做AI风险管理，法律有要求吗？")
    assert not regimes_in("Do we need a certification under the GDPR before processing?")


@pytest.mark.parametrize("question, expected", [
    # count: GDPR Art. 51(1) 「one or more independent public authorities」 states no number; 征信业管理条例第十七条
    # 「每年两次免费获取本人的信用报告」 does
    ("How many supervisory authorities must each Member State set up under the GDPR?", False),
    ("How many free credit reports can a person get from a credit bureau each year?", True),
    # fee: 生成式人工智能服务管理暂行办法第十七条 has the filing done under the algorithm rules and states no fee;
    # 征信业管理条例第三十一条 「按照补偿成本原则收取查询服务费用，收费标准由国务院价格主管部门规定」
    ("生成式人工智能服务备案要交钱吗，备案费大概多少？", False),
    ("金融信用信息基础数据库查询收费吗？收费标准由谁定？", True),
    # validity: no indexed clause of the small index gives a credit bureau's licence a validity (第十六条's 5年 is how
    # long negative information is kept)
    ("征信机构的经营许可证有效期是几年？", False),
    # incumbent: GDPR Art. 73 has the Board elect its chair and names nobody
    ("Who is the current chair of the European Data Protection Board?", False),
])
def test_a_count_a_fee_or_a_validity_counts_only_when_a_retrieved_sentence_states_it(small_assistant, question,
                                                                                     expected):
    assert covered(small_assistant, question) is expected


def test_glossary_terms_brought_by_the_asking_alone_are_not_the_topic():
    from assistant.retrieval.asking_phrases import asking_only_terms
    from assistant.retrieval.gate.figures import _asks_the_figure
    from assistant.retrieval.gate.topic import glossary_bridges

    # 保存多久 (how long to keep) brings the retention entry's 保存期限: the kind of fact asked, whatever is kept
    assert "保存期限" in asking_only_terms(glossary_bridges("客服热线的通话录音要保存多久？"), _asks_the_figure)
    assert "storage limitation" in asking_only_terms(glossary_bridges("How long to keep chat logs?"), _asks_the_figure)
    # a phrase naming its topic (不良记录保存多久) or no figure at all (征信报告) keeps its entry's terms
    assert not asking_only_terms(glossary_bridges("不良记录保存多久？"), _asks_the_figure) & {"不良信息的保存期限"}
    assert not asking_only_terms(glossary_bridges("查征信报告要授权吗？"), _asks_the_figure)
