"""A claim that lifts the period a duty or a right holds for (pure).

电子签名法第二十二条 binds the provider to keep a certificate's contents complete and accurate 在有效期内 (while it is valid);
a claim that it must do so "indefinitely, including after the certificate has expired" (or 永久, 失效后也要) states a duty the
article does not lay down. No figure is there for the quantity check, and the wording of the rest matches. The bound words
are general legal vocabulary for a period of validity or of a relationship (有效期内, 存续期间, "period of validity"); the
unbounded ones general usage (indefinitely, permanently, forever, "even after it expires"; 永久, 无限期, 过期后也).
An article that itself speaks of a lasting period (永久保存, "permanently") is left alone: the claim may restate that part.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .claim_parts import best_part

_UNBOUNDED_EN = re.compile(r"\b(?:indefinitely|permanently|forever|for ever|for all time|without (?:any )?end|"
                           r"(?:even|including|also|still) after (?:it|they|its|their|the)\b[\w\s'-]{0,40}?\b"
                           r"(?:expire[sd]?|has expired|have expired|lapse[sd]?|ended|ends|terminated|been terminated))\b", re.I)
_UNBOUNDED_ZH = re.compile(r"永久|永远|无限期|不限期|(?:失效|到期|过期|期满|终止|结束)(?:以后|之后|后)(?:也|仍然?|还|依然|照样)")
# a period of validity or of a relationship the article binds the act to (general legal vocabulary)
_VALIDITY_BOUND = re.compile(r"有效期(?:内|间)|存续期间|存续期内|\b(?:during|within) (?:the|its|their) (?:period of )?validity\b|"
                             r"\bperiod of validity\b|\bvalidity period\b", re.I)
# the article itself gives a lasting period somewhere: a claim saying so may restate it
_LASTING_IN_ARTICLE = re.compile(r"永久|长期|无限期|\b(?:indefinitely|permanently|forever|permanent)\b", re.I)


_SENTENCES = re.compile(r"[。；;\n]|(?<=[a-z])\.\s")


def lifted_validity_bound(claim: str, article: str, bridge: Callable[[str], Sequence[str]] = lambda _: ()) -> str:
    """'' or the bound the article sets, when the claim says the act holds with no end and the sentence of the article
    it restates (claim_parts.best_part; `bridge`: Chinese words for an English claim) binds it to a period of validity
    or of a relationship, the article stating no lasting period anywhere. 反洗钱法第三十四条 has 业务关系存续期间 for
    updating a customer's identity and 至少保存十年 for keeping it: a claim on keeping it is read with the second."""
    if not (_UNBOUNDED_EN.search(claim) or _UNBOUNDED_ZH.search(claim)):
        return ""
    if _LASTING_IN_ARTICLE.search(article):
        return ""
    sentences = [s for s in _SENTENCES.split(article) if s.strip()]
    at = best_part(claim, sentences, bridge, skip=lambda t: _UNBOUNDED_ZH.sub("", _UNBOUNDED_EN.sub("", t)))
    bound = _VALIDITY_BOUND.search(sentences[at]) if at is not None else None
    return bound.group(0) if bound else ""
