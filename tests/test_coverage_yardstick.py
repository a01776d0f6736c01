"""The coverage gate, issue 11 round 37: another jurisdiction's regime told in a clause or sentence of its own, the
part that asks naming the bank's own side and sharing its words with a leading clause, is the yardstick, not what is
asked (gate/yardstick.py); the same regime asked about, put as the rule the ask is under, or told before a home ask no
leading clause speaks to, still refuses."""

from types import SimpleNamespace

import pytest

from assistant.catalog import load_catalog
from assistant.retrieval.embeddings import E5Embedder
from assistant.retrieval.gate.assess import assess
from assistant.text.tokens import tokenize

# 个人信息保护法第五十七条
BREACH = ("发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施，并通知履行个人信息保护职责的部门和"
          "个人。通知应当包括下列事项：（一）发生或者可能发生个人信息泄露、篡改、丢失的信息种类、原因和可能造成的危害；")


def gate(question: str, text: str = BREACH, similarity: float = 0.90):
    hits = [SimpleNamespace(similarity=similarity, sources=("dense-cn",),
                            clause=SimpleNamespace(text=text, doc_id="pipl-2021", kind="law",
                                                   chunk_id="pipl-2021:a57:0", article=57))]
    retrieval = SimpleNamespace(hits=hits, missing_refs=[], best_similarity=similarity)
    return assess(question, retrieval, load_catalog(), lambda h: tokenize(h.clause.text),
                  E5Embedder.coverage_floors, doc_freq=lambda w: 0.01)


@pytest.mark.parametrize("question", [
    "新加坡PDPA规定数据泄露要通知主管机关。我们这边发生个人信息泄露，要通知谁？",
    "英国FCA对数据事故有报告要求，我们行个人信息泄露了要通知哪些部门和个人？",
    "Singapore's PDPA makes firms report breaches. When our customers' personal information leaks, whom do we notify?",
])
def test_a_foreign_regime_told_before_the_banks_own_case_is_the_yardstick(question):
    assert gate(question).covered


@pytest.mark.parametrize("question", [
    "新加坡PDPA对数据泄露通知有什么要求？",  # the regime asked about
    "按新加坡PDPA的要求，我们这边个人信息泄露要通知谁？",  # the rule the ask is put under
    "新加坡PDPA规定数据泄露要通知主管机关。那泄露以后要通知谁？",  # no own side in the ask
    "英国PRA要求银行每年做反向压力测试。我们这边压力测试多久做一次？",  # an ask no leading clause speaks to
    "新加坡PDPA规定数据泄露要通知主管机关。我们新加坡分行个人信息泄露了要通知谁？",  # our branch there
])
def test_the_regime_asked_under_or_before_an_untied_ask_still_refuses(question):
    coverage = gate(question)
    assert not coverage.covered and coverage.unknown_laws


def test_asking_whether_the_foreign_rule_applies_at_home_still_refuses():
    coverage = gate("新加坡PDPA有数据泄露通知的规定，我们这边也要照着遵守吗？")
    assert not coverage.covered and coverage.unknown_laws


# Round 54: a law of another jurisdiction the catalog knows but holds no text of (CCPA, GLBA, SOX), told the same
# way, is the yardstick too; asked about, or the rule the ask is put under, it still refuses.
@pytest.mark.parametrize("question", [
    "美国CCPA要求企业在数据泄露后通知消费者。我们这边发生个人信息泄露，要通知谁？",
    "美国SOX对内部报告有要求。我们行个人信息泄露了，要通知哪些部门和个人？",
    "The US GLBA makes banks notify customers of some breaches. When our customers' personal information leaks, "
    "whom do we notify?",
])
def test_a_law_the_catalog_knows_not_indexed_told_before_the_banks_own_case_is_the_yardstick(question):
    assert gate(question).covered


@pytest.mark.parametrize("question", [
    "美国CCPA对数据泄露通知有什么要求？",  # the law asked about
    "按美国CCPA的要求，我们这边个人信息泄露要通知谁？",  # the rule the ask is put under
    "美国CCPA规定数据泄露要通知消费者。那泄露以后要通知谁？",  # no own side in the ask
])
def test_such_a_law_asked_about_or_under_still_refuses(question):
    coverage = gate(question)
    assert not coverage.covered and coverage.unknown_laws
