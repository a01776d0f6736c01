"""Noun phrases compared by their words, not the actor lexicon (pure): whether two phrases name the same party, the
subject before a sub-clause's modal verb, whether a phrase names a party at all.
"""

from __future__ import annotations

import re

from ...text.articles import CN_ARTICLE_LABEL
from ...language import is_chinese
from ..modality import case_before_a_rule, normalised, modal_classes

_LEAD_EN = re.compile(r"^\W*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:(?:the|a|an|each|every|any|all|such|its|their)\s+)*", re.I)
_DETERMINER_ZH = re.compile(r"^(?:有关|相关|该|其|各|上述)")
# Two noun phrases name the same party when this share of the shorter one's words (or character pairs) is in the other
SAME_PARTY = 0.6


def _words(text: str) -> set[str]:
    text = normalised(text).lower()
    if is_chinese(text):
        chars = re.sub(r"[^\u4e00-\u9fff]", "", text)
        return {chars[i : i + 2] for i in range(len(chars) - 1)}
    return {re.sub(r"(?:ies|es|s)$", "", w) for w in re.findall(r"[a-z]{3,}", text)
            if w not in ("the", "and", "any", "all")}


def same_party(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= SAME_PARTY


# Where a Chinese subject ends: the first verb or preposition after it (反洗钱行政主管部门发现…, 老年人使用…时, 提供者向…)
# (and the verbs of thinking that take a clause as their object, 信息主体认为…侵害其合法权益的 (征信业管理条例第二十五、二十六条)
# and its everyday 觉得 / 以为: the subject stands before them; general Chinese grammar, as for 发现)
_SUBJECT_END_ZH = re.compile(r"(?:认为|觉得|以为|发现|因|在|对|向|经|为|根据|按照|依照|依法|使用|提供|处理|开展|从事|收集|进行|需要|确需|申请|设立|"
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


def subject_of(text: str) -> str:
    """The noun phrase before the first modal verb of `text` (its subject), without determiners; '' when none."""
    text = normalised(text)
    zh = is_chinese(text)
    earlier: list[str] = []
    parts = re.split(r"[，,；;：:]" if zh else r"[;:]", text)
    for at, part in enumerate(parts):
        modals = modal_classes(part)
        if not modals or case_before_a_rule(part, parts[at + 1 :]):
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
    from ...lexis.parties import actors_in  # the actor lexicon (actors/ imports nothing from here)

    phrase = phrase.strip()
    return bool(phrase) and bool(actors_in(phrase) or (_PARTY_ZH if is_chinese(phrase) else _PARTY_EN).search(phrase))
