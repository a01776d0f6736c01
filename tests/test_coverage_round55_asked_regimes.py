"""Round 55 (gate55oos, issue 11): two readings of what a question asks of a regime the corpus does not hold.
A clause naming the regime that asks in the A-not-A form (能不能, 要不要, 是不是) is no case told before a question of
lawfulness: the regime's own matter is asked there. A Chinese keyword query (a few short terms apart by spaces) looks
its terms up as a question does; it tells no case, so the subject entries of regimes.toml apply to it."""

from test_coverage_context_regimes import retrieval_of

from assistant.catalog import load_catalog
from assistant.retrieval.gate.asking import asks_in_any_form
from assistant.retrieval.gate.assess import _unindexed_named
from assistant.retrieval.named_laws import is_keyword_query, regimes_in
from assistant.text.tokens import tokenize

WEALTH = "Asset- and wealth-management"
# 消费者权益保护法第二十条 (in part)
CPL_20 = "经营者向消费者提供有关商品或者服务的质量、性能、用途、有效期限等信息，应当真实、全面，不得作虚假或者引人误解的宣传。"


def doc_freq(word: str) -> float:
    return 0.01 if word in {"宣传", "消费者", "经营者"} else 0.0


def refused(question: str):
    return _unindexed_named(question, retrieval_of(CPL_20), load_catalog(), lambda h: tokenize(h.clause.text),
                            doc_freq, False)


def test_a_not_a_clause_asks():
    assert asks_in_any_form("净值型产品要不要披露业绩比较基准，")
    assert asks_in_any_form("能不能这样写，")
    assert not asks_in_any_form("客户上个月买了净值型产品，")


def test_a_regime_asked_in_an_a_not_a_clause_before_a_lawfulness_question_is_refused():
    coverage = refused("净值型产品要不要披露业绩比较基准，这样做合规吗？")
    assert coverage is not None and not coverage.covered
    assert any(WEALTH in r for r in coverage.reason.split("; "))


def test_a_regime_told_in_the_case_before_a_lawfulness_question_is_still_the_case_only():
    assert refused("客户上个月买了净值型产品后亏损，银行这样宣传合规吗？") is None


def test_a_chinese_keyword_query_asks_about_its_terms():
    assert is_keyword_query("资管产品 冷静期 期限")
    assert any(n.startswith(WEALTH) for n in regimes_in("资管产品 冷静期 期限"))
    assert any(n.startswith("Crypto-assets") for n in regimes_in("稳定币 发行 监管"))


def test_a_statement_or_a_sentence_is_no_keyword_query():
    assert not is_keyword_query("向客户推介资管产品时说明了冷静期。")
    assert not regimes_in("向客户推介资管产品时说明了冷静期")
    assert not is_keyword_query("cooling-off period wealth products")
    assert not is_keyword_query("资管产品")
    assert not is_keyword_query("银行向客户推介资管产品时没有说明冷静期 客户后来投诉")
