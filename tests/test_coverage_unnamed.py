"""The coverage gate, issue 11 round 9b: a question about something no indexed clause names (an acronym, a place, a
thing of another field) is held to the no-overlap similarity floor, although it shares generic words with the clauses
it retrieves; an English question on Chinese law is not (its English words cannot occur in the Chinese texts)."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.gate.assess import CoverageFloors, assess
from assistant.retrieval.gate.topic import _unused_topic_words

# share of clauses holding each word (what CorpusView.doc_freq gives); a word not listed is in no clause
DOC_FREQ = {"measure": 0.02, "processing": 0.01, "personal": 0.2, "data": 0.2, "use": 0.05, "chinese": 0.001,
            "law": 0.2, "培训": 0.009, "员工": 0.004, "安排": 0.0034}
# GDPR Art. 5(1)(a), in part: shares "processing", "personal", "data" with the questions below
CLAUSE = "Personal data shall be processed lawfully, fairly and in a transparent manner; the processing of personal data"


def doc_freq(word: str) -> float:
    return DOC_FREQ.get(word, 0.0)


def test_unused_topic_words_are_the_questions_own_words_no_clause_uses():
    assert _unused_topic_words("Which KPI should we use to measure the processing of personal data?", doc_freq) == {"kpi"}
    # asking, general and figure words are no topic; a word the glossary bridges to the texts' terms is the texts' word
    assert _unused_topic_words("How many KPI reports should we use?", doc_freq, bridged=["KPI reports"]) == set()
    # a Chinese question is judged by its Chinese words (the Latin acronyms have their own check)
    assert _unused_topic_words("柜面员工的礼仪培训怎么安排？", doc_freq) == {"柜面", "礼仪"}


def gate(question: str, similarity: float):
    hit = SimpleNamespace(similarity=similarity, sources=("dense",),
                          clause=SimpleNamespace(text=CLAUSE, doc_id="gdpr", chunk_id="gdpr:a5:0", article=5))
    retrieval = SimpleNamespace(hits=[hit], missing_refs=[])
    tokens = ["personal", "data", "processing", "processed", "lawfully"]
    return assess(question, retrieval, load_catalog(), lambda h: tokens, CoverageFloors(), doc_freq=doc_freq)


def test_a_question_naming_what_no_clause_names_needs_the_no_overlap_floor():
    floors = CoverageFloors()
    between = (floors.similarity_en + floors.no_overlap_en) / 2  # above the weak floor, below the no-overlap floor
    refused = gate("Which KPI should we use to measure the processing of personal data?", between)
    assert not refused.covered and refused.kind == "unnamed"
    # the same words without the unknown acronym: the shared key term suffices, as before
    assert gate("Which measure should we use for the processing of personal data?", between).covered
    # close enough in meaning: covered although the acronym is unknown
    assert gate("Which KPI should we use to measure the processing of personal data?", floors.no_overlap_en).covered
    # an English question on Chinese law is asked of Chinese text: its English words cannot be the texts' words
    assert gate("Under Chinese law, which KPI should we use to measure the processing of personal data?",
                between).covered


def test_a_foreign_company_law_question_sharing_board_words_is_refused(small_assistant):
    question = "Can the board approve a dividend by written resolution under Cayman law?"
    coverage = small_assistant.coverage(question, small_assistant.search(question))
    assert not coverage.covered


def test_an_english_word_no_clause_uses_decides_only_when_written_as_a_name():
    """Round 41: a plain lower-case word no text uses (a banner, a gateway) is everyday wording for what the texts may
    name otherwise, no sign of another subject; one written as a name (KPI, Kafka) still is (gate/unnamed_names.py)."""
    floors = CoverageFloors()
    between = (floors.similarity_en + floors.no_overlap_en) / 2
    assert not gate("Which KPI should we use to measure the processing of personal data?", between).covered
    assert not gate("Should the Kafka logs of our processing of personal data be kept?", between).covered
    # the same case told with a plain word no clause uses: held to the floors and shared terms alone
    assert gate("Is a banner enough to tell people about the processing of personal data?", between).covered
    assert gate("Can the gateway use the processing of personal data logs?", between).covered


def test_written_as_a_name_reads_capitals_and_capitalised_words_inside_a_sentence():
    from assistant.retrieval.gate.unnamed_names import written_as_a_name

    question = "Treasury asks: can our Kafka cluster and the vendor's CRM keep the banner logs?"
    assert written_as_a_name(question, {"treasury", "kafka", "crm", "banner", "vendor's"}) == {"kafka", "crm"}
