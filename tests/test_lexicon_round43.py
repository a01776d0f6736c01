"""Standard banking English for the Chinese laws' own terms (lexicon.toml's round-43 block): each reaches the wording of
the article it stands for, and the whole-word keys leave their look-alikes alone."""

from __future__ import annotations

from assistant.lexis.lexicon import load_lexicon


def test_aml_screening_words_reach_the_list_checking_and_account_rules():
    words = load_lexicon().chinese_words
    # 反洗钱法（2024）第四十一条 对客户及其交易对象进行核查
    assert "交易对象" in words("Who counts as a counterparty of the client?")
    assert {"核查", "名单"} <= set(words("How often is sanctions screening of the client base due?"))
    assert {"核查", "名单"} <= set(words("Are new clients screened against the lists?"))
    assert "核查" not in words("The teller's screen froze.")  # a display, not a check
    assert "核查" not in words("Is CV screening by software allowed?")  # screening candidates is no list check
    # 反洗钱法（2024）第二十八条 匿名账户 … 冒用他人身份
    assert "匿名账户" in words("May a branch keep anonymous accounts?")
    assert "冒用" in words("Someone impersonated the account holder at the counter.")


def test_banking_business_words_reach_the_commercial_bank_and_consumer_laws():
    words = load_lexicon().chinese_words
    assert "汇兑" in words("How fast must an incoming remittance be paid out?")  # 商业银行法第四十四条
    assert "强令" in words("Can a local authority compel the bank to grant a loan?")  # 商业银行法第四十一条
    assert "网络交易平台" in words("Is the online marketplace liable to the buyer?")  # 消费者权益保护法第四十四条
