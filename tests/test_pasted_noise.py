"""A long pasted message's dense query without what no indexed clause can match (retrieval/pasted_noise.py)."""

from dataclasses import replace

from assistant.retrieval.pasted_noise import without_noise
from assistant.retrieval.sentences import asking_part

KNOWN = {"kyc", "app", "gdpr", "data", "the", "customer", "we", "must", "tell", "bank"}


def _doc_freq(word: str) -> float:
    return 0.01 if word in KNOWN else 0.0


def test_chat_paste_loses_speaker_tags_times_and_tool_names():
    text = "@ops-wang: 昨晚23:40发现测试环境一台redis没设密码。@sec-li：日志还在看。要告诉客户吗？"
    assert without_noise(text, _doc_freq) == "昨晚 发现测试环境一台 没设密码。 日志还在看。要告诉客户吗？"


def test_ticket_ids_and_versions_go_figures_stay():
    text = "需求单CR-0917：柜员系统V3.2里拉客户征信报告，保留90天，KYC要做吗？"
    assert without_noise(text, _doc_freq) == "需求单 ：柜员系统 里拉客户征信报告，保留90天，KYC要做吗？"


def test_english_names_no_clause_holds_go_plain_words_stay():
    text = "Ticket EU-4471: the data sits in Salesforce and nightly backups. Must we tell the customer?"
    cleaned = without_noise(text, _doc_freq)
    assert "Salesforce" not in cleaned and "EU-4471" not in cleaned and "GDPR" in without_noise("The GDPR applies.", _doc_freq)
    assert "nightly backups" in cleaned and cleaned.endswith("Must we tell the customer?")


def test_the_asking_part_is_the_closing_question_with_enough_to_ask_about():
    thread = "@ops: 测试环境泄露了客户手机号。@pm: 这个除了修还要干嘛？要告诉客户吗？"
    assert asking_part(thread) == "@pm: 这个除了修还要干嘛？ 要告诉客户吗？"
    note = "Martech asked whether we can just include everyone this time. Can we?"
    assert asking_part("The campaign goes to 400k customers. " + note) == note
    assert asking_part("The campaign goes to 400k customers. Please advise.") == ""


def test_a_long_message_that_asks_is_embedded_without_its_noise(small_assistant):
    """Only a message at least pasted_noise_min_chars long that ends by asking: a case description told as
    statements keeps its names, a shorter question is embedded as written."""
    base = small_assistant.retriever
    thread = "@ops-wang: 昨晚23:40发现测试环境的客户手机号泄露了，工单PRJ-2231。@pm-zhao: 要告诉客户吗？"
    told = thread.replace("要告诉客户吗？", "已经告诉客户了。")
    old = base.config
    try:
        base.config = replace(old, pasted_noise_min_chars=40)
        dense = {text: base._query_texts(text, base.route(text))[1] for text in (thread, told)}
        base.config = replace(old, pasted_noise_min_chars=len(thread) + 1)
        long_enough = base._query_texts(thread, base.route(thread))[1]
    finally:
        base.config = old
    assert "@ops-wang" not in dense[thread] and "23:40" not in dense[thread] and "PRJ-2231" not in dense[thread]
    assert "客户手机号泄露" in dense[thread] and "要告诉客户吗" in dense[thread]
    assert "@ops-wang" in dense[told] and "@ops-wang" in long_enough
