"""A universal word the article says itself, in the sentence the claim's sub-clause restates (pure).

"中国人民银行不能给地方政府…发放贷款，也不能为任何单位和个人提供担保" puts 任何 on the guarantee, and 中国人民银行法第三十条 says
"中国人民银行不得向任何单位和个人提供担保" in a sentence of its own: the claim's "any" is the article's, whatever exception the
loan sentence beside it makes. A sub-clause that restates one sentence (most of its wording found there) and holds the
same universal phrase (任何单位 / "any person") overreaches nothing; the scope check (polarity.py) counts that sentence
among those that license the claim's universal word. The universal words are the general ones of both languages.
"""

from __future__ import annotations

import re

from .modality import normalised

_UNIVERSAL_ZH = re.compile(r"(?:任何|一切|所有|全部|凡是)[\u4e00-\u9fff]{2}")
_UNIVERSAL_EN = re.compile(r"\b(?:any|every|all|each)\s+[a-z]{3,}\b", re.I)
_SUB_CLAUSE = re.compile(r"[，,；;。.:：]")
# the share of a sub-clause's wording (character bigrams, or words) the sentence must hold to be the one it restates:
# most of it, as a paraphrase keeps most of the clause's words (grounding.py's MIN_WORDING_SHARE is 0.45 for a whole claim)
RESTATED_SHARE = 0.6


def _units(text: str, zh: bool) -> set[str]:
    if zh:
        chars = re.sub(r"[^\u4e00-\u9fff]", "", text)
        return {chars[i:i + 2] for i in range(len(chars) - 1)}
    return set(re.findall(r"[a-z]{3,}", text.lower()))


def universal_restated(claim: str, sentence: str) -> bool:
    """Whether a sub-clause of the claim holding a universal phrase restates `sentence`, which holds that phrase too."""
    claim, sentence = normalised(claim), normalised(sentence)
    for part in _SUB_CLAUSE.split(claim):
        zh = bool(re.search(r"[\u4e00-\u9fff]", part))
        phrases = (_UNIVERSAL_ZH if zh else _UNIVERSAL_EN).findall(part)
        if not phrases or not all(p.lower() in sentence.lower() for p in phrases):
            continue
        mine = _units(part, zh)
        if mine and len(mine & _units(sentence, zh)) / len(mine) >= RESTATED_SHARE:
            return True
    return False
