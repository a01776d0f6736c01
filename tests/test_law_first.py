"""More than one law in the first slots, duties of a mixed 监督检查和法律责任 chapter, 处分 as disposal. Real law and
policy texts (real chunker)."""

import pytest

from assistant.catalog import load_catalog
from assistant.documents import chunk_file
from assistant.retrieval.corpus_view import CorpusView
from assistant.retrieval.law_first import diversify_laws, unit_key
from assistant.retrieval.penalty_articles import is_penalty_article
from assistant.retrieval.routing import asks_consequences
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
