"""English words for answering a person's request (lexicon.toml, round 24): an English deadline question on a Chinese
clause that says 处理并答复 (反洗钱法第三十九条, the customer-information policy 第二十二条) reaches its words."""

from __future__ import annotations

from assistant.retrieval.lexicon import load_lexicon


def test_replying_to_and_handling_a_request_have_the_texts_words():
    words = load_lexicon().chinese_words
    assert {"答复", "请求"} <= set(words("How many days do we have to reply to a customer's request?"))
    assert "答复" in words("When must the bank respond to an objection?")
    assert "处理" in words("Who handles complaints about the data?")
    assert "答复" not in words("Who is responsible for the data?")  # responsible is no respond
