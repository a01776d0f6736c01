"""A question asking a foreign place's own law, named by the place, even in the bank's own case (coverage gate,
signal 2).

foreign_setting.py refuses a question asking what holds in a place outside the mainland and the EU only when nothing
ties the case to the bank (a branch, a customer, "we" there are the bank's own case, asked under Chinese law). But a
question that names the place's law itself — "Mexico's federal data protection law", "Brazil's data protection law",
"US Regulation E", 香港的反洗钱条例, 台湾分行要适用当地个资法 — asks that law, whoever's case it is: the corpus holds
Chinese law (which names no foreign place: it says 境外, 个人信息保护法第三章), the EU's GDPR and AI Act and the bank's
policies, and none of them is the law of that place. regimes.toml names the best-known such laws (PDPA, LGPD, CCPA …);
this reads the shape instead, so that a law it does not list is refused too.

Not fired when the question also names an indexed law (the caller's names_indexed_law: "香港条例和个保法都要遵守吗" is
answered from the PIPL), asks what holds at home (asks_about_home), or names the place in a comparison ("like the
US law"). General English and Chinese wording for a law (the laws' own words 法律、法规、条例; law, act, regulation),
not taken from any evaluation question.
"""

from __future__ import annotations

import re

from ...language import has_cjk
from ..foreign_places import load_places
from ..named_laws import asks_about_home, named_as_comparison

# the place's law right after its name: "Brazil's data protection law", "UK Data Protection Act", "US Regulation E"
# (up to three qualifying words between: federal, national, data protection, privacy …)
_LAW_AFTER_EN = re.compile(r"^(?:'s|’s)?\s+(?:[A-Za-z-]+\s+){0,3}?(?:law|laws|act|statute|regulations?)\b", re.I)
# … or "local law" in a question naming the place ("our Nairobi office must follow local law …")
_LOCAL_LAW_EN = re.compile(r"\b(?:local|(?:that|the) (?:country|state|jurisdiction)'s)\s+(?:[A-Za-z-]+\s+){0,2}?"
                           r"(?:law|laws|act|statute|regulations?)\b", re.I)
# Chinese: a law-noun within a short span after the place (香港那边的反洗钱条例, 新西兰隐私法, 沙特的个人数据保护法) or
# after 当地 (当地个资法). 法 alone ends a law's title (…法, 办法), but not in 做法, 方法, 合法, 违法, 依法, 无法, 设法,
# 说法, 看法, 想法, 手法, 司法, 执法, 立法, nor before 院, 人, 官, 庭, 定 (a court, a legal person, statutory)
_LAW_NOUN_ZH = r"(?:法律|法规|条例|(?<![做方说看想合违依无设手司执立])法(?![院人官庭定]))"
_LAW_AFTER_ZH = re.compile(r"^(?:的|那边的?|当地的?|本地的?)?[^，。？！、；,.?!;\s]{0,8}?" + _LAW_NOUN_ZH)
_LOCAL_LAW_ZH = re.compile(r"当地[^，。？！、；,.?!;\s]{0,6}?" + _LAW_NOUN_ZH)
# China named at all beside the foreign law ("what does China require", "the PRC side"): the home rule may be what is
# asked, beside the place's (asks_about_home reads only the fixed ways of asking it)
_CHINA_EN = re.compile(r"\b(?:China|Chinese|PRC|mainland)\b", re.I)


def foreign_law_asked(question: str) -> str | None:
    """The place outside the mainland and the EU whose own law the question names (None: none, a comparison, or a
    question asking what holds at home)."""
    chinese = has_cjk(question)
    if asks_about_home(question) or (not chinese and _CHINA_EN.search(question)):
        return None
    local = (_LOCAL_LAW_ZH if chinese else _LOCAL_LAW_EN).search(question)
    after = _LAW_AFTER_ZH if chinese else _LAW_AFTER_EN
    for name, _start, end in load_places().outside_mentions(question):
        if named_as_comparison(question, re.compile(re.escape(name), re.IGNORECASE)):
            continue
        if local or after.match(question[end:]):
            return name
    return None
