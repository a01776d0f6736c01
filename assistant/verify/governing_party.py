"""Whose instructions, approval, request or consent: an English claim naming another party there than the article (pure).

Who acts is compared by the subject of the modal verb (actors/); the party a duty is performed under, or whose approval
it needs, stands after "of" / "from" in the object and is compared nowhere. "The secretariat shall perform its tasks
exclusively under the instructions of the Chair of the Board" (GDPR Art. 75(2)) is not "… of the European Data Protection
Supervisor", though the Supervisor provides the secretariat in Art. 75(1). The article names the party each time it uses
the phrase; a claim that gives the phrase a party whose head noun none of the article's uses of it has names another.
"""

from __future__ import annotations

import re

from ..language import is_chinese
from .modality import normalised

# the governing phrases (the party after them directs, approves, asks or consents): as the GDPR and the AI Act write them
_GOVERNING_EN = re.compile(r"\b(instructions?|approval|request|consent|authori[sz]ation)\s+(?:of|from)\s+"
                           r"((?:the |a |an |its |their )?[A-Za-z' -]{2,60}?)(?=\s*(?:[,.;:()]|$|\b(?:and|or|to|for|in|"
                           r"within|which|who|that|where|unless|before|after|when|is|are|shall|must|may)\b))", re.I)
