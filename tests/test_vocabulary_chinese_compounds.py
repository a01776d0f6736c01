"""Chinese compounds in the vocabulary test (retrieval/chinese_compounds.py): a compound written as two of the texts'
words joined is the texts' wording, and jieba's search-mode pieces of a longer word are not counted again."""

from assistant.retrieval.chinese_compounds import joined_of_texts_words, pieces_of_longer_words
from assistant.retrieval.vocabulary import _foreign_vocabulary

# a stand-in for the corpus' document frequencies: the words the texts use
TEXTS_WORDS = {"客户", "名单", "公告", "档案", "管理", "保管", "期限"}


def doc_freq(word: str) -> float:
    return 0.01 if word in TEXTS_WORDS else 0.0


def test_a_compound_of_two_texts_words_is_theirs():
    assert joined_of_texts_words("客户名单", doc_freq)
    assert joined_of_texts_words("档案管理", doc_freq)
    assert not joined_of_texts_words("红烧肉", doc_freq)  # a one-character part is no word of the texts
    assert not joined_of_texts_words("羽毛球场", doc_freq)
    assert not joined_of_texts_words("customer", doc_freq)


def test_search_mode_pieces_of_a_longer_word():
    assert pieces_of_longer_words({"客户名单", "客户", "户名", "名单", "东家", "新东家", "新东", "保管"}) \
        == {"客户", "户名", "名单", "东家", "新东"}


def test_a_question_about_a_customer_list_is_in_the_texts_words():
    # 客户名单 (客户 + 名单) and 户名 (a piece straddling them) were three words no text uses: foreign before
    assert not _foreign_vocabulary("把客户名单放进共享网盘方便吗", doc_freq)
    assert not _foreign_vocabulary("档案管理能外包给隔壁物业吗", doc_freq)


def test_an_off_topic_question_stays_foreign():
    assert _foreign_vocabulary("周末羽毛球场地哪家便宜，红烧肉外卖哪家好吃", doc_freq)
