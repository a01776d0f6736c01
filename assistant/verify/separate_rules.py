"""A subject the Chinese clause leaves to rules made elsewhere, which the claim says the law governs in full (pure).

"军事网络的安全保护，由中央军事委员会另行规定" (网络安全法第八十条), "军事数据安全保护的办法，由中央军事委员会依据本法另行制定"
(数据安全法第五十四条), "外资商业银行…适用本法规定，法律、行政法规另有规定的，依照其规定" (商业银行法第九十二条): the law
hands the subject to separate rules, or lets other laws' special rules prevail for it. A claim that the law applies to
that subject "in full" / "exactly as to any other", or that no separate rules are made for it, says more than the
clause. No modal verb is turned round, so the modal and scope checks (polarity.py, scope.py) see nothing; denials.py
reads the sibling case, 不适用本法 affirmed.

The claim must speak of the clause's subject: a Chinese claim shares SUBJECT_SHARE of its wording, an English claim
holds a Chinese term of it through the bridge the verifier built (glossary and lexicon); failing that, an article of
one sentence is about that subject whatever the claim calls it. A claim that itself names the separate rules or the
other laws' exception (另行规定, 另有规定, separately, unless, otherwise) restates the clause.
"""

from __future__ import annotations

import re

from ..text.articles import CN_ARTICLE
from ..language import is_chinese
from .modality import Finding, normalised
from .wording import _short, _wording, sentences

# The clause hands its subject to rules made separately (另行规定 / 另行制定, general legal drafting: 网络安全法第八十条,
# 数据安全法第五十四条), or lets other laws' special rules prevail for it (另有规定的，依照其规定 / 从其规定: 商业银行法第九十二条,
# 银行业监督管理法第五十条、第五十一条). Group 1: the subject (the sentence before the hand-over).
_SEPARATE_ZH = re.compile(r"^(.{2,80}?)[，,]?\s*(?:由[^，,。；;]{2,24}?)?(?:依据本法|依照本法)?另行(?:规定|制定)")
_PREVAILING_ZH = re.compile(r"^(.{2,120}?)[，,]\s*(?:但)?(?:法律|行政法规|法律、行政法规)[^，,。；;]{0,12}另有规定的[，,]?\s*"
                            r"(?:依照|从)其规定")
# A Chinese sentence opens with its article label (第八十条 …), which is no part of the subject
_LABEL_ZH = re.compile(r"^\s*" + CN_ARTICLE.pattern + r"\s*")
# How much of the subject's wording a Chinese claim must hold to speak of it (character bigrams: "军事网络的安全保护" in
# "军事网络也完全适用网络安全法" holds 军事、事网、网络 of its six; set at the half, like denials.SUBJECT_MATCH)
SUBJECT_SHARE = 0.5

# The claim says the law governs the subject fully, the same as anything else, or that no separate rules exist (general
# English usage)
_APPLIES_EN = r"\b(?:appl(?:y|ies)|govern(?:s)?|cover(?:s)?|(?:is|are) (?:governed|covered|regulated|supervised))\b[^.;]{0,60}?\b"
_IN_FULL_EN = re.compile(_APPLIES_EN + r"(?:in full|fully|in (?:exactly )?the same way|(?:exactly|just) (?:as|like)|"
                         r"as (?:it does |they do )?(?:to|for) any other|like any other)\b", re.I)
# weaker: the law reaches the subject directly or equally; against a clause that itself applies the law and lets other
# laws prevail (另有规定的，依照其规定) that is true, against one that hands the subject over (另行规定) it is not
_DIRECTLY_EN = re.compile(_APPLIES_EN + r"(?:directly|equally|as well|too|also)\b", re.I)
_NO_SEPARATE_EN = re.compile(r"\b(?:no|without(?: any)?|not any|never any)\s+(?:separate|special|different|distinct|own)\s+"
                             r"(?:rules?|measures?|regulations?|provisions?|regimes?)\b|"
                             r"\bnot\s+(?:be\s+)?(?:regulated|governed|made|laid down|set out|provided for)\s+separately\b|"
                             r"\bsame\s+(?:rules|regime|provisions|way)\s+as\b", re.I)
