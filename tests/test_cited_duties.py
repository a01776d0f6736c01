"""A penalty article above the very duty it sanctions, when the question asks the duty (cited_duties.py, round 47): the
citations a penalty article makes, the pure reordering, and the real retriever on the small index."""

from __future__ import annotations

from dataclasses import replace

from assistant.retrieval.cited_duties import cited_articles, duty_before_its_penalty
from assistant.types import Filters

_CSL_69 = ("第六十九条 网络运营者违反本法第四十九条规定，对法律、行政法规禁止发布或者传输的信息未停止传输、采取消除等处置"
           "措施、保存有关记录、向有关主管部门报告，或者违反本法第五十二条规定，不按照有关部门的要求…的，由有关主管部门责令改正")


def test_the_articles_a_penalty_article_says_are_breached():
    assert cited_articles(_CSL_69) == {49, 52}
    assert cited_articles("违反本法第二十四条第一款、第二款和第五十条第一款规定，有下列行为之一的") == {24, 50}
    assert cited_articles("违反本条例第十三条规定的，由网信、电信…责令改正") == {13}
    # a duty article citing another article without a breach, and another law's article, name no sanctioned duty
    assert cited_articles("依照本法第二十一条的规定履行网络安全保护义务") == frozenset()
    assert cited_articles("违反《中华人民共和国网络安全法》第二十一条规定") == frozenset()


def _order(hits, sanctioned: dict[tuple[str, int], frozenset[int]], depth: int = 10):
    return duty_before_its_penalty(hits, depth, lambda h: h[0], lambda h: h[1],
                                   lambda h: sanctioned.get(h, frozenset()))


def test_the_duty_takes_the_place_of_the_penalty_article_citing_it():
    hits = [("csl", 69), ("crr", 40), ("csl", 71), ("csl", 49), ("pipl", 67)]
    sanctioned = {("csl", 69): frozenset({49, 52}), ("csl", 71): frozenset({24, 43})}
    assert _order(hits, sanctioned) == [("csl", 49), ("csl", 69), ("crr", 40), ("csl", 71), ("pipl", 67)]


def test_other_pairs_keep_their_order():
    sanctioned = {("csl", 69): frozenset({49})}
    # the duty already leads; another law's article 49; a duty beyond the depth
    assert _order([("csl", 49), ("csl", 69)], sanctioned) == [("csl", 49), ("csl", 69)]
    assert _order([("csl", 69), ("dsl", 49)], sanctioned) == [("csl", 69), ("dsl", 49)]
    assert _order([("csl", 69), ("crr", 1), ("csl", 49)], sanctioned, depth=2) == [("csl", 69), ("crr", 1), ("csl", 49)]


def _ranked(small_assistant, question: str, **config) -> list[tuple[str, int]]:
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    r = small_assistant.retriever
    retriever = HybridRetriever(r.view, r.store, r.embedder, r.catalog, replace(r.config, **config),
                                embedding_cache=r.embedding_cache)
    return [(h.clause.doc_id, h.clause.article) for h in retriever.retrieve(question, 10, Filters()).hits]


def test_a_question_asking_the_duty_has_it_above_its_penalty_article(small_assistant):
    csl = "cybersecurity-law-2025-amended"
    asks_duty = "手机银行社区板块有人发了违法信息，我们作为运营方要做哪些动作？"
    on, off = _ranked(small_assistant, asks_duty), _ranked(small_assistant, asks_duty, duty_before_its_penalty=False)
    assert off.index((csl, 69)) < off.index((csl, 49))  # the breach described lifts the penalty article
    assert on.index((csl, 49)) < on.index((csl, 69))
    assert sorted(on) == sorted(off)
    # asking what follows keeps the penalty article where it was
    asks_penalty = "手机银行社区板块有人发了违法信息，我们不处理会怎么罚？"
    assert _ranked(small_assistant, asks_penalty) == _ranked(small_assistant, asks_penalty,
                                                             duty_before_its_penalty=False)
