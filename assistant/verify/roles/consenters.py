"""Whose consent: the one a consent-giver's phrase names as its possessor made the giver (pure).

Chinese laws name who must consent by a noun phrase before 的同意: "应当取得未成年人的父母或者其他监护人的同意" (个人信息保护法
第三十一条) asks the parents' or guardian's consent, not the minor's, though it names the minor. A claim that asks the consent
of the party the phrase names only as the possessor of the giver ("only needs the child's own consent", "取得未成年人本人的同意")
names the wrong actor; the party whose consent the clause asks for (the phrase's head, after its last 的) is not it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ...language import is_chinese
from ..modality import Finding, normalised

# the consent an article asks for and whose: 取得 / 经 / 征得 X 的 (书面 / 单独 / 明确) 同意
_CONSENT_ZH = re.compile(r"(?:取得|经过?|征得|获得)([\u4e00-\u9fff、]{2,30}?)的(?:书面|单独|明确|事先)?同意")
# an English claim's giver: "the child's (own) consent", "the consent of / from the child"
_GIVER_EN = re.compile(r"\b((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)(?:'s|’s|s'|s’)\s+(?:own\s+)?(?:\w+\s+)?consent\b|"
                       r"\bconsent\s+(?:of|from)\s+(?:the\s+|his or her\s+|their\s+|its\s+)?((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)",
                       re.I)
# a Chinese claim's giver named without 的: 由未成年人本人作出同意, 经未成年人本人同意, 征得监护人同意 (the 由 / 经 of the laws' own
# consent phrases, 个人信息保护法第十三条 取得个人的同意, 第二十三条 取得个人的单独同意, said without the possessive)
_GIVER_BARE_ZH = re.compile(r"(?:由|经过?|征得|取得|获得)((?:(?!的|由)[\u4e00-\u9fff、]){2,16}?)(?:本人|自己|自身)?"
                            r"(?:作出|给予|表示)?(?:书面|单独|明确|事先)?同意")
# what a Chinese giver phrase may add to the party that names nobody else (本人 / 自己: the party itself)
_SELF_ZH = re.compile(r"本人|自己|自身|其")


def _givers_zh(text: str) -> list[tuple[str, str]]:
    """(possessor part, head) of each consent-giver phrase: 未成年人的父母或者其他监护人 → (未成年人, 父母或者其他监护人)."""
    out = []
    for m in _CONSENT_ZH.finditer(normalised(text)):
        phrase = m.group(1)
        possessor, _, head = phrase.rpartition("的")
        out.append((possessor, head))
    return out


def _possessor_made_giver(words: Iterable[str], givers: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The (word, clause giver) when each of the clause's givers names one of `words` only as its possessor."""
    words = [w for w in words if w]
    if not words or not givers:
        return None
    if any(w in head for w in words for _, head in givers):
        return None
    for possessor, head in givers:
        for w in words:
            if possessor and w in possessor:
                return w, f"{possessor}的{head}"
    return None


def possessor_as_consenter(claim: str, clause_text: str, chinese_words: Callable[[str], list[str]] | None = None) \
        -> Finding | None:
    """The wrong consent-giver: the claim asks the consent of a party the clause names only as the possessor of the one
    whose consent it asks (see the module). Chinese claims compare words; English ones through `chinese_words` (the
    lexicon's Chinese words for an English phrase) against a Chinese clause."""
    if not is_chinese(clause_text):
        return None
    givers = [g for g in _givers_zh(clause_text) if g[0]]
    if not givers:
        return None
    if is_chinese(claim):
        said = []
        for possessor, head in _givers_zh(claim):
            party = _SELF_ZH.sub("", head) or possessor
            said.append(party)
        said += [_SELF_ZH.sub("", m.group(1)) for m in _GIVER_BARE_ZH.finditer(normalised(claim))]
        hit = _possessor_made_giver(said, givers)
    elif chinese_words is not None:
        said = []
        for m in _GIVER_EN.finditer(claim):
            phrase = m.group(1) or m.group(2)
            said += [w for w in chinese_words(phrase) if w != "同意"]
        hit = _possessor_made_giver(said, givers)
        # the claim names the clause's giver too ("the child's parents' consent"): nothing moved
        if hit and any(w in head for _, head in givers for w in chinese_words(claim) if w != "同意"):
            hit = None
    else:
        hit = None
    if hit is None:
        return None
    word, theirs = hit
    return Finding("actor", f"the clause asks the consent of 「{theirs}」; the claim that of {word}, whom it names only as "
                            f"the one they stand for")
