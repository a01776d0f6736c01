"""A near tie between an EU article leading an uncued English question and the best Chinese one goes to the Chinese
side (jurisdiction_default.home_side_on_near_tie); a clear EU lead, a Chinese lead and a named clause stay."""

from assistant.retrieval.jurisdiction_default import home_side_on_near_tie
from assistant.types import Clause, Hit


def _hit(doc_id: str, article: int, score: float, jurisdiction: str, kind: str = "regulation", **sources) -> Hit:
    clause = Clause(chunk_id=f"{doc_id}:{article}:0", doc_id=doc_id, law=doc_id, short_title=doc_id,
                    jurisdiction=jurisdiction, kind=kind, article=article, label=str(article), text="…")
    return Hit(clause=clause, score=score, sources=sources or {"dense": 1})


def _order(hits):
    return [(h.clause.doc_id, h.clause.article) for h in hits]


def test_a_near_tie_goes_to_the_chinese_article_and_the_scores_keep_falling():
    hits = [_hit("gdpr", 18, 0.109, "EU"), _hit("gdpr", 17, 0.107, "EU"), _hit("aml-law-2024", 45, 0.105, "CN"),
            _hit("gdpr", 6, 0.090, "EU")]
    new = home_side_on_near_tie(hits, 0.85)
    assert _order(new) == [("aml-law-2024", 45), ("gdpr", 18), ("gdpr", 17), ("gdpr", 6)]
    assert [h.score for h in new] == [0.109, 0.107, 0.105, 0.090]


def test_the_banks_policy_counts_as_the_home_side():
    hits = [_hit("gdpr", 33, 0.143, "EU"), _hit("policy-customer-information", 25, 0.126, "INTERNAL", "policy")]
    assert _order(home_side_on_near_tie(hits, 0.85))[0] == ("policy-customer-information", 25)


def test_a_clear_eu_lead_stays():
    # an AI Act question (notified body, CE marking): the EU article leads by far more than the margin
    hits = [_hit("eu-ai-act-2024-chapter3-annex3", 48, 0.156, "EU"), _hit("gdpr", 5, 0.120, "EU"),
            _hit("policy-model-risk", 26, 0.102, "INTERNAL", "policy")]
    assert home_side_on_near_tie(hits, 0.85) == hits


def test_a_chinese_lead_an_all_eu_list_and_a_named_clause_stay():
    chinese_first = [_hit("pipl-2021", 13, 0.12, "CN"), _hit("gdpr", 6, 0.119, "EU")]
    assert home_side_on_near_tie(chinese_first, 0.85) == chinese_first
    all_eu = [_hit("gdpr", 6, 0.12, "EU"), _hit("gdpr", 7, 0.119, "EU")]
    assert home_side_on_near_tie(all_eu, 0.85) == all_eu
    named = [_hit("gdpr", 6, 1.0, "EU", exact=1), _hit("pipl-2021", 13, 0.99, "CN")]
    assert home_side_on_near_tie(named, 0.85) == named
    assert home_side_on_near_tie([], 0.85) == []


def _first(retriever, question, **config):
    from dataclasses import replace

    from assistant.retrieval.hybrid.retriever import HybridRetriever

    r = HybridRetriever(retriever.view, retriever.store, retriever.embedder, retriever.catalog,
                        replace(retriever.config, **config))
    return r.retrieve(question, 10).hits


def test_the_retriever_applies_it_to_uncued_english_questions_only(small_assistant):
    retriever = small_assistant.retriever
    uncued = "Does our processor need our written authorisation before hiring a sub-processor?"
    off = _first(retriever, uncued, home_tie_ratio=0.0)
    assert (off[0].clause.doc_id, off[0].clause.article) == ("gdpr", 28)  # the English wording leads to the GDPR
    # the best Chinese candidate scores far less than the GDPR's article (a clear lead): it stays at the shipped ratio
    assert [h.clause.chunk_id for h in _first(retriever, uncued, home_tie_ratio=0.85)] == \
        [h.clause.chunk_id for h in off]
    on = _first(retriever, uncued, home_tie_ratio=1e-9)  # any Chinese candidate at all counts as a near tie
    assert on[0].clause.jurisdiction != "EU" and (on[1].clause.doc_id, on[1].clause.article) == ("gdpr", 28)
    named = "Under the GDPR, does our processor need our written authorisation before hiring a sub-processor?"
    assert [h.clause.chunk_id for h in _first(retriever, named, home_tie_ratio=1e-9)] == \
        [h.clause.chunk_id for h in _first(retriever, named, home_tie_ratio=0.0)]
