"""A retrieval of one PIPL clause for the coverage gate's unit tests: the gate reads only the hits' similarity, sources
and clause, so a rule can be tested on a question without an index."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.gate.assess import CoverageFloors, assess


def gate_on_pipl_clause(question: str, clause_text: str, article: int, topic_words: list[str]):
    """The gate's verdict on `question` when retrieval found only `clause_text` (个人信息保护法 `article`), at a
    similarity no floor refuses, with `topic_words` as the clause's words."""
    hit = SimpleNamespace(similarity=0.95, sources=("dense",),
                          clause=SimpleNamespace(text=clause_text, doc_id="pipl-2021",
                                                 chunk_id=f"pipl-2021:a{article}:0", article=article))
    retrieval = SimpleNamespace(hits=[hit], missing_refs=[])
    return assess(question, retrieval, load_catalog(), lambda h: list(topic_words), CoverageFloors())
