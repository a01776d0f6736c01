"""What a question asks FOR when it is not a figure (asked_items.py): a roster of firms, a form or format, an
internal runbook, a contact, or a limit for a group. Each near miss is refused and its answerable twin answered, on
the small real index (PIPL, AML, Commercial Bank Law, credit reporting, CSL, generative AI measures, GDPR)."""

import pytest

from assistant.retrieval.asked_items import asked_items, asked_limit_groups


def covered(assistant, question: str) -> bool:
    return assistant.coverage(question, assistant.search(question)).covered


@pytest.mark.parametrize("question, kinds", [
    ("网络安全检测机构有哪几家？", ["roster"]),
    ("Which certification firms are accredited to certify cross-border transfers?", ["roster"]),
    ("合规审计有没有监管认可的事务所名单？", ["roster"]),
    ("影响评估有没有统一的评估问卷？", ["form"]),
    ("可疑交易报告的表格要填哪些字段？", ["form"]),
    ("Is there a prescribed form for consent?", ["form"]),
    ("数据泄露后的内部处置手册怎么写？", ["runbook"]),
    ("What should the playbook for a breach look like?", ["runbook"]),
    ("征信中心的客服电话是多少？", ["contact"]),
    ("What is the website of the supervisory authority?", ["contact"]),
    ("能推荐几家靠谱的数据合规服务商吗？", ["roster"]),
    ("备案申请表在哪里可以下载？", ["form", "contact"]),
    ("Is there a form customers must fill in to object to profiling?", ["form"]),
    ("反洗钱应急演练的处置方案应该怎么写？", ["runbook"]),
    ("外汇局负责这块的是哪个处室，联系人是谁？", ["contact"]),
])
def test_the_kind_asked_for_is_recognised(question, kinds):
    assert [item.name for item in asked_items(question)] == kinds


@pytest.mark.parametrize("question", [
    "把客户名单给合作的保险公司做营销，要客户怎么同意？",  # a customer list is the object, not a roster asked for
    "格式条款里写了免责声明，对消费者有效吗？",  # standard terms: a legal concept, not a form
    "手机银行APP上要不要专门弄一个投诉举报入口？",  # whether to have a channel: a duty
    "敏感个人信息包括哪些？",
    "What forms of processing need a DPIA?",
])
def test_ordinary_questions_ask_for_none_of_these(question):
    assert asked_items(question) == []


def test_a_limit_asked_without_figure_words_wants_a_figure():
    assert asked_limit_groups("老年客户的单日转账限额是怎么规定的？")
    assert asked_limit_groups("未成年人每天的使用时长有没有上限？")
    assert not asked_limit_groups("转账需要客户本人确认吗？")


@pytest.mark.parametrize("question, expected", [
    # roster: 征信业管理条例第十一条 has the regulator publish the list of credit bureaus; 网络安全法第二十三条 has
    # certification by 「具备资格的机构」 and names none
    ("征信机构的名单由谁向社会公告？有没有机构名单可查？", True),
    ("网络关键设备的安全认证机构有哪几家？能给个名单吗？", False),
    # form: GDPR Art. 61(6) has supervisory authorities exchange information 「using a standardised format」; PIPL
    # 第五十五条、第五十六条 set when an impact assessment is done and what it covers, with no questionnaire
    ("Must supervisory authorities use a standardised format when they supply information for mutual assistance?", True),
    ("个人信息保护影响评估有没有官方统一的评估问卷要填？", False),
    # runbook: 网络安全法第二十五条 requires an 应急预案 and writes no internal steps
    ("发生网络安全事件，我们的内部应急处置手册第一步到第三步应该怎么写？", False),
    # contact: 征信业管理条例第二十五条 gives the right to object, with no number
    ("对征信机构采集的信息有异议，投诉热线是多少？", False),
    # a limit for a group: 生成式人工智能服务管理暂行办法第十条 asks to prevent minors' over-reliance, with no limit
    ("未成年人使用生成式人工智能服务，每天的时长上限是怎么规定的？", False),
])
def test_an_item_counts_only_when_a_retrieved_sentence_about_the_question_states_it(small_assistant, question, expected):
    assert covered(small_assistant, question) is expected


def test_a_group_named_in_a_figure_question_must_be_named_by_the_sentence(small_assistant):
    """GDPR Art. 8 states the age (16 years, not below 13) for a child's consent; no indexed clause sets a retention
    period for children's information (个人信息保护法第十九条: the shortest time the purpose needs), so a period of years
    another clause states is no answer for them (without the group rule, that question was answered)."""
    assert covered(small_assistant, "Under the GDPR, until how many years old does a child need parental consent for "
                                    "information society services?")
    assert not covered(small_assistant, "儿童的个人信息最多能保存几年？")


def test_each_kind_has_its_own_notice_in_both_languages():
    from assistant.messages import coverage_notice
    from assistant.retrieval.asked_items import ITEMS

    for item in ITEMS:
        english, chinese = coverage_notice(item.name, "raw", "en"), coverage_notice(item.name, "raw", "zh")
        assert english != "raw" and chinese != "raw" and english != chinese


@pytest.mark.parametrize("question, expected", [
    # GDPR Art. 45 has the Commission decide adequacy and names no country; Art. 9(1) names genetic data among the
    # special categories
    ("Is Brazil on the EU's list of countries with an adequacy decision?", False),
    ("Is genetic data on the GDPR's list of special categories of personal data?", True),
])
def test_whether_something_is_on_a_list_needs_the_corpus_to_name_it(small_assistant, question, expected):
    from assistant.retrieval.asked_items import asks_membership

    assert asks_membership(question)
    assert covered(small_assistant, question) is expected


def test_the_fields_asked_of_a_document_are_stated_by_the_contents_it_must_bear():
    """Round 47: 哪些字段 asks what a document states; 电子签名法第二十一条's 「应当载明下列内容」 lists it."""
    (fields,) = asked_items("电子签名证书上必须写明哪些东西？验签模块要解析哪些字段")
    assert fields.stated.search("电子签名认证证书应当准确无误，并应当载明下列内容：")
    (form,) = asked_items("可疑交易报告的表格要填哪些字段？")  # a form named: a form still answers it
    assert not form.stated.search("电子签名认证证书应当准确无误，并应当载明下列内容：")
