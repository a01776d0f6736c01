"""A figure a claim lowers or raises past the floor or ceiling the clause sets (pure).

"Member States may provide by law for a lower age … provided that such lower age is not below 13 years" (GDPR Art. 8(1)):
a claim that they "may lower the age to ten" gives the new value with no unit (ordinary English ellipsis: the unit is the
thing lowered), so the quantity check sees no figure and the elliptical reading (a bare number after a bound) sees no
bound. The verbs are general English for setting a figure to a new value ("lower / reduce / cut … to N", "raise / increase
/ extend … to N"); the clause's bound is the one extract_quantities reads ("not below 13 years": a floor).
"""

from __future__ import annotations

import re

from ..language import is_chinese
from ..lexis.quantities import EN_NUMBER_WORDS, extract_quantities

_WORD = "|".join(sorted(EN_NUMBER_WORDS, key=len, reverse=True))
# the verb, up to eight words of what it changes, "to", a bare number (a number with its unit is a quantity already)
_SET_TO_EN = re.compile(rf"\b(?P<verb>lower|reduce|cut|decrease|bring down|raise|increase|extend|lengthen)(?:s|ed|ing)?\b"
                        rf"(?P<what>(?:\s+[\w'-]+){{0,8}}?)\s+to\s+(?P<n>\d+|{_WORD})\b(?!\s*(?:[%％.,]\d|[-\w]))", re.I)
# words that name no thing (articles, pronouns, prepositions)
_NOT_A_THING = {"the", "its", "their", "this", "that", "for", "with", "any", "all", "own", "which", "such"}
_DOWN = {"lower", "reduce", "cut", "decrease", "bring down"}


def figure_past_the_bound(claim: str, clause: str) -> str:
    """'' or a description, when an English claim lowers a figure below the floor the clause sets (or raises it above its
    ceiling). The clause must be English and state the bound; a Chinese text is compared by its own checks."""
    if is_chinese(claim + clause):
        return ""
    changes = list(_SET_TO_EN.finditer(claim))
    if not changes:
        return ""  # most claims set no figure: the clause's quantities are not read for them (verifier time)
    bounds = extract_quantities(clause)
    for m in changes:
        number = m.group("n").lower()
        value = float(number) if number.isdigit() else float(EN_NUMBER_WORDS[number])
        down = m.group("verb").lower() in _DOWN
        wanted = "min" if down else "max"
        words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", m.group("what")) if w.lower() not in _NOT_A_THING}
        for q in bounds:
            # the bound must be on the thing changed: one of its words stands just before the figure ("such lower
            # age is not below 13 years"), not on another figure of the clause
            near = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", clause[max(0, q.span[0] - 60) : q.span[0]])}
            if q.bound == wanted and words & near and (value < q.value if down else value > q.value):
                side = "below the floor" if down else "above the ceiling"
                return f"claim sets {m.group('verb')} … to {number}, {side} of {q.raw} the clause sets"
    return ""
