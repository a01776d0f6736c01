"""A rule the Chinese clause states without a modal verb, which the claim makes optional (pure).

The bank's policies, and many statutes, state a duty in the plain present with a minimum or a frequency: "高风险模型每年至少
进行一次重新验证" (policy-model-risk 第二十六条), "信息安全部每半年…开展检查" (policy-data-classification 第三十条). There is
no 应当 to set against the claim's "optional", so the modal checks (polarity.py) see nothing. A claim that says the act
is optional, voluntary, at the bank's discretion or not required, about such a sentence, turns the rule into an option.

Only the claim's explicit words of option count (not a bare "may" / 可以, which a penalty clause's 处…罚款 is restated
with), and only a sentence with no modal verb at all that states a minimum or a frequency (至少, 不少于, 每年 …).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.numerals import NUMBER
from ..language import is_chinese
from .modality import Finding, normalised, modal_classes
from .wording import _short, _wording, sentences

# the claim makes the act optional (general usage)
_OPTION_EN = re.compile(r"\b(?:optional|voluntary|discretionary|at (?:its|their|the bank's|his|her) (?:own )?discretion|"
                        r"if (?:it|they|the bank|the firm) (?:so )?(?:wish(?:es)?|chooses?|likes?|prefers?)(?: to)?|"
                        r"need not|needn't|(?:is|are)(?: not|n't) (?:required|mandatory|compulsory|obligatory)|"
                        r"no (?:obligation|duty|requirement) to|up to the (?:bank|firm|institution)|may choose whether)\b",
                        re.I)
_OPTION_ZH = re.compile(r"可选|自愿|自行决定|自己决定|自主决定|可以不|可不|无需|无须|不需要|不必|不用|不强制|非强制|"
                        r"视情况|看情况|酌情|愿意的话|想做就做")
# the sentence states a minimum or a frequency of the act (general legal drafting: 至少每年一次, 每半年, 不少于五年)
_BOUND_ZH = re.compile(rf"至少|不少于|不得少于|不低于|每(?:个)?(?:年|半年|季度|月|周|日|天|{NUMBER}年)")
# a claim that states a minimum of its own ("不必每年验证，两年至少一次就行") sets one frequency against another: the
# figures are compared elsewhere (grounding._check_quantities)
_OWN_MINIMUM = re.compile(r"至少|不少于|不低于|\bat least\b|\bno (?:less|fewer) than\b|\bminimum\b", re.I)
# A Chinese claim must have this much of its wording (character bigrams) in the sentence, an English one hold this many of
# the sentence's Chinese terms through the lexicon, to be about it (the sentence it restates, not a neighbour)
SHARE_MIN = 0.5
TERMS_MIN = 2


def _rule_sentences(clause_text: str) -> list[str]:
    """The sentences (and their sub-clauses joined by ；) of the clause that state a bound without any modal verb."""
    out = []
    for sentence in sentences(normalised(clause_text)):
        for part in re.split(r"[；;]", sentence):
            if _BOUND_ZH.search(part) and not modal_classes(part):
                out.append(part)
    return out


def option_of_a_stated_rule(claim: str, clause_text: str, words: Callable[[str], list[str]]) -> Finding | None:
    """A finding when the claim makes optional what a sentence of the Chinese clause states, with a minimum or a
    frequency and no modal verb, as the rule. `words`: the Chinese words for an English claim's words (the lexicon's)."""
    if not is_chinese(clause_text):
        return None
    said = normalised(claim)
    if not (_OPTION_ZH if is_chinese(said) else _OPTION_EN).search(said) or _OWN_MINIMUM.search(said):
        return None
    rules = _rule_sentences(clause_text)
    if not rules:
        return None
    if is_chinese(said):
        mine = _wording(said, True)
        tied = [r for r in rules if mine and len(_wording(r, True) & mine) / len(mine) >= SHARE_MIN]
    else:
        terms = {t for t in words(said) if len(t) >= 2}
        tied = [r for r in rules if len({t for t in terms if t in r}) >= TERMS_MIN]
    if not tied:
        return None
    return Finding("modality", f"the clause states it as the rule (「{_short(tied[0])}」); the claim makes it optional")
