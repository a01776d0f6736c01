"""Verifier round 19 (issue 11): English contractions are modal verbs like their full spellings ("can't" is "cannot");
real clause texts from the corpus; the claims are written for these tests."""

import pytest

from assistant.settings import SHARED_REGULATIONS
from assistant.verify.modality import modal_classes
from tests.test_claims_round8 import article, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

CBL27 = article("zh/commercial-bank-law-2015.md", "商业银行法", 27, "第二十七条")  # 有下列情形之一的，不得担任…董事、高级管理人员


@pytest.mark.parametrize("text,cls", [
    ("He can't serve as a director.", "prohibition"), ("He can’t serve as a director.", "prohibition"),
    ("It mustn't disclose the data.", "prohibition"), ("The bank doesn't have to notify anyone.", "exemption"),
    ("The bank isn't required to notify anyone.", "exemption"), ("Reuse isn't prohibited.", "permission"),
])
def test_a_contraction_is_read_as_its_full_spelling(text, cls):
    assert [c for _, c in modal_classes(text)] == [cls]


def test_cant_is_a_ban_not_an_option():
    banned = "Someone whose large personal debt is overdue and unpaid can't serve as a director of a commercial bank."
    assert verdict(banned, CBL27).verdict != "contradicted"
    # the option the clause forbids is still contradicted
    allowed = "Someone whose large personal debt is overdue and unpaid can serve as a director of a commercial bank."
    assert verdict(allowed, CBL27).verdict == "contradicted"
