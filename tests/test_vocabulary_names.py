"""The English vocabulary test counts a word no text uses in full only when the question writes it as a name
(vocabulary._written_as_names): a lower-case word is mostly the asker's own wording and counts half."""

from assistant.retrieval.vocabulary import _foreign_vocabulary

# a stand-in for the corpus' document frequencies: the words the texts use (made-up words for the rest)
TEXTS_WORDS = {"personal", "data", "consent", "processing"}


def doc_freq(word: str) -> float:
    return 0.01 if word in TEXTS_WORDS else 0.0


def test_lower_case_words_no_text_uses_count_half():
    # 4 texts' words against 7 unknown lower-case ones: 4 >= 0.4 × (4 + 7 / 2); foreign before (4 < 0.4 × 11)
    assert not _foreign_vocabulary("Does consent cover processing personal data in glowbox trindle snorvex quiblet "
                                   "frumple zendo plark?", doc_freq)


def test_the_same_words_written_as_names_count_in_full():
    assert _foreign_vocabulary("Does consent cover processing personal data in Glowbox Trindle Snorvex Quiblet "
                               "Frumple Zendo Plark?", doc_freq)
