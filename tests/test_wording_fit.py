"""The wording hint: how much of a question's wording the index holds (retrieval/wording_fit.py), and the note an
answer carries when it is far from the texts', the same in the JSON, the terminal, the web UI and Slack."""

from __future__ import annotations

import dataclasses
import html
import json

import pytest

from assistant.messages import WORDING_HINT_MARK, wording_hint
from assistant.retrieval.wording_fit import Bridge, far_from_texts, wording_fit
from assistant.types import WordingFit

VOCABULARY = {"非法", "侵入", "非法侵入", "个人信息", "泄露", "人脸识别", "人脸", "识别"}


def bridge(words, *terms, suggest=True) -> Bridge:
    """Terms given with their tokens as the retriever's tokeniser would cut them (here: the term and its halves)."""
    return Bridge(frozenset(words), tuple((t, (t[:2], t[2:], t) if len(t) == 4 else (t,)) for t in terms), suggest)


# --- the pure function ------------------------------------------------------------------------------------------------

def test_words_are_held_directly_or_through_a_bridge_the_index_holds():
    fit = wording_fit(["刷单", "撞库", "个人信息", "泄露"], VOCABULARY, [bridge({"撞库"}, "非法侵入")])
    assert fit.share == 0.75 and fit.words == 4
    assert fit.missing == ["刷单"] and fit.terms == ["非法侵入"]


def test_a_bridge_into_words_no_text_holds_reaches_nothing():
    fit = wording_fit(["刷单", "个人信息"], VOCABULARY, [bridge({"刷单"}, "虚假交易")])
    assert fit.share == 0.5 and fit.missing == ["刷单"] and fit.terms == []


def test_a_dictionary_bridge_counts_but_its_translation_is_not_suggested():
    fit = wording_fit(["face", "scan"], VOCABULARY, [bridge({"face"}, "人脸", suggest=False)])
    assert fit.share == 0.5 and fit.terms == []


def test_pieces_of_a_longer_missing_word_count_but_are_not_listed_and_telling_words_come_first():
    fit = wording_fit(["听说", "一刀", "刀切", "一刀切", "个人信息"], VOCABULARY,
                      telling=lambda w: 2 if w == "听说" else 0)
    assert fit.share == 0.2  # the share is over the BM25 tokens, as calibrated
    assert fit.missing == ["一刀切", "听说"]


def test_a_question_without_content_words_is_never_far():
    fit = wording_fit([], VOCABULARY)
    assert fit.share == 1.0 and not far_from_texts(fit, 0.4)
    assert far_from_texts(WordingFit(share=0.3, words=5), 0.4) and not far_from_texts(WordingFit(share=0.4, words=5), 0.4)
    assert not far_from_texts(None, 0.4)


def test_the_hint_names_the_missing_words_and_only_the_derived_terms_in_the_questions_language():
    fit = WordingFit(share=0.3, words=6, missing=["刷单", "撞库", "微信", "群里", "担责"], terms=["非法侵入", "泄露", "x"])
    zh = wording_hint(fit, "zh")
    assert "刷单、撞库、微信、群里" in zh and "担责" not in zh  # four words at most
    assert "非法侵入、泄露" in zh and "x" not in zh  # two terms at most
    en = wording_hint(fit.model_copy(update={"missing": ["flog", "rosters"], "terms": ["罚款"]}), "en")
    assert en == ("Your wording is far from the texts' (words not found: flog, rosters): results may miss the clause; "
                  "try the legal term (e.g. 罚款).")
    assert "例如" not in wording_hint(fit.model_copy(update={"terms": []}), "zh")  # nothing derived: nothing invented


# --- real components: the retriever over the small index, the answering flow, every front end ---------------------------

FAR_ZH = "有人在微信群里兜售刷脸数据，银行要担责吗？"  # 刷脸 is bridged by the glossary (人脸识别), 兜售 and 微信 are no law's
FAR_EN = "Our ops guys flog VIP customer rosters on WeChat in China: what fines?"
CLOSE = "撞库攻击导致客户信息泄露，银行要通知谁？"
# far in wording and about nothing the texts rule on (until round 42 a teller selling a customer list: since 客户名单, two
# of the texts' words joined, counts as their wording, that one is answered, as it should be: PIPL 10, the policies)
FAR_REFUSED = "网点装修选什么颜色的地砖好看？"


