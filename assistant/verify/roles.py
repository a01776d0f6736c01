"""Who acts, by the words of the noun phrases rather than the actor lexicon (pure). Three ways a claim names the wrong
actor: it swaps the giver and the receiver of what is provided, reported or passed on (swapped_parties); it makes the
one a verb acts on or through the one who acts (subject_only_as_object); it says another party sets or does what
"由 X" says X does (other_agent).

"从事信贷业务的机构应当…向金融信用信息基础数据库提供信贷信息" (征信业管理条例第二十九条) made into "数据库应当向从事信贷
业务的机构提供…" names the wrong actor even when neither party is one the actor lexicon knows: the check compares the
words of the two noun phrases, the subject before the modal verb and the receiver after 向 / "to", not their roles.
"""

from __future__ import annotations

import re

from ..text.articles import CN_ARTICLE_LABEL
from ..text.numerals import NUMBER
from .modality import Finding, _is_zh, _norm, modal_classes

# The receiver of a handing-over verb: 向X提供 / 报送 / 报告 … (the verbs the laws use for what passes between parties)
_HAND_OVER_ZH = "提供|报送|报告|提交|申请|披露|告知|通知|说明|投诉|举报|缴纳|支付|出具|发送|转移|移交|反馈|备案|查询|交付|作出|申报"
_TO_ZH = re.compile(rf"向((?:(?!{_HAND_OVER_ZH})[\u4e00-\u9fff]){{2,24}}?)(?:{_HAND_OVER_ZH})")
_HAND_OVER_EN = r"provide|report|submit|notify|disclose|send|transfer|communicate|supply|make\s+available|hand\s+over|forward"
_TO_EN = re.compile(rf"\b(?:{_HAND_OVER_EN})\w*\b[^.;:]{{0,80}}?\bto\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|relevant\s+|competent\s+)*"
                    r"([a-z][\w -]{2,50}?)(?=\s*(?:[,.;]|$)|\s+(?:within|without|in|on|by|at|where|when|if|and|or|before|after|"
                    r"upon|for|under|pursuant)\b)", re.I)
_FINITE_HAND_OVER_EN = re.compile(r"\b(?:reports|notifies|submits|provides|discloses|sends|transfers|communicates|"
                                  r"supplies|forwards)\b", re.I)
_LEAD_EN = re.compile(r"^\W*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:(?:the|a|an|each|every|any|all|such|its|their)\s+)*", re.I)
_DETERMINER_ZH = re.compile(r"^(?:有关|相关|该|其|各|上述)")
# Two noun phrases name the same party when this share of the shorter one's words (or character pairs) is in the other
SAME_PARTY = 0.6


def _words(text: str) -> set[str]:
    text = _norm(text).lower()
    if _is_zh(text):
        chars = re.sub(r"[^\u4e00-\u9fff]", "", text)
        return {chars[i : i + 2] for i in range(len(chars) - 1)}
    return {re.sub(r"(?:ies|es|s)$", "", w) for w in re.findall(r"[a-z]{3,}", text) if w not in ("the", "and", "any", "all")}


