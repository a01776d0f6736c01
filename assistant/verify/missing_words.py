"""A claim citing the wrong article of a law, told by the words the cited article lacks (pure).

The wording share (wording.wording_share) misses a claim that restates a neighbouring article whose frame the cited one
repeats: 商业银行法第八十四条 and 第八十五条 both open "商业银行工作人员利用职务上的便利，…构成犯罪的，依法追究刑事责任", so a
claim of 第八十五条's offence (贪污、挪用、侵占本行或者客户资金) cited to 第八十四条 shares most of its wording with both. What
tells them apart is the claim's own words the cited article does not hold: when an article beside it holds nearly all
of them, and more of the claim as a whole, the claim most likely cites the neighbour of the article that says it.
"""

from __future__ import annotations

from .wording import _wording, statement

# Set on pool:claims (round 44; 1,502 Chinese claims on Chinese articles, each against its article's neighbours ±2):
# of the true claims, none had a neighbour holding more of the claim than the cited article by 0.1 whose missing words it
# held at 0.6 or more; 33 wrong-article claims had one at 0.6, 25 at 0.8. The share is set between (0.75); a few
# missing bigrams (a paraphrase's own particles) prove nothing, so at least MIN_MISSING of them.
MISSING_HELD = 0.75
MISSING_LEAD = 0.1
MIN_MISSING = 4


def holds_what_the_cited_lacks(claim: str, cited_text: str, other_text: str) -> tuple[float, float] | None:
    """(share of the claim's missing words `other_text` holds, its share of the claim) when the other article holds at
    least MISSING_HELD of the claim's wording that `cited_text` lacks (MIN_MISSING or more character bigrams) and
    MISSING_LEAD more of the claim as a whole; None otherwise. Chinese claims and articles only."""
    key = _wording(statement(claim), True)  # (its unquoted citation is no wording of its own)
    if not key:
        return None
    cited, other = _wording(cited_text, True), _wording(other_text, True)
    missing = key - cited
    if len(missing) < MIN_MISSING:
        return None
    held = len(missing & other) / len(missing)
    share, coverage = len(key & other) / len(key), len(key & cited) / len(key)
    if held >= MISSING_HELD and share >= coverage + MISSING_LEAD:
        return held, share
    return None

