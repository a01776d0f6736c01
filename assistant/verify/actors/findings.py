"""Wrong-actor findings (pure): a claim whose duty holder is not the sentence's, an authority or court the article
nowhere names, a party noun the article never uses.
"""

from __future__ import annotations

import re

from ...lexis.parties import (ACTOR_LABEL, ACTORS_EN_RE, ACTORS_ZH_LONGEST_FIRST, actors_in, mentioned_authorities,
                              named_authorities, objects_in, roles_compatible, same_side)
from ...text.articles import CN_ARTICLE_LABEL
from ...language import is_chinese
from ..modality import MODAL_GROUP, Finding, normalised, modal_classes
from .holders import AGREEMENT, PARTY_NOUN_ENDINGS_ZH, _duty_holders, _duty_pairs, lead_in_holders, passive_patients
from .subjects import _opening_actor


def _actor_findings(claim: str, sentence: str, previous: str = "", lead_in: bool = False) -> tuple[bool, list[Finding]]:
    """(can this sentence judge the duty holder, the finding). It can when it names who its modal verbs bind; it
    finds the wrong actor when (a) it names its duty holders and none is the claim's, or (b) the claim gives a duty (or
    option, prohibition, exemption) to an actor while the sentence gives that same kind of duty only to others and a
    different one to the claim's actor ("信息主体可以说明，征信机构应当记载" vs "征信机构可以说明，信息主体应当记载")."""
    # a claim's pronoun is left unresolved: "Where the data subject thinks …, they may …" (a drafting model's "they" may
    # stand for anyone, and an English claim about a Chinese clause is tied to its sentence only loosely, by glossary
    # terms); a clause's "Where a notified body finds …, it shall …" is statutory drafting, where it is the subject
    claim_pairs = _duty_pairs(claim, pronouns=False)
    source_pairs = _duty_pairs(sentence, reciprocal=bool(AGREEMENT.search(claim)))
    if is_chinese(sentence) and not is_chinese(claim):
        # Chinese laws have one 处理者 where the GDPR splits controller and processor: "processor" or "controller"
        # in an English claim about a Chinese law is the 处理者
        claim_pairs = [("processor" if a in ("processor_eu", "controller") else a, c) for a, c in claim_pairs]
    claimed = [(a, c) for a, c in claim_pairs if a and a != "anyone"]
    if not claim_pairs and not source_pairs and is_chinese(claim) and is_chinese(sentence):
        # neither says who must act: a case and what follows from it (借款人采取欺诈手段骗取贷款，构成犯罪的，依法追究刑事
        # 责任, 商业银行法第八十二条). The party the case opens with did the act; a claim opening with a party that cannot
        # be that one (the lender for the borrower) names the wrong actor
        theirs, mine = _opening_actor(_case_zh(sentence)), _opening_actor(_case_zh(claim))
        if theirs and mine and not any(roles_compatible(a, b) for a in mine for b in theirs):
            return True, [Finding("actor", f"the clause's case is about {ACTOR_LABEL.get(theirs[0], theirs[0])}, the "
                                           f"claim's about {ACTOR_LABEL.get(mine[0], mine[0])}")]
    if not any(a for a, _ in source_pairs):
        # The sentence does not say who (a thing as subject, a passive without "by …"). A sentence without a subject
        # continues the one before (拒绝个人行使权利的请求的，应当说明理由 follows 个人信息处理者应当建立…机制,
        # 个人信息保护法第五十条): a claim naming that subject agrees with it. Naming another does not contradict it,
        # as the subject may come from further back (商业银行法第三十六条 …可以不提供担保: the borrower, two sentences up).
        inherited = (lead_in_holders(previous) if lead_in else _duty_holders(previous)) if previous else []
        agrees = claimed and all(any(roles_compatible(a, h) for h in inherited) for a, _ in claimed)
        if agrees:
            return True, []
        if not lead_in and claimed and not inherited and is_chinese(sentence):
            # the subject of the sentence before is a party the lexicon does not name (提供反洗钱咨询、技术…服务的机构及其
            # 工作人员，应当…；对于因提供服务获得的数据、信息，应当依法妥善处理, 反洗钱法第二十六条): a claim giving the
            # elided subject's duty to an authority, when that subject is none (or the reverse), names the wrong actor
            subject = _OPENING_PARTY_ZH.match(normalised(previous))
            if subject and _PARTY_NOUN_ZH.search(subject.group(1)):
                authority = bool(AUTHORITY_WORDS_ZH.search(subject.group(1)))
                # (state organs and courts are public bodies too: "governments at all levels" for 各级人民政府)
                wrong = [a for a, _ in claimed if (a.startswith("authority") or a in ("state", "court")) != authority
                         and a not in ("anyone", "body")]
                if wrong:
                    return True, [Finding("actor", f"the clause puts this on {subject.group(1)}, the claim on "
                                                   f"{ACTOR_LABEL.get(wrong[0], wrong[0])}")]
        if lead_in and claimed and inherited and "anyone" not in inherited:
            # a list item has no subject of its own: it is the lead-in's ("Providers … shall: … (h) affix the CE
            # marking"), so a claim giving the item to another party names the wrong actor
            return True, [_actor_finding(inherited[0], claimed[0][0])]
        # A claim that makes the one the act is directed at its duty holder (向征信机构查询…的，应当取得信息主体的同意 →
        # "征信机构应当取得…同意", 征信业管理条例第十八条) names the wrong actor: the sentence names it, but not as its subject.
        # (an information subject the act is directed at, 信息主体, is read as the individual here, as before it was found
        # to cover enterprises: a business may itself be the one who queries or provides, 向征信机构查询个人信息的，应当取得
        # 信息主体本人的书面同意, 征信业管理条例第十八条, so that the subject may be an enterprise does not make a business
        # the one acted on)
        acted_on = [_as_object(o) for o in objects_in(sentence)]
        # An option or a right the claim gives: wrong only for the party the sentence's own option or right is directed
        # at ("网络运营者有权要求个人更正" against "个人…有权要求网络运营者予以更正"); the party a case before it is directed
        # at may well hold it ("the consumer can claim" beside "…向消费者提供，…受害人有权要求经营者赔偿", 消费者权益保护法
        # 第五十五条)
        optioned = [o for part in re.split(r"[，,；;]", normalised(sentence))
                    if any(MODAL_GROUP[c] == "may" for _, c in modal_classes(part))
                    for o in map(_as_object, objects_in(part))] \
            if any(MODAL_GROUP[c] == "may" for _, c in claimed) else []
        wrong = [a for a, c in claimed if any(same_side(a, o) for o in (optioned if MODAL_GROUP[c] == "may" else acted_on))]
        if is_chinese(sentence) and wrong:
            return True, [Finding("actor", f"the clause names {ACTOR_LABEL.get(wrong[0], wrong[0])} as the one the "
                                           f"act is directed at, the claim as the one who must act")]
        return False, []
    source_pairs = [(a, c) for a, c in source_pairs if a]
    holders = [a for a, _ in source_pairs]
    if "anyone" in holders or not claimed:
        return True, []
    patients = passive_patients(claim)
    if patients and all(any(roles_compatible(h, p) for p in patients) for h in holders) \
            and not any(roles_compatible(a, h) for a, _ in claimed for h in holders):
        # a passive claim ("The DPO cannot be fired … by the controller") read against a sentence on what the one it
        # protects must do ("The DPO shall report to …", GDPR Art. 38(3)): that sentence is about another act, and
        # cannot say whose this one is
        return False, []
    if not any(roles_compatible(a, h) for a, _ in claimed for h in holders):
        if _correlative_right(claimed, source_pairs, sentence):
            return True, []
        return True, [_actor_finding(holders[0], claimed[0][0])]
    for actor, cls in claimed:
        group = MODAL_GROUP[cls]
        same_kind = [h for h, c in source_pairs if MODAL_GROUP[c] == group]
        own = [c for h, c in source_pairs if roles_compatible(actor, h)]
        if same_kind and own and not any(roles_compatible(actor, h) for h in same_kind) \
                and all(MODAL_GROUP[c] != group for c in own):
            return True, [_actor_finding(same_kind[0], actor)]
        if same_kind and not own:
            # the claim gives this kind of statement to a party the sentence gives nothing to, while another party has
            # it ("金融机构可以从国家有关机关获取…" against "国务院反洗钱行政主管部门…可以从国家有关机关获取…，国家有关机关应当
            # 依法提供", 反洗钱法第十七条: the state organs named in both do not make the first party right)
            return True, [_actor_finding(same_kind[0], actor)]
    return True, []


