"""Round 55: a share told in tenths (X成, 现代汉语词典 成: "十分之一叫一成") is the percent it is, so that a claim's 三成 compares
with the clause's 50% (issue 11: false claims verified). Each test fails on the code before the round. Clauses are written
in the laws' style for these tests, not copied from the eval sets."""

from assistant.lexis.quantities import as_counted, compare, extract_quantities

PLEDGE_ZH = "股东质押的股权不得超过其所持有股权总数的50%。"
LOAN_ZH = "对同一客户的贷款余额不得超过资本余额的百分之十。"


def _kinds(claim: str, clause: str) -> list[str]:
    return [m.kind for m in compare(extract_quantities(as_counted(claim)), extract_quantities(as_counted(clause)))]


def test_a_share_in_tenths_compares_as_its_percent():
    assert _kinds("股东质押的股权不能超过其所持股权的三成。", PLEDGE_ZH) == ["contradiction"]
    assert _kinds("对同一客户的贷款余额不得超过资本余额的两成。", LOAN_ZH) == ["contradiction"]
    # the same share in tenths is the clause's figure
    assert _kinds("股东质押的股权不能超过其所持股权的五成。", PLEDGE_ZH) == []
    assert _kinds("对同一客户的贷款余额不得超过资本余额的一成以上。", LOAN_ZH) == []


def test_cheng_after_a_numeral_is_a_figure_only_as_a_share():
    # an idiom, a member count and a word going on after 成 are no share
    for text in ("规则一成不变", "由三成员组成", "两成年人"):
        assert as_counted(text) == text
    assert as_counted("持有五成以上股权的股东") == "持有50%以上股权的股东"
