"""Round 50 (verifier escapes): a freedom the clause grants a party (取款自由, 自主选择, "without hindrance") said to need
someone's approval, and an act the clause makes subject to approval said to be free: the opposite-word pair 自由 / 须经…
(antonyms.py). Clauses are the laws' own text; claims are written for these tests."""

from assistant.verify.antonyms import opposite_word

# 商业银行法第二十九条
CBL_29 = "第二十九条 商业银行办理个人储蓄存款业务，应当遵循存款自愿、取款自由、存款有息、为存款人保密的原则。"
# 商业银行法第十九条 (its first two sentences)
CBL_19 = "商业银行根据业务需要可以在中华人民共和国境内外设立分支机构。设立分支机构必须经国务院银行业监督管理机构审查批准。"


def test_a_freedom_said_to_need_approval_is_its_opposite():
    claim = "Under Article 29 of China's Commercial Bank Law, withdrawals from personal savings deposits require the bank's approval."
    assert opposite_word(claim, [CBL_29], [], CBL_29) is not None
    assert opposite_word("个人储蓄存款取款须经商业银行批准。", [CBL_29]) is not None


def test_the_freedom_restated_or_the_approval_denied_is_no_opposite():
    for claim in ("Depositors may withdraw personal savings freely.",
                  "Withdrawing personal savings does not require the bank's approval.",
                  "A depositor need not obtain the bank's approval to withdraw savings."):
        assert opposite_word(claim, [CBL_29], [], CBL_29) is None
    assert opposite_word("储户取款无需经银行批准。", [CBL_29]) is None


def test_an_act_subject_to_approval_said_to_be_free_is_its_opposite():
    assert opposite_word("商业银行可以自主决定在境内设立分支机构。", [CBL_19]) is not None
    # the article's own condition restated
    assert opposite_word("设立分支机构必须经国务院银行业监督管理机构审查批准。", [CBL_19]) is None
