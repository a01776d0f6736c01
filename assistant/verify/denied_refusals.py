"""A right to do something turned into a ban on doing it (pure).

"商业银行有权拒绝任何单位和个人强令要求其发放贷款或者提供担保" (商业银行法第四十一条) gives the bank a right to refuse; a claim that
the bank "应当照办，不得拒绝" bans the very act the article lets it do. The sentence-level comparison can miss it when the
claim's ban word matches another sentence's (任何单位和个人不得强令商业银行发放贷款, the sentence before): this check keys the
comparison on the act itself, the verb after 有权 / 可以 in the article and after the ban word in the claim, and on its
party.

Read only when the article's sentence names no exception to its right (但…除外, 但是): a claim banning the act in the
excepted case states the exception, not the opposite.
"""

from __future__ import annotations

import re

from ..language import is_chinese
from ..lexis.parties import actors_in, roles_compatible
from .modality import Finding, normalised

# the act a claim bans: 不得 / 不能 / 不准 / 不可以 / 不许 and the two characters after it (拒绝, 查询)
_BANNED_ACT_ZH = re.compile(r"(?:不得|不能|不准|不可以|不许|无权)([\u4e00-\u9fff]{2})")
# the act an article's party has the right to do: 有权 and the act after it (可以 is left out: an option the laws give
# for one object sits beside bans of the same verb for others, 可以处理 / 不得处理)
_ALLOWED_ACT_ZH = re.compile(r"有权([\u4e00-\u9fff]{2})")
_EXCEPTION = re.compile(r"除外|但是|但(?!书)")
_SENTENCE = re.compile(r"[。；;\n]")


def _holder_before(text: str, at: int) -> str | None:
    """The last party named as a subject before `at` (the sub-clause's own or, elided, the one before it)."""
    found = actors_in(text[:at])
    return found[-1] if found else None


def ban_on_a_granted_act(claim: str, clause_text: str) -> Finding | None:
    """A polarity finding when a Chinese claim bans a party the act the Chinese article gives it the right (有权) or the
    to do, in a sentence with no exception (see the module)."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return None
    claim = normalised(claim)
    for m in _BANNED_ACT_ZH.finditer(claim):
        act, party = m.group(1), _holder_before(claim, m.start())
        if not party or party == "anyone":
            continue
        for sentence in _SENTENCE.split(normalised(clause_text)):
            if _EXCEPTION.search(sentence):
                continue
            for g in _ALLOWED_ACT_ZH.finditer(sentence):
                holder = _holder_before(sentence, g.start())
                if g.group(1) == act and holder and roles_compatible(party, holder):
                    return Finding("polarity", f"the clause gives the party the right to 「{act}」 (「{g.group(0)}」); the "
                                               f"claim forbids it")
    return None
