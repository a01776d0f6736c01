"""The character-bigram BM25 channel for Chinese questions (char_ngrams.py), pure and on the small real index."""

import numpy as np

from assistant.retrieval.char_ngrams import bigram_index, char_bigrams


def test_bigrams_stay_within_a_run_and_skip_function_pairs():
    grams = char_bigrams("我们行能不能把客户数据给香港总部？KYC要做吗")
    assert {"客户", "户数", "数据", "香港", "总部"} <= set(grams)
    assert "我们" not in grams and "能不" not in grams  # function characters only
    assert "部？" not in grams and "部K" not in grams  # nothing across punctuation or Latin letters
    assert char_bigrams("数据数据") == ["数据", "据数", "数据"]  # in order, with repeats (BM25 counts them)


def test_a_partial_word_match_ranks_the_article(small_assistant):
    # jieba cuts 没报 / 登记 / 机关 from the question; the article says 未按照规定向登记机关提交受益所有人信息
    view = small_assistant.retriever.view
    ranked = bigram_index(view).top("受益所有人信息没报登记机关", 10, np.ones(len(view.clauses), dtype=bool))
    first = view.clauses[ranked[0]]
    assert (first.doc_id, first.article) == ("aml-law-2024", 60)


def test_the_list_joins_short_chinese_questions_only(small_assistant):
    def lists(question):
        hits = small_assistant.search(question, k=10).hits
        return {name for h in hits for name in h.sources}

    assert "bm25-bigram" in lists("客户要求删除他的个人信息，银行多久要处理？")
    assert "bm25-bigram" not in lists("How long must a bank keep customer identification records?")
    # a misconduct description (a supervisor's finding) is left to the penalty lists
    assert "bm25-bigram" not in lists("该行未按规定对客户身份进行识别，未报送可疑交易报告。")

