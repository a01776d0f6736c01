"""One law's articles among the first hits, ordered by the question's law-specific words (law_neighbours.py, issue 10
round 11): the pure ordering, the within-law word weights, and the real retriever on the small index."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.retrieval.law_neighbours import (carried_share, evidence_head_start, law_word_weights, reorder,
                                               source_words, word_carrier)
from assistant.types import Filters

_PLAIN = word_carrier({})


def test_a_word_every_article_of_the_law_holds_tells_nothing_and_a_rare_one_much():
    articles = ["金融机构应当报告可疑交易", "金融机构不得向客户泄露", "金融机构应当识别受益所有人", "金融机构应当保存记录"]
    weights = law_word_weights(["金融机构", "可疑交易", "泄露", "外星人"], len(articles),
                               lambda word: sum(_PLAIN(word, text) for text in articles))
    assert "金融机构" not in weights  # in every article: the law's subject
    assert "外星人" not in weights  # in none: nothing to tell apart
    assert weights["可疑交易"] == weights["泄露"] > 0
    assert carried_share(weights, articles[1], _PLAIN) == pytest.approx(0.5)
    assert carried_share({}, articles[1], _PLAIN) == 0.0


def test_an_article_sinks_at_most_max_sink_of_its_laws_slots():
    laws = ["cb", "cb", "cb", "cb", "cb"]
    shares = [0.0, 0.2, 0.4, 0.6, 0.8]  # each later article carries 0.2 more of the words than the one before it
    # no limit: the first article sinks below all four
    assert reorder(laws, shares, 0.1) == [4, 3, 2, 1, 0]
    # at most two slots: it stops in the third; those the fusion ranked below it stay below it, ordered by their words
    assert reorder(laws, shares, 0.1, max_sink=2) == [2, 1, 0, 4, 3]
    assert reorder(laws, shares, 0.1, max_sink=-1) == reorder(laws, shares, 0.1)


def test_a_glossary_phrase_is_carried_by_its_legal_term():
    carries = word_carrier({"征信报告": ("信用报告",)})
    assert carries("征信报告", "查询个人信用报告的")
    assert not carries("征信报告", "查询个人信息的")


def test_only_same_law_neighbours_trade_places_and_only_by_the_margin():
    laws = ["aml", "pipl", "aml", "aml"]
    # the third (aml) carries clearly more than the first: they trade the aml slots 0 and 2; pipl keeps slot 1
    assert reorder(laws, [0.2, 0.9, 0.6, 0.1], 0.1) == [2, 1, 0, 3]
    # a gain below the margin moves nothing
    assert reorder(laws, [0.5, 0.9, 0.55, 0.1], 0.1) == [0, 1, 2, 3]
    # a later article carrying most rises past every weaker one of its law
    assert reorder(laws, [0.3, 0.0, 0.2, 0.9], 0.1) == [3, 1, 0, 2]
    # equal shares at margin 0 end (no endless swapping of ties)
    assert reorder(laws, [0.5, 0.5, 0.5, 0.5], 0.0) == [0, 1, 2, 3]


def test_an_article_stating_the_figure_asked_for_keeps_its_place_before_one_that_does_not():
    groups = [("algo", True), ("algo", False)]
    assert reorder(groups, [0.3, 1.0], 0.1) == [0, 1]
    assert reorder(["algo", "algo"], [0.3, 1.0], 0.1) == [1, 0]


def test_words_pointing_at_the_rules_in_general_are_no_topic_words():
    assert {"法律", "条例", "规定", "制度", "法定", "监管"} <= source_words("客户要求我们删数据，法律上怎么办")
    # 要求 asked as the requirement is the rules in general; a customer's request is what the question is about
    for asked in ("关基单位这块有没有硬性要求？", "行里对这个有啥要求？", "商行法对放贷方向有要求吗", "这是法律要求的吗"):
        assert "要求" in source_words(asked), asked
    for request in ("客户要求我们把地址改过来，网点怎么处理", "客户打电话要求把资料导出一份给他"):
        assert "要求" not in source_words(request), request
    assert not {"个人信息", "报表", "申请"} & source_words("监管报表晚报了有啥要求")


_MEANING = ("dense", "dense-paragraph")


def test_the_head_start_needs_both_meaning_lists_and_falls_with_the_worse_rank():
    start = lambda sources: evidence_head_start(sources, 0.2, 0.1, _MEANING, "sentence-evidence", 10)  # noqa: E731
    assert start({"dense": 1, "dense-paragraph": 1, "bm25": 7}) == pytest.approx(0.2)
    assert start({"dense": 1, "dense-paragraph": 4}) == pytest.approx(0.05)  # the worse rank counts
    assert start({"dense": 1}) == 0.0  # one meaning list alone is often a neighbour
    assert start({"dense": 2, "dense-paragraph": 11}) == 0.0  # beyond the reorder's depth
    assert start({"dense-paragraph": 1, "sentence-evidence": 1}) == pytest.approx(0.1)  # the sentence list: first only
    assert start({"dense": 1, "dense-paragraph": 2, "sentence-evidence": 1}) == pytest.approx(0.2)
    assert start({"bm25": 1, "sentence-evidence": 2}) == 0.0
    assert evidence_head_start({"dense": 1}, 0.2, 0.1, (), "sentence-evidence", 10) == 0.0  # no meaning lists: none


def test_a_head_start_lifts_the_meaning_first_article_only_when_it_outweighs_the_word_gap():
    laws = ["bsl", "bsl"]
    words = [1.0, 0.5]  # a list of acts carrying 监管 and 报表 above the one-sentence article the question means
    assert reorder(laws, words, 0.1) == [0, 1]
    agreed = {"dense": 1, "dense-paragraph": 1, "sentence-evidence": 1}
    lifted = [w + evidence_head_start(s, 0.2, 0.1, _MEANING, "sentence-evidence", 10)
              for w, s in zip(words, [{"bm25": 1}, agreed])]
    assert reorder(laws, lifted, 0.1) == [0, 1]  # 0.8 against 1.0: still below
    lifted = [w + evidence_head_start(s, 0.2, 0.1, _MEANING, "sentence-evidence", 10)
              for w, s in zip([0.6, 0.5], [{"bm25": 1}, agreed])]
    assert reorder(laws, lifted, 0.1) == [1, 0]  # 0.8 against 0.6: above


def test_the_shipped_head_start_keeps_an_article_both_meaning_lists_rank_second_above_a_wordier_neighbour():
    # round 39: an everyday question shares few words with the law, so a neighbour carrying 0.22 more of its words (about
    # one word) no longer sinks the article the question's meaning ranks second in both dense lists (0.2 / 2 = 0.1 did)
    from assistant.retrieval.config import RetrievalConfig

    cfg = RetrievalConfig()
    meant = {"dense": 2, "dense-paragraph": 2}
    shares = [0.28 + evidence_head_start(meant, cfg.neighbour_meaning_head_start, cfg.neighbour_sentence_head_start,
                                         _MEANING, "sentence-evidence", cfg.neighbour_depth),
              0.50 + evidence_head_start({"bm25": 1}, cfg.neighbour_meaning_head_start,
                                         cfg.neighbour_sentence_head_start, _MEANING, "sentence-evidence",
                                         cfg.neighbour_depth)]
    assert reorder(["pipl", "pipl"], shares, cfg.neighbour_margin) == [0, 1]


def _retriever(small_assistant, **config):
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    r = small_assistant.retriever
    return HybridRetriever(r.view, r.store, r.embedder, r.catalog, replace(r.config, **config),
                           embedding_cache=r.embedding_cache)


def _ranked(retriever, question: str, k: int = 10) -> list[tuple[str, int]]:
    hits = retriever.retrieve(question, k, Filters()).hits
    return [(h.clause.doc_id, h.clause.article) for h in hits]


@pytest.mark.parametrize("question, doc_id, article", [
    # 反洗钱法第十九条 (受益所有人信息, 登记机关): 受益所有人 is in few AML articles; 第三十一条 (the customer's agent)
    # shares only the law's common words (客户, 金融机构, 核实) and ranked first without the ordering
    ("对公开户时发现企业在登记机关备案的受益所有人和客户自己填的不一样，我们柜面该怎么处理？", "aml-law-2024", 19),
    # 网络安全法第四十四条 (… 未经被收集者同意，不得向他人提供 … 经过处理无法识别特定个人且不能复原的除外) over 第四十六条
    # (不得非法向他人提供个人信息), which ranked first without it
    ("网安法说没经同意不能向他人提供个人信息，那匿名化以后的数据算不算例外？", "cybersecurity-law-2025-amended", 44),
])
def test_the_article_carrying_the_question_s_words_leads_its_law(small_assistant, question, doc_id, article):
    on = _ranked(_retriever(small_assistant), question)
    off = _ranked(_retriever(small_assistant, neighbour_margin=1.0), question)
    assert sorted(on) == sorted(off)  # the same ten units, in another order
    assert on[0] == (doc_id, article)


def test_units_keep_their_law_slots_and_exact_references_stay_first(small_assistant):
    question = "反洗钱法第三十一条和可疑交易报告有什么关系？"
    on, off = _ranked(_retriever(small_assistant), question), _ranked(_retriever(small_assistant, neighbour_margin=1.0),
                                                                      question)
    assert on[0] == off[0] == ("aml-law-2024", 31)
    assert [d for d, _ in on] == [d for d, _ in off]


def test_an_english_question_is_left_as_the_fusion_ranked_it(small_assistant):
    question = "After we file a suspicious transaction report, may the relationship manager tell the customer?"
    assert _ranked(_retriever(small_assistant), question) == _ranked(_retriever(small_assistant, neighbour_margin=1.0),
                                                                     question)


def test_the_head_starts_only_reorder_the_same_units(small_assistant):
    question = "客户经理能不能私下告诉客户，他的交易被我们报了可疑交易？"
    on = _ranked(_retriever(small_assistant), question)
    off = _ranked(_retriever(small_assistant, neighbour_meaning_head_start=0.0, neighbour_sentence_head_start=0.0),
                  question)
    assert sorted(on) == sorted(off)
    assert [d for d, _ in on] == [d for d, _ in off]  # each law keeps its slots


def test_a_word_naming_the_law_in_general_does_not_lift_the_article_that_happens_to_write_it(small_assistant):
    # 商业银行法第十四条 lists what an application to set up a bank must hold; 第十五条 (the formal application) writes
    # 法定验资机构, so 法定 in the question, which only says "required by law", lifted it above 第十四条
    question = "准备发起设立一家商业银行，第一步向监管提交设立申请时，法定必须交哪些材料？"
    # the meaning head start this was written against (round 39's larger one keeps 第十四条 first even without the rule)
    on = _ranked(_retriever(small_assistant, neighbour_meaning_head_start=0.2), question)
    off = _ranked(_retriever(small_assistant, neighbour_source_words=False, neighbour_meaning_head_start=0.2), question)
    assert sorted(on) == sorted(off)  # only the order moves
    assert on.index(("commercial-bank-law-2015", 14)) < on.index(("commercial-bank-law-2015", 15))
    assert off.index(("commercial-bank-law-2015", 14)) > off.index(("commercial-bank-law-2015", 15))
