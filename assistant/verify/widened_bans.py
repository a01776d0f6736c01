"""A ban widened from one kind of a thing to every kind (pure).

"商业银行不得向关系人发放信用贷款；向关系人发放担保贷款的条件不得优于其他借款人同类贷款的条件" (商业银行法第四十条) bans one
kind of loan (信用贷款) and lets the other (担保贷款) be made on terms no better than others'. A claim banning "任何贷款", or
naming the other kind under the ban (担保贷款也不行), states more than the article: a listed case made any case (the
overreach of scope the planted claims test for, by the drafting rule that a modifier before a noun narrows it).

The finding needs the article to tell the kinds apart itself: the thing's noun after a ban word only with one prefix (the
banned kind), and with another prefix where no ban word comes before it in its sub-clause (the kind left to other
terms). A claim naming the banned kind (不得发放信用贷款) or the thing with no ban word is not read.
"""

from __future__ import annotations

import re

from ..language import is_chinese
from ..lexis.parties import actors_in
from .modality import Finding, modal_classes, normalised

# the statutes' ban words, and the everyday ones claims use (不行 / 不可以 / 不准: a ban in speech)
BAN_ZH = re.compile(r"不得|禁止|严禁|不能|不准|不可以|不行|不许")
# every kind of a thing, after the claim's ban: 不得发放任何贷款, 一切贷款都不能
ANY_KIND_ZH = re.compile(r"(?:任何|一切|所有|全部|各种|各类)([\u4e00-\u9fff]{2,3}?)(?=[，,。；;也都一概均\s]|$)")
# a kind named under the ban after it: 担保贷款也不行, 担保贷款也不得发放
_ALSO_ZH = re.compile(r"([\u4e00-\u9fff]{4,5}?)(?:也|都|同样|一样)(?:不行|不能|不得|不可以|不准|禁止)")
_SUBCLAUSE = re.compile(r"[，,。；;：:\n]")


def _kinds(clause: str, noun: str) -> tuple[set[str], set[str]]:
    """(prefixes of `noun` banned: after a ban word in its sub-clause and not a modifier (…的); prefixes of it with no
    ban word before it there), each the two characters before the noun."""
    banned, free = set(), set()
    for part in _SUBCLAUSE.split(clause):
        for m in re.finditer(re.escape(noun), part):
            prefix = part[max(0, m.start() - 2) : m.start()]
            if len(prefix) < 2:
                continue
            if not BAN_ZH.search(part[: m.start() - 2]):
                free.add(prefix)
            elif part[m.end() : m.end() + 1] != "的":  # (同类贷款的条件 after 不得优于: the terms are banned, not the loan)
                banned.add(prefix)
    return banned, free


def widened_ban(claim: str, clause_text: str) -> Finding | None:
    """A scope finding when a Chinese claim bans every kind of a thing (or names under its ban a kind) that the Chinese
    article bans only in another kind (see the module)."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return None
    if not (ANY_KIND_ZH.search(claim) or _ALSO_ZH.search(claim)):
        return None  # (no kind named under a ban, no "every kind": nothing to read, at no cost)
    if not any(c == "prohibition" for _, c in modal_classes(claim)) and not BAN_ZH.search(claim):
        return None
    clause = normalised(clause_text)
    asked: list[tuple[str, str]] = []  # (noun, the kind the claim names or "" for every kind)
    for m in ANY_KIND_ZH.finditer(claim):
        if BAN_ZH.search(claim[: m.start()]) and not actors_in(m.group(1), subjects_only=False):
            asked.append((m.group(1), ""))
    for m in _ALSO_ZH.finditer(claim):
        phrase = m.group(1)
        for cut in (2, 3):  # a two- or three-character noun after a two-character kind: 担保贷款, 信用卡账户
            noun, kind = phrase[-cut:], phrase[-cut - 2 : -cut]
            if len(kind) == 2 and not actors_in(phrase, subjects_only=False):
                asked.append((noun, kind))
    for noun, kind in asked:
        banned, free = _kinds(clause, noun)
        if len(banned) != 1 or not free - banned:
            continue
        if kind and (kind in banned or kind not in free):
            continue  # the claim's kind is the banned one, or one the article does not name
        if not kind and any(b + noun in claim for b in banned):
            continue
        allowed = kind or sorted(free - banned)[0]
        return Finding("scope", f"the clause bans only 「{next(iter(banned))}{noun}」; the claim bans 「{allowed}{noun}」 "
                                f"too, which the clause leaves to other terms")
    return None