def test_the_retriever_measures_the_wording_against_its_own_index_and_bridges(small_assistant):
    from assistant.lexis.glossary import load_glossary

    retriever = small_assistant.retriever
    far = retriever.retrieve(FAR_ZH, 8).wording
    assert far.share < retriever.config.wording_hint_below
    assert {"兜售", "微信"} <= set(far.missing) and "刷脸" not in far.missing  # the glossary bridges 刷脸
    assert far.terms and set(far.terms) <= set(load_glossary().expansion(FAR_ZH))  # derived, never invented
    assert retriever.wording(FAR_ZH) == far  # the calibration's measure is the search's
    assert retriever.retrieve(CLOSE, 8).wording.share == 1.0


def test_an_english_question_on_either_jurisdiction_counts_the_bridges_its_chinese_search_used(small_assistant):
    # no law named, no China cue: the Chinese texts are searched too, with the lexicon's 贷款 / 借款人 / 资本
    # (jurisdiction_default.py); those words are then not "words no text holds"
    fit = small_assistant.retriever.wording("What's the max a bank can lend to a single borrower as a share of its capital?")
    assert not {"lend", "borrower", "capital"} & set(fit.missing), fit.missing
    assert fit.share >= small_assistant.retriever.config.wording_hint_below


@pytest.fixture(scope="module")
def far_answers(small_assistant):
    return {q: small_assistant.ask(q) for q in (FAR_ZH, FAR_EN, CLOSE, FAR_REFUSED)}


def test_an_answer_to_a_far_question_carries_the_hint_in_its_language(far_answers):
    zh, en = far_answers[FAR_ZH], far_answers[FAR_EN]
    assert zh.status != "not_covered" and zh.wording_hint.startswith("提问用语与法规条文相距较远")
    assert "兜售" in zh.wording_hint and "人脸识别" in zh.wording_hint
    # an English question about Chinese law: the Chinese texts' terms, which its search used
    assert en.status != "not_covered" and en.wording_hint.startswith("Your wording is far from the texts'")
    assert "flog" in en.wording_hint and "罚款" in en.wording_hint
    assert json.loads(zh.model_dump_json())["wording_hint"] == zh.wording_hint


def test_no_hint_for_close_wording_nor_for_a_refusal(far_answers, small_assistant):
    assert far_answers[CLOSE].wording_hint == ""
    refused = far_answers[FAR_REFUSED]
    assert refused.status == "not_covered" and refused.wording_hint == ""  # the refusal already says why
    assert small_assistant.retriever.retrieve(FAR_REFUSED, 8).wording.share < 0.4


def test_the_hint_is_shown_in_the_same_place_by_every_front_end(far_answers):
    from assistant.render import answer_to_terminal
    from assistant.slack.blocks import answer_blocks
    from assistant.ui.render import answer_message_html

    answer = far_answers[FAR_ZH]
    hint = answer.wording_hint
    terminal = answer_to_terminal(answer).splitlines()
    assert f"{WORDING_HINT_MARK} {hint}" in terminal
    assert terminal.index(f"{WORDING_HINT_MARK} {hint}") < terminal.index(answer.text.splitlines()[0])  # before the text
    page = answer_message_html(answer)
    assert f'class="ca-notice ca-notice--wording" role="note">{WORDING_HINT_MARK} {html.escape(hint)}</div>' in page
    assert page.index("ca-notice--wording") < page.index("ca-answer__body")
    blocks = answer_blocks(answer)
    [note] = [b for b in blocks if b["type"] == "context" and WORDING_HINT_MARK in json.dumps(b, ensure_ascii=False)]
    assert blocks.index(note) < next(i for i, b in enumerate(blocks) if b["type"] == "section")
    assert hint in note["elements"][0]["text"]


def test_the_hint_changes_nothing_retrieved_or_refused(small_assistant, monkeypatch):
    retriever = small_assistant.retriever
    before = {q: small_assistant.ask(q) for q in (FAR_ZH, FAR_REFUSED)}
    monkeypatch.setattr(retriever, "config", dataclasses.replace(retriever.config, wording_hint_below=0.0))
    after = {q: small_assistant.ask(q) for q in (FAR_ZH, FAR_REFUSED)}
    for q in before:
        assert after[q].status == before[q].status and after[q].retrieval == before[q].retrieval
        assert after[q].text == before[q].text
    assert before[FAR_ZH].wording_hint and not after[FAR_ZH].wording_hint
