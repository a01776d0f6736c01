"""A ban on doing a thing wrongfully made a ban on doing it at all (pure).

"商业银行的工作人员…不得有下列行为：…（三）违反规定徇私向亲属、朋友发放贷款或者提供担保" (商业银行法第五十二条) bans lending to
relatives against the rules and for favour, not lending to them; a claim that staff "不得向亲属、朋友发放任何贷款" states more
than the article: the manner that makes the act wrongful is dropped and the act banned in every case. The manner words
are the statutes' own (违反规定 / 违反国家规定 / 违反法律, 徇私, 擅自, 非法, 违法, 未经…同意 / 批准: 商业银行法第五十二条,
网络安全法第四十四条 非法出售, 个人信息保护法第十条 非法收集).

Read only when the claim bans every kind of the thing (任何 / 一切 / 所有 + noun, as widened_bans.py reads it) without a
manner word of its own, and every sub-clause of the article naming the thing under a ban (after a ban word, or in a list
whose lead-in bans) qualifies it by a manner word before it.
"""

from __future__ import annotations

import re

from ..language import is_chinese
from ..lexis.parties import actors_in
from ..text.numerals import ENUM_DIGITS
from .modality import Finding, normalised
from .widened_bans import ANY_KIND_ZH, BAN_ZH

# the statutes' words that make an act wrongful (see the module)
_WRONGFUL_ZH = re.compile(r"违反(?:国家)?(?:有关)?(?:规定|法律|约定)|徇私|擅自|非法|违法|未经[^，,。；;]{0,12}?(?:同意|批准|许可|授权)")
_SUBCLAUSE = re.compile(r"[，,。；;\n]")
# a list item: its lead-in's ban covers it (（三）…, 1. …)
_ITEM = re.compile(rf"^\s*(?:[（(][{ENUM_DIGITS}0-9]+[）)]|[0-9]+\.)")


def _banned_mentions(clause: str, noun: str) -> list[str]:
    """For each sub-clause of the article naming `noun` under a ban, the manner word qualifying it ('' for none)."""
    out = []
    lines = clause.split("\n")
    banned_list = False  # (the last lead-in before a list ends with a ban: 不得有下列行为：)
    for line in lines:
        if not line.strip():
            continue
        item = bool(_ITEM.match(line))
        if not item:
            banned_list = bool(BAN_ZH.search(line)) and line.rstrip().endswith((":", "："))
        for part in _SUBCLAUSE.split(line):
            at = part.find(noun)
            if at < 0:
                continue
            if BAN_ZH.search(part[:at]) or (item and banned_list):
                manner = _WRONGFUL_ZH.search(part[:at])
                out.append(manner.group(0) if manner else "")
    return out


def wrongful_ban_widened(claim: str, clause_text: str) -> Finding | None:
    """A scope finding when a Chinese claim bans every kind of a thing the Chinese article bans only when done wrongfully
    (see the module)."""
    if not (is_chinese(claim) and is_chinese(clause_text)) or _WRONGFUL_ZH.search(claim):
        return None
    clause = normalised(clause_text)
    if not _WRONGFUL_ZH.search(clause):
        return None
    for m in ANY_KIND_ZH.finditer(claim):
        noun = m.group(1)
        if not BAN_ZH.search(claim[: m.start()]) or actors_in(noun, subjects_only=False):
            continue
        mentions = _banned_mentions(clause, noun)
        if mentions and all(mentions):
            return Finding("scope", f"the clause bans 「{noun}」 only when done against the rules or without leave "
                                    f"(「{mentions[0]}」); the claim bans it in every case")
    return None
