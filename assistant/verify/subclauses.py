"""Which part of a sentence a claim's modal verb is about (pure).

A modal verb governs its own sub-clause ("仅能用于约定的用途，不得未经同意向第三方提供" forbids the provision and allows
only the agreed use), binds its own subject, and a list item with no modal verb of its own takes its lead-in's ban or
duty ("…不得有下列行为：…（四）在其他经济组织兼职"). These helpers find what the claim's modal verb governs (its predicate),
the sub-clauses of a sentence holding it and their modal classes and holders, and the party a sentence gives the act
to, so polarity.py compares the claim with the rule it restates rather than with a neighbouring one.
"""

from __future__ import annotations

import re

from ..lexis.parties import same_side
from .actors.findings import _actor_finding as _actor_finding_for
from .actors.holders import LIST_ITEM, _duty_pairs, _modal_rest, _modal_word
from ..language import is_chinese
from .modality import Finding, OPPOSITE_CLASSES, case_before_a_rule, classes_in, normalised, governed_modals, modal_classes
from .bans_across import bans_the_duty_across
from .condition_parts import without_condition_modals
from .wording import AMBIGUITY, _content, _lead_in, _sentence_index, _wording, sentences, wording_share


def _about_the_predicate(claim: str, judged: list[tuple[str, set[str], list[Finding]]]) -> list:
    """Of the readings' (sentence, can, findings), those of the sentences whose modal sub-clauses hold what the claim's modal verb governs
    about as well as the best one: "has no right to object to that processing" is judged by "shall have the right to
    object … to processing", not by "the personal data shall no longer be processed" (GDPR Art. 21(2) and (3))."""
    zh = is_chinese(_content(_predicate(claim)))
    key = _wording(_predicate(claim), zh)
    if not key or len(judged) < 2:
        return judged
    shares = []
    for sentence, _, _ in judged:
        parts = [p for p in re.split(r"[，,；;：:]", sentence) if p.strip()]
        # a sub-clause with no modal verb of its own continues the one before it (as in _act_parts): "the controller
        # shall without undue delay and, where feasible, not later than 72 hours …, notify the personal data breach to the
        # supervisory authority" (GDPR Art. 33(1)) governs what follows its inserted phrase
        acts: list[str] = []
        for part, classes in zip(parts, _own_classes(parts)):
            if classes:
                acts.append(part)
            elif acts:
                acts[-1] += " " + part
        shares.append(max([len(key & _wording(p, zh)) / len(key) for p in acts] or [0.0]))
    best = max(shares)
    return [j for j, share in zip(judged, shares) if share >= best - AMBIGUITY] if best > 0 else judged


def _about_the_case(claim: str, judged: list[tuple[str, set[str], list[Finding]]]) -> list:
    """Of the readings' (sentence, can, findings), the one whose own case (its sub-clauses before its first modal verb:
    "Where the data subject objects to processing for direct marketing purposes") is the case the claim opens with,
    when it holds that case (CASE_MATCH of its words) and better than every other reading's case: a claim about the
    situation after an objection to direct marketing is judged by GDPR Art. 21(3), not by Art. 21(2)'s "Where personal
    data are processed for direct marketing purposes" nor by Art. 21(1)'s rule for another objection. All of them
    otherwise."""
    from .exceptions import CASE_MATCH, _case_of

    case = _case_of(claim)
    zh = is_chinese(case)
    key = _wording(case, zh, not zh)
    if len(key) < 2 or len(judged) < 2:
        return judged
    shares = [len(key & _wording(_case_of(sentence), zh, not zh)) / len(key) for sentence, _, _ in judged]
    best = max(shares)
    if best < CASE_MATCH or shares.count(best) > 1:
        return judged
    return [judged[shares.index(best)]]


# A sentence holding this much of the claim's wording is the one it paraphrases (no other reading is added for it)
TIED_BY_WORDING = 0.6

