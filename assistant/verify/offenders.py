"""Whose offence a penalty clause punishes (pure).

The Chinese penalty clauses open with the offender and its offence, then name the body that sanctions it with 由:
"征信机构违反本条例规定，未按照规定报告其上一年度开展征信业务情况的，由国务院征信业监督管理部门…责令限期改正"
(征信业管理条例第三十九条). A claim that keeps the offence and the sanction but puts the offence on another party ("If an
information provider fails to report …, the regulator orders it to correct") names the wrong actor, though no modal
verb binds either party. Compared only when the sentence is such a clause (a sanction handed to a body with 由) and the
claim states its own case (… 的，/ "If / Where X …,").
"""

from __future__ import annotations

import re

from ..lexis.parties import ACTOR_LABEL, actors_in, same_side
from .actors.holders import _CASE_OPENER_EN
from .actors.subjects import _SANCTION, _opening_actor
from ..language import is_chinese
from .modality import Finding, normalised

# a Chinese claim's case: its first sub-clause up to 的，(银行没按规定报告大额交易的，…)
_CASE_ZH = re.compile(r"^([^，,。；;]{2,60}?)的[，,]")
# an English claim's case: "If / Where / When <subject> <verb> …," up to its comma
_CASE_EN = re.compile(r"^\W*(?:if|where|when|whenever|in case)\s+([^,;]{3,160}),", re.I)
# how many words open the subject of an English case
_SUBJECT_WORDS_EN = 5


# a sanction handed to a body with 由, in one sub-clause (由国务院征信业监督管理部门或者其派出机构责令限期改正)
_PUNISHED_ZH = re.compile(r"由[^，,。；;]{2,40}?(?:" + _SANCTION + ")")


def _punishes(sentence: str) -> bool:
    """The sentence hands a sanction to a body with 由 (由X责令改正 / 处…罚款 / 给予警告 …)."""
    return bool(_PUNISHED_ZH.search(sentence))


def _offender_of_sentence(sentence: str) -> list[str]:
    """The party a penalty sentence's case opens with: 征信机构违反本条例规定，… → the credit reporting agency."""
    first = re.split(r"[，,；;：:]", normalised(sentence), maxsplit=1)[0]
    return _opening_actor(first)[:1]


def _offender_of_claim(claim: str) -> list[str]:
    text = normalised(claim).strip()
    if is_chinese(text):
        m = _CASE_ZH.match(text)
        return _opening_actor(m.group(1))[:1] if m else []
    m = _CASE_EN.match(text)
    if not m:
        return []
    subject = " ".join(_CASE_OPENER_EN.sub("", m.group(1)).split()[:_SUBJECT_WORDS_EN])
    return actors_in(subject)[:1]


def other_offender(claim: str, sentence: str) -> Finding | None:
    """The claim puts the offence a penalty sentence punishes on another party than the one the sentence names."""
    if not _punishes(normalised(sentence)):
        return None
    theirs, mine = _offender_of_sentence(sentence), _offender_of_claim(claim)
    if not theirs or not mine or "anyone" in theirs + mine or same_side(theirs[0], mine[0]):
        return None
    return Finding("actor", f"the clause punishes {ACTOR_LABEL.get(theirs[0], theirs[0])} for this, the claim "
                            f"{ACTOR_LABEL.get(mine[0], mine[0])}")


# How much of a Chinese claim's case (…的，) a penalty article it cites must hold, anywhere in its text. Measured on the
# tuning claim files (28 Chinese claims with a case citing a penalty article): true ones hold 0.46 or more of their case's
# wording (colloquial restatements: 没经批准在名字里用“银行”两个字 against 未经批准在名称中使用“银行”字样); the one
# wrong-article claim 0.08. Set low, between them, since only one wrong-article claim was there to measure.
OFFENCE_SHARE_MIN = 0.25


def offence_not_in_article(claim: str, clause_text: str) -> str:
    """The case a Chinese claim names (its opening …的，) when the penalty article it cites holds little of its wording:
    the offence is most likely another article's ("未经批准在名称中使用“银行”字样的…" cited to 商业银行法第七十五条, whose
    items are obstruction, false reports and ratios; 第七十九条 says it). '' otherwise."""
    from .wording import _wording

    text = normalised(claim).strip()
    m = _QUALIFIED_CASE_ZH.match(text) or _CASE_ZH.match(text)
    if not (is_chinese(text) and is_chinese(clause_text) and m and _punishes(normalised(clause_text))):
        return ""
    key = _wording(m.group(1), True)
    if not key or len(key & _wording(clause_text, True)) / len(key) >= OFFENCE_SHARE_MIN:
        return ""
    return m.group(1)


# a case whose 的， closes only its degree, after the offence itself: "明知是假币仍然持有、使用，尚不构成犯罪的，由公安机关处…"
# restates the penalty clauses' "X，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，由…处…" (中国人民银行法第四十二、四十三条,
# 商业银行法第八十一条 …): the offence is X, the sub-clause before the degree (构成犯罪 / 尚不构成犯罪 / 情节严重 / 逾期不改正)
_QUALIFIED_CASE_ZH = re.compile(r"^([^，,。；;]{2,60})[，,](?:(?:尚不|尚未|不)?构成犯罪|情节(?:较轻|较重|严重|特别严重)|"
                                r"逾期不改正|拒不改正)的[，,]")
