"""The everyday English of 告知 (lexicon.toml's round-47 block): "tell" or "let … know" with the person told reaches the
laws' duty to inform (征信业管理条例第十五条 应当事先告知信息主体本人; 个人信息保护法第十七条 应当…向个人告知); "tell" alone
does not."""

from __future__ import annotations

from assistant.lexis.lexicon import load_lexicon


def test_telling_the_person_reaches_the_duty_to_inform():
    words = load_lexicon().chinese_words
    assert "告知" in words("Does the card issuer have to tell the customer before it shares her file?")
    assert "告知" in words("Must a lender let the borrower know about a late-payment entry?")
    assert "告知" in words("We never told them about the transfer abroad.")


def test_tell_alone_is_no_duty_to_inform():
    words = load_lexicon().chinese_words
    assert "告知" not in words("Can you tell me which law governs e-signatures?")
    assert "告知" not in words("It is hard to tell whether the rule applies to a branch.")
