"""Round 35: a subject the Chinese clause hands to separate rules (另行规定 / 另行制定) or to other laws' prevailing rules
(另有规定的，依照其规定), which the claim says the law governs in full. The clauses are written in the laws' style for
these tests, not copied from the eval sets."""

from assistant.verify.separate_rules import law_for_what_it_leaves
from claim_helpers import kinds

SEPARATE_ZH = "第九十条 军事设施的数据安全保护，由中央军事委员会另行规定。"
MADE_ZH = "第六十条 军事数据安全保护的办法，由中央军事委员会依据本法另行制定。"
PREVAILING_ZH = "第九十一条 外资商业银行、外国商业银行分行适用本法规定，法律、行政法规另有规定的，依照其规定。"
PLAIN_ZH = "第三条 商业银行应当按照规定向客户披露服务价格。"


def test_governed_in_full_against_separate_rules():
    assert law_for_what_it_leaves("The law applies in full to military facilities.", SEPARATE_ZH)
    assert law_for_what_it_leaves("Its rules apply to military data exactly as to any other data.", MADE_ZH)
    assert law_for_what_it_leaves("No separate rules are made for military data.", MADE_ZH)
    assert law_for_what_it_leaves("军事设施的数据安全保护也完全适用本法，没有另外的规定。", SEPARATE_ZH)
    assert law_for_what_it_leaves("军事设施的数据安全保护也适用本法。", SEPARATE_ZH)


def test_the_separate_rules_restated_or_the_full_reach_denied_pass():
    assert not law_for_what_it_leaves("Data security of military facilities is regulated separately by the Central "
                                      "Military Commission.", SEPARATE_ZH)
    assert not law_for_what_it_leaves("The law does not apply in full to military facilities.", SEPARATE_ZH)
    assert not law_for_what_it_leaves("军事设施的数据安全保护由中央军事委员会另行规定。", SEPARATE_ZH)


def test_prevailing_rules_need_a_claim_that_denies_them():
    # the clause itself applies the law to foreign banks: "also applies" is true, "in full, with no special rules" is not
    assert not law_for_what_it_leaves("The law also applies to foreign-funded commercial banks.", PREVAILING_ZH)
    assert not law_for_what_it_leaves("外资商业银行也适用本法。", PREVAILING_ZH)
    assert not law_for_what_it_leaves("Foreign banks are governed by the law unless other laws provide otherwise.",
                                      PREVAILING_ZH)
    assert law_for_what_it_leaves("外资商业银行完全按本法执行，其他法律的特别规定不适用。", PREVAILING_ZH)
    assert law_for_what_it_leaves("Foreign banks are governed by this law exactly like domestic banks, with no special "
                                  "rules.", PREVAILING_ZH)


def test_a_clause_handing_nothing_over_and_an_english_clause_say_nothing():
    assert not law_for_what_it_leaves("The law applies in full to commercial banks.", PLAIN_ZH)
    assert not law_for_what_it_leaves("The law applies in full to military facilities.",
                                      "This Regulation shall not apply to military facilities.")


def test_a_chinese_claim_about_another_subject_is_not_tied():
    two = SEPARATE_ZH + "商业银行的数据安全保护，适用本法。"
    assert not law_for_what_it_leaves("商业银行的客户数据完全适用本法。", two)


def test_found_through_contradictions_as_scope():
    assert "scope" in kinds("The law's protection rules apply in full to military facilities.", SEPARATE_ZH)
