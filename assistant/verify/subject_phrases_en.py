"""Where an English claim's own subject ends (pure): the checks that ask who acts read the subject noun phrase, not
the words that describe it.

English puts the head noun of a subject before its post-modifiers (a relative clause, a participle with its object):
"A contractor maintaining an e-government system is not allowed to …" is about the contractor, and "A network operator
that fails to stop transmitting information whose publication is prohibited by law may be fined …" has its modal verb
"may", not the "is prohibited" of the relative clause that describes the information. A drafting model paraphrasing a
Chinese article writes such subjects whenever the article opens with a case (受托方…, 网络运营者违反…规定的): general
English grammar, no word list of the laws.
"""

from __future__ import annotations

import re

# A relative pronoun opens a clause that describes the noun before it (general English grammar)
_RELATIVE_EN = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.I)
# A present participle followed by a determiner or possessive is a verb with its object ("maintaining an …",
# "processing the …"), so it describes the noun before it; a participle used as an adjective ("the banking regulator",
# "processing activities") has no determiner after it and stays in the phrase
_PARTICIPLE_WITH_OBJECT_EN = re.compile(r"\b[a-z]{3,}ing\s+(?:a|an|the|its|their|his|her|any|all|each|every|such|this|"
                                        r"these|those|our|your)\b", re.I)


def subject_words_en(opening: str) -> str:
    """The opening words of an English claim up to the first post-modifier of its subject's head noun (a relative
    pronoun, or a participle taking an object): the words that can name who acts. Unchanged when the post-modifier
    would leave no word before it."""
    cuts = [m.start() for m in (_RELATIVE_EN.search(opening), _PARTICIPLE_WITH_OBJECT_EN.search(opening)) if m]
    at = min(cuts, default=len(opening))
    return opening[:at].rstrip() if opening[:at].strip() else opening


def in_compound(text: str, start: int, end: int) -> bool:
    """Whether the words text[start:end] are one part of a hyphenated compound ("e-government", "government-owned"):
    a modifier of the word they are joined to, not a name standing on its own."""
    return text[start - 1:start] == "-" or text[end:end + 1] == "-"


def main_modal_en(part: str, modals: list[tuple[int, str]]) -> tuple[int, str]:
    """The modal verb of an English sub-clause's main clause: the first one, unless a relative pronoun stands before it
    and a later modal verb follows (the first then belongs to the relative clause that describes the subject: "a
    network operator that fails to stop … information whose publication is prohibited by law may be fined")."""
    first = modals[0]
    if len(modals) > 1 and _RELATIVE_EN.search(part[:first[0]]):
        return modals[1]
    return first
