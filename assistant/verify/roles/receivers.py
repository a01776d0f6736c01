"""Giver and receiver of what is provided, reported or passed on (pure): a claim that swaps them (swapped_parties), or
hands the same thing over to another authority (other_receiver).
"""

from __future__ import annotations

import re

from ...language import is_chinese
from ..modality import Finding, normalised, modal_classes
from .phrases import _head, same_party

# The receiver of a handing-over verb: 向X提供 / 报送 / 报告 … (the verbs the laws use for what passes between parties)
_HAND_OVER_ZH = "提供|报送|报告|提交|申请|披露|告知|通知|说明|投诉|举报|缴纳|支付|出具|发送|转移|移交|反馈|备案|查询|交付|作出|申报"
_TO_ZH = re.compile(rf"向((?:(?!{_HAND_OVER_ZH})[\u4e00-\u9fff]){{2,24}}?)(?:{_HAND_OVER_ZH})")
_HAND_OVER_EN = (r"provide|report|submit|notify|disclose|send|transfer|communicate|supply|make\s+available|"
                 r"hand\s+over|forward")
_TO_EN = re.compile(rf"\b(?:{_HAND_OVER_EN})\w*\b[^.;:]{{0,80}}?\bto\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|"
                    rf"relevant\s+|competent\s+)*"
                    r"([a-z][\w -]{2,50}?)(?=\s*(?:[,.;]|$)|\s+(?:within|without|in|on|by|at|where|when|if|and|or|"
                    r"before|after|upon|for|under|pursuant)\b)", re.I)
_FINITE_HAND_OVER_EN = re.compile(r"\b(?:reports|notifies|submits|provides|discloses|sends|transfers|communicates|"
                                  r"supplies|forwards)\b", re.I)


def giver_and_receiver(text: str) -> tuple[str, str] | None:
    """(subject before the modal verb, receiver after 向 / "to") of the first sub-clause that has both, if any."""
    text = normalised(text)
    zh = is_chinese(text)
    earlier: list[str] = []
    for part in re.split(r"[，,；;：:]" if zh else r"[;:]", text):
        modals = modal_classes(part)
        # an English statement of fact hands over with a finite verb ("The DPO reports directly to the highest
        # management level" restates "shall directly report to", GDPR Art. 38(3)): its subject gives as a modal's does
        finite = _FINITE_HAND_OVER_EN.search(part) if not modals and not zh else None
        if not modals and not finite:
            earlier.append(part)
            continue
        at = modals[0][0] if modals else finite.start()
        head = _head(part[:at], earlier, zh)
        receiver = (_TO_ZH if zh else _TO_EN).search(part, at) or (_PASS_ON_ZH.search(part, at) if zh else None)
        if len(head) >= 2 and receiver:
            return head, receiver.group(1)
    return None


# 将线索…移送有管辖权的机关处理 (反洗钱法第二十条): the receiver right after the verb of passing on
_PASS_ON_ZH = re.compile(r"(?:移送|移交|转交|交由|交给)((?:(?!处理|审查|核查|办理)[\u4e00-\u9fff]){2,20}?)(?:处理|审查|核查|办理|[，。；,;]|$)")


def swapped_parties(claim: str, sentence: str) -> Finding | None:
    """A finding when the claim's giver is the sentence's receiver and its receiver the sentence's giver."""
    if is_chinese(claim) != is_chinese(sentence):
        return None
    mine, theirs = giver_and_receiver(claim), giver_and_receiver(sentence)
    if not mine or not theirs:
        return None
    (giver, receiver), (source_giver, source_receiver) = mine, theirs
    if same_party(giver, source_receiver) and same_party(receiver, source_giver) \
            and not same_party(giver, source_giver):
        return Finding("actor", f"the clause has {source_giver.strip()} give to {source_receiver.strip()}; the claim "
                                f"has it the other way round")
    return None


