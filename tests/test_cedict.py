"""CC-CEDICT read backwards (cedict.py): glosses to keys, the real dictionary restricted to a vocabulary, and the
BM25 list it adds for an English question about Chinese texts (only for those) on the small real index."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.lexis.cedict import Dictionary, distinctive_words, entries, fold, gloss_keys, read_entries, reverse
from assistant.types import Filters


def test_a_gloss_becomes_the_stems_of_its_meaning_words():
    assert gloss_keys("to leak (information)") == ("leak",)
    assert gloss_keys("bank account") == ("bank", "account")
    assert gloss_keys("sb's duty") == ("duty",)
    assert gloss_keys("CL:個|个[ge4]") is None  # a classifier names no meaning
    assert gloss_keys("variant of 注釋|注释[zhu4 shi4]") is None
    assert gloss_keys("to put a sign on sth explaining or calling attention to") is None  # a paraphrase


def test_verb_and_noun_forms_fold_together():
    assert fold("annotation") == fold("annotate")
    assert fold("labelled") == fold("label")
    assert fold("authorities") == fold("authority")
    assert fold("leaked") == fold("leak")


def test_a_dictionary_line_parses_into_its_simplified_word_and_glosses():
    line = "記錄 记录 [ji4 lu4] /to record/record (written account)/note-taker/CL:個|个[ge4]/\n"
    assert list(entries(["# comment\n", line], {"账户"}.__contains__)) == []
    assert list(entries(["# comment\n", line])) == [
        ("记录", ["to record", "record (written account)", "note-taker", "CL:個|个[ge4]"])]


def test_the_real_dictionary_gives_the_texts_words_for_english_words_and_phrases():
    used = {"泄露", "短信", "日志", "账户", "标签", "审慎"}.__contains__
    dictionary = Dictionary(reverse(read_entries(used)))
    assert set(dictionary.chinese_words("Someone leaked the SMS logs")) == {"泄露", "短信", "日志"}
    assert "账户" in dictionary.chinese_words("closing a bank account")  # a two-word gloss
    assert "标签" in dictionary.chinese_words("the labelled documents")
    assert dictionary.chinese_words("is that prudent?") == ["审慎"]
    assert dictionary.chinese_words("how do we do that in China?") == []  # asking words and the place say nothing


def test_a_frequent_english_word_is_looked_up_in_phrases_only():
    words = {("leak",): ("泄露",), ("record",): ("记录",), ("bank", "account"): ("账户",)}
    common = {"record", "bank"}.__contains__
    dictionary = Dictionary(words, common)
    assert dictionary.chinese_words("a leaked record") == ["泄露"]
    assert dictionary.chinese_words("a bank account") == ["账户"]


def test_a_word_with_many_translations_is_looked_up_in_phrases_only():
    words = {("clos",): ("密切", "结束", "临近", "封闭"), ("clos", "account"): ("销户",), ("leak",): ("泄露",)}
    dictionary = Dictionary(words)
    assert dictionary.chinese_words("a leak when closing accounts", max_translations=3) == ["泄露", "销户"]
    assert "密切" in dictionary.chinese_words("a leak when closing accounts")  # no limit: every sense


def test_a_word_the_caller_marks_is_looked_up_in_phrases_only():
    words = {("consent",): ("同意",), ("withdraw", "consent"): ("撤回同意",), ("voucher",): ("票券",)}
    dictionary = Dictionary(words)
    eu_word = {"consent"}.__contains__
    assert dictionary.chinese_words("consent for the vouchers", phrase_only=eu_word) == ["票券"]
    assert dictionary.chinese_words("can they withdraw consent", phrase_only=eu_word) == ["撤回同意"]
    assert "同意" in dictionary.chinese_words("consent for the vouchers")


def test_a_word_most_texts_hold_tells_none_apart():
    texts = [["银行", "账户"], ["银行", "日志"], ["银行", "短信"], ["银行"]]
    assert distinctive_words(texts, 0.5) == {"账户", "日志", "短信"}


@pytest.fixture(scope="module")
def retriever(small_assistant):
    base = getattr(small_assistant.retriever, "base", small_assistant.retriever)
    return base


def test_only_english_questions_about_chinese_texts_get_dictionary_words(retriever):
    words = lambda q: retriever._dictionary_words(q, retriever.route(q))  # noqa: E731
    assert words("Our HK head says China regulates gen AI in an inclusive and prudent way. Is that in the rules?")
    assert words("Under the GDPR, can we keep the leaked logs?") == ""  # the EU texts are written in English
    assert words("个人信息泄露后应当如何处理？") == ""  # a Chinese question has the texts' own words


def test_the_name_of_a_law_is_not_translated(retriever):
    """Routing reads a law's name; translated word by word it would give title words (信用 信贷 章程 规章 …)."""
    question = "Since when has the credit reporting regulation been in effect? Need the exact date for the audit memo."
    words = retriever._dictionary_words(question, retriever.route(question)).split()
    assert "审计" in words  # the question's own topic words still are
    assert not {"信用", "信贷", "章程", "规章", "规程"} & set(words)


def _rank(retriever, question, doc, article, **config):
    saved = retriever.config
    # the ranks these tests pin were measured on the small index before the concept list (concept_evidence.py),
    # which re-ranks the same candidates: each test isolates its own list's effect
    config.setdefault("concept_evidence_weight", 0.0)
    retriever.config = dataclasses.replace(saved, **config)
    try:
        hits = retriever.retrieve(question, 10).hits
    finally:
        retriever.config = saved
    return next((n for n, h in enumerate(hits, 1) if h.clause.doc_id == doc and h.clause.article == article), 99)


@pytest.mark.parametrize("question, doc, article", [
    # 指定 (appoint) beside 境外: the PIPL's article on a foreign handler's representative in China
    ("Our Frankfurt entity processes Chinese customers' data from abroad. Does PIPL make us appoint someone in China?",
     "pipl-2021", 53),
])
def test_the_dictionary_words_lift_the_article_within_the_named_law(retriever, question, doc, article):
    without = _rank(retriever, question, doc, article, dictionary_weight=0.0)
    with_words = _rank(retriever, question, doc, article)
    assert with_words <= 5 < without


def test_an_english_question_without_cue_searches_the_chinese_texts_with_dictionary_words_too(retriever):
    """No law named, no cue: the Chinese side is searched with CC-CEDICT's words as well (bm25-cn-dictionary), the
    words of the EU texts only inside phrases; a list of the no-cue lists (DEFAULT_LISTS) for the coverage gate."""
    from assistant.retrieval.jurisdiction_default import DEFAULT_LISTS

    question = "Can a retail client keep a safe deposit box under a false name, or must it be opened in the real name?"
    routed = retriever.route(question)
    assert not routed.named and routed.jurisdiction is None
    assert retriever._cedict_words(question, routed, eu_words_in_phrases=True)
    assert "bm25-cn-dictionary" in DEFAULT_LISTS
    filters, as_of = Filters(), retriever.default_as_of()
    lists: dict = {}
    retriever._chinese_default_lists(question, routed, filters, as_of, retriever._mask(filters, as_of), lists, {}, None)
    assert lists.get("bm25-cn-dictionary")
    assert all(retriever.view.clauses[i].jurisdiction.upper() in ("CN", "INTERNAL") for i in lists["bm25-cn-dictionary"])
