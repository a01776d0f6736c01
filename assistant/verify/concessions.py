"""A rule denied in the very case the clause states it for (pure).

"即使损害我国国家安全，也不会被追究法律责任" against "在中华人民共和国境外开展数据处理活动，损害中华人民共和国国家安全…的，依法
追究法律责任" (数据安全法第二条); "does not reach processing outside China, even if it harms China's national security". A
concession (即使 / 即便 / 哪怕 / 纵然 / 就算 …也; "even if / even where / even when / even though": general usage of both
languages) names a case and says the rule does not change in it; when the clause states its rule for that very case and
the claim denies it there, the claim says the opposite of the clause, whatever other sentence its words also match.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.articles import CN_CASE_END
from ..language import is_chinese
from .modality import Finding, normalised
from .wording import _short, _wording, sentences

_CONCEDED_ZH = re.compile(r"(?:即使|即便|哪怕|纵然|纵使|就算)([^，,。；;]{2,40})[，,]\s*([^。；;]{2,80})")
_CONCEDED_EN = re.compile(r"\beven (?:if|where|when|though)\b([^,;.]{3,120})", re.I)
_NEGATED_ZH = re.compile(r"不|无|没有|未|免")
_NEGATED_EN = re.compile(r"\b(?:not|no|never|none|nothing|neither)\b|n't\b", re.I)
_CASE_EN = re.compile(r"^\W*(?:\(?\w{1,4}[.)]\s+)?(?:where|if|when)\b([^,;]{3,200}),(.*)$", re.I)
# how much of the conceded case the clause's case must hold, and of the claim's rule words the sentence
CASE_HELD = 0.5
RULE_HELD = 0.3


def _parts(claim: str) -> tuple[str, str] | None:
    """(the conceded case, the claim's rule) or None."""
    if is_chinese(claim):
        m = _CONCEDED_ZH.search(claim)
        return (m.group(1), m.group(2)) if m else None
    m = _CONCEDED_EN.search(claim)
    return (m.group(1), claim[: m.start()] + " " + claim[m.end():]) if m else None


def _cases(clause_text: str) -> list[tuple[str, str, str]]:
    """(sentence, its case, its rule) of each sentence that states a rule for a case."""
    out = []
    for s in sentences(normalised(clause_text)):
        if is_chinese(s):
            ends = list(CN_CASE_END.finditer(s))
            if ends:
                out.append((s, s[: ends[-1].start()], s[ends[-1].end():]))
        else:
            m = _CASE_EN.match(s)
            if m:
                out.append((s, m.group(1), m.group(2)))
    return out


def _share(words: set[str], text: str, zh: bool) -> float:
    return len(words & _wording(text, zh)) / len(words) if words else 0.0


def _terms_share(terms: list[str], text: str) -> float:
    return sum(1 for t in terms if t in text) / len(terms) if terms else 0.0


def denied_in_its_case(claim: str, clause_text: str, bridge: Callable[[str], list[str]] | None = None) -> Finding | None:
    """The finding when the claim concedes a case and denies its rule there, while the clause states the rule (not
    negated) for that case; an English claim on a Chinese clause is read through `bridge` (the lexicon's words)."""
    claim = normalised(claim)
    found = _parts(claim)
    if not found:
        return None
    conceded, rule = found
    zh = is_chinese(claim)
    if not (_NEGATED_ZH if zh else _NEGATED_EN).search(rule):
        return None
    across = not zh and is_chinese(clause_text)
    if across and bridge is None:
        return None
    for sentence, case, stated in _cases(clause_text):
        if (_NEGATED_ZH if is_chinese(stated) else _NEGATED_EN).search(stated):
            continue  # the clause denies it too, or makes its own exception
        if across:
            held = _terms_share([t for t in bridge(conceded) if len(t) >= 2], case)
            # (a rule the lexicon has no word for, "does not reach processing outside China", is judged by its case alone)
            terms = [t for t in bridge(rule) if len(t) >= 2]
            about = _terms_share(terms, sentence) if terms else RULE_HELD
        else:
            key = _wording(conceded, zh)
            held = _share(key, case, zh) if len(key) >= 2 else 0.0
            about = _share(_wording(_NEGATED_ZH.sub("", rule) if zh else rule, zh), sentence, zh)
        if held >= CASE_HELD and about >= RULE_HELD:
            return Finding("polarity", f"the clause states its rule for the very case the claim concedes and denies it in "
                                       f"(「{conceded.strip()}」): 「{_short(sentence)}」")
    return None
