"""Round 15 (issue 10): everyday English for acts the Chinese clauses name — a payout held up (拖延), business done on
someone's behalf (代理), a handwritten signature (手写签名), supervision from reported data (非现场), the expertise staff
must have (专业知识), model validation (验证), lowering a data level (降低/降级) — reach the clause through BM25."""

from __future__ import annotations

from assistant.lexis.lexicon import load_lexicon


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


def test_more_everyday_english_gets_the_clauses_words():
    words = load_lexicon().chinese_words
    assert words("wants to send it back without giving a reason") == ["退货", "无需说明理由"]
    assert words("a vuln in the app")[0] == "漏洞"
    assert "兼职" in words("can a PBOC official sit on our board part-time?")
    # a register is 登记, but registered capital keeps its own term
    assert "登记" in words("the model is not registered anywhere")
    assert words("registered capital") == ["注册资本"]


def test_diverted_funds_reach_the_misappropriation_clause(small_assistant):
    """商业银行法第八十五条 挪用本行或者客户资金: without divert → 挪用 it was not in the first ten."""
    hits = [(h.clause.doc_id, h.clause.article) for h in small_assistant.search(
        "A clerk diverted a customer's funds for a week. What does China's commercial bank law say about that?",
        k=10).hits]
    assert ("commercial-bank-law-2015", 85) in hits[:3]


def test_a_non_profit_operator_reaches_the_credit_database_clause(small_assistant):
    """征信业管理条例第二十七条 该运行机构不以营利为目的 (it ranked third, behind 第三十条 and 第二十八条)."""
    top = small_assistant.search("Who runs the non-profit credit database in China?", k=10).hits[0].clause
    assert (top.doc_id, top.article) == ("credit-reporting-regulation-2013", 27)
