"""GDPR enforcement cases (issue 10): a description of a controller's failing reaches the article it infringes
(eu_terms.toml's failing entries), and the articles on how authorities work with each other (GDPR Chapter VII)
stay out of the way unless the question is about them. The descriptions below are written for these tests from
the GDPR's own provisions, on the real index of tests/index_fixtures.py."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.retrieval.routing import is_authority_chapter, route


def _ranked(retriever, question: str, **config) -> list[tuple[str, int | None]]:
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    r = HybridRetriever(retriever.view, retriever.store, retriever.embedder, retriever.catalog,
                        replace(retriever.config, **config))
    return [(h.clause.doc_id, h.clause.article) for h in r.retrieve(question, 10).hits]


def _rank(ranked: list[tuple[str, int | None]], article: int) -> int:
    return next((n for n, key in enumerate(ranked, 1) if key == ("gdpr", article)), 99)


BREACH = ("Attackers got into the online shop's customer database through a stolen administrator password and copied "
          "the names, addresses and card details of 40,000 customers. The company found out a week later and told the "
          "data protection authority only a month after that.")
COOPERATION = ("The data protection authority opened an investigation after several complaints and sent the company "
               "three letters asking for an explanation of its processing. The company did not respond to any of them.")
ORDER = ("After an earlier decision the authority ordered the company to stop the processing and to bring it into "
         "line within three months; the company failed to comply with the order and went on as before.")
LEAD_AUTHORITY = ("For cross-border processing, how does the lead supervisory authority work with the other "
                  "supervisory authorities concerned before it adopts a decision?")


def test_only_questions_about_the_authorities_among_themselves_want_chapter_vii():
    assert route(LEAD_AUTHORITY, []).wants_authorities
    assert route("Which authority decides when the EDPB is asked for a binding decision?", []).wants_authorities
    for case in (BREACH, COOPERATION, ORDER, "The bank's board of directors approved the new marketing campaign."):
        assert not route(case, []).wants_authorities, case
    assert is_authority_chapter("Chapter VII – Cooperation and consistency / Section 1 – Cooperation")
    assert not is_authority_chapter("Chapter IV – Controller and processor / Section 1 – General obligations")


@pytest.mark.parametrize("case, article", [(BREACH, 33), (BREACH, 32), (COOPERATION, 31), (ORDER, 58)])
def test_a_described_failing_ranks_the_article_it_infringes(small_assistant, case, article):
    assert _rank(_ranked(small_assistant.retriever, case), article) <= 5


def test_the_failing_entries_are_what_finds_cooperation_with_the_authority(small_assistant):
    """Without eu_terms.toml the letters left unanswered do not reach Article 31 at all (first ten)."""
    assert _rank(_ranked(small_assistant.retriever, COOPERATION, eu_terms=False), 31) > 10


def test_a_case_about_the_controller_keeps_chapter_vii_down(small_assistant):
    """"cooperation" and "supervisory authority" are Article 60's heading words too: unweighted it ranks above
    Article 31 (cooperation with the supervisory authority), the article such a case infringes; down-weighted, below."""
    shipped = _ranked(small_assistant.retriever, COOPERATION)
    unweighted = _ranked(small_assistant.retriever, COOPERATION, authority_weight=1.0)
    assert _rank(shipped, 31) < _rank(shipped, 60)
    assert _rank(unweighted, 60) < _rank(unweighted, 31)
    chapter_vii = lambda ranked: sum(doc == "gdpr" and 60 <= (art or 0) <= 76 for doc, art in ranked)  # noqa: E731
    assert chapter_vii(shipped) < chapter_vii(unweighted)


def test_the_down_weight_does_not_apply_to_a_question_about_the_lead_authority(small_assistant):
    shipped = _ranked(small_assistant.retriever, LEAD_AUTHORITY)
    assert _rank(shipped, 60) <= 3
    assert shipped == _ranked(small_assistant.retriever, LEAD_AUTHORITY, authority_weight=1.0)


OBJECTION = "How long does our lead DPA give the other authorities to object to its draft decision?"
HELP = "Can a data protection authority ask another one for help with an inspection of our branch?"


def test_names_authority_reads_the_texts_names_and_the_capitalised_abbreviations():
    from assistant.retrieval.routing import names_authority

    assert names_authority("Can our lead DPA in Ireland decide alone?")
    assert names_authority("The CNIL asked the lead SA for its draft decision. Can it object?")
    assert names_authority("Can a lab outside the EU act as a notified body?")
    assert names_authority("Does every member state need a notifying authority?")
    assert not names_authority("is the dpa file in sa format?")  # not in capitals: no abbreviation
    assert not names_authority("Can we send customer data to our parent company abroad?")


@pytest.mark.parametrize("question, article", [(OBJECTION, 60), (HELP, 61)])
def test_a_short_question_naming_the_authorities_takes_no_chapter_vii_discount(small_assistant, question, article):
    """It asks about the authorities' dealings with each other (Art. 60 objections, Art. 61 mutual assistance) in
    everyday words, not the procedures' names: the discount for questions that do not ask about them pushed the
    article down (60: 3 → 1, 61: out of the ten → 4 on the test index)."""
    shipped = _ranked(small_assistant.retriever, question)
    discounted = _ranked(small_assistant.retriever, question, authority_weight_short=0.6)
    assert _rank(shipped, article) < _rank(discounted, article)


def test_a_case_told_as_statements_keeps_the_discount(small_assistant):
    """No question mark: a told case reports a controller's failings, whatever authority it names."""
    assert _ranked(small_assistant.retriever, COOPERATION) == \
        _ranked(small_assistant.retriever, COOPERATION, authority_weight_short=0.6)