# How much of what the claim's modal verb governs a sentence must hold to be a reading whatever the rest of its wording
PREDICATE_MATCH = 0.75


def _predicate_sentences(claim: str, clause_text: str) -> list[str]:
    """Sentences with a modal verb that hold what the claim's modal verb governs ("does not require any specific
    authorisation" → "Such a transfer shall not require any specific authorisation", GDPR Art. 45(1)): a paraphrase
    that names its subject otherwise shares little else with the sentence it restates, and must still be read against it."""
    predicate = _predicate(claim)
    zh = is_chinese(_content(predicate))
    key = _wording(predicate, zh) if predicate != claim else set()
    if len(key) < 2:
        return []
    read = [_under_lead_in(s, clause_text) for s in sentences(clause_text)]  # list items with their lead-in's modal verb
    return [s for s in read if modal_classes(s) and len(key & _wording(s, zh)) / len(key) >= PREDICATE_MATCH]


def _predicate(claim: str) -> str:
    """What the claim's first modal verb governs: the rest of its sub-clause ("处理者即使不能证明…，也不需要承担损害赔偿
    责任" → "承担损害赔偿责任"); the whole claim when it has no modal verb or nothing follows it."""
    parts = re.split(r"[，,；;：:]", normalised(claim))
    for at, part in enumerate(parts):
        modals = modal_classes(part)
        if modals and case_before_a_rule(part, parts[at + 1 :]):
            continue
        if modals:
            rest = part[modals[-1][0] :]
            return rest if len(_content(rest).strip()) >= 2 else claim
    return claim


def _stated_elsewhere(claim: str, cls: str, opposite: str, clause_text: str) -> bool:
    """The article gives the claim's modality (`cls`) somewhere, and no sub-clause gives what the claim's modal verb
    governs the opposite modality much more plainly than any sub-clause gives it the claim's ("原始生物特征图像不得
    留存" beside "仅可存储特征值" does not let "可以留存原始图像" through)."""
    if cls not in classes_in(clause_text):
        return False
    zh = is_chinese(_content(_predicate(claim)))
    key = _wording(_predicate(claim), zh)
    if not key or zh != is_chinese(clause_text):
        return _given_to_the_claims_side(claim, cls, clause_text)
    best = {cls: 0.0, opposite: 0.0}
    for part in re.split(r"[，,；;：:。\n]|\.(?!\d)", normalised(clause_text)):
        share = len(key & _wording(part, zh)) / len(key)
        for c in classes_in(part) & set(best):
            best[c] = max(best[c], share)
    return not (best[opposite] >= 0.5 and best[opposite] - best[cls] > 0.25)


def _given_to_the_claims_side(claim: str, cls: str, clause_text: str) -> bool:
    """Across languages, where wording cannot tell the sub-clauses apart: whether the article gives the claim's modality
    to the party the claim gives it to (a party of its side, or one it does not name). "When a payment institution has a
    risk event, reporting it to the PBOC is up to the institution" is no exception the article states by "中国人民银行可以
    根据需要将风险情况通报…地方人民政府" (非银行支付机构监督管理条例第四十三条): that option is the central bank's."""
    claimed = [a for a, c in _duty_pairs(claim) if a and a != "anyone" and c == cls]
    if not claimed:
        return True
    givers = [a for sentence in re.split(r"[。\n]", clause_text) if sentence.strip()
              for a, c in _duty_pairs(sentence) if c == cls]
    return any(a is None or a == "anyone" or any(same_side(x, a) for x in claimed) for a in givers) or not givers


