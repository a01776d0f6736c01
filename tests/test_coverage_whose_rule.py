"""The coverage gate, issue 11 round 35: a question asking whose rules set a figure, or whether the law sets it
itself, is answered by a sentence about it that leaves the figure to another body's rules (gate/whose_rule.py); the
same figure asked outright is still refused when no sentence states it."""

from types import SimpleNamespace

import pytest

from assistant.catalog import load_catalog
from assistant.retrieval.embeddings import E5Embedder
from assistant.retrieval.gate.assess import assess
from assistant.retrieval.gate.whose_rule import asks_whose_rule, refers_elsewhere

# 商业银行法第三十二条
RESERVE = "商业银行应当按照中国人民银行的规定，向中国人民银行交存存款准备金，留足备付金。"
WHOSE = "存款准备金要交多少钱？是按谁的规定交？"
HOW_MUCH = "存款准备金要交多少钱？"


def gate(question: str, text: str = RESERVE, similarity: float = 0.90):
    hits = [SimpleNamespace(similarity=similarity, sources=("dense-cn",),
                            clause=SimpleNamespace(text=text, doc_id="commercial-bank-law-2015", kind="law",
                                                   chunk_id="commercial-bank-law-2015:a32:0", article=32))]
    retrieval = SimpleNamespace(hits=hits, missing_refs=[], best_similarity=similarity)
    return assess(question, retrieval, load_catalog(), lambda h: ["存款", "准备金", "交存"],
                  E5Embedder.coverage_floors, doc_freq=lambda w: 0.01)


def test_whose_rule_asked_is_answered_by_a_clause_leaving_the_figure_to_another_body():
    assert gate(WHOSE).covered


def test_the_figure_asked_outright_is_still_refused():
    coverage = gate(HOW_MUCH)
    assert not coverage.covered and coverage.kind == "figure"


def test_a_clause_leaving_nothing_elsewhere_does_not_answer_whose_rule():
    stated_here = "商业银行应当向中国人民银行交存存款准备金，留足备付金。"
    assert not gate(WHOSE, stated_here).covered


@pytest.mark.parametrize("question", [
    WHOSE, "利率这块有没有外部的上下限要卡，还是行里自己说了算？", "收多少钱行里自己拍板就行吗",
    "收费标准是谁定的？", "Does the law itself say how long, or does it just point to other rules?",
    "How long can we keep the logs, and who decides?",
])
def test_whose_rule_asked(question):
    assert asks_whose_rule(question)


@pytest.mark.parametrize("question", [HOW_MUCH, "准备金率是百分之几？商业银行法里有规定吗", "How long must we keep the logs?"])
def test_no_whose_rule_asked(question):
    assert not asks_whose_rule(question)


def test_sentences_leaving_a_matter_elsewhere():
    assert refers_elsewhere(RESERVE)
    assert refers_elsewhere("收费项目和标准由国务院银行业监督管理机构、中国人民银行根据职责分工，分别会同国务院价格主管部门制定。")
    assert refers_elsewhere("商业银行应当按照中国人民银行规定的贷款利率的上下限，确定贷款利率。")
    assert not refers_elsewhere("商业银行贷款，应当与借款人订立书面合同。")
