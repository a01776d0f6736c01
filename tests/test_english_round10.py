"""English questions about Chinese law (issue 10, round 10): phrase keys of the lexicon read through articles and
possessives; "breach of <a rule>" and "criminal proceeds" in their legal senses; the terms the laws define."""

from __future__ import annotations

from dataclasses import replace

from assistant.lexis.lexicon import Lexicon, load_lexicon
from assistant.retrieval.word_senses import with_legal_senses


def test_a_phrase_key_matches_with_any_determiner_between_its_words():
    lexicon = Lexicon({"close account": ["注销"], "third party": ["第三方"]})
    for question in ("Can we close their account?", "closing: close the account", "close an account now",
                     "We close account 12 today"):
        assert lexicon.chinese_words(question) == ["注销"], question
    assert lexicon.chinese_words("close to the account manager's desk") == []
    assert lexicon.chinese_words("a third party") == ["第三方"]


def test_defined_terms_of_the_chinese_laws_have_their_english_names():
    words = load_lexicon().chinese_words
    assert "个人信息处理者" in words("Are we a personal information handler?")
    assert "电子签名依赖方" in words("What must a relying party check?")
    assert "备付金" in words("Where are the customer reserve funds kept?")


def test_breach_of_a_rule_is_a_violation_and_a_data_breach_stays_one():
    assert with_legal_senses("customers harmed by our breach of the DSL") == "customers harmed by our violation of the DSL"
    assert with_legal_senses("processing in breach of its obligations") == "processing in violation of its obligations"
    assert with_legal_senses("we found a breach of customer data") == "we found a breach of customer data"
    assert with_legal_senses("after the breach, who do we notify?") == "after the breach, who do we notify?"
    assert with_legal_senses("criminal proceeds were laundered") == "illicit proceeds were laundered"
    assert with_legal_senses("is that a criminal offence?") == "is that a criminal offence?"


def test_a_breach_of_the_law_asks_for_the_violation_terms_not_breach_notification(small_assistant):
    """网络安全法 (2025) 第七十六条 违反本法规定，给他人造成损害的，依法承担民事责任: "breach of the Cybersecurity Law" is that
    violation (违反); read as a data breach it would add the incident-notification terms (泄露, 补救措施) of other clauses."""
    retriever = small_assistant.retriever
    question = "If we are in breach of the Cybersecurity Law and clients lose money, can they hold us liable?"
    lexical, _ = retriever._query_texts(question, retriever.route(question, []))
    assert "违反" in lexical and "补救措施" not in lexical
    plain = _with_config(retriever, word_senses=False)
    lexical, _ = plain._query_texts(question, plain.route(question, []))
    assert "补救措施" in lexical
    leak = "Under the Cybersecurity Law, we had a data breach: who do we tell?"
    assert "补救措施" in retriever._query_texts(leak, retriever.route(leak, []))[0]


def _with_config(retriever, **config):
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    return HybridRetriever(retriever.view, retriever.store, retriever.embedder, retriever.catalog,
                           replace(retriever.config, **config))


def test_a_word_found_in_most_articles_of_the_named_law_does_not_tell_them_apart(small_assistant):
    """个人信息 is in most of the PIPL's articles: for a question naming the PIPL it is the law's subject, not the
    question's; 删除 is in a few and still tells them apart. Without a named law every word is kept."""
    from assistant.retrieval.routing import Route

    retriever = small_assistant.retriever
    pipl = Route(named=("pipl-2021",))
    assert not retriever._tells_apart("个人信息", pipl)
    assert retriever._tells_apart("删除", pipl)
    assert retriever._tells_apart("个人信息", Route())
    assert _with_config(retriever, named_law_word_share=1.0)._tells_apart("个人信息", pipl)
