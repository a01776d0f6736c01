"""A Chinese question with English words mixed in (code-switched chat: 刚merge了一家村镇银行, vendor的SDK) is searched with the
laws' Chinese words for those English words (lexicon.toml), as an English question about the Chinese texts is: BM25 over
the Chinese texts cannot reach 合并 or 模型 from the English spelling."""

from __future__ import annotations

from dataclasses import replace


def _lexical(retriever, question: str, **config) -> str:
    if config:
        from assistant.retrieval.hybrid.retriever import HybridRetriever

        retriever = HybridRetriever(retriever.view, retriever.store, retriever.embedder, retriever.catalog,
                                    replace(retriever.config, **config))
    return retriever._query_texts(question, retriever.route(question))[0]


def test_a_chinese_question_s_english_words_reach_the_laws_chinese_words(small_assistant):
    retriever = small_assistant.retriever
    question = "我们行刚merge了一家村镇银行，原来那家的存款客户怎么办？"
    words = _lexical(retriever, question).split()
    assert "合并" in words
    assert "合并" not in _lexical(retriever, question, mixed_word_bridge=False).split()


def test_only_the_question_s_own_english_words_are_bridged(small_assistant):
    """The glossary's English terms added to a Chinese question (个人数据 → personal data, identified or identifiable
    natural person) are not read as the question's English words: a question written wholly in Chinese is unchanged."""
    retriever = small_assistant.retriever
    question = "客户的个人数据可以给合作方用吗？"
    assert _lexical(retriever, question) == _lexical(retriever, question, mixed_word_bridge=False)
