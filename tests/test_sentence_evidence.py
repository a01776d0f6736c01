"""Sentence evidence: the article with one sentence saying what the question says (real law texts)."""

import pytest

from assistant.catalog import load_catalog
from assistant.documents import chunk_file
from assistant.retrieval.char_ngrams import char_bigrams
from assistant.retrieval.sentence_evidence import best_sentence_share, ranked_by_sentence
from assistant.settings import SHARED_REGULATIONS


@pytest.fixture(scope="module")
def pipl() -> dict[int, str]:
    clauses = chunk_file(SHARED_REGULATIONS / "zh" / "pipl-2021.md", load_catalog())
    return {c.article: c.text for c in clauses if c.article is not None}


def test_one_sentence_holding_the_question_outranks_words_spread_over_an_article(pipl):
    question = "客户撤回同意以后，我们要提供什么样的撤回方式？"
    # 第十五条: 「个人信息处理者应当提供便捷的撤回同意的方式」 in one sentence; 第十四条 speaks of 同意 and 重新取得个人同意
    # but never of a way to withdraw; 第六十六条 (penalties) shares almost nothing
    order = ranked_by_sentence(question, [66, 14, 15], pipl.__getitem__, 0.2)
    assert order[0] == 15 and 66 not in order
    grams = frozenset(char_bigrams(question))
    assert best_sentence_share(grams, pipl[15]) > best_sentence_share(grams, pipl[14])


def test_the_list_joins_the_fusion_for_chinese_questions_only(small_assistant):
    chinese = small_assistant.search("商业银行可以向关系人发放信用贷款吗？", k=10).hits
    assert any("sentence-evidence" in h.sources for h in chinese)
    english = small_assistant.search("May a commercial bank grant unsecured loans to related parties?", k=10).hits
    assert not any("sentence-evidence" in h.sources for h in english)
