"""The coverage gate, issue 11 round 40: a question telling its case in seven of the texts' own topic words is about
what those words are about (topic.TOLD_IN_TEXTS_WORDS), so a word of its own no clause names (an SLA) is no subject
the corpus lacks; with six, the word still decides (the out-of-scope questions of the tuning pools use at most six)."""

from test_coverage_round11 import BETWEEN, DOC_FREQ, gate

from assistant.retrieval.gate.topic import TOLD_IN_TEXTS_WORDS, _topic_words


def _texts_words(question: str) -> int:
    return sum(1 for w in _topic_words(question) if DOC_FREQ.get(w, 0) > 0)


def test_seven_of_the_texts_words_tell_the_case_around_an_unnamed_word():
    question = ("What is our internal SLA when a customer's erasure request reaches the controller and personal data "
                "was disclosed without consent?")
    assert _texts_words(question) == TOLD_IN_TEXTS_WORDS == 7
    assert gate(question, BETWEEN).covered


def test_six_of_the_texts_words_leave_the_unnamed_word_deciding():
    question = ("What is our SLA when a customer's erasure request reaches the controller and personal data was "
                "disclosed?")
    assert _texts_words(question) == 6
    refused = gate(question, BETWEEN)
    assert not refused.covered and refused.kind == "unnamed"