_STEM = {"instruction": "instructions", "authorization": "authorisation", "requests": "request"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her"}
# nobody in particular ("shall neither seek nor take instructions from anybody", GDPR Art. 69(2)): no party to compare
_ANYONE = {"anyone", "anybody", "everyone", "everybody", "any", "no", "nobody", "whoever"}


def _uses(text: str) -> list[tuple[str, str]]:
    """(phrase, head noun of its party) of each governing phrase in `text`."""
    out = []
    for m in _GOVERNING_EN.finditer(text):
        words = [w for w in m.group(2).lower().split() if w not in _DETERMINERS]
        if words and words[0] not in _ANYONE:
            # "Chair of the Board": the party is the whole name; its head is the first noun before "of"
            head = words[: words.index("of")] if "of" in words else words
            phrase = m.group(1).lower()
            out.append((_STEM.get(phrase, phrase), " ".join(head)))
    return out


def other_governing_party(claim: str, clause_text: str) -> str:
    """The party the article puts after a governing phrase the claim gives to another party ('' when none)."""
    if is_chinese(claim) or is_chinese(clause_text):
        return ""
    theirs = _uses(clause_text)
    for phrase, head in _uses(claim):
        same = [h for p, h in theirs if p == phrase]
        if same and not any(head.split()[-1] in h.split() or h.split()[-1] in head.split() for h in same):
            return f"the article puts this under the {phrase} of the {same[0]}, the claim of the {head}"
    return ""


# The body a Chinese report goes to: 向X报告 / 向X报送, 报告X (银行业监督管理法第二十八条 "应当立即向国务院银行业监督管理机构负责人
# 报告；…应当立即向国务院报告，并告知中国人民银行"); X up to the punctuation or conjunction that ends the object
# … and the body a filing goes to: 向X备案, 报X备案 (电子签名法第十九条 "并向国务院信息产业主管部门备案"), a report as well
_REPORT_TO_ZH = re.compile(r"向([\u4e00-\u9fff]{2,20}?)(?:报告|报送|备案)|(?:报告|报送)给?([\u4e00-\u9fff]{2,20}?)(?=[，,。；;、：:]|$|并|和|或)|"
                           r"报(?:送)?([\u4e00-\u9fff]{2,20}?)备案")
# a body named by no name of its own (有关部门, 主管部门, 相关机构 …): any body may be the one it means
_GENERIC_BODY_ZH = re.compile(r"^(?:有关|相关|主管|其他|其|该|各级|县级以上)")


def _report_recipients(text: str) -> list[list[str]]:
    """The lexicon parties of each body a report goes to in `text` (an empty list for a phrase naming none)."""
    from ..lexis.parties import actors_in

    return [actors_in(_body(m), subjects_only=False) for m in _REPORT_TO_ZH.finditer(text)]


def _body(m: re.Match) -> str:
    return next(g for g in m.groups() if g)


def _particular(names: list[str]) -> bool:
    return bool(names) and all(n.startswith("authority:") or n == "court" for n in names)


def other_report_recipient(claim: str, clause_text: str) -> str:
    """A Chinese claim sending a report to a particular authority the article names, if at all, elsewhere than as the one
    reported to: the article names the body each report goes to (the PBOC "informed" by another body is not the one the
    regulator reports to). Only when every recipient the article names is a particular authority: a generic one (有关部门)
    may be any ('' when none)."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return ""
    theirs = [names for names in _report_recipients(clause_text) if names]  # (报告岗位责任制度 names no body)
    if theirs and not all(_particular(names) for names in theirs):
        return _absent_recipient(claim, clause_text)
    if not theirs:
        return ""
    named = {n for names in theirs for n in names}
    for names in _report_recipients(claim):
        if _particular(names) and not named & set(names):
            return f"the article has the report go to {'、'.join(sorted(named))}, the claim to {'、'.join(names)}"
    return ""


def _absent_recipient(claim: str, clause_text: str) -> str:
    """A particular authority the claim sends the report or filing to that the article nowhere names, by any of its
    names, where the article names its recipients by their own names (国务院信息产业主管部门, which the party lexicon
    knows only as an authority): "报人民银行备案" against 电子签名法第十九条 "向国务院信息产业主管部门备案". ''
    when the article names a recipient generically (有关部门: any body may be meant)."""
    from ..lexis.parties import actors_in

    bodies = [_body(m) for m in _REPORT_TO_ZH.finditer(normalised(clause_text))]
    if not bodies or any(_GENERIC_BODY_ZH.match(b) for b in bodies):
        return ""
    named = set(actors_in(clause_text, subjects_only=False))
    for names in _report_recipients(normalised(claim)):
        if _particular(names) and not named & set(names):
            return f"the article has the report go to {'、'.join(bodies)}, the claim to {'、'.join(names)}"
    return ""


# An English claim's report and whom it goes to: "must report straight to the national cyberspace administration and the
# Ministry of Public Security", "notify it to the police"
_REPORT_EN = re.compile(r"\b(?:report|reports|reported|reporting|notify|notifies|notified)\b[^.;]{0,40}?\bto\b([^.;]{3,120})", re.I)
# a Chinese report with its list of recipients: 向保护工作部门、公安机关报告 (关键信息基础设施安全保护条例第十八条; _REPORT_TO_ZH
# takes one body only)
_REPORT_LIST_ZH = re.compile(r"向((?:[\u4e00-\u9fff]{2,20}?[、和及或])*[\u4e00-\u9fff]{2,20}?)(?:报告|报送|备案)")


def recipient_of_another_reporter_across(claim: str, clause_text: str, words) -> str:
    """An English claim whose party reports to a particular authority that the Chinese article names as the recipient of
    another party's report only: 关键信息基础设施安全保护条例第十八条 has the operator report to 保护工作部门、公安机关 and the
    protection department pass a particularly serious incident on to 国家网信部门、国务院公安部门; "the operator itself must
    report straight to the national cyberspace administration" skips a step the article lays down. The claim's reporter
    is tied to the article's reports by the lexicon's Chinese words (`words`) for the words just before its report verb
    ("the operator itself must" → 运营者); a report whose lead-in holds them is its own, the others another party's.
    '' when the claim's reporter is in every report's lead-in or in none."""
    from ..lexis.parties import actors_in

    if is_chinese(claim) or not is_chinese(clause_text):
        return ""
    said = _REPORT_EN.search(claim)
    if not said:
        return ""
    mine = [n for n in actors_in(said.group(1), subjects_only=False) if n.startswith("authority:") or n == "court"]
    reporter = [t for t in words(re.split(r"[,;:]", claim[: said.start()])[-1]) if len(t) >= 2]
    if not mine or not reporter:
        return ""
    reports = []  # (lead-in, recipients' lexicon names, recipients as written)
    for sentence in re.split(r"[。；;\n]", normalised(clause_text)):
        reports += [(sentence[: r.start()], actors_in(r.group(1), subjects_only=False), r.group(1))
                    for r in _REPORT_LIST_ZH.finditer(sentence)]
    own = [r for r in reports if any(t in r[0] for t in reporter)]
    others = [r for r in reports if not any(t in r[0] for t in reporter)]
    if not own or not others:
        return ""
    own_names = {n for _, names, _ in own for n in names}
    for name in mine:
        elsewhere = [written for _, names, written in others if name in names]
        if name not in own_names and elsewhere:
            return (f"the article has this party report to {'、'.join(w for _, _, w in own)}; {elsewhere[0]} receives the "
                    f"report of another party")
    return ""