# the information subject (信息主体, lexis/parties.py: an individual or an enterprise) as the one an act is directed at
_AS_OBJECT = {"subject": "individual"}


def _as_object(name: str) -> str:
    return _AS_OBJECT.get(name, name)


# the opening subject of a Chinese sentence, up to its first modal verb, and whether it names a party or an authority
# (general vocabulary of the statutes: 部门, 机关, 主管, 国务院 … are public bodies; 机构, 者, 人员 … any party)
_OPENING_PARTY_ZH = re.compile(rf"^\s*(?:{CN_ARTICLE_LABEL}\s*)?([^，,。；;：:]{{2,40}}?)[，,]?\s*(?:应当|必须|须|可以|不得|有权)")
_PARTY_NOUN_ZH = re.compile(r"(?:者|人|人员|部门|机关|机构|委员会|政府|银行|协会|组织|单位|企业|公司)$")
AUTHORITY_WORDS_ZH = re.compile(r"国务院|国家|部门|机关|政府|人民银行|监督管理机构|主管|法院|检察院|委员会")


def other_named_authority(claim: str, sentence: str, clause_text: str) -> Finding | None:
    """A finding when the claim names an authority the article nowhere names, where the sentence it paraphrases names
    another one and none the claim names: "应当经中国人民银行审查批准" against "必须经国务院银行业监督管理机构审查批准"
    (商业银行法第十九条). Whoever approves, receives or decides, the law names it; a claim naming another has the wrong
    one. Across languages too (the names are the same parties: "the PBOC" / 中国人民银行)."""
    court = other_branch(claim, sentence, clause_text)
    if court:
        return court
    mine, theirs = named_authorities(claim), named_authorities(sentence)
    if not mine or not theirs or mine & theirs:
        return None
    # (an authority the article mentions at all, as the employer of the staff it names too, is one it names: "anyone who
    # gets in the way of banking supervisors" restates 阻碍银行业监督管理机构工作人员…的 beside 由公安机关…处罚)
    stray = mine - named_authorities(clause_text) - mentioned_authorities(clause_text)
    if not stray:
        return None
    return Finding("actor", f"the clause names {ACTOR_LABEL.get(sorted(theirs)[0], sorted(theirs)[0])}, the claim "
                            f"{ACTOR_LABEL.get(sorted(stray)[0], sorted(stray)[0])}, which the article does not name")


