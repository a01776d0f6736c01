"""Statements without a modal verb, turned around (pure).

What a clause says something is not or does not have (X 不属于 Y, 不适用, 不具有法人资格, 不影响…效力) against a claim
affirming it; a claim negating the main verb of a sentence the clause states plainly ("The secretariat does not act
under the instructions of the Chair" against GDPR Art. 75(2); 国家不建立… against 数据安全法第二十二条 国家建立…). The
modal checks see neither: there is no 应当 / shall to compare.
"""

from __future__ import annotations

import re

from ..text.numerals import NUMBER
from ..language import is_chinese
from .modality import normalised, modal_classes
from .wording import _short, _wording, sentences


# What a clause says something is not, or is not covered by: "但是单用途预付卡业务不属于本条例规定的支付业务" (非银行支付机构
# 监督管理条例第十五条), 不适用本法, 不视为, 不计入, 不作为; what it does not have or bear: 商业银行分支机构不具有法人资格
# (商业银行法第二十二条), 不享有, 不承担, 不影响 (撤回同意不影响…效力, 个人信息保护法第十五条), 不按行政区划设立 (第十九条; not
# 不按照规定…的, a penalty's case). The same words without 不 affirm it.
_DENIED_ZH = re.compile(r"(?:^|[，,。；;：:]|但是|但)\s*((?:(?!但是|但)[^，,。；;：:]){0,40}?)(不(?:属于|适用于?|视为|计入|作为|包括|构成|具有|具备|享有|承担|影响|按(?!照)))"
                        r"([^，,。；;：:]{2,40})")

DENIED_MATCH = 0.6
# The sub-clauses of a Chinese text: what a punctuation mark within or between its sentences separates
_SUB_CLAUSE_ZH = re.compile(r"[，,；;：:。]")


def _denied_subject(m: re.Match, clause: str) -> str:
    """What a _DENIED_ZH match says is not (…): its own words before 不, else the sub-clause before it: 个人撤回同意的，
    不影响…的效力 (个人信息保护法第十五条), 在…境内的分支机构，不按行政区划设立 (商业银行法第十九条)."""
    subject = m.group(1)
    return subject if subject.strip() else _SUB_CLAUSE_ZH.split(clause[: m.start(2)].rstrip("，, "))[-1]


# (round 47) what "不影响…的效力" denies, said as its outcome: the thing is void (撤回前…的处理活动都无效 against 个人撤回同意，
# 不影响撤回前基于个人同意已进行的个人信息处理活动的效力, 个人信息保护法第十五条); the statutes' words for a loss of legal
# effect (无效, 失效, 作废: 民法典第一百五十五条 无效的或者被撤销的民事法律行为自始没有法律约束力), not negated by the claim
_VOID_ZH = re.compile(r"无效|失效|作废|不再有效|没有(?:法律)?效力|不生效")
_VOID_NEGATED_ZH = re.compile(r"(?:不会|并不|不因此|不因|并非|不是|不算)[\u4e00-\u9fff]{0,2}$")


def voided_validity(verb: str, what: str, claim: str) -> bool:
    """Whether a claim says void what the clause says an event does not affect the validity (效力) of."""
    if verb != "影响" or "效力" not in what:
        return False
    return any(not _VOID_NEGATED_ZH.search(claim[: m.start()]) for m in _VOID_ZH.finditer(claim))


def _affirms_what_is_denied(claim: str, clause_text: str, bridge: str = "") -> str:
    """What the clause says something is not (X 不属于 Y), when the claim says X 属于 Y (both X and Y in its words, the
    verb without 不 and no negation of its own); '' otherwise. `bridge`: for an English claim on a Chinese clause, the
    Chinese terms its words stand for (the glossary's), which must tie it to X and Y."""
    if not is_chinese(claim) and not is_chinese(clause_text):
        return _affirms_what_is_denied_en(claim, clause_text)
    if not is_chinese(claim) and is_chinese(clause_text):
        return _affirms_what_is_denied_across(claim, clause_text, bridge)
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return ""
    text = normalised(claim)
    clause = normalised(clause_text)
    for m in _DENIED_ZH.finditer(clause):
        subject, negated, what = _denied_subject(m, clause), m.group(2), m.group(3)
        verb = negated[1:]
        # the claim's own negation may be passive: 效力不受影响 denies 影响 as 不影响 does
        if re.search(rf"(?:不|非|并非|没有|未)\s*(?:受到?|被)?\s*{re.escape(verb[:2])}", text):
            continue
        if verb[:2] not in text:
            if not voided_validity(verb, what, text):
                continue
            what = what.replace("的效力", "").replace("效力", "")  # (the claim says "void", not "validity")
        claim_words = _wording(text, True)
        key_x, key_y = _wording(subject, True), _wording(what, True)
        # (the law itself, 不适用本法, is one bigram: the claim must name it, 属于本法的适用范围)
        if len(key_x) >= 2 and (len(key_y) >= 2 or _THE_LAW_ITSELF_ZH.match(what)) \
                and len(key_x & claim_words) / len(key_x) >= DENIED_MATCH \
                and len(key_y & claim_words) / len(key_y) >= DENIED_MATCH:
            return _short(m.group(0).lstrip("，,。；;：:"))
    return ""