def _sub_clause_classes(claim: str, sentence: str) -> set[str]:
    """The modal classes of the sub-clauses of `sentence` the claim is about: a modal verb governs its sub-clause,
    so "仅能用于约定的用途，不得未经同意向第三方提供" forbids the provision and allows only the agreed use. The
    sub-clauses holding about as much of the claim's wording as the best one all count; a sentence whose best
    sub-clause has no modal verb (the duty is in a sibling: "…的，应当…") counts whole."""
    parts = [p for p in re.split(r"[，,；;：:]", sentence) if p.strip()]
    whole = classes_in(sentence)
    if len(parts) < 2:
        return whole
    zh = is_chinese(_content(_predicate(claim)))
    key = _wording(_predicate(claim), zh)
    if not key or zh != is_chinese(sentence):
        return whole
    own = _own_classes(parts)
    scored = [(len(key & _wording(p, zh)) / len(key), i) for i, p in enumerate(parts)]
    # a modal verb binds its own subject: when the claim names who it binds and some sub-clauses of the sentence give
    # that actor a modal verb, those are what the claim is about ("征信机构须记载信息主体作出的说明" is about
    # "征信机构应当予以记载", not "信息主体可以…作出说明" beside it, 征信业管理条例第十六条)
    claimed = [a for a, _ in _duty_pairs(claim) if a and a != "anyone"]
    holders = dict(enumerate(_holders_per_part(sentence, parts))) if claimed else {}
    same = [i for i, hs in holders.items() if own[i] and any(same_side(a, h) for a in claimed for h in hs if h)]
    if same:
        scored = [(score, i) for score, i in scored if i in same]
    best = max(score for score, _ in scored)
    near = [i for score, i in scored if score >= best - AMBIGUITY and score > 0]
    classes = set().union(*(own[i] for i in near)) if near else set()
    return classes or whole


# How much of what a claim's sub-clause governs the sentence's sub-clause must hold to be the one it restates
OWN_PART_MATCH = 0.5


def said_in_its_own_part(claim: str, cls: str, sentence: str) -> bool:
    """A sub-clause of the claim with modal class `cls` restates a sub-clause of the sentence with the same class: a
    claim of two rules ("只能选择一家…开立一个基本账户，不得开立两个以上基本账户") against a sentence of two ("可以自主选择
    一家…开立一个基本账户，不得开立两个以上基本账户", 商业银行法第四十八条) is read rule by rule, so its ban is not set
    against the option the sentence's other sub-clause gives. Only for sub-clauses that share at least OWN_PART_MATCH of
    their wording with one of the sentence's (an inversion, 不得X against 可以X, still aligns its ban with the option).
    (The converse, a sub-clause inverting the one it restates as a finding of its own, was tried in round 21: 13 more true
    claims contradicted on the tuning claims.)"""
    if is_chinese(claim) != is_chinese(sentence):
        return False
    parts = [p for p in re.split(r"[，,；;：:]", sentence) if p.strip()]
    own = _own_classes(parts)
    for part in re.split(r"[，,；;：:]", normalised(claim)):
        if cls not in classes_in(part):
            continue
        zh = is_chinese(_content(_predicate(part)))
        key = _wording(_predicate(part), zh)
        if len(key) < 3:
            continue
        scored = [(len(key & _wording(p, zh)) / len(key), i) for i, p in enumerate(parts)]
        best = max(score for score, _ in scored)
        near = [i for score, i in scored if score >= best - AMBIGUITY]
        if best >= OWN_PART_MATCH and all(cls in own[i] for i in near):
            return True
    return False


# 要求 / 请求 opening a sub-clause right after one with a modal verb is the next verb it governs: 有权向征信机构提出异议，
# 要求更正 (征信业管理条例第二十五条) is a right to demand a correction, not a duty
_CONTINUED_VERB = re.compile(r"^\s*(?:要求|请求|需要)")


def _own_classes(parts: list[str]) -> list[set[str]]:
    """The modal classes of each sub-clause, a bare 要求/请求 continuing the previous sub-clause's modal verb."""
    own: list[set[str]] = []
    for i, part in enumerate(parts):
        classes = classes_in(part)
        if i and own[i - 1] and _CONTINUED_VERB.match(part):
            classes = set(own[i - 1])
        own.append(classes)
    # (an English "…, only if it can be accessed" states when the rule applies: condition_parts.py)
    return without_condition_modals(parts, own)


