"""Round 28: the English word lists bridge more of how people write (lexicon.toml, glossary.toml): a verb phrase's verb in
any tense, any determiner where a trigger has one, and a prefix key no longer catching another word that starts the
same way (relatively is no relative)."""

from __future__ import annotations

import pytest

from assistant.lexis.glossary import load_glossary, parse_glossary
from assistant.lexis.lexicon import Lexicon, first_word_forms, load_lexicon
from assistant.lexis.verb_phrases import is_verb_phrase, verb_forms


def test_a_prefix_key_does_not_catch_another_word_spelt_the_same_at_the_start():
    words = load_lexicon().chinese_words
    assert "近亲属" in words("Can the customer's relatives ask for her data?")
    assert "近亲属" not in words("Is a relatively small dataset important data?")
    assert "未成年人" in words("an app for kids")
    assert "未成年人" not in words("a kidney donor register")
    assert "董事" in words("Who approves a new director?")
    assert "董事" not in words("an LDAP directory of staff")


def test_other_words_apply_only_to_the_whole_word():
    lexicon = Lexicon({"relative": ["近亲属"]}, frozenset({"relatively"}))
    assert lexicon.chinese_words("relatives") == ["近亲属"]
    assert lexicon.chinese_words("relatively") == []


@pytest.mark.parametrize("text", ["the regulator takes over the bank", "the regulator took over", "a bank taken over",
                                  "taking over a troubled bank"])
def test_a_phrasal_verb_key_matches_its_verb_in_any_tense(text):
    assert "接管" in load_lexicon().chinese_words(text)


def test_verb_forms_and_which_phrases_start_with_a_verb():
    assert {"takes", "took", "taken", "taking"} <= set(verb_forms("take"))
    assert {"closed", "closing", "closes"} <= set(verb_forms("close"))
    assert {"logged", "logging"} <= set(verb_forms("log"))
    assert {"applies", "applied"} <= set(verb_forms("apply"))
    assert is_verb_phrase(["shut", "down"]) and is_verb_phrase(["close", "account"])
    assert not is_verb_phrase(["credit", "report"]) and not is_verb_phrase(["trust"])
    assert "took" in first_word_forms("take over") and first_word_forms("credit report") == ["credit"]


def test_a_glossary_trigger_takes_its_verb_in_any_tense_and_any_determiner():
    glossary = parse_glossary({"entry": [
        {"when": ["take it to court"], "zh": ["提起行政诉讼"], "en": [], "source": "中国人民银行法第四十七条"},
        {"when": ["shut down the bank"], "zh": ["予以撤销"], "en": [], "source": "银行业监督管理法第三十九条"}]})
    assert glossary.triggers("Can we took it to court?") == ["took it to court"]
    assert glossary.triggers("we are taking it to court") == ["taking it to court"]
    assert glossary.triggers("can they shut down a bank?") == ["shut down a bank"]
    assert glossary.triggers("they shut down our bank") == ["shut down our bank"]
    assert glossary.triggers("we shut the bank") == []  # the trigger's other words still have to be there


@pytest.mark.parametrize("question, term", [
    ("The regulator shut down a bank that was badly run: can it do that?", "予以撤销"),
    ("Can we appeal the fine the central bank gave us?", "对行政处罚不服的"),
    ("Could the regulator ban our former head of retail for life?", "一定期限直至终身从事银行业工作"),
    ("A customer passed away: can his widow see his data?", "死者的相关个人信息"),
    ("Can a branch close early without notice?", "不得擅自停止营业或者缩短营业时间"),
    ("A fintech pools money from the public promising a fixed return", "非法吸收公众存款、变相吸收公众存款"),
    ("Marketing wants gift vouchers customers can spend like cash", "印制、发售代币票券"),
    ("What do we owe customers when selling a wealth management product?", "提供证券、保险、银行等金融服务的经营者"),
    ("Is a trust company supervised like a bank?", "信托投资公司、财务公司、金融租赁公司"),
])
def test_everyday_english_reaches_the_articles_terms(question, term):
    assert term in load_glossary().expansion(question)


def test_a_bank_account_is_no_bank_shut_down_and_an_accounting_voucher_no_token_note():
    expansion = load_glossary().expansion
    assert "予以撤销" not in expansion("Can we close the bank account of a dormant customer?")
    assert "印制、发售代币票券" not in expansion("How long do we keep accounting vouchers?")
