"""An English claim that gives one party's act in a Chinese sentence to the other party of that sentence (pure).

"When the police need data for a criminal investigation, the companies holding the data must first go through strict
approval procedures" against "公安机关、国家安全机关因…调取数据，应当…经过严格的批准手续，依法进行，有关组织、个人应当予以配合"
(数据安全法第三十五条): the sentence gives the approval to the police and the cooperation to the organisations; the claim
moves the first to the second. `subclauses._actor_of_the_act` judges this within one language; across languages the
claim's act is tied to a sub-clause by the Chinese words the lexicon gives its English words (`words`, as
requirements.requires_dispensed_across does).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexis.parties import ACTORS_ZH_LONGEST_FIRST, actors_in, objects_in, same_side
from .actors.findings import _actor_finding
from .actors.holders import _duty_pairs
from ..language import is_chinese
from .modality import Finding, normalised
from .subclauses import _act_parts, _holders_per_part, _own_classes, _predicate
from .wording import sentences

# A Chinese word of the claim's act shorter than this says too little of which act it is (处, 权 …)
MIN_TERM_CHARS = 2
# … and one of at least this many characters names the act itself (补救措施, 风险评估, 重要数据), where a two-character verb
# (报告, 监测) is one that many parties' acts share: a receiver check needs one of those in the other party's sub-clause
SPECIFIC_TERM_CHARS = 3


def act_of_another_party_across(claim: str, clause_text: str, words: Callable[[str], list[str]]) -> Finding | None:
    """A finding when an English claim gives a party the act a sentence of the Chinese clause gives to another party,
    while the sentence gives the claim's party an act of its own. Every Chinese word of the claim's act the sentence holds
    must stand in the other party's sub-clauses and none in the claim's party's; and no sentence of the clause may give
    the claim's party a sub-clause holding them (the act is then its own somewhere)."""
    if is_chinese(claim) or not is_chinese(clause_text):
        return None
    pairs = _duty_pairs(claim, pronouns=False)
    claimed = [a for a, _ in pairs if a and a != "anyone"]
    if len(pairs) > 1 and pairs[0][0] is None:
        # the act is what the claim's first modal verb governs; when that verb's subject is no party the lexicon knows
        # ("the person concerned may add an explanation …, and the credit reporting agency must record it", 征信业管理条例
        # 第十六条) and a later one's is, the named party holds the later act, and the claim does not say who does this
        # one (the reading subclauses._actor_of_the_act makes within one language)
        return None
    predicate = _predicate(claim)
    if not claimed or predicate == claim:
        return None  # (no modal verb, or no party bound by it: nothing to move)
    terms = [t for t in words(predicate) if len(t) >= MIN_TERM_CHARS and not actors_in(t, subjects_only=False)]
    found: Finding | None = None
    article = normalised(clause_text)
    for sentence in sentences(clause_text):
        text = normalised(sentence)
        held = [t for t in terms if t in text]
        if not held or any(t in article and t not in text for t in terms):
            # (a word of the claim's act the article says in another sentence only: this one is not where the act is;
            # "has to delete an individual's negative credit records" is …超过5年的，应当予以删除, not the 不良信息 the
            # data subject may explain beside it, 征信业管理条例第十六条)
            continue
        parts = [p for p in re.split(r"[，,；;：:]", text) if p.strip()]
        acts = _act_parts(parts, _own_classes(parts), _holders_per_part(text, parts))
        mine = [part for part, hs in acts if any(same_side(a, h) for a in claimed for h in hs)]
        theirs = [(part, hs) for part, hs in acts if not any(same_side(a, h) for a in claimed for h in hs)]
        if any(t in part for part in mine for t in held):
            return None  # the claim's party holds the act here
        if not mine or not theirs or any("anyone" in hs for _, hs in theirs):
            continue
        doers = [hs for part, hs in theirs if any(t in part for t in held)]
        if doers and all(any(t in part for part, _ in theirs) for t in held):
            found = found or _actor_finding(doers[0][0], claimed[0])
    return found


