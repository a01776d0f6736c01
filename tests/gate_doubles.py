"""A retrieval of one PIPL clause for the coverage gate's unit tests: the gate reads only the hits' similarity, sources
and clause, so a rule can be tested on a question without an index."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.embeddings import E5Embedder
from assistant.retrieval.gate.assess import CoverageFloors, assess


def gate_on_pipl_clause(question: str, clause_text: str, article: int, topic_words: list[str]):
    """The gate's verdict on `question` when retrieval found only `clause_text` (个人信息保护法 `article`), at a
    similarity no floor refuses, with `topic_words` as the clause's words."""
    hit = SimpleNamespace(similarity=0.95, sources=("dense",),
                          clause=SimpleNamespace(text=clause_text, doc_id="pipl-2021",
                                                 chunk_id=f"pipl-2021:a{article}:0", article=article))
    retrieval = SimpleNamespace(hits=[hit], missing_refs=[])
    return assess(question, retrieval, load_catalog(), lambda h: list(topic_words), CoverageFloors())


def bank_law_hits(texts: list[str], similarity: float):
    """Hits on `texts` as articles 1, 2, … of 商业银行法, found by the Chinese dense list at `similarity` and a little
    less each."""
    return [SimpleNamespace(similarity=similarity - 0.001 * i, sources=("dense-cn",),
                            clause=SimpleNamespace(text=t, doc_id="commercial-bank-law-2015", kind="law",
                                                   chunk_id=f"commercial-bank-law-2015:a{i}:0", article=i))
            for i, t in enumerate(texts, start=1)]


def gate_on_bank_law(question: str, texts: list[str], similarity: float, tokens_of, doc_freq):
    """The gate's verdict on `question` when retrieval found `texts` (bank_law_hits), with the e5 embedder's floors."""
    retrieval = SimpleNamespace(hits=bank_law_hits(texts, similarity), missing_refs=[], best_similarity=similarity)
    return assess(question, retrieval, load_catalog(), tokens_of, E5Embedder.coverage_floors, doc_freq=doc_freq)
