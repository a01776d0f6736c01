"""Sentence evidence: the article with one sentence saying what the question says (real law texts)."""

import pytest

from assistant.catalog import load_catalog
from assistant.documents import chunk_file
from assistant.retrieval.char_ngrams import char_bigrams
from assistant.retrieval.sentence_evidence import (best_sentence_share, best_weighted_share, ranked_by_sentence,
                                                  ranked_by_weighted_sentence, sentence_bigrams)
from assistant.settings import SHARED_REGULATIONS


@pytest.fixture(scope="module")
def pipl() -> dict[int, str]:
    clauses = chunk_file(SHARED_REGULATIONS / "zh" / "pipl-2021.md", load_catalog())
    return {c.article: c.text for c in clauses if c.article is not None}


def test_one_sentence_holding_the_question_outranks_words_spread_over_an_article(pipl):
    question = "客户撤回同意以后，我们要提供什么样的撤回方式？"
    # 第十五条: 「个人信息处理者应当提供便捷的撤回同意的方式」 in one sentence; 第十四条 speaks of 同意 and 重新取得个人同意
    # but never of a way to withdraw; 第六十六条 (penalties) shares almost nothing
    order = ranked_by_sentence(question, [66, 14, 15], pipl.__getitem__, 0.2)
    assert order[0] == 15 and 66 not in order
    grams = frozenset(char_bigrams(question))
    assert best_sentence_share(grams, pipl[15]) > best_sentence_share(grams, pipl[14])


def test_a_list_item_is_read_with_its_lead_in(pipl):
    # 第五十五条: the lead-in 「个人信息处理者应当事前进行个人信息保护影响评估」 and item （二）「利用个人信息进行自动化决策」 say
    # the rule asked only together; 第二十四条 speaks of automated decisions in one sentence but asks no assessment
    question = "用客户信息跑自动化决策模型之前，要不要先做影响评估？"
    grams = frozenset(char_bigrams(question))
    item = next(s for s in sentence_bigrams(pipl[55]) if grams & s >= frozenset(char_bigrams("自动化决策")))
    assert grams & item >= frozenset(char_bigrams("影响评估"))  # the lead-in's words are the item's
    assert ranked_by_sentence(question, [24, 56, 55], pipl.__getitem__, 0.2)[0] == 55
    # a piece that is no numbered item does not inherit a lead-in
    assert len(sentence_bigrams("有下列情形之一的，应当报告：\n（一）泄露；\n另行规定。")) == 3
    assert not sentence_bigrams("有下列情形之一的，应当报告：\n（一）泄露；\n另行规定。")[2] & frozenset(char_bigrams("报告"))


def test_the_list_joins_the_fusion_for_chinese_questions_only(small_assistant):
    chinese = small_assistant.search("商业银行可以向关系人发放信用贷款吗？", k=10).hits
    assert any("sentence-evidence" in h.sources for h in chinese)
    english = small_assistant.search("May a commercial bank grant unsecured loans to related parties?", k=10).hits
    assert not any("sentence-evidence" in h.sources for h in english)


def test_english_questions_get_their_own_list_unless_bridged_to_the_chinese_texts(small_assistant):
    eu = small_assistant.search("Can a customer take the supervisory authority to court over an unhandled complaint?",
                                k=10).hits
    assert any("sentence-words" in h.sources for h in eu)
    assert not any("sentence-evidence" in h.sources for h in eu)
    named = small_assistant.search("Under the PIPL, can a customer withdraw consent?", k=10).hits
    assert not any("sentence-words" in h.sources for h in named)


@pytest.fixture(scope="module")
def gdpr() -> dict[int, str]:
    clauses = chunk_file(SHARED_REGULATIONS / "en" / "gdpr.md", load_catalog())
    texts: dict[int, list[str]] = {}
    for c in clauses:
        if c.article is not None:
            texts.setdefault(c.article, []).append(c.text)
    return {a: "\n".join(parts) for a, parts in texts.items()}


def test_english_words_weighed_by_rarity_favour_the_sentence_stating_the_act(gdpr):
    from assistant.lexis.english_stems import stems
    from assistant.text.tokens import tokenize

    # Article 78(2): a data subject may go to court against a supervisory authority that "does not handle a complaint
    # or does not inform the data subject within three months"; Article 77 is the complaint itself, whose words
    # (complaint, supervisory authority, data subject) it shares, but no sentence of it names a court remedy
    question = "Can a customer take the supervisory authority to court if it never handles her complaint?"
    rare = {"court": 3.0, "handle": 3.0}
    weights = {t: rare.get(t, 1.0) for t in stems(tokenize(question))}
    assert best_weighted_share(weights, gdpr[78]) > best_weighted_share(weights, gdpr[77])
    assert ranked_by_weighted_sentence(weights, [77, 78], gdpr.__getitem__, 0.2)[0] == 78


def test_a_clause_without_the_questions_words_is_left_out():
    weights = {"court": 2.0, "complaint": 1.0}
    texts = {1: "第七十八条 个人有权向人民法院提起诉讼。", 2: "A complaint. The court decides."}
    assert ranked_by_weighted_sentence(weights, [1, 2], texts.__getitem__, 0.2) == [2]
    assert best_weighted_share({}, texts[2]) == 0.0


def test_a_weighted_share_does_not_depend_on_the_order_the_words_come_in():
    # The question's words come out of sets, whose order changes with PYTHONHASHSEED: a plain float sum's last bits
    # changed with it (0.1 + 0.2 + 0.3 != 0.3 + 0.2 + 0.1), and two clauses holding the same words swapped places
    # from one run to the next (seven English tuning questions did).
    from assistant.retrieval.law_neighbours import carried_share as law_share
    from assistant.retrieval.topic_weight import carried_share as topic_share

    forward = {"transfer": 0.1, "personal": 0.2, "data": 0.3}
    backward = dict(reversed(list(forward.items())))
    clause = "Personal data is kept safe. Other matters."  # holds two of the three words, in one sentence
    assert best_weighted_share(forward, clause) == best_weighted_share(backward, clause)
    held = lambda word, text: word != "transfer"  # noqa: E731
    assert law_share(forward, "x", held) == law_share(backward, "x", held)
    assert topic_share(forward, {"personal", "data"}, set(forward)) == topic_share(backward, {"personal", "data"},
                                                                                    set(backward))