def same_party(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= SAME_PARTY


def giver_and_receiver(text: str) -> tuple[str, str] | None:
    """(subject before the modal verb, receiver after 向 / "to") of the first sub-clause that has both, if any."""
    text = _norm(text)
    zh = _is_zh(text)
    earlier: list[str] = []
    for part in re.split(r"[，,；;：:]" if zh else r"[;:]", text):
        modals = modal_classes(part)
        # an English statement of fact hands over with a finite verb ("The DPO reports directly to the highest management
        # level" restates "shall directly report to", GDPR Art. 38(3)): its subject gives as a modal's does
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
# Where a Chinese subject ends: the first verb or preposition after it (反洗钱行政主管部门发现…, 老年人使用…时, 提供者向…)
_SUBJECT_END_ZH = re.compile(r"(?:发现|因|在|对|向|经|为|根据|按照|依照|依法|使用|提供|处理|开展|从事|收集|进行|需要|确需|申请|设立|"
                             r"和其他|以及其他)(?![者人方]|机构|机关|部门)")  # not 处理者, 提供者: a party's own name
_ARTICLE_LABEL = re.compile(rf"^\s*{CN_ARTICLE_LABEL}\s*")
# Sub-clauses that state a condition, not who acts: 未经/非经/经…同意 (批准、许可、授权), 如果/若/当…, 在…时/前/后
_CONDITION_PART_ZH = re.compile(r"^(?:未经|非经|经过?|如果|若|如|当|在[^，,]{1,30}(?:时|前|后|中)$)|(?:同意|批准|许可|授权)$")


def _head(before: str, earlier: list[str], zh: bool) -> str:
    """The subject of a modal sub-clause: the words before its modal verb, or (Chinese, elided subject) the opening of
    the sub-clause before it, cut where its verb starts."""
    head = before.strip()
    if zh:
        if not head and earlier:
            # a condition sub-clause names no subject (未经委托方同意，不得…, 网络数据安全管理条例第十六条): the subject is
            # in the sub-clause before it
            subjects = [e for e in earlier if not _CONDITION_PART_ZH.match(e.strip())]
            head = (subjects or earlier)[-1].strip()
        head = _DETERMINER_ZH.sub("", _ARTICLE_LABEL.sub("", head))
        cut = _SUBJECT_END_ZH.search(head, 2)
        return head[: cut.start()] if cut else head
    return head[_LEAD_EN.match(head).end():]


def swapped_parties(claim: str, sentence: str) -> Finding | None:
    """A finding when the claim's giver is the sentence's receiver and its receiver the sentence's giver."""
    if _is_zh(claim) != _is_zh(sentence):
        return None
    mine, theirs = giver_and_receiver(claim), giver_and_receiver(sentence)
    if not mine or not theirs:
        return None
    (giver, receiver), (source_giver, source_receiver) = mine, theirs
    if same_party(giver, source_receiver) and same_party(receiver, source_giver) and not same_party(giver, source_giver):
        return Finding("actor", f"the clause has {source_giver.strip()} give to {source_receiver.strip()}; the claim has it "
                                f"the other way round")
    return None


# What marks a noun as the object of a verb or preposition: 委托专业机构, 向有关部门, 对个人; "to / with / mandate a …"
_OBJECT_BEFORE_ZH = re.compile(r"(?:向|对|与|经|给|委托|要求|请求|督促|指导|监督|通知|告知|授权|协助|配合)(?:有关|相关|该|其|各|上述)?$")
_OBJECT_BEFORE_EN = re.compile(r"\b(?:to|with|from|by|of|for|against|mandate|instruct|ask|require|request|inform|notify|"
                               r"entrust|appoint|designate)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|any\s+)?$", re.I)


def subject_of(text: str) -> str:
    """The noun phrase before the first modal verb of `text` (its subject), without determiners; '' when none."""
    text = _norm(text)
    zh = _is_zh(text)
    earlier: list[str] = []
    for part in re.split(r"[，,；;：:]" if zh else r"[;:]", text):
        modals = modal_classes(part)
        if not modals:
            earlier.append(part)
            continue
        head = _head(part[: modals[0][0]], earlier, zh)
        return head[head.rindex("的") + 1 :] if zh and "的" in head else head  # the head noun of 从事…的机构
    return ""


# Nouns that name a party (a person or body that can act), for subjects the actor lexicon does not know
_PARTY_ZH = re.compile(r"(?:者|人|方|机构|机关|部门|企业|单位|组织|公司|银行|政府)$")
_PARTY_EN = re.compile(r"\b(?:authorit(?:y|ies)|bod(?:y|ies)|persons?|organi[sz]ations?|associations?|agenc(?:y|ies)|"
                       r"officers?|commission|board|states?|institutions?|operators?|representatives?)$", re.I)


def _names_a_party(phrase: str) -> bool:
    from .actors.lexicon import _actors_in  # the actor lexicon (actors/ imports nothing from here)

    phrase = phrase.strip()
    return bool(phrase) and bool(_actors_in(phrase) or (_PARTY_ZH if _is_zh(phrase) else _PARTY_EN).search(phrase))


def _one_party_by_the_lexicon(a: str, b: str) -> bool:
    """Both phrases open with the same party as the actor lexicon names it (高管 and 高级管理人员 are both the directors;
    银行 and 金融机构 both the institution)."""
    from .actors.lexicon import _actors_in, _same_side

    first_a, first_b = _actors_in(a)[:1], _actors_in(b)[:1]
    return bool(first_a and first_b) and _same_side(first_a[0], first_b[0])


_BY_AFTER_MODAL_ZH = re.compile(r"(?:应当|应|须|必须|需|要)由")


_COVERB_OPENING_ZH = re.compile(r"(?:向|对|与|给|从|把|将)")


def subject_only_as_object(claim: str, sentence: str) -> Finding | None:
    """A finding when the claim's subject is named in the sentence, but only as what a verb or preposition governs
    ("委托专业机构…进行合规审计" made "专业机构应当…审计"; "mandate a not-for-profit body" made "the body has the right to
    mandate …"), while the sentence's own subject is another party."""
    from .actors.holders import AGREEMENT  # an agreement binds both its parties (应当与受托人约定): either may be its subject
    from .actors.subjects import _agent_opening

    if _is_zh(claim) != _is_zh(sentence) or AGREEMENT.search(claim):
        return None
    mine, theirs = subject_of(claim), subject_of(sentence)
    if len(_words(mine)) < (2 if _is_zh(claim) else 1) or not _names_a_party(theirs) or same_party(mine, theirs):
        return None  # a thing as the sentence's subject ("The arrangement shall reflect …") may be restated actively
    if _is_zh(claim) and _COVERB_OPENING_ZH.match(mine.strip()):
        # a coverb's phrase is no subject: "…评估通过后，向境外提供个人信息和重要数据不得超出…" elides who provides (网络数据
        # 处理者, 网络数据安全管理条例第三十八条), it does not make 境外 the actor (general Chinese grammar: 向/对/与/给/从/把/将
        # open a prepositional phrase before the verb)
        return None
    if _one_party_by_the_lexicon(mine, theirs):
        return None  # the same party in other words: 银行董事、高管 for 金融机构董事、监事、高级管理人员 (反洗钱法)
    by = _BY_AFTER_MODAL_ZH.search(_norm(claim)) if _is_zh(claim) else None
    if by and (not _names_a_party(mine) or _agent_opening(_norm(claim)[by.end() - 1:])):
        # a Chinese passive naming its agent (补救措施须由个人信息处理者立即采取, 个人信息保护法第五十七条): its subject is the
        # thing acted on, restated passively, not a party turned into the actor; and when 由 names a party the actor
        # lexicon knows, that party is the one that acts ("消费者…提出的意见，应当由有关行政部门听取", 消费者权益保护法第三十二条
        # 有关行政部门应当听取消费者…的意见), whom the actor checks compare
        return None
    verbatim = [m.start() for m in re.finditer(re.escape(mine.strip()), _norm(sentence))] if mine.strip() else []
    if _is_zh(claim) and not _names_a_party(mine) and verbatim and all(_norm(sentence)[at - 1 : at] == "的" for at in verbatim):
        # nor in Chinese, a thing the sentence has only as a thing of something (…的整理、保存和加工): "…采集的信息，其整理、
        # 保存和加工应当在中国境内进行" (征信业管理条例第二十四条) restates the acts the sentence opens with, no party made the actor
        return None
    if not _is_zh(claim) and not _names_a_party(_POST_MODIFIER_EN.split(mine, maxsplit=1)[0]):
        # nor is a thing as the claim's subject a party turned into the actor: "The record of processing activities …
        # must contain" (GDPR Art. 30) is what the controller maintains, said passively
        return None
    found = _occurrences(mine, _norm(sentence))
    if not found or _holds_a_modal_there(mine, sentence):
        return None
    text = _norm(sentence)
    if not any(_at_subject_position(text[:at], _is_zh(claim)) for at in found):
        return Finding("actor", f"the clause names {mine.strip()} as the one acted on or through; {theirs.strip()} is the one "
                                f"that acts")
    return None


def _holds_a_modal_there(phrase: str, sentence: str) -> bool:
    """Whether the party `phrase` names is the subject of some modal verb of `sentence` (by the actor lexicon): "用户可以
    提取…，但是非银行支付机构不得向用户支付…" (非银行支付机构监督管理条例第二十四条) has the institution act in its second
    sub-clause, though only 用户 is the subject of the first."""
    from .actors.holders import _duty_holders
    from .actors.lexicon import _ACTORS_EN_RE, _ACTORS_ZH_LONGEST_FIRST, _same_side

    phrase = _norm(phrase).strip()
    # the lexicon's actor must be the phrase's head noun (where it ends): "consumer association" is no consumer
    if not _is_zh(phrase):
        phrase = _POST_MODIFIER_EN.split(phrase, maxsplit=1)[0]
    if _is_zh(phrase):
        mine = next((name for word, name in _ACTORS_ZH_LONGEST_FIRST if phrase.endswith(word)), None)
    else:
        mine = next((name for p, name in _ACTORS_EN_RE for m in p.finditer(phrase) if m.end() == len(phrase)), None)
    return mine is not None and any(_same_side(mine, h) for h in _duty_holders(sentence))


# What may stand before a subject: the start, a punctuation mark, a conjunction joining two subjects, a determiner
_SUBJECT_BEFORE_ZH = re.compile(rf"(?:^|[，,。；;：:、]|和|及|以及|或者|或)\s*(?:第{NUMBER}条\s*)?(?:有关|相关|该|其|各|上述|其他)?\s*$")
_SUBJECT_BEFORE_EN = re.compile(r"(?:^|[,;:.]|\band\b|\bor\b)\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:(?:the|a|an|each|every|any|all|such|"
                                r"its|their|that|this)\s+)*$", re.I)


def _at_subject_position(before: str, zh: bool) -> bool:
    """Whether a noun after `before` can be a subject: it opens a sub-clause or joins another subject; after a verb or a
    preposition (委托专业机构, 向老年人提供, 保障老年人…, "mandate a body") it is what the verb governs."""
    if zh:
        return bool(_SUBJECT_BEFORE_ZH.search(before)) and not _OBJECT_BEFORE_ZH.search(before)
    return bool(_SUBJECT_BEFORE_EN.search(before)) and not _OBJECT_BEFORE_EN.search(before)


# what opens an English post-modifier (general English grammar): a prepositional phrase or a relative clause
_POST_MODIFIER_EN = re.compile(r"\s+(?:of|that|which|who|whose|with|in|for|under|established|referred)\s+", re.I)


def _occurrences(phrase: str, text: str) -> list[int]:
    """Where `phrase` (its last words: the head noun) stands in `text`."""
    if _is_zh(phrase):
        core = phrase[-4:] if len(phrase) > 4 else phrase
        return [m.start() for m in re.finditer(re.escape(core), text)]
    # the head of an English noun phrase stands before its post-modifier: "Providers of high-risk AI systems" is about
    # providers (AI Act Art. 19), not the systems ("generated by their high-risk AI systems" names no provider)
    phrase = _POST_MODIFIER_EN.split(phrase, maxsplit=1)[0]
    words = [w for w in re.findall(r"[\w-]+", phrase.lower()) if w not in ("the", "a", "an")]
    if not words:
        return []
    core = r"\b" + r"[\s-]+".join(re.escape(w) for w in words[-3:]) + r"\b"
    starts = [m.start() for m in re.finditer(core, text, re.I)]
    # the article before the noun belongs to the marker's context: "mandate a not-for-profit body"
    return [re.match(r"(?s).*?((?:\b(?:the|a|an|its|their|any)\s+)?)$", text[:at]).start(1) for at in starts]


# 收费标准由国务院价格主管部门规定 (征信业管理条例第三十一条): 由 names who sets, decides or does what stands before it
# (and builds, runs, keeps or manages it: 金融信用信息基础数据库由专业运行机构建设、运行和维护, 征信业管理条例第二十七条)
_BY_VERBS_ZH = "规定|制定|决定|负责|批准|确定|承担|核准|建设|运行|维护|管理|保存|签发"
# (a party named by its head noun first, so a verb inside its name, 专业运行机构, does not cut it short)
_BY_AGENT_ZH = re.compile(rf"([\u4e00-\u9fff]{{2,12}})由([\u4e00-\u9fff、]{{1,28}}?(?:机构|部门|机关|委员会|银行|政府|法院)|"
                          rf"(?:(?!{_BY_VERBS_ZH})[\u4e00-\u9fff、]){{2,30}}?)"
                          rf"(?:依法|另行|自行|统一|分别|直接|具体)?({_BY_VERBS_ZH})")


def other_receiver(claim: str, sentence: str) -> Finding | None:
    """A finding when the claim and the sentence hand the same thing over with the same verb (向X申报 / 报告 / 备案 …) to
    two different authorities the laws name: "向海关申报" (反洗钱法第十八条) is no declaration to the central bank."""
    from .actors.lexicon import _ACTOR_LABEL, named_authorities  # lazy: actors reads roles' neighbours, not roles

    if _is_zh(claim) != _is_zh(sentence):
        return None
    pattern = _TO_ZH if _is_zh(claim) else _NOTIFY_EN
    for mine in pattern.finditer(_norm(claim)):
        for theirs in pattern.finditer(_norm(sentence)):
            verb_mine, verb_theirs = mine.group(0)[-2:], theirs.group(0)[-2:]
            if not _is_zh(claim):
                verb_mine, verb_theirs = mine.group(1).lower(), theirs.group(1).lower()
            receiver_mine, receiver_theirs = mine.group(mine.lastindex), theirs.group(theirs.lastindex)
            if verb_mine != verb_theirs:
                continue
            a, b = named_authorities(receiver_mine), named_authorities(receiver_theirs)
            label = lambda names: _ACTOR_LABEL.get(sorted(names)[0], sorted(names)[0])  # noqa: E731
            if a and b and not a & b:
                return Finding("actor", f"the clause has this {verb_theirs} to {label(b)}, the claim to {label(a)}")
            if _authority_against_party(receiver_mine, receiver_theirs):
                return Finding("actor", f"the clause has this {verb_theirs} to {receiver_theirs.strip()}, the claim to "
                                        f"{receiver_mine.strip()}")
    return None


# "notify / inform the X of / that / without …": English names the receiver of a notice as the verb's object (GDPR Art.
# 33(2) "The processor shall notify the controller without undue delay")
_NOTIFY_EN = re.compile(r"\b(notify|notifies|inform|informs)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|relevant\s+|competent\s+)*"
                        r"([a-z][\w -]{2,50}?)(?=\s+(?:of|about|that|without|within|immediately|promptly|where|when|if)\b|\s*[,.;]|$)",
                        re.I)


def _authority_against_party(mine: str, theirs: str) -> bool:
    """Whether one receiver is a public authority and the other a party the actor lexicon knows that is none (用户 for
    有关主管部门, 数据安全法第三十条; the supervisory authority for the controller): a report to the regulator is no report to
    the users, whatever the words."""
    from .actors.lexicon import _actors_in  # lazy: actors reads roles' neighbours, not roles

    def authority(text: str) -> bool:
        return any(a.startswith("authority") for a in _actors_in(text, subjects_only=False)) or \
            bool((_AUTHORITY_ZH if _is_zh(text) else _AUTHORITY_EN).search(text))

    def party(text: str) -> bool:
        return bool(_actors_in(text, subjects_only=False)) and not authority(text)

    return (authority(mine) and party(theirs)) or (party(mine) and authority(theirs))


# public bodies by the general words of the statutes (部门, 机关, 主管 …) and of the GDPR / AI Act (authority, Commission)
_AUTHORITY_ZH = re.compile(r"国务院|部门|机关|政府|主管|监督管理机构|人民银行|法院|检察院")
_AUTHORITY_EN = re.compile(r"\b(?:authorit(?:y|ies)|commission|board|regulators?|courts?)\b", re.I)


# 由 X 根据…，分别会同 Y 制定 (商业银行法第五十条): X is the doer even when the act comes after an adverbial of its basis
# (根据 / 按照 / 依照 …) or the bodies it acts with
# (会同 / 联合 …, the words the statutes use for acting together); and after a comma (…工作程序，由国务院规定, 第十二条)
_BY_AGENT_LOOSE_ZH = re.compile(r"([\u4e00-\u9fff]{2,12})[，,]?由([\u4e00-\u9fff、]{2,30}?)(?:(?:根据|按照|依照|依据|会同|联合|分别|共同)"
                                r"[^。；;由]{0,40}?)?(?:依法|另行|自行|统一|分别)?(规定|制定|决定|负责|批准|确定|承担|核准)")


def other_agent(claim: str, sentence: str) -> Finding | None:
    """A finding when the claim and the sentence say the same thing is set or done "由 X" (by X), with different Xs."""
    if not (_is_zh(claim) and _is_zh(sentence)):
        return None
    for mine in _BY_AGENT_ZH.finditer(_norm(claim)):
        for theirs in [*_BY_AGENT_ZH.finditer(_norm(sentence)), *_BY_AGENT_LOOSE_ZH.finditer(_norm(sentence))]:
            if mine.group(3) == theirs.group(3) and same_party(mine.group(1)[-4:], theirs.group(1)[-4:]) \
                    and not same_party(mine.group(2), theirs.group(2)):
                return Finding("actor", f"the clause has {theirs.group(1)[-4:]} {theirs.group(3)} by {theirs.group(2)}, "
                                        f"the claim by {mine.group(2)}")
    return None


# "X shall be mandated by Y" / "X is appointed by Y": the patient before the passive, the agent after "by" (English)
_PASSIVE_BY_EN = re.compile(
    r"(?:^\W*(?:\(?[a-z0-9]{1,3}[.)]\s+)?|[,;:]\s*|\b(?:that|which|who|and|or)\s+)(?P<patient>(?:(?!\b(?:is|are|shall|must|may|will|should|can|be|being|been|has|have)\b)"
    r"[\w' -]){3,60}?)\s+(?:(?:is|are|shall|must|may|will|should|can|has|have)\s+(?:not\s+)?(?:only\s+)?)?(?:be\s+|been\s+|being\s+)?"
    r"(?P<verb>[a-z]+(?:ed|en|wn|ld|id|ne))\s+by\s+(?P<agent>[\w' -]{3,60}?)(?=\s+(?:to|in|on|for|and|or|as|at|with|within|"
    r"without|under|where|when|if)\b|[,;.:(]|$)", re.I)
# "X is mandated by Y to …" and "Y mandates X": the same relation; what the claim must not do is make Y the one acted on
_PASSIVE_AUX_EN = re.compile(r"\b(?:is|are|be|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ld|id|ne)\s+by\b", re.I)
# Words that say whose an actor is, not who it is ("its Union representative", "their own controller")
_POSSESSIVE_EN = re.compile(r"^(?:(?:the|a|an|its|their|his|her|each|any|every|such|own|union|eu)\s+)+", re.I)


def _passive_roles(text: str) -> list[tuple[str, str, str]]:
    """(verb, patient, agent) of each English passive with "by" in `text`."""
    found = []
    for m in _PASSIVE_BY_EN.finditer(_norm(text)):
        patient, agent = (_POSSESSIVE_EN.sub("", _LEAD_EN.sub("", g).strip()) for g in (m.group("patient"), m.group("agent")))
        if _names_a_party(patient) and _names_a_party(agent):
            found.append((m.group("verb").lower(), patient, agent))
    return found


def swapped_passive(claim: str, sentence: str) -> Finding | None:
    """A finding when claim and sentence use the same passive verb with "by" and the claim swaps who acts and who is
    acted on ("The controller is mandated by its representative" against "The representative shall be mandated by the
    controller", GDPR Art. 27(4)): the duty holder lexicon reads both as the agent's, so it cannot tell them apart."""
    if _is_zh(claim) or _is_zh(sentence):
        return None
    for verb, patient, agent in _passive_roles(claim):
        for verb2, patient2, agent2 in _passive_roles(sentence):
            if verb[:5] == verb2[:5] and same_party(patient, agent2) and same_party(agent, patient2) \
                    and not same_party(patient, patient2):
                return Finding("actor", f"the clause has {patient2} {verb2} by {agent2}; the claim has it the other way round")
    return None


# "is affixed by the body itself or, under its instructions, by the provider": every agent "by …" after a passive verb
_AGENTS_AFTER_EN = re.compile(r"\bby\s+((?:(?!\bby\b)[\w'’ -]){3,60}?)(?=\s+(?:or|and|to|in|on|for|as|at|with|within|under|"
                              r"where|when|if|after|before)\b|[,;.:(]|$)", re.I)
_PASSIVE_VERB_EN = re.compile(r"\b(?:is|are|be|been|being)\s+(?:\w+ly\s+)?([a-z]+(?:ed|en|wn|ld|id|ne))\s+(?=by\b)", re.I)


def _own_agents_part(rest: str) -> str:
    """What follows a passive verb up to the end of its sub-clause or the next participle with "by" of its own: "the
    information shall be provided by electronic means, where possible, unless otherwise requested by the data subject"
    (GDPR Art. 12(3)) has the data subject request, not provide."""
    rest = re.split(r"[;.](?:\s|$)", rest, maxsplit=1)[0]
    following = _PARTICIPLE_BY_EN.search(rest, 3)
    return rest[: following.start()] if following else rest


def _passive_agents(text: str) -> dict[str, list[str]]:
    """{passive verb: the parties named after "by" in the rest of its sub-clause} of an English text."""
    found: dict[str, list[str]] = {}
    for m in _PASSIVE_VERB_EN.finditer(_norm(text)):
        rest = _own_agents_part(_norm(text)[m.end():])
        agents = [_POSSESSIVE_EN.sub("", a.strip()) for a in _AGENTS_AFTER_EN.findall(rest)]
        agents = [a for a in agents if _names_a_party(a)]
        if agents:
            found.setdefault(m.group(1).lower()[:5], []).extend(agents)
    return found


def other_passive_agent(claim: str, sentence: str) -> Finding | None:
    """A finding when claim and sentence use the same passive verb with "by" and the claim's agent is none of the
    sentence's ("… is affixed by the market surveillance authority" against "… shall be affixed by the body itself or,
    under its instructions, by the provider", AI Act Art. 48(4)): who does it is said by "by", not by a modal subject."""
    if _is_zh(claim) or _is_zh(sentence):
        return None
    theirs = _passive_agents(sentence)
    for verb, agents in _passive_agents(claim).items():
        if verb in theirs and not any(same_party(a, b) or same_party(b, a) for a in agents for b in theirs[verb]):
            return Finding("actor", f"the clause has it {verb}… by {theirs[verb][0]}, the claim by {agents[0]}")
    return None


# a participle with "by", with or without an auxiliary before it: "Decisions adopted by the Commission" (GDPR Art. 45(9))
# names who adopts them as much as "decisions are adopted by the Commission" does
_PARTICIPLE_BY_EN = re.compile(r"\b([a-z]+(?:ed|en|wn|ld|id|ne))\s+(?=by\b)", re.I)


def _article_agents(text: str) -> dict[str, list[str]]:
    """{participle: the parties named after "by" in the rest of its sub-clause} of an English article."""
    text = _norm(text)
    found: dict[str, list[str]] = {}
    for m in _PARTICIPLE_BY_EN.finditer(text):
        rest = _own_agents_part(text[m.end():])
        agents = [_POSSESSIVE_EN.sub("", a.strip()) for a in _AGENTS_AFTER_EN.findall(rest)]
        found.setdefault(m.group(1).lower()[:5], []).extend(a for a in agents if _names_a_party(a))
    return found


def other_agent_in_article(claim: str, clause_text: str) -> Finding | None:
    """A finding when the claim has something done (a passive with "by") by a party the article never has do it, while
    the article names who does: "adequacy decisions are adopted by the national supervisory authorities" against "Decisions
    adopted by the Commission" (GDPR Art. 45(9)). Read over the whole article: the sentence naming the agent need not be the
    one the claim's other words match, and needs no modal verb (other_passive_agent reads one sentence, with an auxiliary)."""
    if _is_zh(claim) or _is_zh(clause_text):
        return None
    theirs = _article_agents(clause_text)
    for verb, agents in _passive_agents(claim).items():
        named = theirs.get(verb)
        if named and not any(same_party(a, b) or same_party(b, a) for a in agents for b in named):
            return Finding("actor", f"the clause has it {verb}… by {named[0]}, the claim by {agents[0]}")
    return None


# An English passive's verb (its first five letters, as _passive_agents keys it; a one-word participle, so not "laid down")
# and the Chinese verbs the statutes use for the same act after 由 X (general legal translation vocabulary: 规定
# "prescribe / stipulate / specify / determine", 制定 "formulate", 决定 "decide", 批准 / 核准 "approve", 承担 "bear": 承担责任
# "bear liability", 运费由消费者承担 "the costs are borne by the consumer", 消费者权益保护法第二十五条)
_PASSIVE_TO_ZH = {"deter": ("规定", "确定", "决定"), "presc": ("规定",), "stipu": ("规定",), "speci": ("规定",),
                  "formu": ("制定",), "decid": ("决定",), "appro": ("批准", "核准"), "borne": ("承担",)}
# The same act in the active voice, its subject right before the verb in its sub-clause: "the third party alone bears the
# legal liability" names who bears it as "is borne by the third party" does (由该金融机构承担…法律责任, 反洗钱法第三十二条)
_ACTIVE_BEARER_EN = re.compile(r"([A-Za-z][\w'’ -]{1,60}?)\s+(?:(?:alone|itself|themselves|solely|also|then|still|must|shall|"
                               r"will|should|has to|have to)\s+)*(?:bears?|bear|shoulders?)\b", re.I)


def passive_agent_across(claim: str, clause_text: str) -> Finding | None:
    """A finding when an English claim has something done "by" a party (the actor lexicon's) and the Chinese article says
    由 another party does that act, and never the claim's: "The functions … of the monetary policy committee are determined
    by the People's Bank of China" against 货币政策委员会的职责、组成和工作程序，由国务院规定 (中国人民银行法第十二条)."""
    from .actors.lexicon import _actors_in  # lazy: actors reads roles' neighbours, not roles

    if _is_zh(claim) or not _is_zh(clause_text):
        return None
    text = _norm(clause_text)
    doers = [(m.group(3), m.group(2)) for pattern in (_BY_AGENT_ZH, _BY_AGENT_LOOSE_ZH) for m in pattern.finditer(text)]
    for verb, agents in {**_active_bearers(claim), **_passive_agents(claim)}.items():
        acts = _PASSIVE_TO_ZH.get(verb)
        theirs = {a for act, doer in doers if acts and act in acts for a in _actors_in(doer, subjects_only=False)}
        mine = {a for agent in agents for a in _actors_in(agent, subjects_only=False)}
        if theirs and mine and not mine & theirs:
            named = next(doer for act, doer in doers if act in acts)
            return Finding("actor", f"the clause has it done (由…{acts[0]}) by {named}, the claim by {agents[0]}")
    return None


def _active_bearers(text: str) -> dict[str, list[str]]:
    """{"borne": the parties an English text has bear something in the active voice} (see _ACTIVE_BEARER_EN): the subject is
    the party named last before the verb in its own sub-clause."""
    found: list[str] = []
    for part in re.split(r"[,;:]|\b(?:and|but|while|whereas)\b", _norm(text)):
        m = _ACTIVE_BEARER_EN.search(part)
        if m and _names_a_party(m.group(1)):
            found.append(_POSSESSIVE_EN.sub("", m.group(1).strip()))
    return {"borne": found} if found else {}


# A Chinese claim's doer, stated without a modal verb: "由国家网信部门保存…", "公安部门负责…的统筹协调": a party word of the
# state or of business (its head: 部门, 机关, 机构, 委员会 …) before the act it does
_PARTY_HEAD_ZH = r"(?:部门|机关|机构|委员会|办公室|政府|法院|检察院|银行|中心|协会)"
_DOER_NO_MODAL_ZH = re.compile(rf"(?:^|[，,；;。]|由)\s*((?:(?![由向对与和及、，,])[\u4e00-\u9fff]){{2,16}}?{_PARTY_HEAD_ZH})"
                               rf"(?:依法|统一|具体|分别|共同)?(?=负责|保存|提供|批准|审查|审批|核准|决定|制定|发布|办理|监督|管理|统筹|组织|实施|"
                               # 对…承担…责任 (网络数据安全管理条例第九条 …对所处理网络数据的安全承担主体责任)
                               rf"对[^，,。；;]{{1,40}}?承担)")
# How much of what the claim's doer does (its words after the party) one sentence of the article must hold: the claim is
# about this article's act, and only its doer can be wrong. Not tuned (the tuning claim files hold 10 claims with such a
# doer, 5 true, none near it): the share polarity.py's DENIED_MATCH and cases of the kind use.
STRAY_ACT_MATCH = 0.6


def stray_doer(claim: str, clause_text: str) -> Finding | None:
    """A finding when a Chinese claim has an act done by a body the article nowhere names, by any of its names (公安部门
    负责…统筹协调 against 个人信息保护法第六十条 "国家网信部门负责…统筹协调…"; 由国家网信部门保存 against 第五十六条
    "个人信息处理者…应当…保存"), while the article holds the act: the law names who does it, a claim naming a body it
    never mentions has the wrong one. No modal verb needed. A generic body (有关部门, 主管部门) agrees with any named one."""
    from .actors.lexicon import _actors_in

    if not (_is_zh(claim) and _is_zh(clause_text)):
        return None
    text, clause = _norm(claim), _norm(clause_text)
    for m in _DOER_NO_MODAL_ZH.finditer(text):
        # 未经/经…批准 names who approves, as a condition of another's act; 中国/我国主管机关 is any competent authority
        party = _DETERMINER_ZH.sub("", re.sub(r"^(?:未经|非经|经过|经|报|向|对|与)", "", m.group(1)))
        # "…后，才能到市场监督管理部门办理": a modal adverb and a verb of going (才能到, 方可向, 再去) open a place to
        # act at, not the doer (非银行支付机构监督管理条例第十四条 方可向市场监督管理部门办理…登记)
        party = re.sub(r"^(?:才能|才可以|才可|方可|方能|只能|可以|应当|再|须)?(?:到|去|前往|赴|向)", "", party)
        if party in clause or re.search(r"^(?:有关|相关|主管|其他|各级|县级以上)|(?:有关|主管)(?:部门|机关|机构)$", party) \
                or m.group(1) != party and m.group(1).startswith(("未经", "非经", "经")):
            continue
        known = [a for a in _actors_in(party, subjects_only=False) if a not in ("anyone",)]
        if not known:
            # a body the lexicon does not know (公安部门, 国务院信息产业主管部门): named by its field, which the article
            # would hold under any of its names (公安机关 holds 公安)
            core = re.sub(rf"{_PARTY_HEAD_ZH}$", "", re.sub(r"^(?:国务院|国家|中国|中央)", "", party))
            core = re.sub(r"(?:主管|监督管理|管理|行政)$", "", core)
            if len(core) < 2 or core in clause:
                continue
        elif any(a == "authority" for a in known) or set(known) & set(_actors_in(clause, subjects_only=False)):
            # a generic authority, or another name of a body the article names; unless the sentence holding the act gives
            # it only to parties that are no authority (网信等…监管部门…承担主体责任 against 网络数据处理者应当…，并对所处理
            # 网络数据的安全承担主体责任, 网络数据安全管理条例第九条)
            if all(a.startswith("authority") for a in known):
                holders = _holders_of_the_act(text[m.end(1):], clause)
                if holders and not any(h.startswith("authority") or h in ("state", "court", "anyone", "body") for h in holders):
                    from .actors.lexicon import _ACTOR_LABEL

                    named = "、".join(dict.fromkeys(_ACTOR_LABEL.get(h, h) for h in holders))
                    return Finding("actor", f"the claim gives to {party} what the clause puts on {named}")
            continue
        act = re.split(r"[。；;]", text[m.end(1):], maxsplit=1)[0]
        act_words = _words(act)
        if len(act_words) < 3:
            continue
        if max((len(act_words & _words(part)) / len(act_words) for part in re.split(r"[。；;\n]", clause)), default=0) \
                < STRAY_ACT_MATCH:
            continue
        return Finding("actor", f"the claim has {party} do it, a body the article does not name")
    return None


def _holders_of_the_act(act_text: str, clause: str) -> list[str]:
    """The duty holders of the sentence of `clause` holding the act the claim describes (STRAY_ACT_MATCH of its words)."""
    from .actors.holders import _duty_holders

    act = re.split(r"[。；;]", act_text, maxsplit=1)[0]
    act_words = _words(act)
    if len(act_words) < 3:
        return []
    scored = [(len(act_words & _words(part)) / len(act_words), part) for part in re.split(r"[。；;\n]", clause) if part.strip()]
    share, part = max(scored, default=(0.0, ""))
    return _duty_holders(part) if share >= STRAY_ACT_MATCH else []
