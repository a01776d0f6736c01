"""English questions about Chinese law (issue 10, round 9): the lexicon's words as their own BM25 list,
the laws a named regulator administers; and the EU cues and authority words of English GDPR questions."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.retrieval.regulators import administered_docs, regulator_titles
from assistant.retrieval.routing import jurisdiction_of, names_authority_matters


@pytest.mark.parametrize("question, expected", [
    ("Can an unhappy customer go straight to the national data protection authority?", "EU"),
    ("Do the data protection authorities of two countries have to agree?", "EU"),
    ("Can the CAC order an audit of our app?", "CN"),
])
def test_data_protection_authority_is_an_eu_cue(question, expected):
    assert jurisdiction_of(question) == expected


def test_eu_heading_words_of_the_authorities_procedures_count_as_asking_about_them():
    assert names_authority_matters("urgency procedure provisional measures")
    assert names_authority_matters("consistency mechanism consistent application of this Regulation")
    assert not names_authority_matters("right to lodge a complaint with a supervisory authority")


def test_regulator_names_give_their_statutory_titles():
    assert regulator_titles("During an NFRA inspection, can the examiners copy our files?") == ("银行业监督管理机构",)
    assert "反洗钱行政主管部门" in regulator_titles("Does the PBOC publish money-laundering risk guidance?")
    assert regulator_titles("Does the CBA publish guidance?") == ()
    assert regulator_titles("Is it safe to cache the data?") == ()


def _rank(retriever, question, doc_id, article, **config):
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    r = HybridRetriever(retriever.view, retriever.store, retriever.embedder, retriever.catalog,
                        replace(retriever.config, **config))
    hits = r.retrieve(question, 20).hits
    return next((n for n, h in enumerate(hits, 1) if (h.clause.doc_id, h.clause.article) == (doc_id, article)), 99)


def test_the_laws_a_regulator_administers_are_read_from_the_texts(small_assistant):
    view = small_assistant.retriever.view
    banking = administered_docs(view, ("银行业监督管理机构",))
    assert "commercial-bank-law-2015" in banking and "pipl-2021" not in banking
    assert "aml-law-2024" in administered_docs(view, ("反洗钱行政主管部门",))


def test_the_lexicon_words_list_finds_the_clause_a_broad_glossary_entry_drowns(small_assistant):
    """商业银行法第五十七条 提取呆账准备金，冲销呆账: the question's own words (bad debts, write off) name it, while the
    glossary's loan entry adds the loan-approval articles' ten terms to the expanded query."""
    retriever = small_assistant.retriever
    question = "Under the Commercial Bank Law, must a bank set aside reserves for bad debts and write off bad loans?"
    with_words = _rank(retriever, question, "commercial-bank-law-2015", 57)
    assert with_words <= 3
    assert with_words <= _rank(retriever, question, "commercial-bank-law-2015", 57, word_list_weight=0.0)
