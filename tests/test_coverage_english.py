"""The coverage gate on English questions and on regimes by subject and jurisdiction: general words are no topic, an
English question tied to the texts by nothing but its words needs words rare among the English texts, subject
regimes apply to questions (not to findings told as statements), and the regimes of other jurisdictions and fields
(deposit insurance, FX quotas, retail lending products) are refused while their PRC / EU twins are not."""

import json
from pathlib import Path

import pytest

from assistant.retrieval.gate.topic import salient_terms
from assistant.retrieval.named_laws import is_question, regimes_in
from assistant.retrieval.vocabulary import _unanchored_english, english_doc_freq

DATA = Path(__file__).resolve().parents[1] / "evals" / "data"


def covered(assistant, question: str) -> bool:
    return assistant.coverage(question, assistant.search(question)).covered


def test_general_english_words_are_no_key_terms():
    """after, ten, get occur in legal text too: sharing them with a GDPR article is no evidence of the topic."""
    rare = {"after": 0.01, "ten": 0.01, "get": 0.01, "leave": 0.01, "teller": 0.0, "annual": 0.01}
    terms = salient_terms("How many days of annual leave does a teller get after ten years?", lambda t: rare.get(t, 0.2))
    assert terms == {"annual", "leave"}


@pytest.mark.parametrize("text, asked", [
    ("个人住房贷款最长可以贷多少年？", True),
    ("贷款到期还不上能展期吗", True),
    ("What is the longest mortgage term", True),
    ("mortgage tenor limit?", True),
    ("向首付款比例不足的借款人发放个人住房贷款。", False),
    ("The company used the Bradford factor to monitor sick leave.", False),
])
def test_a_question_is_told_from_a_statement(text, asked):
    assert is_question(text) is asked


def test_subject_regimes_apply_to_questions_not_to_findings():
    """A supervisor's finding about a mortgage is answered by the penalty articles; a question on the mortgage term
    is about rules no indexed text holds."""
    assert regimes_in("个人住房贷款最长可以贷多少年？")
    assert not regimes_in("向首付款比例不足的借款人发放个人住房贷款。")
    # named regimes apply to statements too
    assert regimes_in("The bank breached PCI DSS requirements.")


@pytest.mark.parametrize("question", [
    "How much of each depositor's money does deposit insurance protect?",
    "What's the yearly FX purchase quota per person?",
    "What's the maximum loan-to-value on a car loan?",
    "Can we roll over the loan for another year?",
    "Under Hong Kong's AMLO, how long do we keep CDD records?",
    "For our Singapore branch, how fast must we tell the PDPC about a breach?",
    "Does Virginia's consumer data protection law require an assessment?",
    "美国加州的隐私法给消费者哪些权利？",
    "What rate of tax do we withhold on deposit interest?",
    "How many days of annual leave does a teller get?",
    "How much severance do we owe staff?",
    "What's the daily limit on a Class II account?",
])
def test_other_jurisdictions_and_fields_are_not_indexed(question):
    assert regimes_in(question)


@pytest.mark.parametrize("question", [
    "A US court subpoena asks our Shanghai branch for transaction data. Can we hand it over?",
    "We want an offshore vendor in Singapore to run our call centre under PIPL, what do we need?",
    "How long must we keep tax returns?",  # 纳税申报表 is in the record-retention policy
    "商业银行办理结汇、售汇需要批准吗？",  # 商业银行法第三条
    "Can we monitor employees' sick leave patterns under the GDPR?",
    "If a borrower defaults, can we sell the collateral?",
])
def test_their_prc_and_eu_twins_are_not_caught(question):
    assert not regimes_in(question)


def test_english_words_are_measured_among_the_english_clauses(small_assistant):
    view = small_assistant.retriever.view
    english = english_doc_freq(view)
    assert english("data") > view.doc_freq("data") > 0
    assert english("数据") == view.doc_freq("数据") > 0  # Chinese tokens: their share of all clauses, as before


def test_only_an_english_question_with_no_anchor_is_measured_so():
    assert _unanchored_english("What memory limit should we set on the pods?", [], False)
    assert not _unanchored_english("Under the GDPR, what must a processor do after a breach?", [], True)
    assert not _unanchored_english("What must an EU controller do after a breach?", [], False)  # a jurisdiction
    assert not _unanchored_english("How long do we keep KYC files?", ["客户尽职调查"], False)  # a glossary concept
    assert not _unanchored_english("The company failed to answer an access request.", [], False)  # a statement
    assert not _unanchored_english("数据要保存多久？", [], False)


@pytest.mark.parametrize("question, expected", [
    ("How many days of annual leave does a teller get after ten years with the bank?", False),
    ("What must a processor do after it becomes aware of a personal data breach?", True),
])
def test_english_off_topic_questions_are_refused_and_their_twin_answered(small_assistant, question, expected):
    assert covered(small_assistant, question) is expected


@pytest.mark.parametrize("name, key", [("out_of_scope_probe2.jsonl", "expect"), ("answerable_probe2.jsonl", "law")])
def test_the_tuning_probes_have_their_schema(name, key):
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 30 and len({r["id"] for r in rows}) == len(rows)
    assert all(r.get(key) and r["question"] and r["lang"] in ("zh", "en") for r in rows)