# How much of what the claim's modal verb governs one sub-clause must hold to be the act the claim is about
ACT_MATCH = 0.6


def _actor_of_the_act(claim: str, sentence: str) -> Finding | None:
    """A finding when the sentence gives two parties different acts and the claim gives the act of one to the other:
    "公安机关…调取数据，应当…经过严格的批准手续…，有关组织、个人应当予以配合" (数据安全法第三十五条) against "被调取数据的企业应当先
    经过严格的批准手续". The act is the sub-clause holding what the claim's modal verb governs (a sub-clause with no modal
    verb of its own continues the one before it); its holder must be no party the claim names, while the claim's party
    holds another act in the same sentence (so a party the lexicon does not know, or a sentence about one party, is left
    alone)."""
    if is_chinese(claim) != is_chinese(sentence):
        return None
    pairs = _duty_pairs(claim)
    claimed = [a for a, _ in pairs if a and a != "anyone"]
    if len(pairs) > 1 and pairs[0][0] is None:
        # the predicate is what the claim's first modal verb governs; when that verb's subject is no party the lexicon
        # knows (本人, "the person") and a later one's is ("本人可以对不良信息作出说明，征信机构应当记下来", 征信业管理条例
        # 第十六条), the named party holds the later act, and the claim does not say who does this one
        return None
    predicate = _predicate(claim)
    zh = is_chinese(_content(predicate))
    key = _wording(predicate, zh) if predicate != claim else set()
    if not claimed or len(key) < 3:
        return None
    parts = [p for p in re.split(r"[，,；;：:]", sentence) if p.strip()]
    own, holders = _own_classes(parts), _holders_per_part(sentence, parts)
    act_parts = _act_parts(parts, own, holders)
    acts = [(len(key & _wording(part, zh)) / len(key), hs) for part, hs in act_parts]
    if not acts:
        return None
    best = max(share for share, _ in acts)
    doers = [hs for share, hs in acts if share >= best - AMBIGUITY]
    if best < ACT_MATCH or any("anyone" in hs for hs in doers):
        return None
    # the claim's own verb must be in the act: "记载信息主体…作出的说明" shares most words with 信息主体可以…作出说明, but
    # its verb is 记载 (征信业管理条例第十六条), the agency's act
    verb = _ACT_VERB.match(_content(predicate).strip())
    verb = (verb.group(1) or verb.group(2) or "").lower()[:4] if verb else ""
    tied = [part for (part, _), (share, _) in zip(act_parts, acts) if share >= best - AMBIGUITY]
    if not verb or not any(verb in normalised(part).lower() for part in tied):
        return None
    others = [h for _, hs in acts for h in hs if all(h not in d for d in doers)]
    if any(same_side(a, h) for a in claimed for hs in doers for h in hs):
        return None
    if not any(same_side(a, h) for a in claimed for h in others):
        return None
    return _actor_finding_for(doers[0][0], claimed[0])


# the verb of a predicate: its first two characters after adverbs (先经过 → 经过), or its first English word
_ACT_VERB = re.compile(r"(?:(?:先|事先|首先|依法|及时|立即|予以|应|须|也|都|还|仍|再|另行|自行|主动)+)?([\u4e00-\u9fff]{2})|"
                       r"(?:(?:not|also|first|only|then|always|promptly|immediately|be)\s+)*([a-z]{3,})", re.I)


def _act_parts(parts: list[str], own: list[set[str]], holders: list[list[str | None]]) -> list[tuple[str, list[str]]]:
    """(sub-clause, its holders) from the first sub-clause with a modal verb on; one without continues the one before."""
    out: list[tuple[str, list[str]]] = []
    current: list[str] = []
    for part, classes, hs in zip(parts, own, holders):
        if classes:
            current = [h for h in hs if h]
        if current:
            out.append((part, current))
    return out


