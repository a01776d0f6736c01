"""An English question that reaches the Chinese texts counts each candidate's best rank in any fused list
(config.RetrievalConfig.english_best_rank_weight, lists._english_best_rank_votes)."""

from dataclasses import replace

import pytest


def _retriever(base, **config):
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    return HybridRetriever(base.view, base.store, base.embedder, base.catalog, replace(base.config, **config))


def test_a_clause_one_kind_of_evidence_picks_out_gets_its_best_rank(small_assistant):
    # RRF sums agreement: first in the concept list alone (0.0164) loses to eighth in four lists (0.059); every list
    # counts here, the bridged-word and concept lists included (an English question has no own Chinese lists)
    retriever = small_assistant.retriever
    fused = {0: 0.0, 1: 0.0}
    retriever._english_best_rank_votes(fused, {0: {"concept-evidence": 1},
                                               1: {"dense": 8, "bm25": 8, "bm25-words": 8, "bm25-dictionary": 8}})
    k, w = retriever.config.best_rank_k, retriever.config.english_best_rank_weight
    assert w > 0
    assert fused[0] == pytest.approx(w / (k + 1)) and fused[1] == pytest.approx(w / (k + 8))


def test_the_vote_keeps_the_discounts_of_the_priors_and_never_their_boosts(small_assistant):
    # added after the priors: a clause they halved (a policy article when the law is asked) gets half a vote, one they
    # raised (a mention of the named law, a figure stated) a whole one, not more
    retriever = small_assistant.retriever
    k, w = retriever.config.best_rank_k, retriever.config.english_best_rank_weight
    fused = {0: 0.05, 1: 0.05, 2: 0.05}
    retriever._english_best_rank_votes(fused, {0: {"dense": 1}, 1: {"dense": 1}, 2: {"dense": 1}},
                                       {0: 0.1, 1: 0.05, 2: 0.01})
    assert fused[0] == pytest.approx(0.05 + 0.5 * w / (k + 1))
    assert fused[1] == pytest.approx(0.05 + w / (k + 1)) == pytest.approx(fused[2])


def _scores(retriever, question):
    return [(h.clause.doc_id, h.clause.article, h.score) for h in retriever.retrieve(question, 10).hits]


def test_only_english_questions_reaching_the_chinese_texts_get_the_votes(small_assistant):
    base = small_assistant.retriever
    on, off = _retriever(base), _retriever(base, english_best_rank_weight=0.0)
    chinese_law = "Under China's Cybersecurity Law, how long must network operators keep their network logs?"
    assert _scores(on, chinese_law) != _scores(off, chinese_law)
    gdpr = "Under the GDPR, how long may a controller keep personal data?"
    assert _scores(on, gdpr) == _scores(off, gdpr)
    # asking when a text took effect: the commencement article's own lift places it (test_commencement.py)
    commencement = "Since when has China's Cybersecurity Law been in force?"
    assert _scores(on, commencement) == _scores(off, commencement)
    chinese = "网络日志要留存多久？"
    assert _scores(on, chinese) == _scores(off, chinese)
