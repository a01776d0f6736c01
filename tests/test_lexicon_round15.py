"""Round 15 (issue 10): everyday English for acts the Chinese clauses name — a payout held up (拖延), business done on
someone's behalf (代理), a handwritten signature (手写签名), supervision from reported data (非现场), the expertise staff
must have (专业知识), model validation (验证), lowering a data level (降低/降级) — reach the clause through BM25."""

from __future__ import annotations

from assistant.retrieval.lexicon import load_lexicon


def test_everyday_english_gets_the_clauses_words():
    words = load_lexicon().chinese_words
    assert words("the bank kept delaying the payout")[:3] == ["拖延", "迟延", "支付"]
    assert "代理" in words("a relative acting on behalf of the account holder")
    assert "手写签名" in words("is an e-signature as good as a wet-ink one?")
    assert "非现场" in words("does the regulator supervise us remotely?")
    assert {"降低", "降级", "验证"} <= set(words("we want to downgrade the dataset before validation"))
    # the policies say 内部审计 where the commercial bank law says 稽核
    assert words("internal audit") == ["稽核", "审计"]


def test_a_delayed_deposit_payout_reaches_the_clause_forbidding_delay(small_assistant):
    """商业银行法第三十三条 不得拖延、拒绝支付存款本金和利息: delaying → 拖延 puts it first (without the entry 第二十九条,
    on deposit services in general, outranked it)."""
    question = "Our China branch keeps delaying the payout of a customer's deposit. What does the law say?"
    top = small_assistant.search(question, k=10).hits[0].clause
    assert (top.doc_id, top.article) == ("commercial-bank-law-2015", 33)
