"""English questions (issue 10): the cues that say a question is about China, the English words and phrases that reach
the texts' terms, the English names people give the laws, and a ranking on the real index."""

from __future__ import annotations

import pytest

from assistant.catalog import load_catalog
from assistant.lexis.glossary import load_glossary
from assistant.lexis.lexicon import load_lexicon
from assistant.retrieval.routing import jurisdiction_of


@pytest.mark.parametrize(
    "question, expected",
    [
        # mainland cities and provinces: a branch there is under Chinese law
        ("The Hangzhou branch wants to shorten its opening hours. Allowed?", "CN"),
        ("Our Xi'an and Chengdu offices keep paper files; how long?", "CN"),
        ("A Greater Bay Area customer asked for a copy of his data", "CN"),
        # Chinese authorities named in English
        ("The public security bureau wants our transaction data", "CN"),
        ("Can the procuratorate sue us on behalf of customers?", "CN"),
        ("Does SAFE need to approve this remittance?", "CN"),
        ("The Cyberspace Administration asked for a report", "CN"),
        # not cues: an everyday word, places with their own laws
        ("Is it safe to keep customer passwords hashed with MD5?", None),
        ("Our Hong Kong parent wants the customer list", None),
        # both jurisdictions named: no single one
        ("Our Shanghai branch serves EU residents; which rules apply?", None),
    ],
)
def test_china_cues(question, expected):
    assert jurisdiction_of(question) == expected


def test_lexicon_gives_the_chinese_words_of_an_investigation_and_of_business_hours():
    words = load_lexicon().chinese_words
    assert words("PBOC investigators want our files; may we ask for a formal notice before cooperating?") == [
        "调查", "通知书", "通知", "配合", "合作"]
    assert words("Can the branch shorten its opening hours?") == ["分支机构", "营业时间"]
    assert words("noticeable") == []  # notice$ is the whole word only (delays → 拖延 since round 15)


def test_glossary_bridges_pseudonymised_data_and_foreign_court_orders():
    glossary = load_glossary()
    assert "processing which does not require identification" in glossary.expansion(
        "The dataset is pseudonymised; must we answer access requests?", chinese=False)
    assert "transfers or disclosures not authorised by Union law" in glossary.expansion(
        "A US court ordered us to hand over client records", chinese=False)
    # a court at home is no foreign authority ("take us to court": "us" is the pronoun, followed by "to")
    assert "transfers or disclosures not authorised by Union law" not in glossary.expansion(
        "Can a customer in Madrid take us to court in Spain?", chinese=False)


@pytest.mark.parametrize(
    "name, doc_id",
    [
        ("under the network data regs", "network-data-security-regulation-2024"),
        ("China's Network Data Regulation", "network-data-security-regulation-2024"),
        ("NDSR", "network-data-security-regulation-2024"),
        ("the e-signature law", "electronic-signature-law-2019"),
    ],
)
def test_english_short_names_of_laws(name, doc_id):
    assert [m.doc_ids[0] for m in load_catalog().find_mentions(name)] == [doc_id]


def test_a_mainland_city_takes_an_english_question_to_the_chinese_text(small_assistant):
    """No law is named; "Hangzhou" says China, so the glossary's and lexicon's Chinese terms (营业时间) join the query
    and 商业银行法第四十九条 ranks first. The same question from a branch in Lyon is about the EU texts, which have no
    such rule: the commercial bank law does not reach the top three."""
    def ranked(question):
        return [(h.clause.doc_id, h.clause.article) for h in small_assistant.search(question, k=10).hits[:3]]

    assert ranked("The Hangzhou branch wants to shorten its opening hours during a system cutover. Can we?")[0] == (
        "commercial-bank-law-2015", 49)
    assert ("commercial-bank-law-2015", 49) not in ranked(
        "The Lyon branch wants to shorten its opening hours during a system cutover. Can we?")
