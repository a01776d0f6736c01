"""A spoken Chinese question's function words are left out of its BM25 query (spoken_words.py)."""

from assistant.retrieval.spoken_words import function_words, without_function_words
from assistant.text.tokens import tokenize


def test_pronouns_particles_and_prepositions_are_function_words():
    words = function_words("咱们能直接把他的资料给出去吗？这个到底行不行")
    assert {"咱们", "把", "他", "吗", "这个"} <= words
    assert not {"资料", "出去"} & words  # content words stay
    assert not {"直接", "到底"} & words  # adverbs stay: 从轻 is one


def test_english_words_and_legal_terms_stay():
    words = function_words("KYC做完以后敏感个人信息能不能给境外机构")
    assert "KYC" not in words and "敏感个人信息" not in words and "境外" not in words


def test_the_query_keeps_its_subject():
    question = "咱们能直接把客户的资料给外包公司吗"
    kept = without_function_words(tokenize(question), question)
    assert "客户" in kept and "资料" in kept and "外包" in kept
    assert "咱们" not in kept
    assert without_function_words(["我们"], "我们") == ["我们"]  # nothing else left: the query as it was


def test_the_bm25_list_reads_the_question_without_them(small_assistant):
    import numpy as np

    retriever = small_assistant.retriever
    mask = np.ones(len(retriever.view.clauses), dtype=bool)
    spoken = "咱们这边要不要核对客户身份？"
    plain = "要不要核对客户身份？"  # read as a question too: the same compound terms (compound_terms.py)
    assert retriever._lexical(spoken, mask, spoken) == retriever._lexical(plain, mask, plain)
    assert retriever._lexical(spoken, mask) != []


def test_the_spoken_how_asks_consequences():
    from assistant.retrieval.routing import asks_consequences

    assert asks_consequences("这种检查人员会被咋处理")  # 咋: the spoken 怎么
