"""A party named for another act of the article, made to do the act the article gives to someone else (pure).

"金融科技部负责模型的工程实现、部署和运行监控；…模型所属业务部门是模型风险的第一责任人" (policy-model-risk 第四条): a claim that
has 模型所属业务部门 do the engineering and deployment names a party the article does name, for another act, so the
checks of absent parties and the actor lexicon (which knows neither) see nothing. Here the article's sub-clauses are read
as subject and predicate (the subject is what a sub-clause opens with, up to its first verb of duty or role); the claim's
predicate found nearly word for word in one sub-clause ties it to that sub-clause, and its subject must be that
sub-clause's. Flagged only when the claim's subject is itself the subject of another sub-clause of the article: the claim
moved a named party from its own act to another's, not merely called the same party by another name.
"""

from __future__ import annotations

import re

from ..text.articles import CN_ARTICLE_LABEL
from ..language import is_chinese
from .modality import Finding, normalised
from .wording import _short, _wording

# the verb a Chinese sub-clause's subject stands before: a duty, a role or a power (general drafting usage of the
# policies and the laws: X负责…, X是…的牵头部门, X应当…)
_SUBJECT_ZH = re.compile(rf"^(?:{CN_ARTICLE_LABEL}\s*)?(?:本行)?([\u4e00-\u9fff]{{2,14}}?)"
                         r"(?=负责|是|应当|应|须|必须|可以|不得|有权|承担)")
# a subject is a party: a noun ending as the names of departments, bodies, offices and persons end (general usage: 金融科技部,
# 个人信息保护办公室, 银行业监督管理机构, 公安机关, 有关部门, 运营者, 负责人, 委员会 …), not an adverb or a list item
_PARTY_ZH = re.compile(r"(?:部|室|部门|机构|机关|者|人|委员会|公司|单位|组织|中心)$")
_NOT_A_PARTY_ZH = re.compile(r"^(?:不|未|对|在|经|依|按|随|应|为|由)")
# how much of the claim's predicate (character bigrams, modal words aside) the article's sub-clause must hold to be the
# one the claim restates (set, not swept: a restated act holds nearly all of it; two acts of one list share their nouns)
PREDICATE_MATCH = 0.8
_MIN_PREDICATE = 4  # bigrams: "负责审批" ties a claim to nothing


def _parts(text: str) -> list[tuple[str, str, str]]:
    """(subject, predicate, sub-clause) of each sub-clause of a Chinese text that opens with a subject."""
    out = []
    for part in re.split(r"[，,；;。\n]", normalised(text)):
        m = _SUBJECT_ZH.match(part.strip())
        if m and _PARTY_ZH.search(m.group(1)) and not _NOT_A_PARTY_ZH.match(m.group(1)):
            out.append((m.group(1), part.strip()[m.end():], part.strip()))
    return out


def _held(part: str, whole: str) -> float:
    """The share of `part`'s wording (character bigrams, modal words aside) that `whole` holds."""
    words = _wording(part, True)
    return len(words & _wording(whole, True)) / len(words) if words else 0.0


def _same_party(a: str, b: str) -> bool:
    return a in b or b in a


def party_of_another_act(claim: str, clause_text: str) -> Finding | None:
    """A Chinese claim whose subject the article names as the subject of another act, doing the act the article gives to
    another subject; None otherwise."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return None
    article = _parts(clause_text)
    subjects = {s for s, _, _ in article}
    for subject, predicate, _ in _parts(claim):
        if len(_wording(predicate, True)) < _MIN_PREDICATE or not any(_same_party(subject, s) for s in subjects):
            continue
        held = [(s, part) for s, p, part in article if _held(predicate, p) >= PREDICATE_MATCH]
        if held and not any(_same_party(subject, s) for s, _ in held):
            theirs, part = held[0]
            return Finding("actor", f"the article gives this to {theirs}, and names {subject} for another act: "
                                    f"「{_short(part)}」")
    return None


# the body a sub-clause puts its subject in: 在金融机构等企业中兼任职务, 在境外设立 (general Chinese usage: 在 + place + 中 / 内 / a
# verb of holding office or acting there)
_PLACE_ZH = re.compile(r"在([\u4e00-\u9fff、]{2,16}?)(?:等[\u4e00-\u9fff]{0,4})?(?:之中|中|内|里|任职|兼任|兼职|担任|从事)")
_HEAD_ZH = re.compile(rf"^(?:{CN_ARTICLE_LABEL}\s*)?([\u4e00-\u9fff、]{{2,24}}?)(?=[，,]|应当|应|须|必须|可以|不得|禁止|有权)")
PLACE_MATCH = 0.8  # share of the claim's place (bigrams) the sentence's subject holds, and the reverse (set, not swept)


def swapped_subject_and_place(claim: str, clause_text: str) -> Finding | None:
    """A Chinese claim that puts the sentence's subject where the sentence puts its body, and the body where the subject
    stands: "银行业金融机构的工作人员不得在银行业监督管理机构中兼任职务" against 银行业监督管理机构工作人员…不得在金融机构等企业
    中兼任职务 (银行业监督管理法第十条)."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return None
    text = normalised(claim)
    mine = _HEAD_ZH.match(text)
    where = _PLACE_ZH.search(text, mine.end()) if mine else None  # the body after the subject, not a place inside it
    if not mine or not where or _held(where.group(1), mine.group(1)) >= PLACE_MATCH:
        return None
    for sentence in re.split(r"[。；;\n]", normalised(clause_text)):
        theirs = _HEAD_ZH.match(sentence.strip())
        there = _PLACE_ZH.search(sentence.strip(), theirs.end()) if theirs else None
        if not theirs or not there:
            continue
        bodies = [b for b in re.split(r"、|和|或者|及", re.sub(r"^(?:任何|各|其他)", "", there.group(1))) if len(b) >= 2]
        if _held(where.group(1), theirs.group(1)) >= PLACE_MATCH \
                and max((_held(body, mine.group(1)) for body in bodies), default=0.0) >= PLACE_MATCH \
                and _held(theirs.group(1), mine.group(1)) < PLACE_MATCH:
            return Finding("actor", f"the clause puts {theirs.group(1)} in {there.group(1)}; the claim puts "
                                    f"{mine.group(1)} in {where.group(1)}: 「{_short(sentence)}」")
    return None