# The English of _DENIED_ZH: "The withdrawal of consent shall not affect the lawfulness of processing based on consent
# before its withdrawal" (GDPR Art. 7(3)), "It shall not affect the validity of any delegated acts already in force"
# (Art. 92(3)), "This Regulation does not apply to …" (Art. 2(2)): what something does not affect, apply to, constitute
# or include, said with or without a modal verb. The verb's stem, as the claim may inflect it.
_DENIED_EN = re.compile(r"^(.*?)\b(?:shall|does|do|will|should)\s+not\s+(affect|apply|constitute|include|cover|prejudice)"
                        r"\w*\s+(?:to\s+)?([^;:]{6,200})", re.I)
# a pronoun subject stands for the subject of the last sentence before that names one ("A decision of revocation shall put an end to … It
# shall not affect …", GDPR Art. 92(3))
_PRONOUN_SUBJECT_EN = re.compile(r"^\W*(?:\d+\.\s*)?(?:it|they|this|that|such \w+)\s*$", re.I)
_SUBJECT_EN = re.compile(r"^(.*?)\b(?:shall|must|may|does|do|is|are|will|can)\b", re.I)
# a claim that limits what it affirms ("applies only where …", "unless", "except") is no plain affirmation
_LIMITED_EN = re.compile(r"\b(?:only|unless|except|save|other than|without prejudice|subject to)\b", re.I)


def _affirms_what_is_denied_en(claim: str, clause_text: str) -> str:
    """English: a clause sentence says X shall not affect (apply to …) Y, the claim says X affects Y (the verb with no
    negation of its own, X and Y in its words as DENIED_MATCH asks); '' otherwise."""
    text = normalised(claim)
    if _LIMITED_EN.search(text):
        return ""
    named = ""  # the subject of the last sentence that names one (not a pronoun)
    for sentence in _with_lead_ins(sentences(clause_text)):
        opening = _SUBJECT_EN.match(sentence)
        if opening and not _PRONOUN_SUBJECT_EN.match(opening.group(1)):
            earlier, named = named, opening.group(1)
        else:
            earlier = named
        m = _DENIED_EN.match(sentence)
        if not m or sentence.rstrip().endswith(":"):
            continue  # (a lead-in is read with each of its items, never alone)
        subject, verb, what = m.group(1), m.group(2).lower(), m.group(3)
        if _PRONOUN_SUBJECT_EN.match(subject):
            subject = earlier
        said = re.search(rf"\b{re.sub(r'[ey]$', '', verb)}\w*", text, re.I)  # (apply → applies, include → included)
        if not said or _NEGATION_EN.search(text[: said.start()][-40:]) or _NEGATION_EN.search(text[said.end():][:20]):
            continue
        claim_words = _wording(text, False, stem=True)
        key_x, key_y = _wording(subject, False, stem=True), _wording(what, False, stem=True)
        # a subject with no content word of its own ("Paragraph 1", GDPR Art. 8(3)) is found in the claim as written
        reference = _PARAGRAPH_NUMBER_EN.sub("", subject).strip().lower()
        subject_said = len(key_x & claim_words) / len(key_x) >= DENIED_MATCH if key_x else \
            bool(reference) and reference in text.lower()
        if subject_said and len(key_y) >= 2 and len(key_y & claim_words) / len(key_y) >= DENIED_MATCH:
            return _short(sentence)
    return ""


_PARAGRAPH_NUMBER_EN = re.compile(r"^\W*\d+\.\s*")
_ITEM_EN = re.compile(r"^\s*\((?:[a-z]{1,4}|\d{1,2})\)\s*")


