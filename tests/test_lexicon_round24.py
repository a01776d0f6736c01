"""English words for answering a person's request (lexicon.toml, round 24): an English deadline question on a Chinese
clause that says 处理并答复 (反洗钱法第三十九条, the customer-information policy 第二十二条) reaches its words."""

from __future__ import annotations

from assistant.lexis.lexicon import load_lexicon


def test_replying_to_and_handling_a_request_have_the_texts_words():
    words = load_lexicon().chinese_words
    assert {"答复", "请求"} <= set(words("How many days do we have to reply to a customer's request?"))
    assert "答复" in words("When must the bank respond to an objection?")
    assert "处理" in words("Who handles complaints about the data?")
    assert "答复" not in words("Who is responsible for the data?")  # responsible is no respond
    assert "处理" not in words("Is a vendor a handler?")  # the PIPL's handler is another entry's


def test_the_lexicon_alone_now_finds_the_aml_objection_article(small_assistant):
    """反洗钱法（2024）第三十九条 (十五日内进行处理，并将结果答复当事人): before round 24 only CC-CEDICT's 答复 for "reply" lifted it
    (tests/test_cedict.py had it beyond 5 without the dictionary); the lexicon's words now put it first on their own."""
    import dataclasses

    base = getattr(small_assistant.retriever, "base", small_assistant.retriever)
    question = "A client objects to the AML restrictions we put on his account in China: how many days to reply?"
    saved = base.config
    # the lexicon alone: CC-CEDICT's list off, and the concept list (concept_evidence.py, round 26), which also reads
    # CC-CEDICT, off too (with both on, as shipped, Art. 39 is first as well)
    base.config = dataclasses.replace(saved, dictionary_weight=0.0, concept_evidence_weight=0.0)
    try:
        hits = base.retrieve(question, 10).hits
    finally:
        base.config = saved
    assert (hits[0].clause.doc_id, hits[0].clause.article) == ("aml-law-2024", 39)
