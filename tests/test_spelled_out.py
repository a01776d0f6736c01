"""Jargon short forms written out for the dense query (spelled_out.py): which glossary triggers count, and the real
retriever on the small index."""

from assistant.lexis.glossary import load_glossary
from assistant.retrieval.spelled_out import is_short_form, short_forms, spell_out


def test_a_short_form_keeps_the_first_character_and_the_order_without_being_a_piece():
    assert is_short_form("关基", "关键信息基础设施")
    assert is_short_form("电诈", "电信网络诈骗")
    assert not is_short_form("外包", "外包商")  # a prefix: the texts' own word
    assert not is_short_form("基关", "关键信息基础设施")  # order
    assert not is_short_form("收费", "收取手续费的规定和标准")  # a phrase, not a term


def test_only_words_the_texts_never_write_are_spelled_out():
    entries = [(["关基", "关键信息基础设施"], ["关键信息基础设施", "运营者"]), (["收费"], ["收取手续费"])]
    texts = "本条例所称关键信息基础设施，是指……商业银行收费、收取手续费"
    table = short_forms(entries, lambda word: word in texts)
    assert table == {"关基": "关键信息基础设施"}  # 收费 is the texts' own word


def test_the_question_is_rewritten_in_place_and_a_full_term_is_left_alone():
    table = {"关基": "关键信息基础设施", "等保": "等级保护"}
    assert spell_out("关基到底指啥？等保要做到几级？", table) == "关键信息基础设施到底指啥？等级保护要做到几级？"
    assert spell_out("关键信息基础设施（关基）的范围", table) == "关键信息基础设施（关基）的范围"
    assert spell_out("没有缩写的问题", table) == "没有缩写的问题"


def test_the_shipped_glossary_yields_short_forms_the_corpus_texts_never_write(small_assistant):
    retriever = small_assistant.retriever
    texts = "\n".join(c.text for c in retriever.view.clauses)
    table = retriever._short_forms()
    assert table, "the glossary's jargon (关基, 等保, 电诈 …) should give short forms on any Chinese law"
    for short, full in table.items():
        assert short not in texts and full in texts and is_short_form(short, full)
    assert all(any(short in e.when for e in load_glossary().entries) for short in table)


def test_a_question_in_jargon_reaches_the_article_its_spelled_out_form_does(small_assistant):
    """关基 (the Cybersecurity Law never writes it) read as 关键信息基础设施 in the dense query: the article on what CII is
    (2025 text, Art. 33) and the one keeping its personal information in China (Art. 39) rank higher than with the
    question's own words embedded (measured on the small index: 2 vs 6, 1 vs 2)."""
    from dataclasses import replace

    from assistant.retrieval.hybrid.retriever import HybridRetriever

    base = small_assistant.retriever

    def rank(question: str, article: int, **config) -> int:
        r = HybridRetriever(base.view, base.store, base.embedder, base.catalog, replace(base.config, **config))
        found = [(h.clause.doc_id, h.clause.article) for h in r.retrieve(question, 20).hits]
        gold = ("cybersecurity-law-2025-amended", article)
        return found.index(gold) + 1 if gold in found else 99

    for question, article in (("关基到底指啥？我们核心系统算不算？", 33), ("关基的个人信息要存在境内吗？", 39)):
        assert rank(question, article) < rank(question, article, spell_out_short_forms=False)
        assert rank(question, article) <= 2
