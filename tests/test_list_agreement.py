"""An article first in both the question's meaning lists and its word lists keeps a place among the first four,
whatever the priors after fusion did to it (list_agreement.py). Real policy texts (real chunker), the small index."""

from dataclasses import replace

import pytest

from assistant.catalog import load_catalog
from assistant.documents import chunk_file
from assistant.retrieval.corpus_view import CorpusView, unit_key
from assistant.retrieval.list_agreement import MEANING_LISTS, agreed, lift_agreed, unanimous
from assistant.settings import PROJECT_ROOT
from tests.view_helpers import position, unit_keys


@pytest.fixture(scope="module")
def view() -> CorpusView:
    """The bank's record-retention policy, as the retriever sees it."""
    return CorpusView(chunk_file(PROJECT_ROOT / "corpus" / "policies" / "policy-record-retention.md", load_catalog()))


def test_agreement_needs_a_meaning_list_and_a_word_list():
    ranks = {
        1: {"dense": 1, "bm25-bigram": 2},           # both kinds, within two
        2: {"dense": 1, "dense-paragraph": 1},       # meaning only
        3: {"bm25": 1, "bm25-bigram": 1},            # words only
        4: {"dense-paragraph": 2, "bm25": 3},        # the word list too far down
        5: {"dense-paragraph": 2, "bm25": 1, "sentence-evidence": 1},
    }
    assert sorted(agreed(ranks, 2)) == [1, 5]
    assert sorted(agreed(ranks, 3)) == [1, 4, 5]


def test_an_agreed_article_takes_the_third_place_and_the_first_two_keep_theirs(view):
    # 第三十一条 (审计部每两年…专项审计) stands in the chapter 监督与责任, which the penalty prior weighs down
    audit = position(view, "policy-record-retention", "第三十一条")
    others = [position(view, "policy-record-retention", f"第{n}条") for n in ("二十六", "十四", "十二", "十三")]
    fused = dict(zip(others, (0.05, 0.04, 0.03, 0.02))) | {audit: 0.001}
    raised = lift_agreed(fused, [audit], lambda i: unit_key(view.clauses[i]), place=3)
    assert raised == [audit]
    order = unit_keys(view, fused)
    assert order[:3] == [unit_key(view.clauses[i]) for i in (others[0], others[1], audit)]
    # already above the third place: left as it is
    before = dict(fused)
    assert lift_agreed(fused, [others[0]], lambda i: unit_key(view.clauses[i]), place=3) == []
    assert fused == before


def test_fewer_articles_than_the_place_changes_nothing(view):
    one = position(view, "policy-record-retention", "第十四条")
    fused = {one: 0.01}
    assert lift_agreed(fused, [one], lambda i: unit_key(view.clauses[i]), place=3) == []


@pytest.mark.parametrize("question, doc_id, article", [
    # the date in the amended law's final provisions, which the final-provision prior weighs down
    ("修改后的网络安全法什么时候起施行？", "cybersecurity-law-2025-amended", 81),
    # the policy's audit interval in its chapter 监督与责任 (read as penalties)
    ("档案和记录保存这块的专项审计，审计部多久搞一次？", "policy-record-retention", 31),
])
def test_the_agreed_article_is_among_the_first_four_on_the_real_index(small_assistant, question, doc_id, article):
    retriever = small_assistant.retriever

    def rank(depth: int) -> int:
        original = retriever.config
        # commencement.py ranks this date question's article first on its own since round 17, and since round 22 the
        # audit article the question's dense list ranks first keeps half its chapter discount (structure_escape_rank;
        # since round 23 the fused first too, structure_escape_fused): all off, to see the lift alone (and the lift of
        # an article both meaning lists rank first, round 23, and of one all lists rank first, round 27)
        retriever.config = replace(original, agreement_depth=depth, commencement_boost=1.0, structure_escape_rank=0,
                                   structure_escape_fused=False, meaning_agreement_place=0, unanimous_place=0)
        try:
            keys = [(h.clause.doc_id, h.clause.article) for h in retriever.retrieve(question, 10).hits]
        finally:
            retriever.config = original
        return keys.index((doc_id, article)) + 1 if (doc_id, article) in keys else 99

    assert rank(2) <= 4 < 5 < rank(0)


def test_meaning_agreement_needs_both_meaning_lists_first():
    ranks = {
        1: {"dense": 1, "dense-paragraph": 1},       # both representations of the question's meaning: first
        2: {"dense": 1, "dense-paragraph": 2},       # the paragraph list puts another first
        3: {"dense": 1, "bm25": 1},                  # a word list, not the second meaning list
    }
    assert agreed(ranks, 1, MEANING_LISTS[:1], MEANING_LISTS[1:]) == [1]


def test_unanimity_needs_both_meaning_lists_and_a_word_list_first():
    ranks = {
        1: {"dense": 1, "dense-paragraph": 1, "bm25-bigram": 1},  # every kind of list: first
        2: {"dense": 1, "dense-paragraph": 1, "bm25": 2},         # the word lists put another first
        3: {"dense": 1, "bm25": 1, "bm25-bigram": 1},             # one meaning list only
    }
    assert unanimous(ranks) == [1]


def test_a_unanimous_article_takes_the_second_place(view):
    audit = position(view, "policy-record-retention", "第三十一条")
    others = [position(view, "policy-record-retention", f"第{n}条") for n in ("二十六", "十四", "十二", "十三")]
    fused = dict(zip(others, (0.05, 0.04, 0.03, 0.02))) | {audit: 0.001}
    ranks = {audit: {"dense": 1, "dense-paragraph": 1, "bm25": 1}, others[0]: {"dense": 2, "bm25": 2}}
    assert lift_agreed(fused, unanimous(ranks), lambda i: unit_key(view.clauses[i]), place=2) == [audit]
    assert unit_keys(view, fused)[:2] == [unit_key(view.clauses[i]) for i in (others[0], audit)]


@pytest.mark.parametrize("question, doc_id, article", [
    ("修改后的网络安全法什么时候起施行？", "cybersecurity-law-2025-amended", 81),
    ("档案和记录保存这块的专项审计，审计部多久搞一次？", "policy-record-retention", 31),
])
def test_the_article_both_meaning_lists_rank_first_takes_the_third_place_on_the_real_index(small_assistant, question,
                                                                                           doc_id, article):
    # the meaning lift alone: the word-and-meaning agreement, the commencement lift, the structure escape and the
    # word-based neighbour order off; the final-provision and penalty-chapter priors then bury the article both the
    # question's vector against whole clauses and against paragraphs rank first
    retriever = small_assistant.retriever

    def ranked(place: int) -> list:
        original = retriever.config
        retriever.config = replace(original, meaning_agreement_place=place, agreement_depth=0, commencement_boost=1.0,
                                   structure_escape_rank=0, neighbour_margin=1.0, unanimous_place=0)
        try:
            return retriever.retrieve(question, 10).hits
        finally:
            retriever.config = original

    def rank(hits) -> int:
        keys = [(h.clause.doc_id, h.clause.article) for h in hits]
        return keys.index((doc_id, article)) + 1 if (doc_id, article) in keys else 99

    on, off = ranked(3), ranked(0)
    first = [h for h in on if h.sources.get("dense") == 1 and h.sources.get("dense-paragraph") == 1]
    assert [(h.clause.doc_id, h.clause.article) for h in first] == [(doc_id, article)]
    assert rank(on) == 3 < rank(off)
