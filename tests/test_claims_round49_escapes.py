"""Round 49's escapes: a rule that "forbids / prohibits X from doing" is a ban (the active of "is prohibited"), and a
case item of a lead-in of cases ("shall designate … in any case where: (b) …") is read with the lead-in's rule."""

import pytest

from assistant.verify.modality import classes_in
from assistant.verify.polarity import contradictions
from assistant.verify.subclauses import case_item_with_its_rule
from assistant.verify.wording import sentences

# GDPR Art. 37(1)-(4), the law text (../shared/corpus/regulations/en/gdpr.md)
GDPR37 = """1. The controller and the processor shall designate a data protection officer in any case where:
(a) the processing is carried out by a public authority or body, except for courts acting in their judicial capacity;
(b) the core activities of the controller or the processor consist of processing operations which, by virtue of their nature, their scope and/or their purposes, require regular and systematic monitoring of data subjects on a large scale; or
(c) the core activities of the controller or the processor consist of processing on a large scale of special categories of data pursuant to Article 9 or personal data relating to criminal convictions and offences referred to in Article 10.
2. A group of undertakings may appoint a single data protection officer provided that a data protection officer is easily accessible from each establishment.
3. Where the controller or the processor is a public authority or body, a single data protection officer may be designated for several such authorities or bodies, taking account of their organisational structure and size.
4. In cases other than those referred to in paragraph 1, the controller or processor or associations and other bodies representing categories of controllers or processors may or, where required by Union or Member State law shall, designate a data protection officer."""


@pytest.mark.parametrize("text", ["Article 37 forbids a group of undertakings from appointing a single officer.",
                                  "The law prohibits banks from lending to insiders on better terms.",
                                  "It bars the bank from disclosing the data."])
def test_active_ban_verbs_are_prohibitions(text):
    assert "prohibition" in classes_in(text)


@pytest.mark.parametrize("text", ["The law does not prohibit banks from charging fees.", "the ban on profiling applies",
                                  "The bank prohibits nothing."])
def test_negated_or_nominal_ban_words_are_no_prohibition(text):
    assert "prohibition" not in classes_in(text)


def test_a_ban_on_what_the_article_allows_is_contradicted():
    claim = "Article 37 GDPR forbids a group of undertakings from appointing a single data protection officer."
    assert any(f.kind in ("polarity", "modality") for f in contradictions(claim, GDPR37))


def test_a_case_item_is_read_with_its_lead_ins_rule():
    item = sentences(GDPR37)[2]  # "(b) the core activities … on a large scale; or"
    read = case_item_with_its_rule(item, GDPR37)
    assert read.startswith("1. The controller and the processor shall designate") and "core activities" in read
    # an item of a lead-in with no binding modal verb, or a sentence that is no item, is left as it is
    assert case_item_with_its_rule(sentences(GDPR37)[4], GDPR37) == sentences(GDPR37)[4]


def test_a_duty_of_a_listed_case_denied_is_contradicted():
    claim = ("Under Article 37 GDPR, a controller whose core activities require regular and systematic monitoring of data "
             "subjects on a large scale need not designate a data protection officer.")
    assert any(f.kind in ("polarity", "modality") for f in contradictions(claim, GDPR37))


@pytest.mark.parametrize("claim", [
    "Under Article 37 GDPR, a controller whose core activities require regular and systematic monitoring of data subjects "
    "on a large scale must designate a data protection officer.",
    "Under Article 37 GDPR, a group of undertakings may appoint a single data protection officer if that officer is "
    "easily accessible from each establishment.",
])
def test_true_claims_on_the_listed_cases_pass(claim):
    assert not contradictions(claim, GDPR37)


# GDPR Art. 49(1), the lead-in and its point (a): the items are the only conditions a transfer may take place on
GDPR49 = """1. In the absence of an adequacy decision pursuant to Article 45(3), or of appropriate safeguards pursuant to Article 46, including binding corporate rules, a transfer or a set of transfers of personal data to a third country or an international organisation shall take place only on one of the following conditions:
(a) the data subject has explicitly consented to the proposed transfer, after having been informed of the possible risks of such transfers for the data subject due to the absence of an adequacy decision and appropriate safeguards;"""


def test_an_item_of_alternatives_is_no_case_of_the_rule():
    item = sentences(GDPR49)[1]
    assert case_item_with_its_rule(item, GDPR49) == item
    claim = ("Absent an adequacy decision and appropriate safeguards, a transfer may still take place if the data subject "
             "has explicitly consented after being informed of the risks.")
    assert not any(f.kind in ("polarity", "modality") for f in contradictions(claim, GDPR49))
