"""English word stems for matching a question's words to the GDPR's and the AI Act's article headings (pure logic).

A heading names its subject in the noun form ("Restrictions", "Notification of a personal data breach", "Representatives
of controllers …"), a question in the verb or another form ("can national law restrict …", "do we have to notify …",
"someone to represent us"). Plurals are folded, then one common derivational suffix is cut when at least four letters
remain (restrictions → restrict, notification → notific, representative → represent), so that both forms meet. A
stemmer for matching only: the stems are never shown.
"""

from __future__ import annotations

from collections.abc import Iterable

# longest first: "ations" before "ation" before "ion"
_SUFFIXES = ("isations", "izations", "isation", "ization", "ations", "ation", "ions", "ion", "ings", "ing", "ments",
             "ment", "atives", "ative", "ives", "ive", "ed", "es")


def light_stem(word: str) -> str:
    """`word` without one derivational suffix, when at least four letters remain."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def stem(word: str) -> str:
    """An English word folded (plural, then one suffix: deployers → deployer, restrictions → restrict); a Chinese word
    as it is."""
    if not word.isascii():
        return word
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return light_stem(word)


def stems(words: Iterable[str]) -> set[str]:
    """The stems of `words` (stem)."""
    return {stem(w) for w in words}
