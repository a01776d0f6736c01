"""Everyday banking English for the Chinese laws' own terms, second pass (lexicon.toml's round-54 block, glossary
additions): each reaches the wording of the article it stands for, and the narrow keys leave their look-alikes alone."""

from __future__ import annotations

from assistant.lexis.glossary import load_glossary
from assistant.lexis.lexicon import load_lexicon


def test_receipt_reaches_the_purchase_voucher_article():
    words = load_lexicon().chinese_words
    # 消费者权益保护法第二十二条 出具发票等购货凭证或者服务单据
    assert {"购货凭证", "服务单据"} <= set(words("The customer asked for a receipt for the fee."))
    assert "购货凭证" not in words("We must answer within 15 days of receipt of the request.")  # "receipt of", not "a receipt"


def test_safe_deposit_reaches_the_business_scope_article():
    words = load_lexicon().chinese_words
    assert "保管箱" in words("May a bank rent out safe deposit boxes?")  # 商业银行法第三条 提供保管箱服务


def test_board_member_ethics_and_habits_reach_the_laws_words():
    words = load_lexicon().chinese_words
    assert "董事" in words("Must we report a new board member?")  # 商业银行法第二十四条第二款 更换董事
    assert "伦理" in words("Is data research expected to be ethical?")  # 数据安全法第二十八条 符合社会公德和伦理
    assert "习惯" in words("Can prices depend on browsing habits?")  # 算法推荐管理规定第二十一条 交易习惯
    assert "习惯" not in words("It is a habitual practice.")  # whole word only


def test_glossary_reaches_the_search_and_safety_duties():
    glossary = load_glossary()
    # 消费者权益保护法第二十七条 不得搜查消费者的身体及其携带的物品
    assert "搜查消费者的身体及其携带的物品" in glossary.expansion("The guard wants to look through her handbag.")
    # 消费者权益保护法第十八条 保障人身、财产安全的要求; 安全保障义务
    assert "安全保障义务" in glossary.expansion("Do we answer for customers' physical safety in the hall?")
