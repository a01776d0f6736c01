"""Round 45's figure checks beside the quantity check, in one place for grounding.py (pure): a bare figure lowered past
the clause's floor (lowered_figures.py), a duty made to last past its period of validity (unbounded_periods.py), the
period of a rate changed (rate_periods.py; a period named by a word read as its figure, period_words.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .lowered_figures import figure_past_the_bound
from .period_words import periods_in_figures
from .rate_periods import other_rate
from .unbounded_periods import lifted_validity_bound


def bound_findings(claim: str, text: str, bridge: Callable[[str], Sequence[str]]) -> list[str]:
    """What the claim says against a figure, bound or rate of the clause `text` (`bridge`: Chinese words for an English
    claim's, to find the part of a Chinese article it restates)."""
    found = []
    past = figure_past_the_bound(claim, text)
    if past:
        found.append(past)
    bound = lifted_validity_bound(claim, text, bridge)
    if bound:
        found.append(f"the clause binds it to a period ({bound}); the claim says it has no end")
    rate = other_rate(periods_in_figures(claim), text, bridge)
    if rate:
        short = rate if len(rate) <= 40 else rate[:40] + "…"
        found.append(f"the clause states another rate: 「{short}」")
    return found