# an option restricted by "only" ("may use only …", "can only …", 只能 / 仅可 …): general English and Chinese usage
_RESTRICTED_PERMISSION = re.compile(r"\b(?:may|can)\s+(?:[a-z]+\s+){0,2}?only\b|只能|仅能|只可|仅可", re.I)

_ONLY_IN_SENTENCE = re.compile(r"\bonly\b|仅|只", re.I)

# What a thing is, not what a party must do (general English drafting): "The term of office … shall be five years and be
# renewable once" (GDPR Art. 73(2)), "Certificates shall be valid for the period they indicate" (AI Act Art. 44(2)): a
# "shall be" before a figure, a validity or an "-able" adjective binds nobody
_CONSTITUTIVE_SHALL_EN = re.compile(r"\b(?:shall|will)\s+be\s+(?:\d|(?:" + "|".join(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "thirty"])
    + r")\b|valid\b|invalid\b|void\b|final\b|[a-z]+(?:able|ible)\b)", re.I)
# …and a claim's option about a thing ("can be renewed once", "may be valid for up to four years"), not a party's act
_THING_MAY_BE_EN = re.compile(r"\b(?:may|can|could)\s+(?:also\s+)?be\b", re.I)


# an option up to a ceiling and the ban on going beyond it say the same (general English): "may be valid for up to four
# years" restates "… shall not exceed four years" (AI Act Art. 44(2)); the figure is the number check's to judge
_OPTION_UP_TO_EN = re.compile(r"\b(?:may|can|could)\b[^.;]{0,60}?\b(?:up to|at most|no more than|not more than|"
                              r"a maximum of)\b", re.I)
_CEILING_BANNED_EN = re.compile(r"\b(?:shall|must|may) not (?:exceed|be (?:more|longer) than)\b", re.I)


def option_within_a_ceiling(claim: str, sentence: str) -> bool:
    """Whether the claim allows up to a figure where the sentence forbids exceeding one."""
    return bool(_OPTION_UP_TO_EN.search(claim) and _CEILING_BANNED_EN.search(sentence))


def what_a_thing_is(claim: str, sentence: str) -> bool:
    """Whether an English sentence says with "shall be" what a thing is (a term, a validity) and the claim says with "may /
    can be" what the thing may be: no duty against an option, as nobody holds either."""
    return bool(_CONSTITUTIVE_SHALL_EN.search(sentence) and _THING_MAY_BE_EN.search(claim)) and not is_chinese(claim) \
        and not _UNBOUNDED_EN.search(claim)


# an option without the bound the clause sets ("can be renewed any number of times", "valid indefinitely"): no restatement
_UNBOUNDED_EN = re.compile(r"\b(?:indefinitely|any number of times|as often as|without (?:any )?(?:limit|restriction)|"
                           r"unlimited|forever|for ever|permanently)\b", re.I)


def _holders_per_part(sentence: str, parts: list[str]) -> list[list[str | None]]:
    """The duty holders of each sub-clause of `sentence` (split as `_sub_clause_classes` splits it)."""
    out = []
    for i, part in enumerate(parts):
        context = "，".join(parts[: i + 1])  # an elided subject is found in the sub-clauses before
        pairs = _duty_pairs(context)
        count = len(_duty_pairs("，".join(parts[:i]))) if i else 0
        out.append([a for a, _ in pairs[count:]])
    return out


