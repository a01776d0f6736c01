"""The weak-evidence floor of an English question depends on the language of its best dense hit: an English question
scores lower against a Chinese clause than against an English one (round 27, measured per language pair on the
gate's tuning data), so a similarity that is weak evidence against English text is not against Chinese text; so does
the floor above which a question sharing no key term with the leading clauses is still believed. Capital
tiers (一级资本, Tier 1) are a subject no indexed text deals with (regimes.toml)."""

from types import SimpleNamespace

import pytest

from assistant.catalog import load_catalog
from assistant.language import has_cjk
from assistant.retrieval.embeddings import E5Embedder
from assistant.retrieval.gate.assess import CoverageFloors, assess
from assistant.retrieval.named_laws import regimes_in

# 商业银行法第四十条, in part
CHINESE = "商业银行不得向关系人发放信用贷款；向关系人发放担保贷款的条件不得优于其他借款人同类贷款的条件。"
ENGLISH = "The controller shall provide information on action taken on a request under Articles 15 to 22."
FLOORS = E5Embedder.coverage_floors


def gate(question: str, text: str, similarity: float):
    hit = SimpleNamespace(similarity=similarity, sources=("dense-cn",),
                          clause=SimpleNamespace(text=text, doc_id="commercial-bank-law-2015",
                                                 chunk_id="commercial-bank-law-2015:a40:0", article=40))
    retrieval = SimpleNamespace(hits=[hit], missing_refs=[], best_similarity=similarity)
    return assess(question, retrieval, load_catalog(), lambda h: [], FLOORS)


def test_an_english_question_against_chinese_text_has_a_lower_floor_than_against_english_text():
    assert FLOORS.similarity_en_zh < FLOORS.similarity_en
    between = (FLOORS.similarity_en_zh + FLOORS.similarity_en) / 2
    question = "Can a bank lend to a director's relatives on better terms than other borrowers?"
    assert gate(question, CHINESE, between).kind != "weak"
    assert gate(question, ENGLISH, between).kind == "weak"
    assert gate(question, CHINESE, FLOORS.similarity_en_zh - 0.01).kind == "weak"


def test_the_floors_of_each_language():
    floors = CoverageFloors(similarity=0.80, no_overlap=0.86, similarity_en=0.78, no_overlap_en=0.84,
                            similarity_en_zh=0.77, no_overlap_en_zh=0.82)
    assert floors.for_language("en", best_in_chinese=True) == (0.77, 0.82)
    assert floors.for_language("en") == (0.78, 0.84)
    assert floors.for_language("zh", best_in_chinese=True) == (0.80, 0.86)  # a Chinese question: its own floor


@pytest.mark.parametrize("question", [
    "Besides the overall 8%, what's the minimum tier 1 capital ratio we have to hold?",
    "核心一级资本充足率最低要多少？",
    "Is our CET1 buffer enough?",
])
def test_capital_tiers_are_a_subject_no_text_deals_with(question):
    assert any(name.startswith("Capital measurement") for name in regimes_in(question))


@pytest.mark.parametrize("question", [
    "商业银行资本充足率最低是多少？",  # 商业银行法第三十九条
    "Is a customer's phone number tier 2 data under our classification policy?",  # data tiers: the policy's levels
])
def test_capital_adequacy_and_data_tiers_name_no_capital_regime(question):
    assert not any(name.startswith("Capital measurement") for name in regimes_in(question))


def test_an_english_question_sharing_no_word_is_believed_nearer_a_chinese_clause_than_an_english_one():
    between = (FLOORS.no_overlap_en_zh + FLOORS.no_overlap_en) / 2
    question = "Can a bank lend to a director's relatives on better terms than other borrowers?"
    # a hit of each language beside the other: the word ties across languages do not hold for a mixed lead
    chinese = SimpleNamespace(similarity=between, sources=("dense-cn",), clause=SimpleNamespace(
        text=CHINESE, doc_id="commercial-bank-law-2015", chunk_id="commercial-bank-law-2015:a40:0", article=40))
    english = SimpleNamespace(similarity=between - 0.05, sources=("dense",), clause=SimpleNamespace(
        text=ENGLISH, doc_id="gdpr", chunk_id="gdpr:a12:0", article=12))
    retrieval = SimpleNamespace(hits=[chinese, english], missing_refs=[], best_similarity=between)
    doc_freq = lambda w: 0.0 if has_cjk(w) else 0.01  # noqa: E731 (no Chinese word of the lexicon ties them)
    assert assess(question, retrieval, load_catalog(), lambda h: [], FLOORS, doc_freq=doc_freq).covered
    chinese.similarity, english.similarity = between - 0.05, between  # the best hit in English: its floor holds
    assert assess(question, retrieval, load_catalog(), lambda h: [], FLOORS, doc_freq=doc_freq).kind == "no_overlap"
