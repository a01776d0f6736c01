"""A claim that lifts the period a duty or a right holds for (pure).

电子签名法第二十二条 binds the provider to keep a certificate's contents complete and accurate 在有效期内 (while it is valid);
a claim that it must do so "indefinitely, including after the certificate has expired" (or 永久, 失效后也要) states a duty the
article does not lay down. No figure is there for the quantity check, and the wording of the rest matches. The bound words
are general legal vocabulary for a period of validity or of a relationship (有效期内, 存续期间, "period of validity"); the
unbounded ones general usage (indefinitely, permanently, forever, "even after it expires"; 永久, 无限期, 过期后也).
An article that itself speaks of a lasting period (永久保存, "permanently") is left alone: the claim may restate that part.
Round 47: a deadline or a retention limit bounds the act too (商业银行法第四十二条 应当自取得之日起二年内予以处分, 征信业管理条例
第十六条 保存期限…为5年；超过5年的，应当予以删除), and a period left to the party's own choice ("for as long as it likes",
想留多久就留多久, 没有期限限制: everyday paraphrases of a limit away) lifts it as "indefinitely" does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..text.numerals import ENUM_DIGITS
from .claim_parts import best_part

_UNBOUNDED_EN = re.compile(r"\b(?:indefinitely|permanently|forever|for ever|for all time|without (?:any )?end|"
                           r"(?:even|including|also|still) after (?:it|they|its|their|the)\b[\w\s'-]{0,40}?\b"
                           r"(?:expire[sd]?|has expired|have expired|lapse[sd]?|ended|ends|terminated|been terminated)|"
                           # (round 47) a period left to the party's own choice, as people paraphrase a time limit away
                           r"as long as (?:it|they|he|she|one|the [\w-]+(?: [\w-]+)?) (?:likes?|wants?|wishes|pleases?|"
                           r"sees? fit|chooses?)|for any length of time|no matter how long|"
                           r"with(?:out)? (?:any |no )?time limit)\b", re.I)
_UNBOUNDED_ZH = re.compile(r"永久|永远|无限期|不限期|(?:失效|到期|过期|期满|终止|结束)(?:以后|之后|后)(?:也|仍然?|还|依然|照样)|"
                           # (round 47) everyday words for a period left open: 想留多久就留多久, 多久都行, 没有期限限制
                           r"想[\u4e00-\u9fff]{0,3}多久就[\u4e00-\u9fff]{0,3}多久|多久都(?:行|可以|没事|没关系)|"
                           r"(?:没有|不受|不设)(?:时间|期限)限制")
# a period of validity or of a relationship the article binds the act to (general legal vocabulary)
_FIGURE = rf"[0-9{ENUM_DIGITS}百两]+"
_VALIDITY_BOUND = re.compile(r"有效期(?:内|间)|存续期间|存续期内|\b(?:during|within) (?:the|its|their) (?:period of )?validity\b|"
                             r"\bperiod of validity\b|\bvalidity period\b|"
                             # (round 47) a deadline for the act or an end to keeping (商业银行法第四十二条 自取得之日起二年内
                             # 予以处分; 征信业管理条例第十六条 超过5年的，应当予以删除; "within one month", "not later than")
                             rf"{_FIGURE}(?:年|个月|个工作日|日|天|小时)(?:以|之)?内|"
                             rf"超过{_FIGURE}(?:年|个月|日|天)的[，,](?:应当)?予以删除|"
                             rf"保存期限[，,]?[^。；;]{{0,20}}?为{_FIGURE}(?:年|个月|日|天)|"
                             r"\bwithin (?:\w+ )?\w+ (?:years?|months?|days?|hours?)\b|\bnot later than\b", re.I)
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
