"""The bank's department a claim makes act, against the department the policy article makes act (pure).

The policies name the department that does each thing: "办公室每年组织一次档案鉴定，会同档案形成部门、法律合规部、审计部对保存期满的
档案进行鉴定" (policy-record-retention 第二十六条) has the Office organise the appraisal and the Audit Department take part.
A claim that has the Audit Department organise it names a department the article names, but not as the one acting, so
neither the actor lexicon (which knows no departments) nor the absent-party checks see it. Here a department acts when
it opens a sub-clause of the article or stands after 由 (销毁时由办公室…监销); a claim's acting department is the one
its sentence opens with (after "Under the … policy, ") or its "by" agent. Only when the article makes some department act
and never the claim's is it flagged; an article naming none as acting says nothing about who does it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from functools import cache
from importlib import resources

from ..text.articles import CN_ARTICLE
from ..language import is_chinese
from .modality import Finding, normalised

_ARTICLE_LABEL = re.compile(r"^\s*" + CN_ARTICLE.pattern + r"\s*")  # the article's own label (第二十六条 …)


@cache
def _departments() -> tuple[tuple[str, re.Pattern], ...]:
    data = tomllib.loads(resources.files("assistant.verify").joinpath("departments.toml").read_text(encoding="utf-8"))
    return tuple((d["zh"], re.compile(r"\b(?:" + "|".join(d["en"]) + r")\b", re.I)) for d in data["department"])


def _zh_names() -> list[str]:
    return sorted((zh for zh, _ in _departments()), key=len, reverse=True)  # 个人信息保护办公室 before 办公室


# where a Chinese sub-clause's actor stands: its start (after the article label / 本行 / 由 / 时由 …) up to the department
# (and the modifier of a unit: 各业务部门, 模型所属业务部门, policy-model-risk 第四条)
_ZH_OPENING = re.compile(r"^(?:本行|本办法)?(?:[\u4e00-\u9fff]{0,4}时)?由?(?:各|[\u4e00-\u9fff]{1,4}所属)?")


def _acting_zh(text: str) -> set[str]:
    """The departments that open a sub-clause of a Chinese text, or stand after 由."""
    acting: set[str] = set()
    names = _zh_names()
    for part in re.split(r"[，,。；;：:\n]", normalised(text)):
        part = _ZH_OPENING.sub("", _ARTICLE_LABEL.sub("", part.strip(), count=1))
        name = next((n for n in names if part.startswith(n)), None)
        if name:
            acting.add(name)
    for m in re.finditer(r"由", normalised(text)):
        name = next((n for n in names if normalised(text).startswith(n, m.end())), None)
        if name:
            acting.add(name)
    return acting


# "Under the records policy, …" / "According to the bank's policy, …": the policy is no actor
_CITING_OPENER_EN = re.compile(r"^\W*(?:under|according to|pursuant to|in accordance with|as per|per)\b[^,]{3,100},\s*", re.I)
_OPENING_WORDS_EN = 6


def _acting_en(claim: str) -> set[str]:
    """The departments an English claim opens with (its first words) or names after "by"."""
    text = _CITING_OPENER_EN.sub("", normalised(claim))
    opening = " ".join(text.split()[:_OPENING_WORDS_EN])
    agents = " ".join(m.group(0) for m in re.finditer(r"\bby (?:the )?[\w&' -]{2,60}", text))
    return {zh for zh, pattern in _departments() if pattern.search(opening) or pattern.search(agents)}


def other_department(claim: str, clause_text: str) -> Finding | None:
    """A claim that has a department act where the Chinese policy article makes only other departments act."""
    if not is_chinese(clause_text):
        return None
    theirs = _acting_zh(clause_text)
    if not theirs:
        return None
    mine = _acting_zh(claim) if is_chinese(claim) else _acting_en(claim)
    other = sorted(mine - theirs)
    if mine and other and not mine & theirs:
        return Finding("actor", f"the article has {'、'.join(sorted(theirs))} do this; the claim names {'、'.join(other)}")
    return None


def authority_for_a_department(claim: str, clause_text: str) -> Finding | None:
    """A Chinese claim opening with a state authority (the lexicon's: 履行个人信息保护职责的部门, 中国人民银行 …) for an act
    the policy article gives to the bank's own department, where the article names no authority at all: the bank's
    policy binds its units, and a regulator doing what it says a department does is another actor ("履行个人信息保护职责的
    部门每年…开展合规审计" against 审计部每年…开展合规审计, policy-customer-information 第二十八条). other_department compares
    departments only; the absent-party checks leave a generic authority alone and need a modal verb for the doer."""
    from ..lexis.parties import actors_in
    from .actors.subjects import _opening_actor

    if not (is_chinese(claim) and is_chinese(clause_text)):
        return None
    theirs = _acting_zh(clause_text)
    if not theirs or _acting_zh(claim) & theirs:
        return None
    if any(n.startswith("authority") or n == "court" for n in actors_in(clause_text, subjects_only=False)):
        return None  # the article names an authority somewhere: its part is not ruled out
    opening = _ARTICLE_LABEL.sub("", re.split(r"[，,。；;]", normalised(claim).strip())[0], count=1)
    found = [n for n in _opening_actor(opening) if n.startswith("authority") or n == "court"]
    if not found:
        return None
    return Finding("actor", f"the article has {'、'.join(sorted(theirs))} do this; the claim a state authority the article "
                            f"does not name")


# A sub-clause that goes on with the act of the unit that opened the sentence (风险管理部是…牵头部门，负责制定…、维护模型清单):
# it opens with a verb of duty or office, not with a subject of its own
_GOES_ON_ZH = re.compile(r"^(?:并|同时|还|也)?(?:负责|承担|牵头|组织|维护|制定|审批|审核|会同|应当|须|对|是|作为|统筹|监督|建立)")
# where an English claim's second rule begins: "…, while the business unit …", "…; the Office …"
_NEXT_RULE_EN = re.compile(r";|,\s*(?:while|whereas|and)\s+|\s+(?:while|whereas)\s+", re.I)
MIN_TERM_CHARS = 2


def _acts_zh(text: str) -> list[tuple[str, str]]:
    """(sub-clause, the unit acting in it or '') of each sub-clause of a Chinese policy text; the units' own names are
    taken out of the sub-clause (风险管理部 holds 风险 and 管理, which say nothing about the act)."""
    names = _zh_names()
    out: list[tuple[str, str]] = []
    for sentence in re.split(r"[。\n]", normalised(text)):
        current = ""
        for part in re.split(r"[，,；;：:]", sentence):
            opening = _ZH_OPENING.sub("", _ARTICLE_LABEL.sub("", part.strip(), count=1))
            name = next((n for n in names if opening.startswith(n)), None)
            if name:
                current = name
            elif not _GOES_ON_ZH.match(opening):
                current = ""  # a subject of its own (服务提供商应当…): not the unit's act
            bare = part
            for n in names:
                bare = bare.replace(n, " ")
            out.append((bare, current))
    return out


def act_of_another_department(claim: str, clause_text: str, words: Callable[[str], list[str]]) -> Finding | None:
    """An English claim whose rule gives a unit the act the Chinese policy article gives another unit, while the article
    gives the claim's unit an act of its own ("the risk management department is the first party responsible …, while
    the business unit keeps the model inventory" against 风险管理部…维护模型清单…；模型所属业务部门是模型风险的第一责任人,
    policy-model-risk 第四条). The Chinese words of the claim's act (its rule without the unit's own name, `words`: the
    lexicon's) that only other units' sub-clauses hold tell whose act it is; a word the claim's unit's sub-clauses also
    hold, or a sub-clause of no known unit, says nothing."""
    if is_chinese(claim) or not is_chinese(clause_text):
        return None
    acts = _acts_zh(clause_text)
    acting = {unit for _, unit in acts if unit}
    if len(acting) < 2:
        return None
    text = _CITING_OPENER_EN.sub("", normalised(claim))
    for rule in _NEXT_RULE_EN.split(text):
        units = _acting_en(rule)
        if len(units) != 1:
            continue
        unit = next(iter(units))
        if unit not in acting:
            continue  # (a unit the article does not make act: other_department's case)
        said = rule
        for zh, pattern in _departments():
            said = pattern.sub(" ", said)
        terms = {t for t in words(said) if len(t) >= MIN_TERM_CHARS and not any(t in n for n in _zh_names())}
        mine, theirs = _held(terms, acts, unit)
        if theirs - mine and mine <= theirs:
            return Finding("actor", f"the article gives this to {'、'.join(_units_holding(theirs - mine, acts, unit))}, "
                                    f"not to {unit}")
        # the claim's verbs of office (received, registered, approved …) read as the policies' acts: the topic words a
        # case sub-clause of no unit holds (客户…提出的投诉) say what the act is about, not who does it
        mine, theirs = _held(_office_acts(said), acts, unit)
        if theirs and not mine:
            return Finding("actor", f"the article gives this ({'、'.join(sorted(theirs))}) to "
                                    f"{'、'.join(_units_holding(theirs, acts, unit))}, not to {unit}")
    return None


def _held(terms: set[str], acts: list[tuple[str, str]], unit: str) -> tuple[set[str], set[str]]:
    """The terms the unit's own sub-clauses or those of no unit hold, and those another unit's sub-clauses hold."""
    mine = {t for t in terms for part, u in acts if u in (unit, "") and t in part}
    theirs = {t for t in terms for part, u in acts if u and u != unit and t in part}
    return mine, theirs


def _units_holding(terms: set[str], acts: list[tuple[str, str]], unit: str) -> list[str]:
    """The other units whose sub-clauses hold any of the terms, sorted."""
    return sorted({u for part, u in acts if u and u != unit and any(t in part for t in terms)})


# English verbs of office (their stems) → the acts the policies give a unit with 由 X … or X 负责 …: 由消费者权益保护部统一受理、
# 登记和督办 (policy-customer-information 第二十四条), 由金融科技部审批 (policy-data-classification), 由个人信息保护办公室审核,
# 由法律合规部审核法律文书, 共同派员监销 (policy-record-retention). General legal translation: 受理 "receive / accept / handle"
# (a complaint, an application), 登记 "register / record / log", 审批 "approve", 审核 "review / examine", 督办 "supervise / follow
# up", 监销 "supervise the destruction", 验证 "validate", 解释 "interpret", 修订 "revise".
_OFFICE_ACTS_EN = (
    (re.compile(r"\b(?:receiv|accept|handl)\w*", re.I), ("受理",)),
    (re.compile(r"\b(?:register|record|logg?)(?:s|ed|ing)?\b", re.I), ("登记",)),
    (re.compile(r"\bapprov\w*", re.I), ("审批", "批准")),
    (re.compile(r"\b(?:review|examin|vett?)\w*", re.I), ("审核", "审查", "复核")),
    (re.compile(r"\b(?:follow(?:s|ed|ing)? up|supervis\w*|oversee\w*|overseen)", re.I), ("督办", "监督", "监销")),
    (re.compile(r"\bvalidat\w*", re.I), ("验证",)),
    (re.compile(r"\binterpret\w*", re.I), ("解释",)),
    (re.compile(r"\b(?:revis|amend)\w*", re.I), ("修订",)),
)


def _office_acts(text: str) -> set[str]:
    return {zh for pattern, acts in _OFFICE_ACTS_EN if pattern.search(text) for zh in acts}
