"""The coverage gate, issue 11 round 14: plain English words telling a case (fly, books, happens) are not what an
English question is about, so naming them does not make it "unnamed" (everyday_english.py, word frequencies from the
wordfreq package, read offline); names (London, UK) stay topics however frequent; possessives and inflected forms are
read as their own word; off-topic questions in everyday words are still refused by the vocabulary test; and an English
question on Chinese law is about a Chinese sentence using the laws' word for its own word (takeover → 接管)."""

import socket
from types import SimpleNamespace

import pytest

from assistant.catalog import load_catalog
from assistant.retrieval import everyday_english
from assistant.retrieval.gate.assess import CoverageFloors, assess
from assistant.retrieval.everyday_english import EVERYDAY_TOP_N, everyday_words, is_everyday, written_as_names
from assistant.retrieval.vocabulary import named_in_earnest


def test_the_word_list_loads_from_the_package_without_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("wordfreq tried the network")

    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    everyday_words.cache_clear()
    try:
        words = everyday_words()
    finally:
        monkeypatch.undo()
    assert len(words) == EVERYDAY_TOP_N
    assert {"told", "books", "happens", "leaving", "fly"} <= words
    assert not {"hotline", "nominee", "postgres", "lobbies"} & words
    assert everyday_words() is everyday_words()  # loaded once


def test_names_are_words_written_capitalised_inside_a_sentence_or_in_capitals():
    names = written_as_names("Finance asks: can our London branch send data to the UK? Our CFO says no.")
    assert {"london", "uk", "cfo"} <= names
    assert not {"finance", "our", "can"} & names  # a sentence's first word is no name


def test_everyday_words_and_compounds_of_them_but_not_names():
    assert is_everyday("books") and is_everyday("year-end") and is_everyday("bank's")
    assert not is_everyday("hotline") and not is_everyday("year-hotline")
    assert not is_everyday("london", names={"london"})
    assert is_everyday("london")  # a frequent word: only its being written as a name keeps it a topic


DOC_FREQ = {"applicant": 0.002, "suffer": 0.001, "accountability": 0.001, "ban": 0.001, "processing": 0.01,
            "personal": 0.2, "data": 0.2}


def doc_freq(word: str) -> float:
    return DOC_FREQ.get(word, 0.0)


def test_only_words_that_name_something_stay_unnamed():
    question = ("Can our London office use a hotline when a director leaving the bank suffers losses, is he accountable, "
                "is an applicant's file or are customers' files banned?")
    unused = {"london", "hotline", "leaving", "suffers", "accountable", "applicant's", "customers'", "banned"}
    assert named_in_earnest(question, unused, doc_freq) == {"london", "hotline"}
    # Chinese words are judged elsewhere (the lexicon, the Chinese no-overlap floor): kept as they are
    assert named_in_earnest("柜面礼仪", {"柜面"}, doc_freq) == {"柜面"}


def test_without_the_word_list_only_possessives_and_inflections_are_folded(monkeypatch):
    monkeypatch.setattr(everyday_english, "everyday_words", lambda: frozenset())
    assert named_in_earnest("Is it told?", {"told", "suffers", "accountable"}, doc_freq) == {"told"}


# GDPR Art. 5(1)(a), in part: shares "processing", "personal", "data" with the questions below
CLAUSE = "Personal data shall be processed lawfully, fairly and in a transparent manner; the processing of personal data"


def gate(question: str, similarity: float):
    hit = SimpleNamespace(similarity=similarity, sources=("dense",),
                          clause=SimpleNamespace(text=CLAUSE, doc_id="gdpr", chunk_id="gdpr:a5:0", article=5))
    retrieval = SimpleNamespace(hits=[hit], missing_refs=[])
    tokens = ["personal", "data", "processing", "processed", "lawfully"]
    return assess(question, retrieval, load_catalog(), lambda h: tokens, CoverageFloors(), doc_freq=doc_freq)


