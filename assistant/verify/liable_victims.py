"""The party who suffers the loss made the one liable for it (pure).

Chinese liability clauses name the one who suffers the loss in the case and the one who compensates after it:
"电子签名人或者电子签名依赖方因依据电子认证服务提供者提供的电子签名认证服务从事民事活动遭受损失，电子认证服务提供者不能证明
自己无过错的，承担赔偿责任" (电子签名法第二十八条). A claim that the signatory is liable ("the electronic signatory is liable unless
it proves it was not at fault") hands the liability to a party the article names only as a victim: the wrong actor.

Read only when the article's sentence names both: the victims before 因 (or opening the sub-clause) of 遭受损失 / 受到损害 /
受到损失 / 蒙受损失, and the liable party between that and 承担…责任 / 赔偿; the claim's liable party must be a victim and none of
the liable ones (lexis.parties.roles_compatible).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language import is_chinese
from ..lexis.parties import ACTOR_LABEL, actors_in, roles_compatible
from .modality import Finding, normalised

# suffering a loss (the statutes' words; 造成损失 names the one who causes it, not the victim)
_LOSS_ZH = re.compile(r"遭受(?:了)?(?:财产)?损失|受到(?:了)?(?:财产)?(?:损害|损失)|蒙受损失")
# being liable for it
_LIABLE_ZH = re.compile(r"承担(?:民事)?(?:赔偿)?责任|(?:依法)?(?:予以)?赔偿")
_LIABLE_EN = re.compile(r"\b(?:is|are|shall be|will be|must be|would be)\s+(?:held\s+)?(?:fully\s+)?liable\b|"
                        r"\b(?:must|shall|has to|have to)\s+(?:pay\s+)?compensat\w*|\bbears?\s+(?:the\s+)?liability\b",
                        re.I)
_SENTENCE = re.compile(r"[。；;\n]")
_SUBCLAUSE = re.compile(r"[，,]")


@lru_cache(maxsize=256)
def _victims_and_liable(clause: str) -> list[tuple[list[str], list[str]]]:
    """(victims, liable parties) of each sentence stating both, once per article (read only)."""
    out = []
    for sentence in _SENTENCE.split(clause):
        loss = _LOSS_ZH.search(sentence)
        if not loss:
            continue
        liable = _LIABLE_ZH.search(sentence, loss.end())
        if not liable:
            continue
        case = sentence[: loss.start()]
        case = case[: case.index("因")] if "因" in case else _SUBCLAUSE.split(case)[-1]
        victims = [a for a in actors_in(case) if a != "anyone"]
        payers = [a for a in actors_in(sentence[loss.end() : liable.start()]) if a != "anyone"]
        if victims and payers:
            out.append((victims, payers))
    return out


def _claimed_liable(claim: str) -> list[str]:
    """The parties a claim makes liable: the subject of the sub-clause that says so."""
    text = normalised(claim)
    m = (_LIABLE_ZH if is_chinese(text) else _LIABLE_EN).search(text)
    if not m:
        return []
    part = re.split(r"[，,；;]", text[: m.start()])[-1]
    return [a for a in actors_in(part) if a != "anyone"]


def victim_made_liable(claim: str, clause_text: str) -> Finding | None:
    """The wrong actor when a claim makes liable a party the Chinese article names only as the one who suffers the
    loss (see the module)."""
    if not is_chinese(clause_text) or not _LOSS_ZH.search(clause_text):
        return None
    claimed = _claimed_liable(claim)
    if not claimed:
        return None
    for victims, payers in _victims_and_liable(normalised(clause_text)):
        for party in claimed:
            if any(roles_compatible(party, v) for v in victims) and not any(roles_compatible(party, p) for p in payers):
                return Finding("actor", f"the clause names {ACTOR_LABEL.get(party, party)} as the one who suffers the "
                                        f"loss; it makes {ACTOR_LABEL.get(payers[0], payers[0])} liable")
    return None
