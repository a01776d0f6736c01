"""The coverage gate when every hit shown came from the lexical lists alone ("capital" of a city → 注册资本 through the
dictionary bridge): the dense search still ran, and how close it came is the similarity evidence. Only with no dense
search at all does the lexical evidence decide alone."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.gate.assess import CoverageFloors, assess

CLAUSE = "设立全国性商业银行的注册资本最低限额为十亿元人民币。"  # 商业银行法第十三条, in part
TOKENS = ["设立", "全国性", "商业银行", "注册资本", "最低", "限额"]


def gate(question: str, best_similarity: float | None):
    hit = SimpleNamespace(similarity=None, sources=("bm25-dictionary",),
                          clause=SimpleNamespace(text=CLAUSE, doc_id="commercial-bank-law-2015",
                                                 chunk_id="commercial-bank-law-2015:a13:0", article=13))
    retrieval = SimpleNamespace(hits=[hit], missing_refs=[], best_similarity=best_similarity)
    return assess(question, retrieval, load_catalog(), lambda h: TOKENS, CoverageFloors())


def test_lexical_only_hits_take_the_dense_searchs_best_similarity():
    refused = gate("What's the capital of Australia?", best_similarity=0.70)
    assert not refused.covered and refused.kind == "weak"
    assert gate("What's the capital of Australia?", best_similarity=None).covered  # no dense search: lexical decides


def test_the_live_retrieval_reports_how_close_the_dense_search_came(small_assistant):
    retrieval = small_assistant.search("What's the capital of Australia?")
    assert retrieval.best_similarity is not None and 0.0 < retrieval.best_similarity < 1.0
    assert not small_assistant.coverage("What's the capital of Australia?", retrieval).covered
    answerable = "商业银行的注册资本最低是多少？"
    assert small_assistant.coverage(answerable, small_assistant.search(answerable)).covered
