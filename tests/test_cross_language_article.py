"""An English claim citing the neighbour of the Chinese article that says it is not supported (grounding verifier,
_check_neighbour_terms): its legal terms, bridged to Chinese by the glossary and the lexicon, are in the article beside
the cited one. Real clause texts; the claims are written for this test."""

from tests.test_grounding import AML34, AML35, ALL, MemoryLookup, cite, draft, retrieval

from assistant.verify.grounding import GroundingVerifier

CLAIM = "Financial institutions must set up a system for keeping customer identification data and transaction records."


def _verdict(cited):
    verification = GroundingVerifier(lookup=MemoryLookup(ALL)).verify(
        "q", draft((CLAIM, [1]), citations=[cite(1, cited)]), retrieval(cited))
    return verification.verdicts[0]


def test_a_claim_cited_to_the_article_beside_the_one_that_says_it_is_not_supported():
    verdict = _verdict(AML35)  # 第三十五条: large-value and suspicious transaction reports
    assert verdict.verdict == "not_supported" and "第三十四条" in verdict.reason


def test_the_same_claim_cited_to_its_own_article_passes():
    assert _verdict(AML34).verdict == "supported"


def test_without_an_article_lookup_nothing_is_guessed():
    verification = GroundingVerifier().verify("q", draft((CLAIM, [1]), citations=[cite(1, AML35)]), retrieval(AML35))
    assert verification.verdicts[0].verdict == "supported"