def _with_lead_ins(found: list[str]) -> list[str]:
    """The sentences, each list item also read with its lead-in ("This Regulation does not apply to the processing of
    personal data: … (c) by a natural person in the course of a purely personal or household activity", GDPR Art. 2(2))."""
    out, lead = [], ""
    for sentence in found:
        out.append(sentence)
        if _ITEM_EN.match(sentence) and lead:
            out.append(lead + " " + _ITEM_EN.sub("", sentence))
        elif sentence.rstrip().endswith(":"):
            lead = sentence.rstrip()[:-1]
        else:
            lead = ""
    return out


# The verbs _DENIED_ZH negates as an English claim affirms them (general English legal usage for 影响 / 适用 / 属于 …)
_AFFIRMED_EN = {
    "影响": r"affects?|affected|impairs?|invalidates?", "适用": r"appl(?:y|ies)|covers?|governs?",
    "属于": r"(?:is|are) (?:a|an|part of|within|among|classed as)|falls? (?:within|under)|belongs? to|counts? as|"
          r"qualif(?:y|ies) as",
    "具有": r"ha(?:s|ve)|possess(?:es)?", "具备": r"ha(?:s|ve)|possess(?:es)?|meets?",
    "享有": r"enjoys?|ha(?:s|ve)|(?:is|are) entitled",
    "承担": r"bears?|(?:is|are) liable|assumes?", "视为": r"(?:is|are) (?:deemed|regarded|considered|treated)",
    "计入": r"(?:is|are) (?:counted|included)|counts? towards", "构成": r"constitutes?|amounts? to", "包括": r"includes?",
}
# "不适用本法": the law itself is what is denied; an English claim names it as "the Law", "this Regulation", "the PIPL" …
_THE_LAW_ITSELF_ZH = re.compile(r"^本(?:法|条例|办法|规定|解释)")
_A_LAW_EN = re.compile(r"\b(?:law|regulation|measures|provisions|act|PIPL|DSL|CSL|interpretation)\b", re.I)


def _affirms_what_is_denied_across(claim: str, clause_text: str, bridge: str) -> str:
    """An English claim affirming what a Chinese clause denies without a modal verb ("withdrawing consent affects the
    validity of earlier processing" against 个人撤回同意，不影响撤回前…的效力, 个人信息保护法第十五条): the claim has the
    English of the negated verb and no negation at all, and its glossary terms hold wording of both X and Y."""
    text = normalised(claim)
    if not bridge or _NEGATION_EN.search(text) or _LIMITED_EN.search(text):
        return ""
    clause = normalised(clause_text)
    # (the glossary's own phrases that carry the negation, 不影响撤回前…的效力, say nothing about which way the claim goes)
    tied = set().union(*(_wording(t, True) for t in bridge.split() if "不" not in t)) if bridge.split() else set()
    for m in _DENIED_ZH.finditer(clause):
        subject, negated, what = _denied_subject(m, clause), m.group(2), m.group(3)
        english = _AFFIRMED_EN.get(negated[1:3])
        if not english or not re.search(rf"\b(?:{english})\b", text, re.I):
            continue
        about_x = tied & _wording(subject, True)
        about_y = (tied & _wording(what, True)) or (_THE_LAW_ITSELF_ZH.match(what) and _A_LAW_EN.search(text))
        if about_x and about_y:
            return _short(m.group(0).lstrip("，,。；;：:"))
    return ""


# A claim that negates its main verb without a modal one ("The secretariat does not act under the instructions
# of the Chair", "is not subject to …"): what follows the verb is what it denies
_NEGATED_VERB_EN = re.compile(r"\b(?:does|do|did|is|are|was|were|will|has|have)\s*(?:not|n't)\s+(?:be\s+)?[a-z]+\s+"
                              r"([^,;.]{6,160})", re.I)

# any negation in a clause sentence (then it may say what the claim does, and the modal checks judge it)
_NEGATION_EN = re.compile(r"\b(?:not|no|never|neither|nor|without|cannot|none|nothing)\b|n't\b", re.I)

# How much of what the claim denies, and of its subject, one sentence must state for the claim to contradict it (set, not
# tuned: with them no true claim of the 955 tuning claims is flagged, and the negated-verb misses of planted_claims_r9 B
# are caught)
STATED_MATCH = 0.8

SUBJECT_MATCH = 0.5


