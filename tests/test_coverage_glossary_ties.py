"""The coverage gate, round 52 (English answerable questions refused for sharing no key term with the Chinese clause
that answers them): the glossary's legal terms for an English question's everyday words (glossary.toml, the terms
retrieval adds to its query) tie it to a leading Chinese clause using them, as the lexicon's Chinese words do, also a
clause only the no-cue Chinese lists reached."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.lexis.glossary import load_glossary
from assistant.retrieval.gate.assess import CoverageFloors, assess

FLOORS = CoverageFloors()
BETWEEN = (FLOORS.similarity_en_zh + FLOORS.no_overlap_en_zh) / 2  # over the weak floor, under the no-overlap one
# 个人信息保护法第五十七条 (first paragraph)
PIPL_57 = ("第五十七条 发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施，"
           "并通知履行个人信息保护职责的部门和个人。")
# 商业银行法第三十九条 (a clause using none of the glossary's terms for a leak)
CBL_39 = "第三十九条 商业银行贷款，应当遵守下列资产负债比例管理的规定：资本充足率不得低于百分之八。"


def _gate(question: str, *clauses: str):
    hits = [SimpleNamespace(similarity=BETWEEN, sources=("dense-cn", "bm25-cn"),  # the no-cue Chinese lists only
                            clause=SimpleNamespace(text=clause, doc_id="x", chunk_id=f"x:a{n}:0", article=n))
            for n, clause in enumerate(clauses, 1)]
    return assess(question, SimpleNamespace(hits=hits, missing_refs=[]), load_catalog(), lambda h: [], FLOORS,
                  doc_freq=lambda w: 0.01, expansion=load_glossary().expansion(question))


QUESTION = "Someone dumped our customers' records on a forum last night. Who do we have to tell?"


def test_the_glossary_term_for_everyday_words_in_a_leading_chinese_clause_ties_the_question_to_it():
    assert any(t in PIPL_57 for t in load_glossary().expansion(QUESTION))  # dumped → 泄露, 补救措施 (glossary.toml)
    assert _gate(QUESTION, PIPL_57).kind != "no_overlap"


def test_a_clause_without_the_glossary_terms_is_still_held_to_the_no_overlap_floor():
    refused = _gate(QUESTION, CBL_39)
    assert not refused.covered and refused.kind == "no_overlap"


def test_a_glossary_term_only_in_a_clause_ranked_below_the_first_is_no_tie():
    refused = _gate(QUESTION, CBL_39, PIPL_57)
    assert not refused.covered and refused.kind == "no_overlap"
