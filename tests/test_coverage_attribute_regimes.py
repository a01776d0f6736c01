"""The coverage gate, round 44: a product no indexed text deals with, named as the attribute of one of the bank's own
units, systems, records or prospects (车贷团队, a mortgage app, mortgage files, mortgage leads), or as what the bank sells
in a clause telling the case (打电话推车贷), is the occasion of the case, not what is asked (gate/context_regimes.py)."""

from test_coverage_context_regimes import CR_16, CR_18, LENDING, context


def test_a_product_naming_the_banks_own_unit_or_system_is_the_occasion_of_the_case():
    assert context("车贷团队查客户征信要客户书面同意吗？", LENDING, CR_18)
    assert context("Can marketing reuse the credit report data our mortgage team pulled to target card offers?",
                   LENDING, CR_18)


def test_a_product_the_bank_sells_in_a_clause_telling_the_case_is_its_occasion():
    assert context("我们想打电话推车贷，查客户征信要书面同意吗？", LENDING, CR_18)


def test_a_product_naming_its_customers_or_its_own_terms_stays_a_regime_the_corpus_lacks():
    assert not context("房贷客户查征信要书面同意吗？", LENDING, CR_18)
    assert not context("What is the maximum mortgage term for a second home?", LENDING, CR_16)
    assert not context("推车贷的时候首付比例最低多少？", LENDING, CR_16)
