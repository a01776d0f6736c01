"""The law before the policy restating it, few policies in the first slots unless asked, more than one law in the first
slots, duties of a mixed 监督检查和法律责任 chapter, 处分 as disposal. Real law and policy texts (real chunker)."""

import copy
from dataclasses import replace

import numpy as np
import pytest

from assistant.catalog import load_catalog
from assistant.documents import chunk_file
from assistant.retrieval.corpus_view import CorpusView
from assistant.retrieval.law_first import LawTwins, cap_policies, diversify_laws, lift_twins, unit_key
from assistant.retrieval.penalty_articles import is_penalty_article
from assistant.retrieval.routing import asks_consequences, route
from assistant.settings import PROJECT_ROOT, SHARED_REGULATIONS
from tests.view_helpers import position, unit_keys


@pytest.fixture(scope="module")
def view() -> CorpusView:
    """个人信息保护法, 生成式人工智能服务管理暂行办法 and the bank's customer-information policy, as the retriever sees them."""
    catalog = load_catalog()
    clauses = [c for name in ("pipl-2021.md", "generative-ai-measures-2023.md")
               for c in chunk_file(SHARED_REGULATIONS / "zh" / name, catalog)]
    clauses += chunk_file(PROJECT_ROOT / "corpus" / "policies" / "policy-customer-information.md", catalog)
    return CorpusView(clauses)


def test_a_policy_article_citing_a_law_article_has_it_as_twin(view):
    twins = LawTwins(view, load_catalog())
    # 客户信息保护管理办法第十二条: "依照《中华人民共和国个人信息保护法》第二十三条的规定取得客户的单独同意"
    cited = twins.of(position(view, "policy-customer-information", "第十二条"))
    assert {(view.clauses[i].doc_id, view.clauses[i].article) for i in cited} == {("pipl-2021", 23)}
    # 第三十一条 (who interprets the policy) cites nothing and restates nothing
    assert not twins.of(position(view, "policy-customer-information", "第三十一条"))


def test_a_policy_clause_restating_a_law_clause_in_the_dense_space_has_it_as_twin(view):
    """Near enough and clearly nearer than any other article: a restatement; close to several: none."""
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(len(view.clauses), 32)).astype(np.float32)
    restating, law = position(view, "policy-customer-information", "第十三条"), position(view, "pipl-2021", "第二十四条")
    vague = position(view, "policy-customer-information", "第三条")
    vectors[restating] = vectors[law] + 0.05 * rng.normal(size=32)
    # 第三条 is equally near to two law articles (the principles of 第五条 and 第六条): no single twin
    vectors[vague] = vectors[position(view, "pipl-2021", "第五条")] + vectors[position(view, "pipl-2021", "第六条")]
    with_vectors = CorpusView(view.clauses, view.token_lists, vectors)
    twins = LawTwins(with_vectors, load_catalog())
    assert twins.of(restating) == {law}
    assert not twins.of(vague)


def test_the_law_twin_ranks_just_above_the_policy_restating_it(view):
    twins = LawTwins(view, load_catalog())
    policy = position(view, "policy-customer-information", "第十二条")
    law = position(view, "pipl-2021", "第二十三条")
    other = position(view, "pipl-2021", "第十四条")
    fused = {policy: 0.05, other: 0.04, law: 0.01}
    lift_twins(view, fused, twins, np.ones(len(view.clauses), dtype=bool), depth=10)
    assert unit_keys(view, fused)[:2] == [unit_key(view.clauses[law]), unit_key(view.clauses[policy])]
    # a twin the filters exclude (another date, another law asked for) stays where it was
    fused = {policy: 0.05, other: 0.04, law: 0.01}
    lift_twins(view, fused, twins, np.zeros(len(view.clauses), dtype=bool), depth=10)
    assert fused[law] == 0.01