# A Chinese claim that negates a verb without a modal one (国家不建立…机制 against 数据安全法第二十二条 国家建立…机制; 收回贷款
# 不受法律保护 against 商业银行法第七条): 不 / 并不 / 没有 / 未 before a verb; not 不 inside a word (不良, 不当, 不正当, 不同,
# 不足, 不少于 …) nor a modal or quantity (不得, 不超过), nor 不是 (a statement of what something is)
_NEGATED_VERB_ZH = re.compile(r"(?:并不|并未|没有|不|未)(?![良当正同少足断仅但论管再久得应必需须能可予超低高多以是止])"
                              r"([\u4e00-\u9fff]{4,60})")

_NEGATION_ZH = re.compile(r"不|未|无|非|没有|禁止|严禁")


def _denies_what_is_stated(claim: str, clause_text: str) -> str:
    """The sentence of the clause that states, with no negation, what a claim denies by negating another verb
    (GDPR Art. 75(2) "The secretariat shall perform its tasks exclusively under the instructions of the Chair of the
    Board" against "The secretariat does not act under the instructions of the Chair"): the sentence holds nearly all
    the words after the claim's negated verb and half of those before it. '' when none does, or the claim has a modal
    verb (the modality checks judge it) or a second negation."""
    zh = is_chinese(claim)
    if zh != is_chinese(clause_text):
        return ""
    claim = _before_the_modal_part(claim)
    if not claim:
        return ""
    text = normalised(claim)
    negated, negation = (_NEGATED_VERB_ZH, _NEGATION_ZH) if zh else (_NEGATED_VERB_EN, _NEGATION_EN)
    # a Chinese claim is read without the cases it states (…未及时告知有关各方…造成损失的，不承担赔偿责任: the 未 of the case
    # is not the negation of its statement, 电子签名法第二十七条), and so is each sentence it is compared with
    main = _without_cases_zh(text) if zh else text
    m = negated.search(main)
    if not m or len(negation.findall(main)) > 1 or (zh and _is_case_zh(m.group(1), main, m.end())):
        return ""
    before = main[: m.start()] if main == text else text.replace(m.group(0), " ")
    denied, subject = _wording(m.group(1), zh, stem=True), _wording(before, zh, stem=True)
    if len(denied) < 3 or not subject:
        return ""
    # the verb that closes a Chinese negated sub-clause is its head, the words between 不 and it an adverbial (不对外公开,
    # 不向社会公开: general Chinese word order, 不 + coverb phrase + verb); a sentence that puts a duty on that very verb
    # (应当公开…) states what the claim denies, whatever adverbial the claim adds
    closes = m.end() == len(main) or main[m.end()] in "，,；;。"
    head = m.group(1)[-2:] if zh and closes else ""
    for sentence in sentences(clause_text):
        if negation.search(_without_cases_zh(sentence) if zh else sentence):
            continue
        words = _wording(sentence, zh, stem=True)
        if len(subject & words) / len(subject) < SUBJECT_MATCH:
            continue
        if len(denied & words) / len(denied) >= STATED_MATCH or (head and re.search(_DUTY_ZH + re.escape(head), sentence)):
            return _short(sentence)
    return ""


def _before_the_modal_part(claim: str) -> str:
    """The claim up to its first sub-clause with a modal verb, when one without precedes it: "可靠的电子签名并不具有与手写
    签名同等的法律效力，重要合同仍须手写签名" (电子签名法第十四条) denies a statement in its first sub-clause and adds a duty of
    its own after it, which the modality checks judge; '' when the claim opens with a modal verb."""
    if not modal_classes(claim):
        return claim
    kept = []
    for part in re.split(r"(?<=[，,；;])" if is_chinese(claim) else r"(?<=;)", normalised(claim)):
        if modal_classes(part):
            break
        kept.append(part)
    # (with the mark that ends it: a case, 使用者发现…不符合…的，, stays a case the negation belongs to; and a sub-clause
    # that states the case or time of the rule after it, …不还担保贷款时， / 如果…， is no statement of its own)
    if kept and is_chinese(claim) and (_CASE_PART_ZH.search(kept[-1]) or _CONDITION_OPENING_ZH.match(kept[0])):
        return ""
    return "".join(kept)


# a Chinese sub-clause that states the case or time of what follows (…的， …时， …后， …前，: general usage), and the words
# that open a condition (如果 / 若 / 假如 / 倘若 / 一旦 / 当 / 只要)
_CASE_PART_ZH = re.compile(r"(?:的|时|之时|后|之后|以后|前|之前|以前)\s*[，,；;]?\s*$")
_CONDITION_OPENING_ZH = re.compile(r"^\s*(?:如果|若|假如|倘若|一旦|当|只要)")


# a duty modal right before a verb (应当公开, 必须报告, 须备案)
_DUTY_ZH = r"(?:应当|必须|须|应)"