def other_receiver(claim: str, sentence: str) -> Finding | None:
    """A finding when the claim and the sentence hand the same thing over with the same verb (向X申报 / 报告 / 备案 …) to
    two different authorities the laws name: "向海关申报" (反洗钱法第十八条) is no declaration to the central bank."""
    from ...lexis.parties import ACTOR_LABEL, named_authorities  # lazy: actors reads roles' neighbours, not roles

    if is_chinese(claim) != is_chinese(sentence):
        return None
    pattern = _TO_ZH if is_chinese(claim) else _NOTIFY_EN
    label = lambda names: ACTOR_LABEL.get(sorted(names)[0], sorted(names)[0])  # noqa: E731
    for mine in pattern.finditer(normalised(claim)):
        findings = []
        for theirs in pattern.finditer(normalised(sentence)):
            verb_mine, verb_theirs = mine.group(0)[-2:], theirs.group(0)[-2:]
            if not is_chinese(claim):
                verb_mine, verb_theirs = mine.group(1).lower(), theirs.group(1).lower()
            receiver_mine, receiver_theirs = mine.group(mine.lastindex), theirs.group(theirs.lastindex)
            if verb_mine != verb_theirs:
                continue
            a, b = named_authorities(receiver_mine), named_authorities(receiver_theirs)
            if a and b and not a & b:
                findings.append(Finding("actor", f"the clause has this {verb_theirs} to {label(b)}, the claim to {label(a)}"))
            elif _authority_against_party(receiver_mine, receiver_theirs):
                findings.append(Finding("actor", f"the clause has this {verb_theirs} to {receiver_theirs.strip()}, the "
                                                 f"claim to {receiver_mine.strip()}"))
            else:
                # the sentence hands it over with this verb to the claim's receiver too ("inform providers in accordance
                # with Article 72 …; inform the provider or distributor and the relevant market surveillance authority",
                # AI Act Art. 26(5)): the claim restates that one, whichever other receiver the sentence also names
                findings = []
                break
        if findings:
            return findings[0]
    return None


# "notify / inform the X of / that / without …": English names the receiver of a notice as the verb's object (GDPR Art.
# 33(2) "The processor shall notify the controller without undue delay")
_NOTIFY_EN = re.compile(r"\b(notify|notifies|inform|informs)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|relevant\s+|"
                        r"competent\s+)*([a-z][\w -]{2,50}?)(?=\s+(?:of|about|that|without|within|immediately|promptly|"
                        r"where|when|if)\b|\s*[,.;]|$)",
                        re.I)


def _authority_against_party(mine: str, theirs: str) -> bool:
    """Whether one receiver is a public authority and the other a party the actor lexicon knows that is none (用户 for
    有关主管部门, 数据安全法第三十条; the supervisory authority for the controller): a report to the regulator is no report to
    the users, whatever the words."""
    from ...lexis.parties import actors_in  # lazy: actors reads roles' neighbours, not roles

    def authority(text: str) -> bool:
        return any(a.startswith("authority") for a in actors_in(text, subjects_only=False)) or \
            bool((_AUTHORITY_ZH if is_chinese(text) else _AUTHORITY_EN).search(text))

    def party(text: str) -> bool:
        return bool(actors_in(text, subjects_only=False)) and not authority(text)

    def both(text: str) -> bool:
        # a list of receivers naming a party and an authority ("the provider and the market surveillance authority")
        # is on both sides: it stands against neither
        return authority(text) and any(not a.startswith("authority") for a in actors_in(text, subjects_only=False)
                                       if a not in ("state", "court", "body"))

    if both(mine) or both(theirs):
        return False
    return (authority(mine) and party(theirs)) or (party(mine) and authority(theirs))


# public bodies by the general words of the statutes (部门, 机关, 主管 …) and of the GDPR / AI Act (authority, Commission)
_AUTHORITY_ZH = re.compile(r"国务院|部门|机关|政府|主管|监督管理机构|人民银行|法院|检察院")
_AUTHORITY_EN = re.compile(r"\b(?:authorit(?:y|ies)|commission|board|regulators?|courts?)\b", re.I)
