"""Chinese questions naming a regulator by its everyday name (issue 10, round 10): the laws it administers lead, as for
English questions (regulators.py, RetrievalConfig.cn_regulator_boost)."""

from __future__ import annotations

from dataclasses import replace

from assistant.retrieval.regulators import regulator_titles


def test_chinese_regulator_names_give_their_statutory_titles():
    assert regulator_titles("金融监管总局来现场检查", chinese=True) == ("银行业监督管理机构",)
    assert regulator_titles("以前银保监会批过的事项", chinese=True) == ("银行业监督管理机构",)
    assert "反洗钱行政主管部门" in regulator_titles("人行来查反洗钱", chinese=True)
    assert "中国人民银行" in regulator_titles("央行的要求", chinese=True)
    assert regulator_titles("网信办约谈", chinese=True) == ("网信部门",)


def test_words_that_only_contain_the_abbreviation_name_no_regulator():
    assert regulator_titles("个人行使查阅权", chinese=True) == ()  # 个人 + 行使, not 人行
    assert regulator_titles("客户的个人行为", chinese=True) == ()
    assert regulator_titles("我们行的制度", chinese=True) == ()


def test_the_english_table_does_not_read_chinese_and_the_chinese_one_not_english():
    assert regulator_titles("人行来查反洗钱") == ()
    assert regulator_titles("During a PBOC inspection", chinese=True) == ()


def _scores(retriever, question, **config):
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    r = HybridRetriever(retriever.view, retriever.store, retriever.embedder, retriever.catalog,
                        replace(retriever.config, **config))
    return {(h.clause.doc_id, h.clause.article): h.score for h in r.retrieve(question, 20).hits}


def test_a_named_regulator_lifts_the_law_it_administers(small_assistant):
    """The question names the central bank (人行), not the law: the anti-money-laundering law, which names 反洗钱行政主管部门
    throughout, rises against the policies and the PIPL that also speak of keeping records."""
    retriever = small_assistant.retriever
    question = "人行要求我们把客户身份资料和交易记录留存好，这些资料到底要保存多少年？"
    lifted, plain = _scores(retriever, question), _scores(retriever, question, cn_regulator_boost=1.0)
    aml = ("aml-law-2024", 34)
    assert aml in lifted and aml in plain
    assert lifted[aml] > 1.1 * plain[aml]
    others = [key for key in lifted if key in plain and key[0].startswith("policy-")]
    assert others and all(lifted[key] <= plain[key] * 1.05 for key in others)
    assert max(lifted, key=lifted.get) == aml
