"""Cases and exceptions: the case a claim speaks of and the exceptions a clause makes to its rule (pure).

A drafting model that gets a rule wrong often keeps its words and moves its case: it states the exception as the
rule ("可以向非银行金融机构提供贷款" against 中国人民银行法第三十条 不得…，但…特定的…除外), or says the rule holds "even if"
in the very case the clause excepts (即使…也 / "even where", "whether or not"). These checks read the clause's
但是 / 除外 / 不在此限 / unless / except / "by derogation from" and the conditions (…的， / where …,) of claim and clause.
The words of conditions and exceptions are general Chinese and English legal drafting.
"""

from __future__ import annotations

import re

from ..text.articles import CN_ARTICLE_LABEL, CN_CASE_END, CN_ITEM
from ..language import is_chinese
from .modality import OPPOSITE_CLASSES, classes_in, normalised, modal_classes
from .wording import _sentence_after, _sentence_index, _wording, sentences


# "即使经过处理无法识别特定个人也不得提供", "even if the data are encrypted": the case a claim says its rule covers anyway
_EVEN_ZH = re.compile(r"(?:即使|即便|哪怕|纵然|就算|无论|不论|不管)([^，,。；;]{2,60}?)(?:也|都|仍|，|,|$)")

# concessives say the same: "however repetitive it is", "no matter how large", "regardless of whether …", 无论/不管…都
_EVEN_EN = re.compile(r"\b(?:even (?:if|where|when|though|in cases? where)|however|whether or not|no matter (?:how|what|whether)|regardless of "
                      r"(?:how|whether|what)?|irrespective of (?:how|whether|what)?)\b([^,;.]{3,120})", re.I)

# The cases a clause excepts: 但是…, …除外 / 不在此限, 除…外; unless / except / other than …, "shall not apply to …"
_EXCEPTED_ZH = re.compile(r"(?:但是|但)[，,]?([^。；;]{2,120})|([^，,。；;]{2,120})(?:的除外|除外|不在此限)|除([^，,。；;]{2,60})外")

_EXCEPTED_EN = re.compile(r"\b(?:unless|except|other than|save where|shall not apply (?:to|if|where)|does not apply (?:to|if|where))\b"
                          r"([^;.]{3,200})", re.I)

# How much of the claim's "even if" case the clause's exception must hold for the claim to deny it
EXCEPTION_MATCH = 0.6


# How little of the words only the exception has (its case: 国务院决定, 特定) a claim may hold to be turning it into the rule
EXCEPTION_CASE_HELD = 0.2


def _exception_as_rule(claim: str, sentence: str) -> str:
    """The exception of a sentence whose modality the claim states as the rule, without the case the exception is for:
    "可以向非银行金融机构提供贷款" against "不得向非银行金融机构…提供贷款，但国务院决定中国人民银行可以向特定的非银行金融机构
    提供贷款的除外" (中国人民银行法第三十条). The claim has the exception's modal verb, the rest of the sentence has its
    opposite, and the claim holds almost none of the words only the exception has (a claim with a case of its own, or one
    naming the exception's case, restates it). '' when it does not."""
    zh = is_chinese(claim)
    if zh != is_chinese(sentence) or _OWN_CONDITION_ANY.search(_DISCRETION.sub(" ", claim)):
        return ""
    claim_cls = classes_in(claim)
    for m in (_EXCEPTED_ZH if zh else _EXCEPTED_EN).finditer(normalised(sentence)):
        exception = "".join(g for g in m.groups() if g)
        rule = normalised(sentence).replace(m.group(0), " ")
        shared = claim_cls & classes_in(exception)
        if not shared or not any((c, r) in OPPOSITE_CLASSES for c in shared for r in classes_in(rule)):
            continue
        only_there = _wording(exception, zh) - _wording(rule, zh)
        if len(only_there) < 2:
            continue
        if len(only_there & _wording(claim, zh)) / len(only_there) < EXCEPTION_CASE_HELD:
            return exception
    return ""