def test_few_policies_stay_in_the_first_slots(view):
    policies = [position(view, "policy-customer-information", f"第{n}条") for n in ("六", "七", "八", "九")]
    laws = [position(view, "pipl-2021", f"第{n}条") for n in ("十三", "十四", "十六")]
    fused = {i: 0.1 - 0.01 * n for n, i in enumerate(policies + laws)}
    cap_policies(view, fused, cap=2, window=5)
    order = unit_keys(view, fused)
    first = [view.clauses[view.articles[key][0]].kind for key in order[:5]]
    assert first.count("policy") == 2 and order[:2] == [unit_key(view.clauses[i]) for i in policies[:2]]
    # the policies moved out follow the window, in their order
    assert order[5:7] == [unit_key(view.clauses[i]) for i in policies[2:]]


def test_a_second_law_nearly_as_good_reaches_the_first_slots(view):
    gai = [position(view, "generative-ai-measures-2023", f"第{n}条") for n in ("七", "八", "九", "十", "十一", "十二")]
    pipl = position(view, "pipl-2021", "第二十四条")
    fused = {i: 0.050 - 0.001 * n for n, i in enumerate(gai)}
    fused[pipl] = 0.040
    diversify_laws(view, fused, decay=0.9, window=5)
    assert unit_key(view.clauses[pipl]) in unit_keys(view, fused)[:5]
    # far behind, it stays behind
    fused = {i: 0.050 - 0.001 * n for n, i in enumerate(gai)}
    fused[pipl] = 0.010
    diversify_laws(view, fused, decay=0.9, window=5)
    assert unit_key(view.clauses[pipl]) not in unit_keys(view, fused)[:5]


def test_duties_in_a_mixed_supervision_and_liability_chapter_are_no_penalty_articles(view):
    # 生成式人工智能服务管理暂行办法 第四章 监督检查和法律责任: 第十七条 (security assessment, filing) is a duty,
    # 第二十一条 ("…予以处罚") the sanction
    assert not is_penalty_article(view.clauses[position(view, "generative-ai-measures-2023", "第十七条")])
    assert is_penalty_article(view.clauses[position(view, "generative-ai-measures-2023", "第二十一条")])
    # a chapter about liability alone: every article is a penalty article
    assert is_penalty_article(view.clauses[position(view, "pipl-2021", "第六十六条")])
    assert not is_penalty_article(view.clauses[position(view, "pipl-2021", "第二十三条")])


@pytest.mark.parametrize("question, asks", [("抵押物要在多久之内予以处分？", False), ("取得的股权怎么处分？", False),
                                             ("员工泄露客户信息会受到什么处分？", True), ("违规会被罚多少？", True)])
def test_disposing_of_property_is_no_sanction(question, asks):
    assert asks_consequences(question) is asks


def test_the_retriever_puts_the_law_first_unless_the_bank_s_rules_are_asked_for(small_assistant):
    retriever = copy.copy(small_assistant.retriever)
    retriever.config = replace(retriever.config, policy_cap=2)
    v = retriever.view
    policy = position(v, "policy-customer-information", "第十二条")
    law = position(v, "pipl-2021", "第二十三条")
    others = [position(v, "policy-customer-information", f"第{n}条") for n in ("六", "七", "八", "九")]
    laws = [position(v, "pipl-2021", f"第{n}条") for n in ("十三", "十四", "十五")]
    mask = np.ones(len(v.clauses), dtype=bool)

    def ranked(question):
        fused = {policy: 0.06, **{i: 0.05 - 0.001 * n for n, i in enumerate(others)}, law: 0.01,
                 **{i: 0.02 - 0.001 * n for n, i in enumerate(laws)}}
        retriever._law_first(fused, route(question, []), mask)
        return [v.clauses[v.articles[key][0]] for key in unit_keys(v, fused)]

    plain = ranked("客户信息给合作的保险公司用，要客户怎么同意？")
    assert (plain[0].doc_id, plain[0].article) == ("pipl-2021", 23)
    assert [c.kind for c in plain[:5]].count("policy") <= retriever.config.policy_cap
    asked = ranked("我行制度对向合作方提供客户信息怎么规定的？")
    assert asked[0].doc_id == "policy-customer-information" and all(c.kind == "policy" for c in asked[:5])