# a case closed by 的 with no comma before the penalty it incurs ("没有违法所得的并处10万到50万元罚款", as a drafting model
# shortens 没有违法所得…的，并处…, 非银行支付机构监督管理条例第五十四条): the penalty verbs of the laws' liability chapters
_PENALTY_AFTER_CASE = re.compile(rf"的(?=并处|处以|处{NUMBER}|责令|给予(?:警告|处分|纪律处分))")


def _without_cases_zh(text: str) -> str:
    """A Chinese text without the sub-clauses that state a case (those ending in 的 before a comma: 给他人造成损失的，);
    a sentence's first case with the sub-clauses before it when none of them has a modal verb: a case may run over
    several commas and close with one 的 ("网络运营者不履行…安全保护义务，拒不改正的，罚五万到五十万" is one case, 不履行 and
    拒不改正, before its penalty; general Chinese legal drafting, 网络安全法第六十一条 …的，…；拒不改正…的，处…), so its 不 is
    no negation of what the sentence states. (After the first case, a sub-clause without a modal verb may be a statement:
    责令改正，给予警告，没收违法所得，违法所得10万元以上的，并处…)"""
    out = []
    for sentence in re.split(r"(?<=[。；;])", _PENALTY_AFTER_CASE.sub("的，", text)):
        parts = re.split(r"([，,])", sentence)
        kept: list[str] = []
        opening = True  # no statement kept and no case closed yet in this sentence
        for i, p in enumerate(parts):
            if p.endswith("的") and i + 1 < len(parts):
                if opening and not any(modal_classes(k) for k in kept):
                    kept = []  # the opening sub-clauses lead up to this case: part of it
                opening = False
                continue
            if p in "，," and i and parts[i - 1].endswith("的"):
                continue
            kept.append(p)
        out.append("".join(kept))
    return "".join(out)


def _is_case_zh(phrase: str, text: str, end: int) -> bool:
    """The negated verb ends a sub-clause in 的: a case the sentence speaks of, not a statement ("尚不构成犯罪的，由公安机关处
    …拘留" is the case beside "构成犯罪的，依法追究刑事责任", 中国人民银行法第四十二条; 不按照规定…的)."""
    return (phrase.endswith("的") or _names_a_party_zh(phrase)) and (end == len(text) or text[end] in "，,；;：:")


# 不履行…义务的组织, 未取得许可的机构: a negated verb in a relative clause (…的 + a party) names the party it modifies, as a
# case (…的，) states the case (general Chinese grammar); its 不 / 未 negates no statement.
_RELATIVE_HEAD_ZH = re.compile(r"的([\u4e00-\u9fff]{1,10})$")


def _names_a_party_zh(phrase: str) -> bool:
    from ..lexis.parties import actors_in

    head = _RELATIVE_HEAD_ZH.search(phrase)
    return bool(head and (_PARTY_NOUN_ZH.search(head.group(1)) or actors_in(head.group(1), subjects_only=False)))


# the nouns Chinese names parties with (机构, 组织, 单位, 企业, 个人, 人员, 部门, 机关, …者, …方, …人: general usage)
_PARTY_NOUN_ZH = re.compile(r"(?:机构|组织|单位|企业|公司|个人|人员|主体|部门|机关|者|方|人)$")


# What a clause sentence says does not happen, as a plain statement with no modal verb: "被接管的商业银行的债权债务关系不因
# 接管而变化" (商业银行法第六十四条). 不 before a verb, as _NEGATED_VERB_ZH reads it, in a sub-clause that is no case (…的，).
_NEGATED_STATEMENT_ZH = re.compile(r"([\u4e00-\u9fff]{2,40}?)" + _NEGATED_VERB_ZH.pattern)


def _affirms_what_is_negated(claim: str, clause_text: str) -> str:
    """The clause sentence that says, without a modal verb, that something does not happen (X 不因接管而变化) when a
    Chinese claim with no negation and no modal verb says it does (X 因接管而发生变化): the claim holds STATED_MATCH of the
    words after 不 and SUBJECT_MATCH of those before it in the sub-clause. '' otherwise. The mirror of
    `_denies_what_is_stated` (a dropped negation, where that one reads an added one)."""
    text = normalised(claim)
    if not (is_chinese(text) and is_chinese(clause_text)) or modal_classes(text) or _NEGATION_ZH.search(text):
        return ""
    claim_words = _wording(text, True, stem=True)
    for sentence in sentences(clause_text):
        if modal_classes(sentence):
            continue
        for part in _SUB_CLAUSE_ZH.split(sentence):
            m = _NEGATED_STATEMENT_ZH.search(part)
            if not m or len(_NEGATION_ZH.findall(part)) > 1 or _is_case_zh(m.group(2), part, m.end()):
                continue
            subject, denied = _wording(m.group(1), True, stem=True), _wording(m.group(2), True, stem=True)
            if len(denied) < 3 or len(subject) < 2:
                continue
            if len(denied & claim_words) / len(denied) >= STATED_MATCH and \
                    len(subject & claim_words) / len(subject) >= SUBJECT_MATCH:
                return _short(sentence)
    return ""