def other_branch(claim: str, sentence: str, clause_text: str) -> Finding | None:
    """The court where the sentence names an administrative body, or an administrative body where it names the court:
    "消费者可以请求人民法院予以惩处" against "…消费者可以请求行政主管部门予以惩处" (消费者权益保护法第四十五条). The courts
    (人民法院, 审判机关) and the administrative organs (行政机关) are separate branches of the state (宪法第三章 第五节、第八节),
    so even a generic 主管部门 is never a court. Only a body the article nowhere names is wrong: an article naming both
    (起诉 before the court, 投诉 to the department, 第三十九条) leaves it to the other checks."""
    mine = set(actors_in(claim, subjects_only=False))
    theirs = set(actors_in(sentence, subjects_only=False))
    article = set(actors_in(clause_text, subjects_only=False))
    administrative = {a for a in theirs if a.startswith("authority")}
    if "court" in mine and "court" not in article and administrative:
        return Finding("actor", f"the clause names {ACTOR_LABEL.get(sorted(administrative)[0], 'an authority')}, the "
                                "claim the court, which the article does not name")
    stray = {a for a in mine if a.startswith("authority")} - article
    if "court" in theirs and not administrative and stray and not any(a.startswith("authority") for a in article):
        return Finding("actor", f"the clause names the court, the "
                                f"claim {ACTOR_LABEL.get(sorted(stray)[0], 'an authority')}, "
                                "which the article does not name")
    return None


