"""A policy article's linked law articles (cited, nearest by vectors, sharing its words) and their place beside it in
the ranking (policy_links.py). Real law and policy texts (real chunker) and the small real index."""

from dataclasses import replace

import numpy as np
import pytest

from assistant.catalog import load_catalog
from assistant.documents import chunk_file
from assistant.retrieval.corpus_view import CorpusView, unit_key
from assistant.retrieval.policy_links import PolicyLinks, place_linked_laws
from assistant.settings import PROJECT_ROOT, SHARED_REGULATIONS
from assistant.types import Filters
from tests.view_helpers import position, unit_keys


@pytest.fixture(scope="module")
def view() -> CorpusView:
    """个人信息保护法 and the bank's customer-information policy, as the retriever sees them (no vectors)."""
    catalog = load_catalog()
    clauses = chunk_file(SHARED_REGULATIONS / "zh" / "pipl-2021.md", catalog)
    clauses += chunk_file(PROJECT_ROOT / "corpus" / "policies" / "policy-customer-information.md", catalog)
    return CorpusView(clauses)


def _articles(view, positions) -> list[tuple]:
    return [(view.clauses[i].doc_id, view.clauses[i].article) for i in positions]


def test_a_cited_law_article_is_linked_first_and_word_overlap_adds_the_restated_ones(view):
    cited_only = PolicyLinks(view, load_catalog(), overlap=1.0)
    # 第十二条: "依照《中华人民共和国个人信息保护法》第二十三条的规定取得客户的单独同意"
    assert _articles(view, cited_only.of(position(view, "policy-customer-information", "第十二条"))) == [("pipl-2021", 23)]
    # 第八条 restates 个人信息保护法第十四条 (consent: informed, voluntary, explicit; withdrawal) without citing it
    consent = position(view, "policy-customer-information", "第八条")
    assert not cited_only.of(consent)
    with_words = PolicyLinks(view, load_catalog(), overlap=0.4)
    assert ("pipl-2021", 14) in _articles(view, with_words.of(consent))
    # the policy's own final provisions link to nothing
    assert not with_words.of(position(view, "policy-customer-information", "第三十二条"))


def test_the_law_article_the_question_matches_best_is_placed_after_the_policy(view):
    links = PolicyLinks(view, load_catalog(), overlap=0.4)
    policy = position(view, "policy-customer-information", "第八条")
    law = position(view, "pipl-2021", "第十四条")
    others = [position(view, "pipl-2021", f"第{n}条") for n in ("五十一", "五十五", "五十六")]
    everywhere = np.ones(len(view.clauses), dtype=bool)
    fused = {policy: 0.05, others[0]: 0.04, others[1]: 0.035, others[2]: 0.03, law: 0.01}
    placed = place_linked_laws(view, fused, links, everywhere, top=5)
    assert placed == [unit_key(view.clauses[law])]
    assert unit_keys(view, fused)[:3] == [unit_key(view.clauses[i]) for i in (policy, law, others[0])]
    # … or before it
    fused = {policy: 0.05, others[0]: 0.04, law: 0.01}
    place_linked_laws(view, fused, links, everywhere, top=5, before=True)
    assert unit_keys(view, fused)[:2] == [unit_key(view.clauses[i]) for i in (law, policy)]
    # a law article already ranked higher stays; one the filters exclude is not placed
    fused = {law: 0.06, policy: 0.05, others[0]: 0.04}
    assert place_linked_laws(view, fused, links, everywhere, top=5) == []
    fused = {policy: 0.05, others[0]: 0.04, law: 0.01}
    assert place_linked_laws(view, fused, links, np.zeros(len(view.clauses), dtype=bool), top=5) == []
    assert fused[law] == 0.01


def test_the_retriever_shows_the_law_beside_the_policy_unless_the_bank_rules_are_asked(small_assistant):
    ctx = small_assistant.ctx
    from assistant.wiring import local_retriever

    base = small_assistant.retriever.config
    on = local_retriever(ctx, replace(base, policy_links=True, policy_link_before=False))
    first = local_retriever(ctx, replace(base, policy_links=True, policy_link_before=True))
    off = local_retriever(ctx, replace(base, policy_links=False))
    filters = Filters(as_of=small_assistant.settings.as_of)

    def ranked(retriever, question):
        return [(h.clause.doc_id, h.clause.article) for h in retriever.retrieve(question, 10, filters).hits]

    # 客户信息保护管理办法第八条 (consent) ranks second; the consent article it restates, 个人信息保护法第十四条, is
    # beyond the first ten without the links and right after it with them
    question = "想把客户名单给合作的保险公司做营销，需要客户怎么同意？"
    with_links, without = ranked(on, question), ranked(off, question)
    policy = with_links.index(("policy-customer-information", 8))
    assert with_links[policy + 1] == ("pipl-2021", 14), with_links
    assert ("pipl-2021", 14) not in without[: policy + 2], without
    law_first = ranked(first, question)
    assert law_first.index(("pipl-2021", 14)) + 1 == law_first.index(("policy-customer-information", 8)), law_first
    assert on.view.derived(f"policy-links-{base.policy_link_overlap}", dict)
    # asking about the bank's own rules: the ranking is the one without links
    own = "我行制度对客户撤回同意是怎么规定的？"
    assert ranked(on, own) == ranked(off, own)
    # a named clause keeps rank 1
    assert ranked(on, "个人信息保护法第十四条怎么规定的")[0] == ("pipl-2021", 14)