def _frees_what_is_stated(claim: str, clause_text: str) -> str:
    """The clause sentence that states an act plainly, with no modal verb and no negation ("…的净利润，全部上缴中央财政",
    中国人民银行法第三十九条; "给他人造成损失的，依法承担民事责任", 电子签名法第三十二条), when a Chinese claim says its subject
    need not do it (无需上缴中央财政, 不承担民事责任): the claim's exempted sub-clause holds STATED_MATCH of what one sub-clause
    of the sentence says, and the rest of the claim SUBJECT_MATCH of the article's words. A law states what is done as what
    must be done; the modal checks see no modal verb there to compare. '' when the article anywhere negates or exempts that
    act itself (then it speaks of the act both ways, and the claim may restate the other)."""
    text = normalised(claim)
    if not (is_chinese(text) and is_chinese(clause_text)):
        return ""
    clause = normalised(clause_text)
    clause_parts = [p for p in _SUB_CLAUSE_ZH.split(clause) if p.strip()]
    for part in _SUB_CLAUSE_ZH.split(_without_cases_zh(text)):
        found = modal_classes(part)
        if not found or {cls for _, cls in found} != {"exemption"}:
            continue
        act = _wording(part[found[0][0]:], True)
        if len(act) < 2:
            continue
        subject = _wording(text.replace(part, " "), True)
        if not subject or len(subject & _wording(clause, True)) / len(subject) < SUBJECT_MATCH:
            continue
        holding = [p for p in clause_parts if len(act & _wording(p, True)) / len(act) >= STATED_MATCH]
        if holding and all(not modal_classes(p) and not _NEGATION_ZH.search(p) for p in holding):
            return _short(next(s for s in sentences(clause_text) if holding[0] in normalised(s)))
    return ""


# 不受X的干涉 / 不受X干预: the clause frees its subject from the parties X names (中国人民银行法第七条 不受地方政府、各级政府
# 部门、社会团体和个人的干涉; 银行业监督管理法第五条); the parties, split at the enumeration's joiners
_FREE_OF_ZH = re.compile(r"不受([\u4e00-\u9fff、]{2,40}?)(?:的|非法)?(?:干涉|干预|控制|支配|指使)")
_PARTY_JOINERS_ZH = re.compile(r"、|和|及|与|或者|或")
# a claim that its subject accepts or obeys a party (接受X的指导, 服从X, 听从X, 受X领导): general Chinese vocabulary of
# subordination; 受 only right before the party (受理个人投诉 accepts no direction)
_ACCEPTS_ZH = r"(?:(?:接受|服从|听从|遵从)[\u4e00-\u9fff]{0,3}?|受)"


def _accepts_whom_it_is_free_of(claim: str, clause_text: str) -> str:
    """The clause's 不受X的干涉 when a Chinese claim says its subject accepts or obeys X ("人民银行…应当接受地方政府的指导"
    against 中国人民银行法第七条 不受地方政府…的干涉): whatever the claim calls X's part (指导, 协调, 监督), a body the law frees
    from a party does not take that party's direction. '' when the article itself has its subject accept X somewhere."""
    text, clause = normalised(claim), normalised(clause_text)
    if not (is_chinese(text) and is_chinese(clause)):
        return ""
    for m in _FREE_OF_ZH.finditer(clause):
        for party in (p for p in _PARTY_JOINERS_ZH.split(m.group(1)) if len(p) >= 2):
            accepted = re.search(_ACCEPTS_ZH + re.escape(party), text)
            if not accepted or _NEGATION_ZH.search(text[max(0, accepted.start() - 2): accepted.start()]):
                continue
            if any(not _NEGATION_ZH.search(clause[max(0, a.start() - 1): a.start()])
                   for a in re.finditer(_ACCEPTS_ZH + re.escape(party), clause)):
                continue
            return _short(m.group(0))
    return ""