def _denies_exception(claim: str, clause_text: str) -> bool:
    """The claim says its rule holds even in a case (即使… / even if …) the clause excepts from that rule."""
    zh = is_chinese(claim)
    if zh != is_chinese(clause_text):
        return False
    even = (_EVEN_ZH if zh else _EVEN_EN).search(claim)
    key = _wording(even.group(1), zh) if even else set()
    # an English concessive may name its case in one word ("however repetitive it is", GDPR Art. 57(4))
    if len(key) < (2 if zh else 1):
        return False
    excepted = ["".join(g for g in m.groups() if g) for m in (_EXCEPTED_ZH if zh else _EXCEPTED_EN).finditer(normalised(clause_text))]
    if zh:
        # an exception that states its case and what follows in it (但是有前款第二项至第七项规定情形的，不需取得个人同意,
        # 个人信息保护法第十三条) is matched by its case, not by what it frees: "即使没有取得个人同意，…也可以处理" concedes
        # what the exception itself says
        excepted = [CN_CASE_END.split(text)[0] if CN_CASE_END.search(text) else text for text in excepted]
    if classes_in(claim) & {"obligation", "prohibition"}:
        excepted += _freeing_cases(clause_text, zh)
        if _EITHER_WAY.search(even.group(0)):
            # "whether or not that is proportionate" against "Where proportionate …, the measures shall include …" (GDPR
            # Art. 24(2)): the claim keeps the rule in the case the clause's own condition leaves out
            excepted += _rule_cases(clause_text, zh)
    excepted += _derogations(clause_text)
    return any(len(key & _wording(text, zh)) / len(key) >= EXCEPTION_MATCH for text in excepted)


# A sentence that takes cases out of a rule without "unless / except": "By derogation from paragraph 2, an AI system
# referred to in Annex III shall not be considered to be high-risk where …" (AI Act Art. 6(3)); a statement that
# something is not so (shall not be considered / deemed, 不视为, 不属于, 不适用 …) in a case it names
_DEROGATION = re.compile(r"\bby derogation from\b|\bshall not be (?:considered|deemed|regarded|treated)\b|"
                         r"\b(?:is|are) not (?:considered|deemed|regarded)\b|不视为|不认定为|不属于|不适用|不在此限", re.I)

# the next numbered paragraph ("4. ", "（四）" stays within: a list of the cases belongs to its sentence)
_NEXT_PARAGRAPH = re.compile(rf"^\s*(?:\d{{1,2}}\.\s|{CN_ARTICLE_LABEL})")

_ZH_LIST_ITEM = re.compile(rf"^\s*{CN_ITEM.pattern}")


def _derogations(clause_text: str) -> list[str]:
    """The cases a clause takes out of its rule by derogation: each such sentence with the rest of its paragraph (the
    conditions it lists: AI Act Art. 6(3) "(a) the AI system is intended to perform a narrow procedural task; …")."""
    lines = normalised(clause_text).split("\n")
    found = []
    for i, line in enumerate(lines):
        if not _DEROGATION.search(line):
            continue
        rest = [line]
        for nxt in lines[i + 1:]:
            if _NEXT_PARAGRAPH.match(nxt) or (is_chinese(nxt) and not _ZH_LIST_ITEM.match(nxt)):
                break  # (a Chinese article's paragraphs are not numbered: only its （一）… items belong to the sentence)
            rest.append(nxt)
        found.append(" ".join(rest))
    return found


# "whether or not X", 无论是否 X: the rule holds in case X and in its opposite
_EITHER_WAY = re.compile(r"\bwhether or not\b|\bwhether\b|是否", re.I)


def _rule_cases(clause_text: str, zh: bool) -> list[str]:
    """The conditions under which the clause's duties and bans apply (…的，应当…; "Where …, … shall …")."""
    return [m.group(1) for sentence in sentences(clause_text) if classes_in(sentence) & {"obligation", "prohibition"}
            for m in [(_CASE_ZH if zh else _CASE_EN).search(normalised(sentence))] if m]


_CASE_ZH = re.compile(r"^(.{2,160})的[，,]")

_CASE_EN = re.compile(r"\b(?:where|if|when|in (?:the )?cases? where)\b([^,;]{3,160})", re.I)


def _freeing_cases(clause_text: str, zh: bool) -> list[str]:
    """The cases in which the clause frees the actor (its sentences with 可以不 / 无需 / need not / may): a claim that says
    the duty holds "even if" one of them (即使法律规定应当保密，也必须告知 against "有…应当保密…的情形的，可以不向个人告知",
    个人信息保护法第十八条) denies the clause's exception as much as one that denies a 除外."""
    cases = []
    for sentence in sentences(clause_text):
        if not classes_in(sentence) & {"exemption", "permission"}:
            continue
        m = (_CASE_ZH if zh else _CASE_EN).search(normalised(sentence))
        if m:
            cases.append(m.group(1))
            modals = [at for at, _ in modal_classes(sentence) if at > m.end()] if not zh else []
            if modals:  # "Where requests are … excessive, in particular because of their repetitive character, … may":
                cases.append(normalised(sentence)[m.start(1) : modals[0]])  # the whole case, up to the modal verb
    return cases


_IF_EN = re.compile(r"\b(?:if|where|when|unless|once|as long as|provided that|in case)\b", re.I)

_IF_ZH = re.compile(r"^\s*(?:如果|若|如|当|在)")

