"""A question asking for a figure: the deadline article beside the rights article joins the ranking
(figure_neighbours.py), and the offline answer quotes the sentence stating the figure (extractive.py). Real texts."""

import numpy as np
import pytest

from assistant.answer.extractive import ExtractiveAnswerer
from assistant.catalog import load_catalog
from assistant.documents import chunk_file
from assistant.lexis.quantities import figure_kinds
from assistant.retrieval.corpus_view import CorpusView
from assistant.retrieval.figure_neighbours import lift_figure_neighbours
from assistant.retrieval.routing import asked_number_groups
from assistant.settings import PROJECT_ROOT, SHARED_REGULATIONS
from assistant.types import Retrieval
from clause_texts import clause, hits

POLICY = "policy-customer-information"


@pytest.fixture(scope="module")
def view() -> CorpusView:
    catalog = load_catalog()
    clauses = chunk_file(SHARED_REGULATIONS / "zh" / "pipl-2021.md", catalog)
    clauses += chunk_file(PROJECT_ROOT / "corpus" / "policies" / f"{POLICY}.md", catalog)
    return CorpusView(clauses)


def _at(view, doc_id, article) -> int:
    return view.articles[(doc_id, article, 0)][0]


def _order(fused) -> list[int]:
    return [i for i, _ in sorted(fused.items(), key=lambda kv: -kv[1])]


def test_the_deadline_article_beside_the_rights_article_ranks_just_below_it(view):
    rights, deadline = _at(view, POLICY, 21), _at(view, POLICY, 22)
    assert "删除" in view.clauses[rights].text and "十五个工作日" in view.clauses[deadline].text
    retention = _at(view, "pipl-2021", 19)
    fused = {rights: 0.0325, retention: 0.0318}  # the deadline shares no word with the question: not a candidate
    asked = frozenset(asked_number_groups("客户要求删除他的个人信息，银行必须在多少天内处理？"))
    mask = np.ones(len(view.clauses), dtype=bool)
    assert lift_figure_neighbours(view, fused, asked, mask, figure_kinds) == [deadline]
    assert _order(fused)[:3] == [rights, deadline, retention]
    # filtered out (another as-of date, another law asked for): not lifted
    mask[deadline] = False
    fused = {rights: 0.0325, retention: 0.0318}
    assert lift_figure_neighbours(view, fused, asked, mask, figure_kinds) == []


def test_nothing_is_lifted_when_a_first_article_states_the_figure_or_none_is_asked(view):
    rights, deadline, assessment = _at(view, POLICY, 21), _at(view, POLICY, 22), _at(view, "pipl-2021", 56)
    mask = np.ones(len(view.clauses), dtype=bool)
    asked = frozenset(asked_number_groups("影响评估报告要保存几年？"))
    fused = {assessment: 0.03, rights: 0.02}  # 第五十六条 states 三年 itself
    assert lift_figure_neighbours(view, fused, asked, mask, figure_kinds) == [] and deadline not in fused
    fused = {rights: 0.03}
    assert lift_figure_neighbours(view, fused, frozenset(), mask, figure_kinds) == [] and deadline not in fused


def test_an_offline_answer_to_a_figure_question_quotes_the_sentence_stating_it():
    aml = hits(clause("aml-law-2024", 34))
    for question, language in (("Can we keep transaction records for only 2 years under Chinese AML law?", "en"),
                               ("交易记录要保存多久？", "zh")):
        draft = ExtractiveAnswerer().draft(question, Retrieval(query=question, hits=aml), language)
        assert any("至少保存十年" in c.text for c in draft.claims), (question, [c.text for c in draft.claims])


def test_a_procedure_article_naming_the_first_article_as_its_scope_ranks_just_below_it():
    """GDPR Art. 12(3) gives "one month" for "action taken on a request under Articles 15 to 22", eight articles
    from the right of access: lifted below Art. 15 for a deadline asked, not for a question asking no figure."""
    from assistant.retrieval.gate.delegation import _cited_articles

    catalog = load_catalog()
    gdpr = CorpusView(chunk_file(SHARED_REGULATIONS / "en" / "gdpr.md", catalog))
    access, info = _at(gdpr, "gdpr", 15), _at(gdpr, "gdpr", 13)
    procedure = next(i for i in gdpr.articles[("gdpr", 12, 0)] if "Articles 15 to 22" in gdpr.clauses[i].text
                     and "one month" in gdpr.clauses[i].text)
    mask = np.ones(len(gdpr.clauses), dtype=bool)
    asked = frozenset(asked_number_groups("A client sent us a subject access request - what's our deadline?"))
    fused = {access: 0.0325, info: 0.0318}
    lifted = lift_figure_neighbours(gdpr, fused, asked, mask, figure_kinds, cites=_cited_articles(catalog))
    assert procedure in lifted and "within one month" in gdpr.clauses[procedure].text
    assert 12 in [gdpr.clauses[i].article for i in _order(fused)[:3]]  # beside Art. 14(3), the neighbour
    # without the citations, only the same-chapter neighbours count (Art. 14(3)'s own one month, beside Art. 13)
    fused = {access: 0.0325, info: 0.0318}
    assert procedure not in lift_figure_neighbours(gdpr, fused, asked, mask, figure_kinds)
    fused = {access: 0.0325}
    assert lift_figure_neighbours(gdpr, fused, frozenset(), mask, figure_kinds, cites=_cited_articles(catalog)) == []
