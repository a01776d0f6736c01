"""The coverage gate, issue 11 round 20: a less frequent form of a frequent English word (counts, pushes, troubled,
personally) is plain English as the word is, though a gerund that names a thing of its own (parking, landing) is not;
and in the vocabulary test a plain English word the texts do not use counts neither for nor against the question, as
the general words do, while one they use still counts for it."""

from assistant.retrieval.everyday_english import _inflected_from, everyday_words, is_everyday
from assistant.retrieval.vocabulary import ENGLISH_WORD_SHARE, _foreign_vocabulary


def test_regular_inflections_of_everyday_words_are_everyday():
    assert {"count", "push", "trouble", "personal"} <= everyday_words()
    assert not {"counts", "pushes", "troubled", "personally"} & everyday_words()  # ranked apart by wordfreq
    assert all(is_everyday(w) for w in ("counts", "pushes", "troubled", "personally", "stopped", "easily"))


def test_gerunds_names_and_rare_words_stay_topics():
    assert {"park", "land"} <= everyday_words()
    assert not is_everyday("parking") and not is_everyday("landing")  # a noun of its own, not park / land
    assert not is_everyday("counts", names={"counts"})  # written as a name
    assert not is_everyday("utilities") and not is_everyday("nominees")  # utility, nominee: not everyday


def test_candidate_stems():
    assert "count" in _inflected_from("counts") and "trouble" in _inflected_from("troubled")
    assert "lobby" in _inflected_from("lobbies") and "ban" in _inflected_from("banned")
    assert "personal" in _inflected_from("personally") and not _inflected_from("parking")


def shares(table):
    return lambda token: table.get(token, 0.0)


def test_plain_words_the_texts_do_not_use_do_not_count_against_a_question():
    # consent, records and processor are the texts' words; send, start, everything, agreed are plain English
    texts = shares({"consent": 0.01, "records": 0.01, "processor": 0.01})
    question = "The processor agreed to send everything back. Do the consent records start again?"
    assert not _foreign_vocabulary(question, texts)


def test_off_topic_questions_in_rare_words_are_still_refused():
    texts = shares({"consent": 0.01, "records": 0.01})
    # caterer, barbecue: no text uses them, nor are they plain English; summer, party, book are and do not count
    assert _foreign_vocabulary("Which caterer does the branch book for the summer barbecue party?", texts)
    assert _foreign_vocabulary("Should the sourdough starter rest overnight before the brioche bake?", texts)
    # a plain word the texts use still counts for the question
    assert not _foreign_vocabulary("Which caterer keeps consent records for the summer party?",
                                   shares({"consent": ENGLISH_WORD_SHARE * 2, "records": ENGLISH_WORD_SHARE * 2}))


def test_an_english_title_ending_in_law_is_a_law_named():
    from assistant.catalog import load_catalog
    from assistant.retrieval.named_laws import unknown_law_mentions

    catalog = load_catalog()
    # another jurisdiction's law, or a PRC law the corpus does not hold, named by its English title
    assert unknown_law_mentions("Does Thailand's Personal Data Protection Law cover our Bangkok office?", catalog) \
        == ["Thailand's Personal Data Protection Law"]  # the asking word before the title is not part of it
    assert unknown_law_mentions("What does the Company Law say about a board quorum?", catalog) == ["Company Law"]
    # indexed laws by their English titles, and the law of a jurisdiction in general, name nothing unknown
    for question in ("Under the Commercial Bank Law, who approves a new branch?",
                     "Does the Data Security Law require a risk assessment?",
                     "Is this allowed under Chinese Law or under EU Law?"):
        assert unknown_law_mentions(question, catalog) == []
