"""Round 13 (issue 10, English questions): the bank's policies among the Chinese side's texts for a question with no
cue, a question whose subject words the EU texts never use leans to the Chinese side (domain_lean.py), "an AML breach"
is a violation, disciplining staff and crimes are consequences, how often asks for a frequency, and a payment
institution's everyday names reach the payment regulation."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.lexis.lexicon import Lexicon
from assistant.retrieval.asked_facts import asks_frequency, states_frequency
from assistant.retrieval.domain_lean import domain_words, eu_absent_keys, leans_chinese
from assistant.retrieval.routing import route
from assistant.retrieval.word_senses import with_legal_senses


def test_only_lexicon_keys_the_eu_texts_never_use_count_as_domain_words():
    lexicon = Lexicon({"merchant": ["特约商户"], "lend": ["出借"], "consent": ["同意"], "sign off": ["审批"],
                       "aml$": ["反洗钱"]})
    eu = ["Article 7 – Conditions for consent\n\nThe controller shall be able to demonstrate that the data subject "
          "has consented to processing of his or her personal data."]
    keys = eu_absent_keys(lexicon, eu)
    assert set(keys) == {"merchant", "lend", "sign off", "aml$"}
    question = "Can a partner lend our licence to onboard merchants? Who signs off, and is consent needed?"
    # "signs off" is the key "sign off" in another tense (a verb phrase's verb in any tense, round 28)
    assert domain_words(question, keys) == {"lend", "merchant", "sign off"}
    assert domain_words("who has to sign-off or sign off the AML file?", keys) == {"sign off", "aml"}  # one each
    assert leans_chinese(question, keys, 3, eu_heading_words=False)
    assert not leans_chinese(question, keys, 3, eu_heading_words=True)  # EU heading words: one more needed
    assert not leans_chinese("Can merchants ask for consent?", keys, 2, eu_heading_words=False)  # one word is no lean


@pytest.mark.parametrize("question, violation", [
    ("When the supervisor finds an AML breach, what does it do with it?", True),
    ("Are GDPR breaches fined per day?", True),
    ("Is a compliance breach reportable?", True),
    ("After a data breach, when must we tell customers?", False),
    ("A security breach at the vendor", False),
])
def test_a_rule_before_breach_makes_it_a_violation(question, violation):
    assert ("violation" in with_legal_senses(question)) == violation


@pytest.mark.parametrize("question, penalties", [
    ("Can we discipline staff for leaking trade secrets?", True),
    ("Is selling customer data a crime?", True),
    ("Can the teller be prosecuted for it?", True),
    ("The prosecutor's office asks for a customer's statements. Must we hand them over?", False),
    ("Must we keep staff trade secrets confidential?", False),
    ("Must we report suspected proceeds of crime?", False),  # what is laundered, not a consequence
    ("How long do we keep board minutes and regulator penalty decisions?", False),  # a record kept
    ("What penalty can the regulator impose for late filing?", True),
    ("Our financial crime team asks about customer due diligence", False),
])
def test_discipline_and_crime_ask_for_consequences(question, penalties):
    assert route(question, []).wants_penalties == penalties


def test_how_often_is_answered_by_a_stated_frequency():
    assert asks_frequency("how often does the Commission review the GDPR?")
    assert asks_frequency("模型多久重新验证一次？")
    assert not asks_frequency("how long do we keep the records?")
    assert states_frequency("By 25 May 2020 and every four years thereafter, the Commission shall submit a report")
    assert states_frequency("审计部每两年对本行档案管理和记录保存情况开展一次专项审计。")
    assert not states_frequency("会计凭证类档案保存三十年。")


def test_a_payment_institutions_everyday_names_are_its_addressees(small_assistant):
    """非银行支付机构监督管理条例 governs payment institutions, not banks: a bank's question reaches it first only with a
    word for them (catalog `addressed_to`); the regulation's own terms in English and the usual names count."""
    words = small_assistant.catalog.addressed_to("non-bank-payment-regulation-2023")
    for question in ("our payment subsidiary wants to lend its payment licence", "a payment company's reserve funds",
                     "our payments sub's stored-value accounts"):
        assert any(w.lower() in question.lower() for w in words), question
    assert not any(w.lower() in "can our branch accept payment by card?" for w in words)


def _hits(retriever, question, **config):
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    r = HybridRetriever(retriever.view, retriever.store, retriever.embedder, retriever.catalog,
                        replace(retriever.config, **config))
    return r.retrieve(question, 10).hits


def _rank(hits, doc_id, article):
    return next((n for n, h in enumerate(hits, 1) if (h.clause.doc_id, h.clause.article) == (doc_id, article)), 99)


def test_a_question_without_cue_reaches_the_banks_policies_on_the_chinese_side(small_assistant):
    """档案与记录保存管理办法第二十八条 (档案销毁应当经分管行领导审批…监销): asked in English with no cue and no word "policy",
    the question is searched on the Chinese side too; the policies are written in Chinese like the laws, so they are
    searched there as well (measured on the small index: beyond 10 without, 2 with). "At the bank": "in our bank" is
    a cue for the bank's own rules since round 16 (routing._POLICY_INTENT), which searches the policy side instead."""
    retriever = small_assistant.retriever
    question = "Who has to approve the destruction of archived files at the bank, and who must be present to supervise it?"
    assert _rank(_hits(retriever, question, cn_default_policies=False), "policy-record-retention", 28) > 5
    hits = _hits(retriever, question)
    assert _rank(hits, "policy-record-retention", 28) <= 3
    chinese_side = [h for h in hits if {"dense-cn", "bm25-cn"} & set(h.sources)]
    assert any(h.clause.kind == "policy" for h in chinese_side)
    assert all(h.clause.jurisdiction in ("CN", "INTERNAL") for h in chinese_side)
