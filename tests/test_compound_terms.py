"""Compound terms the Chinese texts use as units: BM25 tokens of their own beside jieba's pieces."""

from assistant.retrieval.compound_terms import compound_tokens, corpus_compounds
from assistant.retrieval.lexical import LexicalIndex
from assistant.text.tokens import tokenize

_ARTICLES = [
    ("a", 1, "发生网络安全事件的，应当立即启动应急预案，开展安全评估。"),
    ("a", 2, "网络运营者应当制定网络安全事件应急预案，定期组织安全评估。"),
    ("b", 7, "关键信息基础设施发生网络安全事件的，运营者应当报告并进行安全评估。"),
    ("b", 8, "网络运营者不得泄露其收集的个人信息，不得违反规定提供。"),
]


def test_a_word_sequence_written_in_three_articles_is_a_compound():
    found = corpus_compounds(((doc, n), text) for doc, n, text in _ARTICLES)
    assert {"网络安全事件", "安全评估"} <= found
    # jieba's own words, sequences written in fewer articles and numerals are none
    assert "网络安全" not in found and "应急预案" not in found
    assert not any(ch in "三十" for term in found for ch in term)


def test_a_compound_is_counted_in_a_clause_and_a_question_as_one_more_token():
    terms = frozenset({"网络安全事件", "安全评估"})
    assert compound_tokens("发生网络安全事件后要做安全评估吗？安全评估", terms) == ["网络安全事件", "安全评估", "安全评估"]
    assert compound_tokens("安全 评估", terms) == []  # not across a space or a punctuation mark
    assert compound_tokens("anything", frozenset()) == []


def test_the_index_scores_a_compound_apart_and_leaves_the_words_scores_as_they_were():
    texts = ["发生网络安全事件的应当开展安全评估", "网络安全制度和事件记录，评估报告"] + ["其他条款内容"] * 4
    tokens = [tokenize(t) for t in texts]
    extra = [compound_tokens(t, frozenset({"安全评估"})) for t in texts]
    index, plain = LexicalIndex(tokens, extra), LexicalIndex(tokens)
    assert "安全评估" not in index.vocabulary
    scores = index.scores(["评估"], extra_tokens=["安全评估"])
    assert scores[0] > scores[1] > 0
    assert list(index.scores(["评估"])) == list(plain.scores(["评估"]))  # no length normalisation of its own
    assert not plain.scores(["评估"], extra_tokens=["安全评估"])[0] > plain.scores(["评估"])[0]


def test_a_term_running_through_many_articles_is_no_rare_compound():
    many = [("c", n, "银行应当保护客户信息。" if n % 2 else "不得泄露客户信息。") for n in range(12)]
    assert "客户信息" in corpus_compounds(((d, n), t) for d, n, t in many[:5])
    assert "客户信息" not in corpus_compounds(((d, n), t) for d, n, t in many)


def test_a_chinese_question_adds_the_compounds_it_writes_to_its_bm25_list(small_assistant):
    import numpy as np

    retriever = small_assistant.retriever
    view = retriever.view
    mask = np.ones(len(view.clauses), dtype=bool)
    term = next(iter(sorted(view.compounds)), None)
    if term is None:
        return  # a corpus too small for compounds
    question = f"{term}有什么要求？"
    held = [i for i, tokens in enumerate(view.compound_lists) if term in tokens]
    assert held and retriever._lexical(question, mask, question)[0] in held
