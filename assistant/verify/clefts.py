"""An English claim's cleft sentence read in plain order, before the wording checks run (pure).

"It is the notified body that keeps the logs" says what "the notified body keeps the logs" says: a cleft (it is X
that / who …) and a pseudo-cleft (X is the one who …) only stress X (general English grammar: the it-cleft and the
"the one who" cleft focus the subject). The duty-holder checks read the subject before the verb; in a cleft the subject
stands after "it is", so the checks found none and let a claim giving the act to the wrong party through. actors/
holders.py already reads a cleft before a modal verb ("it is the deployer who must keep the logs"); this reads one before
any verb ("… that keeps", "… who carries out"), for every check of the claim.

The focused party must open with a determiner (the / a / an / each / every / only the): "it is clear that …", "it is
likely that …" and "it is not allowed to …" are no clefts. A contrasted party between commas ("it is the provider, not
the deployer, that …") or after "rather than" is dropped with the frame: the claim gives the act to the focused one.
"""

from __future__ import annotations

import re

from ..language import is_chinese

# nouns of a fact or view after "it is the": "it is the case that …", "it is the view of … that" (no party focused)
_NO_PARTY = r"(?!(?:case|fact|view|position|rule|law|reason|point|idea|result|effect|same)\b)"
_FOCUS = (r"((?:only\s+)?(?:the|a|an|each|every)\s+" + _NO_PARTY + r"[\w'’()/-]+(?:\s+[\w'’()/-]+){0,11}?)")
_CONTRAST = r"(?:,\s*(?:and\s+)?not\s+[^,;.]{2,80}?,|\s+(?:rather\s+than|and\s+not|instead\s+of)\s+[^,;.]{2,80}?)?"
# it is / it's X [, not Y,] that / who / which <verb>
_IT_CLEFT_EN = re.compile(r"\bit\s+(?:is|'s|’s)\s+" + _FOCUS + _CONTRAST + r"\s+(?:who|that|which)\s+(?=[a-z])", re.I)
# X is / are the one(s) who / that <verb>
_ONE_CLEFT_EN = re.compile(r"\s+(?:is|are)\s+the\s+ones?\s+(?:who|that)\s+(?=[a-z])", re.I)


def uncleft_en(text: str) -> str:
    """`text` with each English cleft read in plain order (X <verb> …); a Chinese text is returned unchanged."""
    if is_chinese(text):
        return text
    return _ONE_CLEFT_EN.sub(" ", _IT_CLEFT_EN.sub(r"\1 ", text))
