"""Round 35: a rule a Chinese clause states with a minimum or a frequency and no modal verb, made optional by the claim.
Sentences written in the policies' style for these tests, not copied from the eval sets."""

from assistant.lexis.lexicon import load_lexicon
from assistant.verify.stated_rules import option_of_a_stated_rule
from claim_helpers import kinds

REVALIDATION_ZH = "第九条 高风险模型每年至少进行一次重新验证，中风险模型每两年至少进行一次重新验证。"
DUTY_ZH = "第九条 高风险模型应当每年至少进行一次重新验证。"


def test_a_stated_rule_made_optional():
    words = load_lexicon().chinese_words
    assert option_of_a_stated_rule("High-risk models may be revalidated yearly if the bank chooses to; it is optional.",
                                   REVALIDATION_ZH, words)
    assert option_of_a_stated_rule("高风险模型每年重新验证一次是可选的。", REVALIDATION_ZH, words)
    assert "modality" in kinds("高风险模型每年重新验证一次是可选的。", REVALIDATION_ZH)


def test_the_rule_restated_or_another_minimum_passes():
    words = load_lexicon().chinese_words
    assert not option_of_a_stated_rule("High-risk models must be revalidated at least once a year.", REVALIDATION_ZH, words)
    assert not option_of_a_stated_rule("中风险模型不必每年验证，两年至少一次就行。", REVALIDATION_ZH, words)
    # a bare "may" is no option word here, and a sentence with a modal verb is the modal checks' to judge
    assert not option_of_a_stated_rule("High-risk models may be revalidated every year.", REVALIDATION_ZH, words)
    assert not option_of_a_stated_rule("高风险模型每年重新验证一次是可选的。", DUTY_ZH, words)