def _opposed_for_the_same_verb(claim: str, sentence: str) -> list[tuple[str, str]]:
    """(claim class, sentence class) when the claim puts "must" on the very verb the sentence puts "may" on (or the reverse)
    while a modal of the claim's class stands elsewhere in the sentence, on another verb: "Member States must provide by law
    that their supervisory authority shall have additional powers" against "Each Member State may provide by law that its
    supervisory authority shall have additional powers" (GDPR Art. 58(6)): the "shall" is the supervisory authority's, in
    what the Member State may provide. English only: a modal verb governs the verb after it."""
    theirs = governed_modals(sentence)
    for verb, cls in governed_modals(claim):
        said = {s for v, s in theirs if v == verb}
        if cls in ("obligation", "permission") and said and cls not in said and said <= {"obligation", "permission"}:
            return [(cls, next(iter(sorted(said))))]
        if {cls} | said == {"obligation", "prohibition"} and len(said) == 1 and wording_share(claim, sentence) >= TIED_BY_WORDING:
            # "The controller shall not document any personal data breaches" against "The controller shall document any
            # personal data breaches" (GDPR Art. 33(5)): a ban on the very act the sentence requires, in its words (a ban
            # and a duty on different acts, "must keep it in the Union" / "must not transfer it", are no opposites)
            return [(cls, next(iter(said)))]
    return _right_denied_for_the_same_verb_zh(claim, sentence) or bans_the_duty_across(claim, sentence)


# a right and its denial on a Chinese verb (有权限制 / 无权限制; general usage: 有权 "has the right to", 无权 "has no right to"),
# with the adverbs that may stand between them (依法, 随时 …); the verbs it governs are those of the next few characters
# (有权限制或者拒绝: both 限制 and 拒绝)
_RIGHT_ON_VERB_ZH = re.compile(r"(有权|无权|没有权利|无权利)(?:依法|随时|自行|直接|再|去)?([\u4e00-\u9fff、]{2,10})")
_GOVERNED_REACH = 8


def _right_denied_for_the_same_verb_zh(claim: str, sentence: str) -> list[tuple[str, str]]:
    """(claim class, sentence class) when a Chinese claim denies the right the sentence gives on the very verb (or gives
    the one it denies), whatever other right the claim restates beside it: "个人…只享有知情权，无权限制或者拒绝他人处理" against
    "个人…享有知情权、决定权，有权限制或者拒绝他人对其个人信息进行处理" (个人信息保护法第四十四条). A right and its denial are
    never an exception's pair on one verb, as a ban and the option its exception opens are (不得提供；但是…可以提供)."""
    def rights(text: str) -> list[tuple[str, str]]:
        return [("right" if m.group(1) == "有权" else "no_right", m.group(2)[:_GOVERNED_REACH])
                for m in _RIGHT_ON_VERB_ZH.finditer(normalised(text))]

    if not (is_chinese(claim) and is_chinese(sentence)):
        return []
    theirs = rights(sentence)
    for cls, governed in rights(claim):
        verb = governed[:2]
        said = {c for c, run in theirs if verb in run}
        if len(said) == 1 and cls not in said:
            return [(cls, next(iter(said)))]
    return []


def _opposed_for_same_holder(claim: str, sentence: str) -> set[tuple[str, str]]:
    """(claim class, sentence class) pairs that oppose each other for one and the same named party: the claim gives it
    a class the sentence gives it the opposite of, and neither gives that party the other's class as well."""
    claimed = [(a, c) for a, c in _duty_pairs(claim) if a and a != "anyone"]
    source = [(a, c) for a, c in _duty_pairs(sentence, reciprocal=False) if a and a != "anyone"]
    found = set()
    for actor, cls in claimed:
        theirs = {s for h, s in source if same_side(actor, h)}
        # a claim about one party gives it all its modal verbs ("must provide … and may charge …": one subject)
        alone = all(same_side(actor, a) for a, _ in claimed)
        mine = classes_in(claim) if alone else {c for a, c in claimed if same_side(actor, a)}
        found |= {(cls, s) for s in theirs if (cls, s) in OPPOSITE_CLASSES and cls not in theirs and s not in mine}
    return found


# A lead-in whose items are cases, conditions or alternatives ("有下列情形之一的，…应当", "应当具备下列条件之一", "where one of
# the following applies"): its modal verb does not bind each item as an act
_CASES_LEAD_IN = re.compile(r"情形|情况|条件|之一|其中|至少|任一|\b(?:cases?|circumstances|conditions?|one of|any of|at least|either|"
                            r"where|if|when)\b|\bthat (?:the |a |an |each |any )?[\w ]{3,40}?\s*:\s*$", re.I)


