"""Everyday banking English for the Chinese laws' own terms (lexicon.toml's round-53 block, glossary additions): each
reaches the wording of the article it stands for, and the whole-word keys leave their look-alikes alone."""

from __future__ import annotations

from assistant.lexis.lexicon import load_lexicon


def test_bank_failure_words_reach_the_bankruptcy_article():
    words = load_lexicon().chinese_words
    # 商业银行法第七十一条 宣告其破产 … 优先支付个人储蓄存款的本金和利息
    assert "破产" in words("What happens to deposits when a lender goes bust?")
    assert {"储蓄存款", "存款人"} <= set(words("Are small savers protected?"))
    assert "破产" not in words("Is our robust backup plan enough?")  # whole word only


def test_cooperation_words_reach_the_cybersecurity_law():
    words = load_lexicon().chinese_words
    # 网络安全法第二十九条（2025年修正第三十一条） 网络安全信息 … 应急处置
    assert "网络安全信息" in words("May banks pool threat intelligence?")
    assert "应急处置" in words("Who leads incident response at a vendor?")


def test_oversight_reaches_the_consumer_law():
    words = load_lexicon().chinese_words
    assert "监督" in words("Do customers have any oversight of our services?")  # 消费者权益保护法第十七条


def test_together_reaches_the_joint_handlers_article():
    words = load_lexicon().chinese_words
    # 个人信息保护法第二十条 两个以上的个人信息处理者共同决定个人信息的处理目的和处理方式的
    assert "共同" in words("Two banks decide together what the data is for.")


def test_glossary_reaches_forced_trading_and_bankruptcy_terms():
    from assistant.lexis.glossary import load_glossary

    glossary = load_glossary()
    assert "强制交易" in glossary.expansion("Must a client buy an add-on with the loan?")
    assert "优先支付个人储蓄存款的本金和利息" in glossary.expansion("If a bank went bust, who is paid first?")


def test_publicly_and_scraped_reach_the_public_information_and_scraping_terms():
    from assistant.lexis.glossary import load_glossary

    # 个人信息保护法第二十七条 个人自行公开或者其他已经合法公开的个人信息
    assert "公开" in load_lexicon().chinese_words("Can we use what people posted publicly?")
    # 网络数据安全管理条例第十八条 使用自动化工具访问、收集网络数据
    assert "使用自动化工具访问、收集网络数据" in load_glossary().expansion("A vendor scraped these profiles.")