# a negation before the verb of _IN_FULL_EN ("does not apply in full") makes it say what the clause says
_NEGATED_BEFORE_EN = re.compile(r"\b(?:not|never|n't|no longer)\b[^.;]{0,20}$", re.I)
_RESTATED_EN = re.compile(r"\b(?:separately|separate (?:rules|measures|regulations|provisions)|unless|otherwise|except|"
                          r"prevail|own rules)\b", re.I)
_RESTATED_EN_DENIED = re.compile(r"\b(?:no|not|without(?: any)?|never)\s+(?:be\s+)?(?:\w+\s+)?separate", re.I)

_IN_FULL_ZH = re.compile(r"(?:完全|全部|一律)(?:适用|按|依照|按照)|和其他[^，,。；;]{0,12}(?:一样|相同)|"
                         r"与其他[^，,。；;]{0,12}(?:一样|相同)")
_DIRECTLY_ZH = re.compile(r"(?:同样|照样|一样|直接|也)(?:适用|按|依照|按照)")
_NO_SEPARATE_ZH = re.compile(r"(?:没有|不|无需|无须|不需要|不用|不必)(?:另外|另行|单独|专门)(?:的)?(?:规定|制定|立规|办法)?|"
                             r"特别规定不适用|另有规定也不")
_RESTATED_ZH = re.compile(r"另行(?:规定|制定)|另有规定|除外|单独规定|专门规定|从其规定|依照其规定")


def _handed_over(clause_sentences: list[str]) -> list[tuple[str, str, bool]]:
    """(subject, sentence, handed to separate rules rather than to prevailing ones) of each of the clause's sentences
    that hands a subject to separate or prevailing rules."""
    out = []
    for sentence in clause_sentences:
        body = _LABEL_ZH.sub("", sentence.strip())
        m = _SEPARATE_ZH.match(body)
        if m:
            out.append((m.group(1), sentence, True))
        elif m := _PREVAILING_ZH.match(body):
            out.append((m.group(1), sentence, False))
    return out


def _says_in_full(claim: str, handed_over: bool) -> bool:
    """The claim says the law governs the subject in full or with no separate rules; with `handed_over` (the clause
    hands the subject to separate rules, not merely lets other laws prevail) also that the law reaches it directly."""
    if is_chinese(claim):
        if _RESTATED_ZH.search(claim) and not _NO_SEPARATE_ZH.search(claim):
            return False
        return bool(_IN_FULL_ZH.search(claim) or _NO_SEPARATE_ZH.search(claim)
                    or (handed_over and _DIRECTLY_ZH.search(claim)))
    if _RESTATED_EN.search(claim) and not _RESTATED_EN_DENIED.search(claim):
        return False
    if _NO_SEPARATE_EN.search(claim):
        return True
    said = list(_IN_FULL_EN.finditer(claim)) + (list(_DIRECTLY_EN.finditer(claim)) if handed_over else [])
    return any(not _NEGATED_BEFORE_EN.search(claim[: m.start()]) for m in said)


def law_for_what_it_leaves(claim: str, clause_text: str, bridge: str = "") -> Finding | None:
    """A finding when the claim says the law governs in full (or with no separate rules) a subject the Chinese clause
    hands to rules made separately or to other laws' prevailing rules. `bridge`: the Chinese terms an English claim's
    words stand for (the verifier's glossary and lexicon terms)."""
    if not is_chinese(clause_text):
        return None
    clause_sentences = sentences(normalised(clause_text))
    handed = _handed_over(clause_sentences)
    if not handed:
        return None
    one_sentence = len(clause_sentences) == 1
    said = normalised(claim)
    for subject, sentence, separate in handed:
        if not _says_in_full(said, separate):
            continue
        if is_chinese(claim):
            key = _wording(subject, True)
            tied = bool(key) and len(key & _wording(claim, True)) / len(key) >= SUBJECT_SHARE
        else:
            tied = any(len(t) >= 2 and t in subject for t in bridge.split())
        if tied or one_sentence:
            return Finding("scope", f"the clause leaves this to separate rules (「{_short(sentence)}」); the claim says "
                                    f"the law governs it in full")
    return None