def test_plain_words_no_clause_uses_do_not_refuse_a_question_but_a_name_does():
    floors = CoverageFloors()
    between = (floors.similarity_en + floors.no_overlap_en) / 2  # above the weak floor, below the no-overlap floor
    assert gate("What happens to the processing of personal data when someone is leaving?", between).covered
    # round 41: a plain lower-case word no text uses is wording, not a subject; a name still is (unnamed_names.py)
    assert gate("What happens to the processing of personal data at our hotline?", between).covered
    refused = gate("What happens to the processing of personal data at our Zendesk desk?", between)
    assert not refused.covered and refused.kind == "unnamed" and "zendesk" in refused.reason
    refused = gate("What happens to the processing of personal data in London?", between)
    assert not refused.covered and refused.kind == "unnamed" and "london" in refused.reason


@pytest.mark.parametrize("question", ["Who scored the winning goal in the football match last night?",
                                      "Any nice pizza place near the station for a birthday lunch on Friday?"])
def test_off_topic_questions_are_still_off_topic(question):
    assert gate(question, CoverageFloors().no_overlap_en).kind == "vocabulary"



# 商业银行法第六十七条; the glossary's legal terms for a question on a bank in crisis (three key terms: a sentence must
# share two of an English figure question's key terms, see coverage.ENGLISH_FIGURE_TOPIC)
TAKEOVER = "第六十七条 接管期限届满，国务院银行业监督管理机构可以决定延期，但接管期限最长不得超过二年。"
LEGAL_TERMS = ["银行业监督管理机构", "存款人", "信用危机"]
SHARES = {"接管": 0.003, "期限": 0.02, "延期": 0.002, "takeover": 0.001, "merger": 0.001,
          "银行业监督管理机构": 0.01, "存款人": 0.01, "信用危机": 0.002}


def gate_cn(question: str):
    hit = SimpleNamespace(similarity=0.88, sources=("dense",),
                          clause=SimpleNamespace(text=TAKEOVER, doc_id="commercial-bank-law-2015", chunk_id="cbl:67:0",
                                                 article=67))
    return assess(question, SimpleNamespace(hits=[hit], missing_refs=[]), load_catalog(),
                  lambda h: ["接管", "期限", "届满", "延期", "最长", "银行业监督管理机构"], CoverageFloors(),
                  doc_freq=lambda t: SHARES.get(t, 0.0), expansion=LEGAL_TERMS)


def test_an_english_figure_question_is_about_the_chinese_sentence_using_the_laws_word_for_its_word():
    # takeover → 接管 (lexicon.toml): the sentence states the longest takeover the question asks for
    assert gate_cn("Under Chinese banking law, how long can a takeover of a bank last at most?").covered
    # a merger is not what the sentence is about (the lexicon gives no word of it there)
    assert gate_cn("Under Chinese banking law, how long can a merger of a bank last at most?").kind == "figure"


def test_an_ing_form_used_as_a_verb_is_as_everyday_as_its_verb_but_a_gerund_noun_is_not():
    # "launch" and "push" are everyday (wordfreq top 2,500); "launching", "pushing" are not on their own
    question = "We're launching an app and the vendor keeps pushing us, is that a landing page issue?"
    verbs = everyday_english.verbal_ing_forms(question)
    assert {"launching", "pushing"} <= verbs and "landing" not in verbs
    assert is_everyday("launching", verbs=verbs) and is_everyday("pushing", verbs=verbs)
    assert not is_everyday("launching") and not is_everyday("landing", verbs=verbs)
    assert not everyday_english.verbal_ing_forms("the law of banking")  # after a preposition: a noun


def test_a_clipping_is_read_as_its_full_word():
    shares = {"operations": 0.01}
    assert named_in_earnest("Can ops just send them?", {"ops"}, lambda w: shares.get(w, 0.0)) == set()
    assert named_in_earnest("Can our CIPS link send them?", {"cips"}, lambda w: shares.get(w, 0.0)) == {"cips"}


def test_a_closed_compound_of_the_texts_words_is_read_as_those_words():
    shares = {"data": 0.1, "sets": 0.01, "rise": 0.01}
    assert named_in_earnest("Are our datasets important data?", {"datasets"}, lambda w: shares.get(w, 0.0)) == set()
    # one part the texts never use (sun): a name of its own
    assert named_in_earnest("Can it be called sunrise?", {"sunrise"}, lambda w: shares.get(w, 0.0)) == {"sunrise"}