# what a sentence excepts from its rule: 但是…, …除外 (个人信息保护法第二十五条 …取得个人单独同意的除外), unless / except
_EXCEPTION_ZH = re.compile(r"但是|但|除外|不在此限|除[^，。；]{1,40}外")

_EXCEPTION_EN = re.compile(r"\b(?:unless|except|other than|provided that|save where|with the exception of)\b", re.I)


def _exception_after(sentence: str, clause_text: str) -> str:
    """The exception the next sentence makes to this one's rule, when it is one (个人信息保护法第二十七条 "…已经合法公开的
    个人信息；个人明确拒绝的除外。": the 除外 stands after a semicolon, in a sentence of its own)."""
    following = _sentence_after(clause_text, _sentence_index(sentence, clause_text))
    if following and is_chinese(following) and re.match(r"^(?:但是|但)|.{0,40}(?:除外|不在此限)[。；;]?$", following):
        return "；" + following
    return ""


def _case_of(claim: str) -> str:
    """The case a conditional claim speaks of: its sub-clauses before the first one with a modal verb ("发生个人信息泄露的",
    "Where requests are manifestly unfounded"), and those opening with if / where / 如果."""
    parts = [p for p in re.split(r"[，,；;]", normalised(claim)) if p.strip()]
    case, seen_modal = [], False
    for part in parts:
        has_modal = bool(modal_classes(part))
        if has_modal and not seen_modal and (_EXCEPTION_ZH if is_chinese(part) else _EXCEPTION_EN).search(part):
            return ""  # its modal verb is in the exception it states (…可以不经同意查询的除外): no case of its own
        if not seen_modal and not has_modal:
            case.append(part)
        elif _IF_ZH.match(part) or (m := _IF_EN.search(part)) is not None:
            case.append(part[m.end():] if not is_chinese(part) and m else part)
        seen_modal |= has_modal
    return "，".join(case)


def _where_case_is_stated(case: str, sentence: str) -> str:
    """"rule" when `sentence` states the claim's case as the case of its rule, "exception" when as the exception it
    makes, "" when it does not state it."""
    zh = is_chinese(case)
    key = _wording(case, zh)
    if len(key) < 2 or zh != is_chinese(sentence):
        return ""
    if zh:
        parts = re.split(r"[，,；;。]", sentence)
        excepted = [p for p in parts if _EXCEPTION_ZH.search(p)]
        rule = [p for p in parts if p not in excepted]
    else:
        m = _EXCEPTION_EN.search(sentence)
        rule, excepted = ([sentence[: m.start()]], [sentence[m.start():]]) if m else ([sentence], [])
    share = {name: len(key & _wording("，".join(texts), zh)) / len(key) for name, texts in (("rule", rule), ("exception", excepted))}
    if share["exception"] >= CASE_MATCH and share["exception"] >= share["rule"]:
        return "exception"
    return "rule" if share["rule"] >= CASE_MATCH else ""


# How much of a claim's case (its condition) a sentence must hold to be the rule (or the exception) for that case.
CASE_MATCH = 0.6


def _rule_part(sentence: str) -> str:
    """An English sentence without the exception it ends with: the modal verbs of "…, except where Union or Member State
    law provide that the prohibition … may not be lifted by the data subject" (GDPR Art. 9(2)(a)) describe the exception,
    not the rule. (Chinese exceptions stand in sub-clauses of their own, 但是…/…除外, which `_against` weighs.)"""
    if is_chinese(sentence):
        return sentence
    m = _EXCEPTION_EN.search(sentence)
    if not m or m.start() == 0:
        return sentence
    head = sentence[: m.start()]
    end = sentence.find(",", m.end())
    if not modal_classes(head) and end > 0 and modal_classes(sentence[end:]):
        # an exception set off by commas before the rule it excepts from ("Prior to deploying …, with the exception of
        # high-risk AI systems intended to be used in the area listed in point 2 of Annex III, deployers … shall perform
        # an assessment", AI Act Art. 27(1)): the rule is what stands around it
        return head + sentence[end + 1 :]
    return head


# "if it wishes / 如其愿意" states discretion (an option: modality.py reads it so), not a case the claim speaks of; so do
# "if / as they see fit" and "at its discretion" (general English usage: the choice is the actor's own)
_DISCRETION = re.compile(r"\bif (?:it|they|he|she|you) (?:so )?(?:wish|wishes|choose|chooses|like|likes|prefer|prefers)\b|"
                         # the same choice as an aside between a modal verb and its verb, naming the party: "may, if the
                         # controller chooses, be subject to …" says "may", no case of the rule's (general English usage)
                         r"(?:(?<=\bmay, )|(?<=\bcan, ))if (?:the |its |their )?[a-z' -]{2,40}? (?:so )?"
                         r"(?:wish|wishes|choose|chooses|prefer|prefers|decide|decides)(?=,)|"
                         r"\b(?:if|as|where|when) (?:it|they|he|she|you) (?:sees?|think|thinks) fit\b|"
                         r"\bat (?:its|their|his|her|your) (?:own )?discretion\b|"
                         r"如果?(?:其|它|他们)?愿意|(?:其|它)?愿意的话", re.I)