# The English subject of a public body the parties lexicon has no name for on its own: "the authority performing personal
# information protection duties" (履行个人信息保护职责的部门, 个人信息保护法第五十七条, 第六十条, as the official English
# renders 部门), "the departments in charge", "the regulator". A reading of this check only: in the lexicon, "authority"
# alone would tie every English "authority" to the Chinese bodies in retrieval and the gate. (General English of public
# administration: authority, department, regulator, agency, organ; a determiner opens it, up to four words qualify it
# before the noun, and nothing but its own qualifiers ("performing …", "in charge of …", "responsible for …") follows.)
_BODY_SUBJECT_EN = re.compile(r"^(?:the|an?|each|every)\s+(?:[\w'’-]+\s+){0,4}?(?:authorit(?:y|ies)|departments?|"
                              r"regulators?|agenc(?:y|ies)|organs?)\b(?:\s+(?:performing|exercising|responsible|in\s+"
                              r"charge|charged)\b[^,;]*)?$", re.I)
# what the modal verb governs is a passive ("must be notified"): the subject receives the act, it does not do it
_PASSIVE_PREDICATE_EN = re.compile(r"^\W*(?:\w+\s+){1,3}?(?:not\s+)?(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b",
                                   re.I)
# a negated modal verb ("does not have to", "need not", "may not", "cannot"): what the claim frees the party of or bans
_NEGATED_PREDICATE_EN = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:not|never|no)\b|^\W*(?:\w+n['’]t|cannot|need\s+not)\b",
                                   re.I)
# a public body named in the claim's act ("…, which must handle the complaint"): another party than a claimed non-body
_BODY_NOUN_EN = re.compile(r"\b(?:authorit(?:y|ies)|departments?|regulators?|agenc(?:y|ies)|organs?)\b", re.I)
# the modal verbs that open a claim's predicate (modality's English modals, as _predicate returns them)
_MODAL_OPENING_EN = re.compile(r"^\W*(?:must|shall|should|may|can|cannot|has\s+to|have\s+to|needs?\s+to|"
                               r"(?:is|are)\s+(?:required|obliged|entitled|allowed|permitted)\s+to)\b", re.I)


def _claimed_party(claim: str, predicate: str) -> str | None:
    """The party the claim's first modal verb binds: the lexicon's, or a public body its subject names (_BODY_SUBJECT_EN)
    as "authority"."""
    pairs = _duty_pairs(claim, pronouns=False)
    if not pairs:
        return None
    if pairs[0][0]:
        return pairs[0][0] if pairs[0][0] != "anyone" else None
    at = claim.find(predicate)
    if at <= 0:
        return None
    subject = re.split(r"[,;:]", claim[:at])[-1].strip()
    return "authority" if _BODY_SUBJECT_EN.match(subject) else None


def receiver_given_the_act_across(claim: str, clause_text: str, words: Callable[[str], list[str]]) -> Finding | None:
    """A finding when an English claim gives a party the act a Chinese sentence gives another party while naming the
    claim's party only as the one the act is reported, notified, applied or complained to (or who sends it): "the
    authority performing personal information protection duties must take remedial measures" against 个人信息处理者应当
    立即采取补救措施，并通知履行个人信息保护职责的部门和个人 (个人信息保护法第五十七条). `act_of_another_party_across` needs the
    claim's party to hold an act of its own in the sentence; here it holds none. Every Chinese word of the claim's act
    that stands in a sub-clause with a duty holder must stand in the other party's sub-clauses that do not name the
    claim's party (通知…部门 is the party's notice, not its act); the claim names no other party in its act; and no
    sentence of the article gives the claim's party a sub-clause holding them."""
    if is_chinese(claim) or not is_chinese(clause_text):
        return None
    predicate = _predicate(claim)
    if predicate == claim or not _MODAL_OPENING_EN.match(predicate) or _PASSIVE_PREDICATE_EN.match(predicate) \
            or _NEGATED_PREDICATE_EN.match(predicate):
        return None  # (a passive's subject receives the act; a negated modal frees the party of an act: other checks')
    claimed = _claimed_party(claim, predicate)
    if not claimed:
        return None
    act = _MODAL_OPENING_EN.sub(" ", predicate, count=1)
    if any(not same_side(claimed, other) for other in actors_in(act, subjects_only=False)) \
            or (not claimed.startswith("authority") and _BODY_NOUN_EN.search(act)):
        return None  # (the claim's act names another party: "may require the processor to take remedial measures")
    terms = [t for t in words(act) if len(t) >= MIN_TERM_CHARS and not actors_in(t, subjects_only=False)]
    if not terms:
        return None
    handing_over = bool(_HAND_OVER_VERB_EN.search(act))
    found: Finding | None = None
    for sentence in sentences(clause_text):
        text = normalised(sentence)
        held = [t for t in terms if t in text]
        if len(held) < len(terms):
            continue  # (the sentence says only part of the claim's act: 反洗钱 alone is no act of 开展反洗钱调查)
        parts = [p for p in re.split(r"[，,；;：:]", text) if p.strip()]
        acts = _act_parts(parts, _own_classes(parts), _holders_per_part(text, parts))
        if any(any(same_side(claimed, h) for h in hs) and any(t in part for t in held) for part, hs in acts):
            return None  # the claim's party holds the act here
        if any(any(same_side(claimed, a) for a in actors_in(part)) and any(t in _without_party_names(part) for t in held)
               for part in parts if part not in [p for p, _ in acts]):
            return None  # (the claim's party is the subject of a case holding the act: 消费者向有关行政部门投诉的)
        if not any(_names(m.group(1), claimed) for m in _RECEIVER_ZH.finditer(text)):
            continue  # (the sentence names the claim's party as no receiver: another check's business)
        acted = [(part, hs) for part, hs in acts if any(t in _without_party_names(part) for t in held)]
        if not acted or any(not hs or "anyone" in hs for _, hs in acted):
            continue
        # the other party's sub-clauses: those that do not name the claim's party, and, when the claim's act hands
        # something over (submit, report, notify …), those that name it as the one it is handed to (向X提交, 通知X)
        doers = [(part, hs) for part, hs in acted
                 if not _names(part, claimed) or (handing_over and _names(objects_in(part), claimed)
                                                  and not _names(actors_in(part), claimed))]
        if doers and any(len(t) >= SPECIFIC_TERM_CHARS and t in _without_party_names(part) for t in held
                         for part, _ in doers) and all(any(t in _without_party_names(part) for part, _ in doers) for t in held
                         if any(t in _without_party_names(part) for part, _ in acted)):
            found = found or _actor_finding(doers[0][1][0], claimed)
    return found


def _without_party_names(text: str) -> str:
    """`text` with the parties' names blanked: the 个人信息 of 履行个人信息保护职责的部门 names the body, not an act."""
    for word, _ in ACTORS_ZH_LONGEST_FIRST:
        text = text.replace(word, "□" * len(word))
    return text


def _names(text_or_names: str | list[str], party: str) -> bool:
    """Whether a text (every party it names) or a list of names holds `party`'s side."""
    names = actors_in(text_or_names, subjects_only=False) if isinstance(text_or_names, str) else text_or_names
    return any(same_side(party, a) for a in names)


# the one something is handed to in a Chinese sentence: 向X报告 / 提交 / 投诉 …, 通知X, 告知X (the verbs of the laws'
# notices, reports, applications and complaints: 个人信息保护法第五十七条 通知…部门和个人, 第六十五条 向…部门进行投诉;
# 征信业管理条例第七条 向…部门提交申请书; 网络安全法 告知用户并向有关主管部门报告), up to the next verb of the sub-clause
_RECEIVER_ZH = re.compile(r"(?:向|通知|告知)((?:(?!应当|可以|须|并|报告|报送|提交|提供|申请|投诉|举报|备案|说明|反馈)"
                          r"[\u4e00-\u9fff、]){2,30})")


# English verbs of handing over to another party (roles/receivers' _HAND_OVER_EN and the laws' 申请, 投诉, 举报: apply,
# complain, file, lodge)
_HAND_OVER_VERB_EN = re.compile(r"\b(?:provid|report|submit|notif|inform|disclos|send|transfer|communicat|supply|"
                                r"supplie|forward|apply|applie|complain|file|lodg|hand\w*\s+over)\w*\b", re.I)
