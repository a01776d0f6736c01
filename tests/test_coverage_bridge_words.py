"""An English question whose leading clauses are all Chinese counts as tied to them only through the Chinese words the
language layer gives its words (lexicon, dictionary, glossary: gate/bridge_words.py); without any standing in a leading
clause it is held to the no-overlap floor, unless it names a Chinese law or cue (round 47)."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.language import has_cjk
from assistant.retrieval.embeddings import E5Embedder
from assistant.retrieval.gate.assess import assess
from assistant.retrieval.gate.bridge_words import bridge_words

# 商业银行法第四十条, in part
CHINESE = "商业银行不得向关系人发放信用贷款；向关系人发放担保贷款的条件不得优于其他借款人同类贷款的条件。"
FLOORS = E5Embedder.coverage_floors
BETWEEN = (FLOORS.similarity_en_zh + FLOORS.no_overlap_en_zh) / 2  # over the weak floor, under the no-overlap one


def gate(question: str):
    hit = SimpleNamespace(similarity=BETWEEN, sources=("dense",),
                          clause=SimpleNamespace(text=CHINESE, doc_id="commercial-bank-law-2015",
                                                 chunk_id="commercial-bank-law-2015:a40:0", article=40))
    retrieval = SimpleNamespace(hits=[hit], missing_refs=[], best_similarity=BETWEEN)
    doc_freq = lambda w: 0.01 if has_cjk(w) else 0.5  # noqa: E731 (every word used; none of them rare in English)
    return assess("" + question, retrieval, load_catalog(), lambda h: [], FLOORS, doc_freq=doc_freq)


def test_an_english_question_no_word_of_which_reaches_the_chinese_clause_is_held_to_the_no_overlap_floor():
    question = "Which stocks do you think will outperform next quarter?"
    assert not any(w in CHINESE for w in bridge_words(question, lambda w: 0.01))
    coverage = gate(question)
    assert not coverage.covered and coverage.kind == "no_overlap"


def test_a_bridge_word_in_the_leading_clause_ties_it():
    question = "Can a bank lend to a director's relatives on better terms than other borrowers?"
    assert "借款人" in bridge_words(question, lambda w: 0.01)
    assert gate(question).covered


def test_a_question_naming_china_is_asked_of_chinese_text_by_its_own_words():
    assert gate("Which stocks will outperform next quarter in China?").kind != "no_overlap"