# A lead-in whose items are alternatives or the only ways the act may take place ("shall take place only on one of the
# following conditions", GDPR Art. 49(1); "shall be ensured through either one or all of the following types of
# measures", AI Act Art. 14(3); 只有…方可 / 才): each item is a way to meet the rule, which an option restates (general
# English and Chinese usage), so it is not read as a case the rule binds
_ALTERNATIVES_LEAD_IN = re.compile(r"\b(?:one of|either|any of|at least|only|solely)\b|只有|只能|方可|才", re.I)


def case_item_with_its_rule(sentence: str, clause_text: str) -> str:
    """A list item of a lead-in whose items are cases ("The controller and the processor shall designate a data protection
    officer in any case where: … (b) the core activities … consist of … monitoring … on a large scale", GDPR Art. 37(1);
    "有下列情形之一的，个人信息处理者应当主动删除个人信息：…（一）处理目的已实现", 个人信息保护法第四十七条), read with the
    rule its lead-in states for every case: the item names when the duty or ban applies, so a claim restating the case
    ("a controller whose core activities … need not designate …") is judged by the lead-in's modal verb, not by an item
    that has none. Any other sentence (an item with a modal verb of its own, an item of an act list, see _under_lead_in)
    is returned as it is."""
    if not LIST_ITEM.match(sentence) or modal_classes(sentence):
        return sentence
    lead = _lead_in(clause_text, _sentence_index(sentence, clause_text))
    if not lead or not _CASES_LEAD_IN.search(normalised(lead)) or _ALTERNATIVES_LEAD_IN.search(normalised(lead)):
        return sentence
    # only a lead-in that binds (a duty or a ban): an option or a right over cases is left to the checks of list_cases.py
    if not any(cls in ("prohibition", "obligation") for _, cls in modal_classes(lead)):
        return sentence
    body = LIST_ITEM.sub("", sentence).strip()
    return lead.rstrip().rstrip(":：").rstrip() + ("：" if is_chinese(lead) else ": ") + body


def _under_lead_in(sentence: str, clause_text: str) -> str:
    """A list item with no modal verb of its own, read with the ban or duty of the lead-in that introduces it: "…不得有
    下列行为：…（四）在其他经济组织兼职" (商业银行法第五十二条) forbids each act it lists, so the item reads "…不得在其他经济组织
    兼职"; "Providers … shall: (a) ensure …" reads "Providers … shall ensure …". Any other sentence is returned as it is."""
    if not LIST_ITEM.match(sentence) or modal_classes(sentence):
        return sentence
    lead = _lead_in(clause_text, _sentence_index(sentence, clause_text))
    if not lead or _CASES_LEAD_IN.search(normalised(lead)):
        return sentence
    # a power given to each item reads the same way: "中国人民银行…有权采取下列措施：…（二）进入…场所调查取证" gives the right to
    # enter (非银行支付机构监督管理条例第三十九条); so does an option of a Chinese lead-in: "可以通过下列途径解决：…（四）…提请
    # 仲裁机构仲裁" (消费者权益保护法第三十九条) opens each way. Not an English one: its words after the modal verb ("may be
    # provided for, without requiring any specific authorisation …, by:", GDPR Art. 46(2)) are cut off by the fold
    kinds = ("prohibition", "obligation", "right", "permission") if is_chinese(lead) else ("prohibition", "obligation", "right")
    binding = [(at, cls) for at, cls in modal_classes(lead) if cls in kinds]
    if not binding:
        return sentence
    at, cls = binding[-1]
    zh = is_chinese(lead)
    end = at + len(_modal_word(lead, at, cls)) if zh else len(lead) - len(_modal_rest(lead, at, cls))
    body = LIST_ITEM.sub("", sentence).strip()
    return lead[:end].rstrip() + ("" if zh else " ") + body
