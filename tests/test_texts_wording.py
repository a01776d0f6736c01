"""A Chinese question's words the texts never use, given the texts' own words (texts_wording.py): short forms read by
the initials of the texts' phrases, words sharing a morpheme and a CC-CEDICT sense, and the real retriever."""

from collections import Counter

import pytest

from assistant.lexis.cedict import gloss_words
from assistant.retrieval.texts_wording import (TextsWording, phrase_initials, same_morpheme_words, spelled_out,
                                               word_runs)


def _cut(text: str) -> list[str]:
    """A stand-in for jieba: the texts' words of these tests, longest first."""
    words = ["社会保障", "社会", "保障", "尽职", "调查", "建设", "运行", "维护", "网络安全", "金融", "服务"]
    out, i = [], 0
    while i < len(text):
        word = next((w for w in words if text.startswith(w, i)), text[i])
        out.append(word)
        i += len(word)
    return out


def test_a_short_form_is_read_from_the_initials_of_the_texts_phrases():
    runs = list(word_runs(["金融服务，社会保障。尽职调查、社会保障", "建设、运行、维护网络安全"], _cut))
    assert ["建设", "运行", "维护", "网络安全"] in runs  # a list joined by 、 is one run
    initials = phrase_initials(runs)
    assert spelled_out("运维", initials, 1) == ["运行", "维护"]
    assert spelled_out("尽调", initials, 1) == ["尽职", "调查"]
    assert spelled_out("网安", initials, 1) == ["网络安全"]  # a four-character word of two words
    assert spelled_out("金服", initials, 2) == []  # written once: below the count asked for
    assert spelled_out("保调", initials, 1) == []  # no phrase starts so


def test_a_word_sharing_a_character_and_a_sense_is_the_texts_word_for_it():
    glosses = {"借给": frozenset({"lend"}), "出借": frozenset({"lend"}), "借款": frozenset({"loan", "borrow"}),
               "给予": frozenset({"giv"}), "租借": frozenset({"lend", "rent"})}
    by_char = {"借": frozenset({"出借", "借款", "租借"}), "给": frozenset({"给予"})}
    frequency = {"出借": 7, "借款": 90, "租借": 1, "给予": 80}
    def glosses_of(word):
        return glosses.get(word, frozenset())

    assert same_morpheme_words("借给", glosses_of, by_char, frequency, 2) == ["出借", "租借"]  # most used first
    assert same_morpheme_words("借给", glosses_of, by_char, frequency, 1) == ["出借"]
    assert same_morpheme_words("借条", glosses_of, by_char, frequency, 2) == []  # no sense of its own


def test_a_gloss_of_common_english_words_says_nothing():
    common = {"off", "have", "people"}.__contains__
    assert gloss_words("to shut off", common) == frozenset({"shut"})
    assert gloss_words("to have", common) == frozenset()
    assert gloss_words("people's court", common) == frozenset({"court"})  # people's is as common as people
    assert gloss_words("to make a false statement about something", common) == frozenset()  # a paraphrase


def test_a_word_the_texts_write_is_left_to_their_own_words():
    wording = TextsWording(phrase_initials([["人民", "银行"]] * 3), lambda word: frozenset(), {}, {}, "中国人民银行依法")
    assert wording.words_for("人民银行", 1, 2) is None  # jieba cuts it otherwise in the texts; the bigrams match it
    assert wording.words_for("人银", 1, 2) == (["人民", "银行"], True)


def test_a_question_in_everyday_words_reaches_the_article_in_legal_ones(small_assistant):
    """删掉 (the PIPL writes 删除) and 网安 (the Cybersecurity Law writes 网络安全): the texts' words join the BM25 query,
    and the articles using them rank higher than with the question's words alone (measured on the small index: 9 vs
    beyond 30, 26 vs beyond 30)."""
    from dataclasses import replace

    from assistant.retrieval.hybrid.retriever import HybridRetriever

    base = small_assistant.retriever
    assert base._texts_words("客户要求把他的个人信息删掉，银行必须删吗")["删掉"] == (["删除"], False)
    assert base._texts_words("出了网安事件要多久报告")["网安"] == (["网络安全"], True)
    assert base._texts_words("人民银行来检查") == {}  # the texts write it (中国人民银行)

    def rank(question: str, doc: str, article: int, **config) -> int:
        r = HybridRetriever(base.view, base.store, base.embedder, base.catalog, replace(base.config, **config))
        found = [(h.clause.doc_id, h.clause.article) for h in r.retrieve(question, 30).hits]
        return found.index((doc, article)) + 1 if (doc, article) in found else 99

    assert rank("出了网安事件要多久报告", "cybersecurity-law-2025-amended", 25) \
        < rank("出了网安事件要多久报告", "cybersecurity-law-2025-amended", 25, texts_wording=False)
    # since round 39 the glossary's spoken words send 删掉 to 删除 as well, so the texts' words add nothing there; both
    # bridges together must not lose the article
    deleting = "客户要求把他的个人信息删掉，银行必须删吗"
    assert rank(deleting, "pipl-2021", 47) <= min(10, rank(deleting, "pipl-2021", 47, texts_wording=False))


def test_the_tables_are_built_only_for_a_question_with_a_word_the_texts_lack(small_assistant, monkeypatch):
    """After a re-index the view is new and its tables are derived afresh: a question whose words the texts all use
    must not wait for them (tests/test_index_switch.py's readers did, 17 searches in a rebuild instead of 200)."""
    from dataclasses import replace

    from assistant.retrieval.hybrid.retriever import HybridRetriever

    base = small_assistant.retriever
    r = HybridRetriever(base.view, base.store, base.embedder, base.catalog, replace(base.config))

    def not_needed():
        raise AssertionError("built for a question whose words the texts all use")

    monkeypatch.setattr(r, "_wording_tables", not_needed)
    assert r._texts_words("个人信息处理者应当删除个人信息") == {}
    with pytest.raises(AssertionError, match="built for"):
        r._texts_words("客户要求把他的个人信息删掉")
