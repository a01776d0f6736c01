"""English words a question writes apart that the texts hyphenate (vocabulary._hyphenated_in_texts), on the small real
index: GDPR Art. 20 has 「machine-readable format」, and without the compound the question's words looked foreign."""

from assistant.retrieval.vocabulary import ENGLISH_WORD_SHARE, _foreign_vocabulary, _hyphenated_in_texts

PORTABILITY = "can a client ask us to send his account history straight to another bank in some machine readable file?"


def test_words_the_texts_hyphenate_count_as_the_texts_words(small_assistant):
    doc_freq = small_assistant.retriever.view.doc_freq
    assert _hyphenated_in_texts(PORTABILITY, doc_freq, ENGLISH_WORD_SHARE) == {"machine", "readable"}
    assert _hyphenated_in_texts("what is the weather in Paris next week", doc_freq, ENGLISH_WORD_SHARE) == set()
    assert not _foreign_vocabulary(PORTABILITY, doc_freq)


def test_an_off_topic_question_stays_foreign(small_assistant):
    doc_freq = small_assistant.retriever.view.doc_freq
    assert _foreign_vocabulary("which restaurant near the office serves the best dumplings for a team lunch?", doc_freq)



def test_regular_inflections_of_the_texts_words_count_as_theirs(small_assistant):
    """The texts say rejected more often than reject (four clauses to two of the whole corpus): a question saying
    reject is in the texts' words (without the inflections it was foreign on this index)."""
    from assistant.retrieval.vocabulary import _inflections

    assert {"accuracy", "accurately"} <= _inflections("accurate") and "decision" in _inflections("decisions")
    doc_freq = small_assistant.retriever.view.doc_freq
    assert not _foreign_vocabulary("Can the scoring engine reject applicants automatically with no human involved?",
                                   doc_freq)
