"""An English claim that gives one party's act in a Chinese sentence to the other party of that sentence (pure).

"When the police need data for a criminal investigation, the companies holding the data must first go through strict
approval procedures" against "公安机关、国家安全机关因…调取数据，应当…经过严格的批准手续，依法进行，有关组织、个人应当予以配合"
(数据安全法第三十五条): the sentence gives the approval to the police and the cooperation to the organisations; the claim
moves the first to the second. `subclauses._actor_of_the_act` judges this within one language; across languages the
claim's act is tied to a sub-clause by the Chinese words the lexicon gives its English words (`words`, as
requirements.requires_dispensed_across does).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexis.parties import actors_in, same_side
from .actors.findings import _actor_finding
from .actors.holders import _duty_pairs
from ..language import is_chinese
from .modality import Finding, normalised
from .subclauses import _act_parts, _holders_per_part, _own_classes, _predicate
from .wording import sentences

# A Chinese word of the claim's act shorter than this says too little of which act it is (处, 权 …)
MIN_TERM_CHARS = 2


def act_of_another_party_across(claim: str, clause_text: str, words: Callable[[str], list[str]]) -> Finding | None:
    """A finding when an English claim gives a party the act a sentence of the Chinese clause gives to another party,
    while the sentence gives the claim's party an act of its own. Every Chinese word of the claim's act the sentence holds
    must stand in the other party's sub-clauses and none in the claim's party's; and no sentence of the clause may give
    the claim's party a sub-clause holding them (the act is then its own somewhere)."""
    if is_chinese(claim) or not is_chinese(clause_text):
        return None
    pairs = _duty_pairs(claim, pronouns=False)
    claimed = [a for a, _ in pairs if a and a != "anyone"]
    if len(pairs) > 1 and pairs[0][0] is None:
        # the act is what the claim's first modal verb governs; when that verb's subject is no party the lexicon knows
        # ("the person concerned may add an explanation …, and the credit reporting agency must record it", 征信业管理条例
        # 第十六条) and a later one's is, the named party holds the later act, and the claim does not say who does this
        # one (the reading subclauses._actor_of_the_act makes within one language)
        return None
    predicate = _predicate(claim)
    if not claimed or predicate == claim:
        return None  # (no modal verb, or no party bound by it: nothing to move)
    terms = [t for t in words(predicate) if len(t) >= MIN_TERM_CHARS and not actors_in(t, subjects_only=False)]
    found: Finding | None = None
    article = normalised(clause_text)
    for sentence in sentences(clause_text):
        text = normalised(sentence)
        held = [t for t in terms if t in text]
        if not held or any(t in article and t not in text for t in terms):
            # (a word of the claim's act the article says in another sentence only: this one is not where the act is;
            # "has to delete an individual's negative credit records" is …超过5年的，应当予以删除, not the 不良信息 the
            # data subject may explain beside it, 征信业管理条例第十六条)
            continue
        parts = [p for p in re.split(r"[，,；;：:]", text) if p.strip()]
        acts = _act_parts(parts, _own_classes(parts), _holders_per_part(text, parts))
        mine = [part for part, hs in acts if any(same_side(a, h) for a in claimed for h in hs)]
        theirs = [(part, hs) for part, hs in acts if not any(same_side(a, h) for a in claimed for h in hs)]
        if any(t in part for part in mine for t in held):
            return None  # the claim's party holds the act here
        if not mine or not theirs or any("anyone" in hs for _, hs in theirs):
            continue
        doers = [hs for part, hs in theirs if any(t in part for t in held)]
        if doers and all(any(t in part for part, _ in theirs) for t in held):
            found = found or _actor_finding(doers[0][0], claimed[0])
    return found
