"""Whose thing made who acts: a duty given to the party an article names only as the owner of what the duty is about
(pure).

Chinese articles often state a duty with the thing as topic and no subject of its own, the duty holder named once at the
head of the article: "金融机构应当按照规定建立客户身份资料和交易记录保存制度。……客户身份信息发生变更的，应当及时更新。客户
身份资料在业务关系结束后……应当至少保存十年。" (反洗钱法第三十四条). The customer is named only as whose records they are
(客户身份资料: an actor noun before a word of its data or things, `lexis.parties.ATTRIBUTE_ZH`); a claim that the customer
must keep or update them ("customers themselves must keep their identity records", 由客户自己负责及时更新) names the wrong
actor. The consent-giver's possessor (consenters.py) is the same reading for 的同意; this one is for any duty.

The finding stands only when the article (a) names the claim's party nowhere as a party (not as subject, not as the one
acted on: `actors_in` with `subjects_only=False` skips a party named only as an attribute), (b) names it as the owner of
a thing, and (c) names the holder of a duty of its own that is not of the claim's party's kind. A party the article makes
act anywhere (借款人应当提供担保 beside 确认借款人资信良好的, 商业银行法第三十六条) is left to the sentence-level checks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...language import is_chinese
from ...lexis.parties import ACTOR_LABEL, ACTORS_ZH_LONGEST_FIRST, ATTRIBUTE_ZH, actors_in, roles_compatible
from ..actors.holders import named_duty_pairs
from ..modality import Finding, normalised

# the classes that put a duty on the claim's party: an option or a right of a party the article names only as an owner
# is not read here (a customer "may ask" about the records kept on it is a matter of another article)
_DUTY_CLASSES = {"obligation", "prohibition"}
# the words of ATTRIBUTE_ZH that name a thing the party owns; its staff (员工, 工作人员, 人员, 职员) are a party of their own
_THING_WORDS = tuple(w for w in ATTRIBUTE_ZH if w not in ("员工", "工作", "职员", "人员"))


def _owned_thing(clause: str, party: str) -> str | None:
    """The first 「party word + thing word」 of the clause naming `party` (an actor label) as an owner (客户身份资料),
    taken up to the next punctuation mark, 的 or conjunction for the message."""
    for word, name in ACTORS_ZH_LONGEST_FIRST:
        if name != party:
            continue
        # (not inside a longer party word: the 个人 of 个人信息处理者 is a party of its own, found by actors_in)
        longer = [(m.start(), m.end()) for other, _ in ACTORS_ZH_LONGEST_FIRST if len(other) > len(word) and word in other
                  for m in re.finditer(re.escape(other), clause)]
        for m in re.finditer(re.escape(word), clause):
            if clause[m.end() : m.end() + 2] in _THING_WORDS \
                    and not any(s <= m.start() and m.end() <= e for s, e in longer):
                tail = re.match(r"[^，,。；;、的和及或\s]{0,6}", clause[m.end():])
                return word + (tail.group(0) if tail else "")
    return None


@lru_cache(maxsize=256)
def _article_parties(clause: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(every party the article names as a party, the holders its sentences name for their modal verbs), once per
    article: a claim is judged against a few articles, each many times over a run."""
    named = frozenset(actors_in(clause, subjects_only=False))
    holders = sorted({a for sentence in re.split(r"[。；;\n]", clause) for a, _ in named_duty_pairs(sentence)
                      if a and a != "anyone"})
    return named, tuple(holders)


def owner_as_duty_holder(claim: str, clause_text: str) -> Finding | None:
    """The wrong actor when the claim's duty holder is a party the Chinese article names only as the owner of a thing
    while it puts its own duties on a party of another kind (see the module)."""
    if not is_chinese(clause_text):
        return None
    clause = normalised(clause_text)
    claimed = [a for a, c in named_duty_pairs(claim) if a and a != "anyone" and c in _DUTY_CLASSES]
    if not claimed:
        return None
    named, holders = _article_parties(clause)
    for party in claimed:
        if not holders or any(roles_compatible(party, n) for n in named):
            continue
        if any(roles_compatible(party, h) for h in holders):
            continue
        thing = _owned_thing(clause, party)
        if thing:
            return Finding("actor", f"the clause names {ACTOR_LABEL.get(party, party)} only as the owner of 「{thing}」; "
                                    f"its duties are {ACTOR_LABEL.get(holders[0], holders[0])}'s")
    return None
