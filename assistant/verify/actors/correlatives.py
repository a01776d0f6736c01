"""A right told from the side of the duty that answers it (pure): "a customer has the right to get from the bank a copy"
restates "The controller shall provide a copy of the personal data undergoing processing" (GDPR Art. 15(3)); the claim
names the duty holder as the one its right is held against ("from the bank", 向银行, 要求银行), and the article gives the
claim's party that kind of right (15(1): "The data subject shall have the right to obtain from the controller …"). The
claim's party is then not the wrong duty holder.

(Tried in round 44 and dropped: any sentence of the article that the claim's words reach giving the claim's party its
kind of statement. It mended one true claim matched to the wrong sentence and let 18 swapped-party false claims of the
tuning pool through: an article gives most of its parties duties in several sentences.)
"""

from __future__ import annotations

import re

from ...language import is_chinese
from ...lexis.parties import actors_in, roles_compatible
from ..modality import MODAL_GROUP, normalised
from ..wording import sentences
from .holders import duty_pairs

# The party a right is held against (general usage: "the right to obtain from the controller", GDPR Art. 15(1); "ask
# the bank to", "have the bank correct"; 向个人信息处理者查阅, 个人信息保护法第四十五条; 有权要求经营者…, 消费者权益保护法
# 第五十五条): the words right after these name the one who must answer the right
_HELD_AGAINST_EN = re.compile(r"\b(?:from|against|ask|asks|request|requests|require|requires|demand|demands|have|"
                              r"has)\s+((?:[\w'-]+\s*){1,4})", re.I)
_HELD_AGAINST_ZH = re.compile(r"(?:要求|请求)([\u4e00-\u9fff]{2,12})|"
                              r"向([\u4e00-\u9fff]{2,12}?)(?:查阅|复制|索取|获取|要求|请求|申请|索赔|主张)")


def party_stands(claim: str, clause_text: str, readings: list[str]) -> bool:
    """Whether a wrong party found against the readings is the claim told from the other side of a right the article
    gives the claim's party (right_held_against_holder)."""
    claimed = [(a, c) for a, c in duty_pairs(claim, pronouns=False) if a and a != "anyone"]
    if not claimed:
        return False
    if is_chinese(clause_text) and not is_chinese(claim):
        # (Chinese laws have one 处理者 where the GDPR splits controller and processor, as findings.py reads them)
        claimed = [("processor" if a in ("processor_eu", "controller") else a, c) for a, c in claimed]
    source_pairs = [(h, c) for s in readings for h, c in duty_pairs(s) if h]
    return right_held_against_holder(claim, claimed, source_pairs) and _holds_kind_in_article(claimed, clause_text)


def _holds_kind_in_article(claimed: list[tuple[str, str]], clause_text: str) -> bool:
    """Whether some sentence of the article gives every party of the claim the claim's kind of statement."""
    return any(_gives_each(claimed, s) for s in sentences(clause_text))


def _gives_each(claimed: list[tuple[str, str]], sentence: str) -> bool:
    pairs = [(h, c) for h, c in duty_pairs(sentence) if h]
    return bool(pairs) and all(any(roles_compatible(a, h) and MODAL_GROUP[c] == MODAL_GROUP[k] for h, k in pairs)
                               for a, c in claimed)


def right_held_against_holder(claim: str, claimed: list[tuple[str, str]], source_pairs: list[tuple[str, str]]) -> bool:
    """Whether the claim gives its party an option or right held against the very party the sentence gives the duty:
    the same rule told from the side of the one it is owed to. Only options and rights of the claim, only duties of
    the sentence, and every duty holder of the sentence must be the one the claim's right is held against (party_stands
    asks, besides, that the article give the claim's party a right or option somewhere: "the supervisory authority has
    the right to get from the bank a copy" is no one's right in GDPR Art. 15)."""
    if not claimed or not source_pairs:
        return False
    if not all(MODAL_GROUP[c] == "may" for _, c in claimed) or not all(MODAL_GROUP[c] == "duty" for _, c in source_pairs):
        return False
    text = normalised(claim)
    finder = _HELD_AGAINST_ZH if is_chinese(text) else _HELD_AGAINST_EN
    # (the first party named after the word: 要求银行向个人… is held against the bank)
    against = {a for m in finder.finditer(text) for g in m.groups() if g for a in actors_in(g, subjects_only=False)[:1]}
    holders = [h for h, _ in source_pairs]
    return bool(against) and all(any(roles_compatible(h, a) for a in against) for h in holders) \
        and not any(roles_compatible(a, h) for a, _ in claimed for h in holders)