# English connectives that state an exception, beside "unless / except" (general English usage; the GDPR's own "save
# where", "with the exception of" are in _CLAUSE_EXCEPTION_EN): "…within seven days, apart from the listed goods"; "other
# than", as _CLAUSE_EXCEPTION_EN reads it in a clause ("stop all processing other than storage" for 个人信息保护法第四十七条
# 停止除存储和采取必要的安全保护措施之外的处理: 除…之外 is the exception, in English "other than")
_EXCEPTING_EN = r"apart from|aside from|save (?:for|where|as|in)|with the exception of|excepting|barring|other than"

# Words that make a claim conditional (an exception or the case it applies to)
_OWN_CONDITION_ANY = re.compile(r"但是|除外|除非|不适用|另有规定|如果|若|的[，,]|时[，,]|(?<!be )(?<!is )(?<!are )(?<!being )\bsubject to\b|"
                                r"\b(?:unless|except|provided (?:that|they|it)|on condition that|" + _EXCEPTING_EN + r"|"
                                r"where|if|when|once|as long as)\b", re.I)

# Words by which a claim states an exception itself (it then cannot overreach by leaving the clause's out)
_OWN_EXCEPTION = re.compile(r"但是|除外|除非|不适用|另有规定|(?<!be )(?<!is )(?<!are )(?<!being )\bsubject to\b|"
                            r"\b(?:unless|except|provided (?:that|they|it)|on condition that|" + _EXCEPTING_EN + r")\b", re.I)

# An exception a clause makes to its own rule, in English (GDPR Art. 17(3), Art. 30(5) "shall not apply")
_CLAUSE_EXCEPTION_EN = re.compile(r"\b(?:unless|except|other than|provided that|save where|with the exception of|"
                                  r"shall not apply|does not apply|shall not be required|without prejudice)\b", re.I)

_SWEEPING_EXEMPTION_ZH = re.compile(r"(?:一律|一概|均|都|全部|完全|概)不适用")

# (an opening "Without any statutory rule or agreement, …" / "In the absence of …, " states the case as 没有…的，… does, 消费者
#权益保护法第二十四条: "if there is no …", general English; its "any" is the case's, not a sweeping rule's)
_OWN_CONDITION = re.compile(r"但是|除外|除非|不适用|另有规定|(?<!be )(?<!is )(?<!are )(?<!being )\bsubject to\b|"
                            r"\b(?:unless|except|provided (?:that|they|it)|on condition that|where|if|" + _EXCEPTING_EN + r")\b|"
                            r"^\W*(?:without|in the absence of|absent|failing)\b(?=[^,;.]{3,120},)", re.I)


# A claim that says in so many words that the rule has no exception ("allows no exception", "without any exception",
# 没有例外, 无一例外): general usage of both languages for denying every exception
_NO_EXCEPTION = re.compile(r"\b(?:no|without(?: any)?) exceptions?\b|\bexceptionless\b|"
                           r"没有(?:任何)?例外|无一例外|毫无例外|不设例外|概无例外|不存在(?:任何)?例外", re.I)
# what states an exception or a derogation in a clause (the wording the readers above use, in one pattern): 但是 / 除外 /
# 不适用 / 另有规定; unless, except, by derogation, shall not apply, shall not be considered
_ANY_EXCEPTION = re.compile(_EXCEPTION_ZH.pattern + r"|不适用|另有规定|不视为|" + _CLAUSE_EXCEPTION_EN.pattern + "|"
                            + _DEROGATION.pattern, re.I)


def denies_stated_exception(claim: str, clause_text: str) -> str:
    """The clause's exception (its words, for the finding) when the claim says its rule has none and the article makes
    one: "Every AI system listed in Annex III is high-risk in all cases; Article 6 allows no exception" against "By
    derogation from paragraph 2, an AI system referred to in Annex III shall not be considered to be high-risk where …"
    (AI Act Art. 6(3)). '' otherwise. Either language, on either language's clause: the exception words are the clause's."""
    if not _NO_EXCEPTION.search(claim):
        return ""
    m = _ANY_EXCEPTION.search(normalised(clause_text))
    return m.group(0) if m else ""
