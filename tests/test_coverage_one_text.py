"""The coverage gate, issue 11 round 39: the English unnamed-word test yields when one indexed text leads the retrieval
(gate/one_text.py). The three leading clauses of one text place the question as a whole in that text's subject, so an
English word no clause names is the asker's wording; the same word over clauses of three texts is still refused, and
a question in few of the texts' words is refused however led."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.gate.assess import CoverageFloors, assess
from assistant.retrieval.gate.one_text import led_by_one_text

# share of clauses holding each word; a word not listed is in no clause
DOC_FREQ = {w: 0.01 for w in ("personal", "data", "controller", "disclosed", "recipient", "recipients", "processing",
                              "processed", "security", "partner", "customers", "share")}
# GDPR Art. 5(1)(f), in part
CLAUSE = ("Personal data shall be processed in a manner that ensures appropriate security of the personal data, "
          "including protection against unauthorised or unlawful processing")
TOKENS = ["personal", "data", "processed", "processing", "security", "unauthorised", "unlawful"]
# above the weak floor, below the no-overlap one
BETWEEN = (CoverageFloors().similarity_en + CoverageFloors().no_overlap_en) / 2


def _hit(doc_id: str, n: int):
    return SimpleNamespace(similarity=BETWEEN, sources=("dense",),
                           clause=SimpleNamespace(text=CLAUSE, doc_id=doc_id, chunk_id=f"{doc_id}:a{n}:0", article=n))


def gate(question: str, doc_ids: tuple[str, ...]):
    retrieval = SimpleNamespace(hits=[_hit(d, n) for n, d in enumerate(doc_ids, 1)], missing_refs=[])
    return assess(question, retrieval, load_catalog(), lambda h: TOKENS, CoverageFloors(),
                  doc_freq=lambda w: DOC_FREQ.get(w, 0.0))


ONE_TEXT = ("gdpr", "gdpr", "gdpr")
SCATTERED = ("gdpr", "pipl-2021", "aml-law-2024")


def test_led_by_one_text_needs_the_leading_clauses_of_one_document():
    assert led_by_one_text(SimpleNamespace(hits=[_hit(d, n) for n, d in enumerate(ONE_TEXT, 1)]))
    assert not led_by_one_text(SimpleNamespace(hits=[_hit(d, n) for n, d in enumerate(SCATTERED, 1)]))
    assert not led_by_one_text(SimpleNamespace(hits=[_hit("gdpr", 1)]))  # one clause proves nothing


def test_an_english_word_no_clause_names_is_wording_when_one_text_leads():
    question = "Which personal data may the controller disclose for a Zeppelin raffle?"  # a name (round 41: unnamed_names.py)
    refused = gate(question, SCATTERED)
    assert not refused.covered and refused.kind == "unnamed"
    assert gate(question, ONE_TEXT).covered


def test_a_question_in_few_of_the_texts_words_is_refused_however_led():
    # the vocabulary test does not yield: in a corpus of few texts one text leads whatever the question
    # (its words no text uses written as names: lower-case ones count half, round 42's vocabulary._written_as_names)
    question = "Could Zeppelin Blimp Hangar Raffle tickets carry personal data?"
    for doc_ids in (SCATTERED, ONE_TEXT):
        refused = gate(question, doc_ids)
        assert not refused.covered and refused.kind == "vocabulary"
