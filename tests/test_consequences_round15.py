"""Round 15 (issue 10): "what happens to them" asks what a person faces — the English of 被怎么处理, answered in the
法律责任 chapters — while "what happens to its licence / the data" asks about a thing."""

from __future__ import annotations

from assistant.retrieval.routing import asks_consequences


def test_what_happens_to_a_person_asks_the_consequences():
    assert asks_consequences("If a PBOC examiner leaks our data, what happens to them?")
    assert asks_consequences("The clerk took a bribe. What would happen to the clerk under Chinese law?")
    assert not asks_consequences("If the payment firm stops trading, what happens to its licence?")
    assert not asks_consequences("Our vendor contract ends; what happens to the data they hold?")


def test_what_happens_to_a_staff_member_ranks_the_liability_article(small_assistant):
    """商业银行法第八十五条 (工作人员…挪用…构成犯罪的，依法追究刑事责任；尚不构成犯罪的，应当给予纪律处分) leads once the
    question counts as asking for consequences."""
    hits = small_assistant.search("A loan officer at our China bank took kickbacks from a borrower. What happens to "
                                  "him under the commercial bank law?", k=10).hits
    top = [(h.clause.doc_id, h.clause.article) for h in hits[:3]]
    assert any(article in (84, 85, 86) for doc, article in top if doc == "commercial-bank-law-2015")
