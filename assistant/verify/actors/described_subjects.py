"""An English subject the party lexicon does not name, described by a relative clause (pure): "people who work at a
commercial bank must not disclose …", "people who do business with a bank must cooperate …". The head noun before the
relative pronoun is the subject; a party named inside the relative clause is what the clause says of it (where they
work, whom they deal with), not the one the modal verb binds.

Claims paraphrase the laws' role descriptions this way: 商业银行的工作人员 (商业银行法第五十三条) as "people who work at a
commercial bank", 与金融机构存在业务关系的单位和个人 (反洗钱法第三十八条) as "people who do business with a bank". General
English grammar (a relative clause post-modifies the noun before it) and the general wording of employment.
"""

from __future__ import annotations

import re

from ...lexis.parties import actors_in

# The head noun of the subject: one or two plain words right before the relative pronoun, no preposition among them
# ("people", "those", "bank employees"; not "the data of customers who", whose head is "data" and whose party words are
# the preposition's object, read elsewhere)
_DESCRIBED_HEAD_EN = re.compile(r"^\s*((?:[a-z-]+\s+){0,1}[a-z-]+)\s+(?:who|that|which|whom)\b", re.I)
_PREPOSITIONS_EN = re.compile(r"\b(?:of|to|from|by|with|for|at|in|on|under|about|against|per|as)\b", re.I)
# Being someone's staff in general English: working at, for or in an organisation, being employed or engaged by it;
# and the nouns that say so by themselves (employees, staff, personnel, workers)
_WORKS_AT_EN = re.compile(r"\s*(?:who|that)\s+(?:(?:currently|still)\s+)?(?:work|works|worked|are employed|is employed|"
                          r"were employed|serve|serves)\s+(?:at|for|in|by|with)\b", re.I)
_STAFF_NOUNS_EN = re.compile(r"\b(?:employees?|staff|personnel|workers?|officers|clerks?)\b", re.I)


def described_subject_en(head: str) -> list[str] | None:
    """The actors of an English subject head (the words before the modal verb, lead words already skipped) whose head
    noun the lexicon does not name and a relative clause describes: ["staff"] when the clause or the noun says they
    work for an organisation, [] (a party the lexicon does not know) otherwise; None when `head` is not of that shape
    (the caller reads it as before)."""
    m = _DESCRIBED_HEAD_EN.match(head)
    if not m or _PREPOSITIONS_EN.search(m.group(1)):
        return None
    if actors_in(m.group(1), subjects_only=False):
        return None  # (a party the lexicon names opens the subject: read as before)
    if _WORKS_AT_EN.match(head, m.end(1)) or _STAFF_NOUNS_EN.search(m.group(1)):
        return ["staff"]
    return []


# The same in Chinese: a subject headed by a plain person noun (人, 人们) whose modifier says they work at a party
# ("在商业银行上班的人", "在银行工作的人" for 商业银行的工作人员, 商业银行法第五十三条): general Chinese employment wording
# (上班、工作、任职、就职、供职; 任职 as in 商业银行法第五十三条's 任职期间). The party is where they work, not the one the
# modal verb binds.
_WORKS_AT_ZH = re.compile(r"^\s*(?:在|于)?([\u4e00-\u9fff]{2,20}?)(?:里|中|内|上)?(?:上班|工作|任职|就职|供职)的(?:人|人们|那些人)\s*$")


def described_subject_zh(head: str) -> list[str] | None:
    """["staff"] when a Chinese subject is a plain person noun described as working at a party the lexicon names (see
    above); None when `head` is not of that shape (the caller reads it as before)."""
    m = _WORKS_AT_ZH.match(head)
    if not m or not actors_in(m.group(1), subjects_only=False):
        return None
    return ["staff"]
