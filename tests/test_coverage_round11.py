"""The coverage gate, issue 11 round 11: a case told at length (what a company did, then perhaps whether it was
lawful) names particulars no law names (the company, its town, its parcels) and states figures it does not ask for;
neither is a sign the corpus misses its subject. A short question naming something no clause names is still refused."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.gate.asking import _asking_part
from assistant.retrieval.gate.assess import CoverageFloors, assess

# share of clauses holding each word; a word not listed is in no clause
DOC_FREQ = {w: 0.01 for w in ("processing", "processed", "personal", "data", "controller", "consent", "customers",
                              "recipient", "erasure", "request", "disclosed", "security", "measures", "breach",
                              "company", "sent", "address", "delivery", "measure")}
# GDPR Art. 5(1)(f), in part
CLAUSE = ("Personal data shall be processed in a manner that ensures appropriate security of the personal data, "
          "including protection against unauthorised or unlawful processing")
TOKENS = ["personal", "data", "processed", "processing", "security", "unauthorised", "unlawful"]


def gate(question: str, similarity: float):
    hit = SimpleNamespace(similarity=similarity, sources=("dense",),
                          clause=SimpleNamespace(text=CLAUSE, doc_id="gdpr", chunk_id="gdpr:a5:0", article=5))
    retrieval = SimpleNamespace(hits=[hit], missing_refs=[])
    return assess(question, retrieval, load_catalog(), lambda h: TOKENS, CoverageFloors(),
                  doc_freq=lambda w: DOC_FREQ.get(w, 0.0))


BETWEEN = (CoverageFloors().similarity_en + CoverageFloors().no_overlap_en) / 2  # above the weak floor, below no-overlap


def test_a_case_told_in_the_texts_words_is_not_refused_for_its_particulars():
    case = ("Parcelwise Ltd sent the delivery address and personal data of its customers to the wrong recipient. "
            "The company had no security measures for processing, the controller disclosed data without consent and "
            "ignored an erasure request.")
    assert gate(case, BETWEEN).covered
    # asked as a question after the story: the same
    assert gate(case + " Was that lawful?", BETWEEN).covered


def test_a_short_question_naming_what_no_clause_names_is_still_refused():
    refused = gate("Which KPI should we use to measure the processing of personal data?", BETWEEN)
    assert not refused.covered and refused.kind == "unnamed"
    # a short statement with few of the texts' words: still refused
    refused = gate("Parcelwise couriers lost parcels in Bristol.", BETWEEN)
    assert not refused.covered


def test_only_the_asking_sentences_of_a_story_ask_for_figures():
    story = "A customer asked for her data. Four months later she still had no reply. Did the shop break the rules?"
    assert _asking_part(story) == "Did the shop break the rules?"
    # a request is asking too; a statement of several sentences asks nothing; one sentence is taken whole
    assert _asking_part("We found a breach on Monday. Tell me how many hours we have.") == \
        "Tell me how many hours we have."
    assert _asking_part("The company was fined €5.000 by the AEPD. It kept CVs for 8 years.") == ""
    assert _asking_part("数据泄露后多久要报告") == "数据泄露后多久要报告"
    assert _asking_part("我们5月发现了泄露。多久内要报告？") == "多久内要报告？"


def test_a_gdpr_case_description_is_answered_from_the_gdpr(small_assistant):
    case = ("Brightlane Bank's Bristol branch kept the scanned passports of rejected loan applicants on a shared "
            "drive that every teller could open. A former teller copied the personal data of 4,000 applicants onto a "
            "USB stick before leaving. The bank had no access controls, no encryption and no record of who processed "
            "the data.")
    coverage = small_assistant.coverage(case, small_assistant.search(case))
    assert coverage.covered, coverage.reason
