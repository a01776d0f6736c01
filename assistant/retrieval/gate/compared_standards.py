"""A standard, framework or certification named only as what the asker compares with ("Unlike a CISA advisory, which
is guidance only: what's the fine in China …", "SOX-style", "像COSO那样") is the yardstick of the question, not what
it asks (part of the coverage gate, signal 2).

named_laws.named_as_comparison reads the comparison wording (like / unlike / as in / compared with / -style / 像…那样);
assess.py lifted it for other jurisdictions' regimes only. A named regime that is no subject of its own (regimes.toml:
no `subject`, not `foreign`: Basel, IFRS, PCI DSS, ISO 27001, COSO / SOX, FATF, professional certifications) is as
much a yardstick when so named: the rest of the question is what the corpus must hold, and the gate's other signals
still judge it. A subject (crypto-assets, mortgages, deposit insurance) stays one however it is named: "like a
mortgage" still asks about lending products no indexed text treats.
"""

from __future__ import annotations

import re

from ..named_laws import named_as_comparison


def compared_standard(question: str, regime) -> bool:
    """The regime (a regimes.toml entry) is a named standard or framework, not a subject or another jurisdiction's
    law, and every mention of it in the question is a comparison, none opened by a bare "like" (`_SUCH_AS`)."""
    return not regime.subject and not regime.foreign and compared_only(question, regime.pattern)


def compared_only(question: str, pattern: re.Pattern) -> bool:
    """Every mention of `pattern` in the question is a comparison, none opened by a bare "like" (`_SUCH_AS`). Also
    read of a law no indexed text is, named so ("SOX-style": gate/assess.py's unknown law mentions): the rest of the
    question is what the corpus must hold."""
    if not named_as_comparison(question, pattern):
        return False
    return not any(_SUCH_AS.search(question[:m.start()]) for m in pattern.finditer(question))


# "a certification like CIPP/E", "standards like ISO 27001": before a standard, a bare "like" gives an example of what is
# asked ("such as", general English) as often as it compares; "unlike", "-style", "compared with" only compare.
_SUCH_AS = re.compile(r"\blike\s+(?:[\w'’/-]+\s+){0,3}$", re.I)
