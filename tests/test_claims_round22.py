"""Verifier round 22 (issue 11): roles named with "of" ("users of credit information"); real clause texts from the
corpus; the claims are written for these tests."""

import pytest

from assistant.settings import SHARED_REGULATIONS
from tests.test_claims_round8 import article, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

CR20 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 20, "第二十条")  # 信息使用者应当按照…约定的用途使用


def test_users_of_credit_information_are_the_information_user():
    true = "Users of credit information have to keep to the use agreed with the person and may not hand it to a third " \
           "party without that person's consent."
    assert verdict(true, CR20).verdict != "contradicted"
    # the individual as the one bound is still another party
    wrong = "Individuals have to keep to the use agreed with the information user."
    assert verdict(wrong, CR20).verdict == "contradicted"


PBOC30 = article("zh/pboc-law-2003.md", "中国人民银行法", 30, "第三十条")  # 不得向地方政府、各级政府部门提供贷款…但国务院决定…


def test_any_level_restates_the_clauses_each_level():
    true = "The PBOC must not make loans to local governments or to government departments at any level."
    assert verdict(true, PBOC30).verdict != "contradicted"
    # a sweeping "without exception" of the whole article still overreaches its exception
    wrong = "The PBOC must never make loans to anyone at all, without exception."
    assert verdict(wrong, PBOC30).verdict == "contradicted"
