"""Round 14 (issue 10, English questions): a "criminal matter" and "penalise" ask for consequences, and the lexicon's
round-14 words give the Chinese texts' own words for everyday banking English (ads, access control, head office, a
set of books, merging, defrauding a lender)."""

from __future__ import annotations

import pytest

from assistant.lexis.lexicon import load_lexicon
from assistant.retrieval.routing import route


@pytest.mark.parametrize("question, penalties", [
    ("A borrower lied on the application. Is that a criminal matter in China?", True),
    ("Could the staff involved face criminal charges?", True),
    ("Are the directors criminally liable?", True),
    ("Who penalises a branch that obstructs an inspection?", True),
    ("Who penalizes late reporting?", True),
    ("The branch was penalised last year for late reporting; what did it breach?", False),  # a sanction reported
    ("Our financial crime team asks about customer due diligence", False),
    ("Must we keep staff trade secrets confidential?", False),
])
def test_criminal_matters_and_penalising_ask_for_consequences(question, penalties):
    assert route(question, []).wants_penalties == penalties


@pytest.mark.parametrize("question, words", [
    ("Can the platform that ran the misleading ad be made to pay?", {"广告"}),
    ("What about advertising our credit card online?", {"广告"}),
    ("Do we need access control and backups?", {"访问控制", "备份"}),
    ("Is the branch or the head office liable?", {"总行", "承担"}),
    ("Can finance keep a separate set of books?", {"账册"}),
    ("We are merging two subsidiaries", {"合并"}),
    ("The customer defrauded us with falsified statements", {"骗取", "虚假"}),
    ("Does the regulator do off-site supervision?", {"非现场"}),
    ("Who penalises obstructing the inspectors?", {"处罚", "阻碍"}),
    ("What conditions do we need to qualify as a certificate authority?", {"条件", "电子认证服务提供者"}),
])
def test_round14_lexicon_words(question, words):
    assert words <= set(load_lexicon().chinese_words(question))


@pytest.mark.parametrize("question", [
    "Is that adequate for the audit?",  # "ad" only as a whole word
    "The emergency plan",  # "merg" opens a word only
    "Read the headline of the notice",
])
def test_round14_keys_match_whole_words_or_openings_only(question):
    found = set(load_lexicon().chinese_words(question))
    assert not found & {"广告", "合并", "总行"}


def test_a_lender_defrauded_is_answered_by_the_banking_laws_crime_clause(small_assistant):
    """商业银行法第八十二条 (借款人采取欺诈手段骗取贷款，构成犯罪的，依法追究刑事责任) is in the law's 法律责任 chapter: a
    question asking whether the fraud is a criminal matter asks for it, so the penalty chapter leads."""
    question = "A customer defrauded us into granting a loan. Is it a criminal matter under Chinese banking law?"
    assert route(question, []).wants_penalties
    hits = small_assistant.retriever.retrieve(question, 10).hits
    ranked = [(h.clause.doc_id, h.clause.article) for h in hits]
    assert ("commercial-bank-law-2015", 82) in ranked[:3]