# the party at whose request a duty is done: 按照消费者的要求 (消费者权益保护法第五十五条), 应个人的请求, "at the request of the
# data subject", "on the data subject's request" (general usage of the statutes and the GDPR)
_REQUESTER_ZH = re.compile(r"(?:按照|根据|依照|依据|应|依|经)([^，,。；;]{1,20}?)的?(?:要求|请求|申请)")
_REQUESTER_EN = re.compile(r"\b(?:at|upon|on) the (?:request|demand) of ([\w' -]{3,40})|\b([\w' -]{3,40}?)['’]s (?:request|demand)",
                           re.I)


def _correlative_right(claimed: list[tuple[str, str]], source_pairs: list[tuple[str, str]], sentence: str) -> bool:
    """Whether the claim states as the requester's option or right what the sentence states as another party's duty
    done at that requester's request: "the consumer can claim three times the price" for "经营者…应当按照消费者的要求增加
    赔偿…三倍" (消费者权益保护法第五十五条). A duty owed on demand and the right to demand it are one rule told from its two
    sides (a correlative), so the claim's party is not the wrong duty holder. Only options and rights of the claim, only
    duties of the sentence, and only a party the sentence names as the one whose request sets the duty off."""
    if not all(MODAL_GROUP[c] == "may" for _, c in claimed) or not all(MODAL_GROUP[c] == "duty" for _, c in source_pairs):
        return False
    text = normalised(sentence)
    finder = _REQUESTER_ZH if is_chinese(text) else _REQUESTER_EN
    requesters = {a for m in finder.finditer(text) for g in m.groups() if g for a in actors_in(g, subjects_only=False)}
    return bool(requesters) and all(any(roles_compatible(a, r) for r in requesters) for a, _ in claimed)


def _actor_finding(source_actor: str, claim_actor: str) -> Finding:
    return Finding("actor", f"the clause puts this on {ACTOR_LABEL.get(source_actor, source_actor)}, "
                            f"the claim on {ACTOR_LABEL.get(claim_actor, claim_actor)}")


# The party nouns of Chinese statutes end in these (者, 人, 机构, 部门 …: the same general vocabulary as _PARTY_NOUN_ZH)
_UNNAMED_PARTY_ZH = re.compile(rf"([\u4e00-\u9fff]{{1,12}}?)({PARTY_NOUN_ENDINGS_ZH})\s*$")
# a determiner or reflexive before 人 refers back to a party named elsewhere, not a party of its own: 本人 (the person
# concerned, "信息主体本人", 征信业管理条例第十三条、第十五条、第十八条), 该人 / 其人 (that person); general Chinese grammar
# (他人 "another person" names someone else, and is no back reference)
_BACK_REFERENCE_ZH = re.compile(r"[本该其]")
# the tail of a party noun that says which kind of party it is (开发者, 服务提供者 → 提供者): found anywhere in the article, the
# claim's party is one the article names
_PARTY_TAIL = 3


