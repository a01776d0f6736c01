"""A foreign place named in a question about the Chinese texts is searched as 境外 too (foreign_places.py, issue 10): the laws
never name a country, so "our Singapore parent" has to reach 个人信息保护法第三十八条、第三十九条 by the law's own word."""

from __future__ import annotations

from dataclasses import replace

from assistant.retrieval.foreign_places import NamedPlaces, load_places


def test_countries_and_financial_centres_are_named_in_either_language():
    named = load_places().named
    assert named("把客户数据传给新加坡母公司做集团风险报表") == NamedPlaces(outside=True)
    assert named("香港分行要调阅内地客户的交易流水") == NamedPlaces(outside=True)
    assert named("法兰克福团队想看上海分行的客户库") == NamedPlaces(eu=True)
    assert named("Our US parent wants the customer file") == NamedPlaces(outside=True)
    assert named("the team in South Korea and the one in Lisbon") == NamedPlaces(eu=True, outside=True)


def test_a_place_name_inside_another_word_or_an_english_word_is_no_place():
    named = load_places().named
    assert not named("依法国家机关调取数据需要什么手续").any  # 依法 / 国家机关, not 法国
    assert not named("印度尼西亚").eu and named("印度尼西亚分行").outside  # one word, not 印度 + 尼西亚
    assert not named("Let us know what the regulator asks for").any  # "us", not the US
    assert not named("Can we send customer data overseas under PIPL?").any  # no place named: the glossary's word


def _query_words(retriever, question: str, **config) -> str:
    if config:
        from assistant.retrieval.hybrid.retriever import HybridRetriever

        retriever = HybridRetriever(retriever.view, retriever.store, retriever.embedder, retriever.catalog,
                                    replace(retriever.config, **config))
    return retriever._query_texts(question, retriever.route(question))[0]


def test_a_chinese_question_naming_a_foreign_place_is_searched_with_the_laws_word(small_assistant):
    retriever = small_assistant.retriever
    question = "把客户数据传给新加坡母公司做集团风险报表，可以吗？"
    assert "境外" in _query_words(retriever, question).split()
    assert "境外" not in _query_words(retriever, question, foreign_places=False)


def test_an_english_question_about_chinese_law_gets_the_chinese_word(small_assistant):
    lexical = _query_words(small_assistant.retriever, "Can we send customer data to our Singapore parent under PIPL?")
    assert "境外" in lexical.split()


def test_a_question_about_the_eu_texts_gets_no_chinese_word(small_assistant):
    retriever = small_assistant.retriever
    for question in ("A customer in Portugal complains about our Irish entity under the GDPR: where?",
                     "Our US parent wants a copy of the EU customer database under the GDPR",
                     "欧盟GDPR下，我们美国母公司能拿欧洲客户的数据吗？"):
        assert "境外" not in _query_words(retriever, question), question


def test_the_law_a_question_asks_under_decides_between_places_of_both_sides():
    """A Frankfurt team and a Shanghai branch are cues of both sides; "what does Chinese law require" says which law is
    asked (routing._CN_LAW_ASKED). Without such a phrase both cues still leave the question unrouted."""
    from assistant.retrieval.routing import jurisdiction_of

    assert jurisdiction_of("Our Frankfurt team wants the Shanghai branch's customer list: what does Chinese law "
                           "require?") == "CN"
    assert jurisdiction_of("Our Shanghai branch serves customers in Germany; what does EU law require?") == "EU"
    assert jurisdiction_of("Our Frankfurt team wants the Shanghai branch's customer list") is None
