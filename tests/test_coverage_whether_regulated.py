"""The coverage gate, issue 11 round 36: a question asking whether a measure is regulated at all (比例有没有监管规定,
上限监管有没有硬性规定, 高几个百分点) asks for the figure the rules set: a sentence about it stating one answers it, so does
one leaving it to another body's rules (whose rules set it is then what the corpus holds); a sentence stating neither
does not."""

from types import SimpleNamespace

import pytest

from assistant.catalog import load_catalog
from assistant.retrieval.asked_items import ASKS_WHETHER_REGULATED, asked_limit_groups
from assistant.retrieval.embeddings import E5Embedder
from assistant.retrieval.gate.assess import assess
from assistant.retrieval.gate.whose_rule import asks_whose_rule

# 商业银行法第三十九条（三）, 第三十二条, 第三十三条 (no figure, nothing left elsewhere)
STATES = "对同一借款人的贷款余额与商业银行资本余额的比例不得超过百分之十。"
LEAVES = "商业银行应当按照中国人民银行的规定，向中国人民银行交存存款准备金，留足备付金。"
NEITHER = "商业银行应当保证存款本金和利息的支付，不得拖延、拒绝支付存款本金和利息。"


def gate(question: str, text: str, tokens: list[str], similarity: float = 0.90):
    hits = [SimpleNamespace(similarity=similarity, sources=("dense-cn",),
                            clause=SimpleNamespace(text=text, doc_id="commercial-bank-law-2015", kind="law",
                                                   chunk_id="commercial-bank-law-2015:a39:0", article=39))]
    retrieval = SimpleNamespace(hits=hits, missing_refs=[], best_similarity=similarity)
    return assess(question, retrieval, load_catalog(), lambda h: tokens, E5Embedder.coverage_floors,
                  doc_freq=lambda w: 0.01)


@pytest.mark.parametrize("question", ["保证金比例有没有监管规定？", "持股比例和锁定期监管有什么限制？",
                                      "这个上限监管有没有硬性规定？", "网点兑换有没有额度要求？", "可以比全行高几个百分点？"])
def test_asking_whether_a_measure_is_regulated_asks_a_figure(question):
    assert asked_limit_groups(question)


@pytest.mark.parametrize("question", ["客户投诉有没有处理要求？", "比例怎么算？", "数据出境有什么规定？"])
def test_rules_asked_of_no_measure_ask_no_figure(question):
    assert not asked_limit_groups(question) and not ASKS_WHETHER_REGULATED.search(question)


def test_a_sentence_stating_the_ratio_answers_it():
    assert gate("对同一借款人的贷款比例有没有监管规定？", STATES, ["借款人", "贷款", "比例"]).covered


def test_a_sentence_leaving_the_ratio_to_another_body_answers_whether_it_is_regulated():
    question = "存款准备金的比例有没有监管要求？"
    assert asks_whose_rule(question)
    assert gate(question, LEAVES, ["存款", "准备金", "交存"]).covered


def test_a_sentence_stating_no_figure_does_not_answer_it():
    coverage = gate("存款利息的比例有没有监管规定？", NEITHER, ["存款", "利息"])
    assert not coverage.covered and coverage.kind == "figure"