def unnamed_party(claim: str, clause_text: str) -> Finding | None:
    """A finding when a Chinese claim gives a duty (option, ban …) to a party that neither the lexicon knows nor the
    article names: "应用程序开发者应当建立应用程序核验规则" against "提供应用程序分发服务的网络平台服务提供者，应当建立应用程序
    核验规则" (网络数据安全管理条例第四十一条). The law names every party it binds; a claim naming another, by a party noun
    the article nowhere uses, has the wrong actor."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return None
    text, article = normalised(claim), normalised(clause_text)
    for part in re.split(r"[，,；;。]", text):
        modals = modal_classes(part)
        if not modals:
            continue
        head = part[: modals[0][0]]
        head = head[head.rindex("的") + 1 :] if "的" in head else head
        m = _UNNAMED_PARTY_ZH.search(head)
        if not m or actors_in(m.group(0), subjects_only=False):
            continue
        noun, modifier, kind = m.group(0).strip(), m.group(1), m.group(2)
        if kind == "人" and _BACK_REFERENCE_ZH.fullmatch(modifier.strip()):
            continue  # (本人: the person concerned, whichever party the article names; 信息主体本人, 征信业管理条例第十五条)
        if noun in article or noun[-_PARTY_TAIL:] in article or (modifier in article and kind in article):
            continue  # (受理机构 for 受理投诉的机构, 征信业管理条例第二十六条: the article's party in other words)
        return Finding("actor", f"the claim puts this on {noun}, a party the article does not name")
    return None


def without_acts_held_elsewhere(claim: str, sentence: str, clause_text: str) -> str:
    """The claim without its sub-clauses whose act another sentence of the article carries and gives to the very party
    the sub-clause names: "银行解散时要依法成立清算组进行清算，清算过程由银行业监管机构监督" joins 商业银行法第六十九条's
    "商业银行解散的，应当依法成立清算组" and "国务院银行业监督管理机构监督清算过程"; read against the first, its second act is
    not the bank's duty handed to the regulator. A party is judged only by the sentence that carries its act (the one
    the sub-clause matches best)."""
    from ..wording import MIN_OVERLAP, matching_sentences

    parts = [p for p in re.split(r"(?<=[，,；;。])", normalised(claim)) if p.strip()]
    named_in = [[a for a, _ in _duty_pairs(part, pronouns=False) if a and a != "anyone"] for part in parts]
    # (the parties of the claim: those its modal verbs bind and those its sub-clauses open with, 银行解散时要…)
    parties = [a for part, named in zip(parts, named_in) for a in named or _opening_actor(part)]
    if not any(not roles_compatible(a, b) for a in parties for b in parties):
        return claim  # (one party, or parties that may be one: the claim does not join two parties' acts)
    kept = []
    for part, named in zip(parts, named_in):
        # (matched on its act, its party words left out: a long party name shared with another sentence says nothing of
        # which act it is)
        ranked = matching_sentences(_without_party_words(part), clause_text) if named else []
        if ranked and ranked[0][1] >= MIN_OVERLAP and ranked[0][0] != normalised(sentence).strip():
            # (its duty holders, or the party it opens with when it states the act without a modal verb: 国务院银行业监督管理
            # 机构监督清算过程)
            holders = _duty_holders(ranked[0][0]) or _opening_actor(ranked[0][0])
            if all(any(roles_compatible(a, h) for h in holders) for a in named):
                continue
        kept.append(part)
    return "".join(kept) if kept and len(kept) < len(parts) else claim


def _without_party_words(text: str) -> str:
    """`text` with the party names the lexicon knows cut out (each replaced by a comma, so no word is made across it)."""
    if is_chinese(text):
        for word, _ in ACTORS_ZH_LONGEST_FIRST:
            text = text.replace(word, "，")
        return text
    for pattern, _ in ACTORS_EN_RE:
        text = pattern.sub(",", text)
    return text


# the case a Chinese sentence opens with, up to its …的， (借款人采取欺诈手段骗取贷款，构成犯罪的，); none when the sentence
# opens with a thing of the party's (银行业机构的设立…, 借款人的…)
_CASE_ZH = re.compile(r"^([^。；;]{2,80}?)的[，,]")


def _case_zh(text: str) -> str:
    m = _CASE_ZH.match(normalised(text).strip())
    if not m:
        return ""
    opening = _opening_actor(m.group(1))
    return "" if not opening or re.search(r"^[^，,]{0,12}?的", m.group(1)) else m.group(1)
