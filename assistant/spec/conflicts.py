"""Where an internal policy clause says less than the regulation it implements (pure: text in, conflicts out).

A policy may be stricter than the law, never laxer. Two clauses about the same duty (same subject, same
kind of action) are compared on
- time limits: a retention the law sets as a minimum ("至少保存十年") against the policy's period
  ("保存五年"), a deadline the law sets as a maximum ("十五日内答复") against the policy's; working days,
  calendar days, months, years and hours are compared as ranges of calendar days, so a conflict is
  reported only when it holds whatever the calendar;
- modality: what the law forbids (不得) and the policy permits (可以), what the law requires (应当) and
  the policy waives (可以不 / 无需) or turns round (不得), and a mandatory duty the policy softens to
  "in principle" (原则上).

Nothing here knows which policies or laws exist: the caller pairs clauses (the policy cites the law,
or retrieval finds the law clause for the policy clause) and this module compares their sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.lexis.quantities import Quantity, extract_quantities
from assistant.text.tokens import bigram_terms

Bound = Literal["min", "max", "exact"]
Modality = Literal["required", "forbidden", "permitted", "exempt"]

# Kinds of action a time limit or a modality attaches to; two statements are about the same duty only
# when their actions are of the same kind (a 72-hour internal investigation is not a 24-hour report).
ACTIONS: dict[str, tuple[str, ...]] = {  # English as stems: replies, stored, notified …
    "retain": ("保存", "留存", "保管", "保留", "归档", "retain", "kept", "keep", "stor"),
    "delete": ("删除", "销毁", "匿名化", "delet", "eras"),
    "report": ("报告", "报送", "申报", "备案", "report"),
    "notify": ("通知", "告知", "notif", "inform"),
    "respond": ("答复", "回复", "核查", "受理", "处理", "respon", "repl"),
    "review": ("评估", "审计", "检查", "复核", "验证", "检测", "assess", "audit", "review"),
    "freeze": ("冻结", "解除", "freez"),
}
_MIN_BEFORE = re.compile(r"(至少|不少于|不得少于|不低于|最低|最少|at least|no less than|minimum of)[^，,。；]{0,3}$", re.I)
_MAX_BEFORE = re.compile(r"(不超过|不得超过|最长|最多|至多|within|no more than|not exceed(?:ing)?|at most)\s*$", re.I)
_MIN_AFTER = re.compile(r"^\s*(以上|or more|or longer)")
_MAX_AFTER = re.compile(r"^\s*(以内|之内|内|以下|or less)")
_SENTENCES = re.compile(r"[。；;\n]|(?<=[a-z])\.\s")
_SEGMENTS = re.compile(r"[，,：:]")

# Modality markers, longest first; "原则上" before a marker (or alone) softens it.
_MARKERS = [("可以不", "exempt"), ("无需", "exempt"), ("不需要", "exempt"), ("不必", "exempt"), ("免于", "exempt"),
            ("不得", "forbidden"), ("禁止", "forbidden"), ("严禁", "forbidden"), ("不准", "forbidden"),
            ("应当", "required"), ("必须", "required"), ("可以", "permitted")]
_MARKER = re.compile("|".join(m for m, _ in _MARKERS))
_HEDGE = "原则上"

# Bigrams too common in legal text to say what a sentence is about.
_GENERIC = set("""应当 不得 可以 之日 日起 规定 依照 按照 本行 有关 以上 以下 以内 进行 或者 以及 其他 下列 部门 法律 行政
法规 相关 的规 定的 当在 按照 依法 自收 收到 结束 束后 的个 个人 人信 信息 负责 本办 办法 本法 条例 之一 情形 应当 保存 年度""".split())
TOPIC_MIN_SHARED = 3
TOPIC_MIN_CONTAINMENT = 0.3
OPPOSITE_MIN_CONTAINMENT = 0.7  # 应当 X vs 不得 X: X must be nearly the same words
HEDGED_MIN_CONTAINMENT = 0.4  # 应当 X vs 原则上 X: the policy rephrases X
# A modal word inside an exception (…规定可以不进行安全评估的除外) restates what other law allows.
_EXCEPTION = re.compile(r"除外|从其规定|另有规定")


@dataclass(frozen=True)
class TimeLimit:
    """A period a sentence attaches to a duty: 至少保存十年 → (retain, min, 10 years)."""

    sentence: str
    action: str
    bound: Bound
    quantity: Quantity
    phrase: str = ""  # the part of the sentence that states it: 应当至少保存十年

    def days(self) -> tuple[float, float]:
        """The period as a range of calendar days (a working day or a month is not a fixed number of days)."""
        v, unit = self.quantity.value, self.quantity.unit
        if unit == "year":
            return 365 * v, 366 * v
        if unit == "month":
            return 28 * v, 31 * v
        if unit == "workday":  # five working days a week; public holidays can add up to a week and a half
            return v + 2 * ((v - 1) // 5), v * 7 / 5 + 11
        group, base = self.quantity.base()
        return base, base


@dataclass(frozen=True)
class Duty:
    """What a sentence requires, forbids, permits or waives: 不得向境外提供… → (forbidden, 向境外提供…)."""

    sentence: str
    modality: Modality
    action: str
    hedged: bool = False  # 原则上: "in principle", i.e. exceptions left open
    marker: str = ""  # the modal word as written (应当, 不得 …); empty for "原则上 + verb"

    def says(self) -> str:
        return ("原则上" if self.hedged else "") + self.marker + self.action


@dataclass(frozen=True)
class Conflict:
    kind: Literal["time-limit", "modality"]
    severity: Literal["high", "medium", "low"]
    policy_sentence: str
    law_sentence: str
    policy_says: str  # 保存五年 / 可以不通知客户
    law_says: str  # 至少保存十年 / 应当通知
    explanation: dict[str, str]  # language → one sentence


# Extraction -----------------------------------------------------------------------------------------------


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCES.split(text or "") if s and s.strip()]


def _action_of(segment: str, near: int) -> str | None:
    """The kind of action in `segment` closest to position `near` (a verb after the period counts first)."""
    best = None
    lowered = segment.lower()
    for kind, verbs in ACTIONS.items():
        for verb in verbs:
            for m in re.finditer(re.escape(verb), lowered):
                distance = m.start() - near if m.start() >= near else (near - m.end()) + 0.5
                if best is None or distance < best[0]:
                    best = (distance, kind)
    return best[1] if best else None


def time_limits(text: str) -> list[TimeLimit]:
    """Every period attached to a duty, with whether it is a minimum, a maximum or a plain value."""
    out = []
    for sentence in sentences(text):
        for q in extract_quantities(sentence):
            if q.base()[0] not in ("duration", "months", "workday"):
                continue
            start, end = q.span
            seg_start = max((m.end() for m in _SEGMENTS.finditer(sentence, 0, start)), default=0)
            seg_end = next((m.start() for m in _SEGMENTS.finditer(sentence, end)), len(sentence))
            segment = sentence[seg_start:seg_end]
            action = _action_of(segment, start - seg_start)
            if action is None:
                continue
            before, after = sentence[max(0, start - 16):start], sentence[end:end + 10]
            bound: Bound = "exact"
            if _MIN_BEFORE.search(before) or _MIN_AFTER.search(after):
                bound = "min"
            elif _MAX_BEFORE.search(before) or _MAX_AFTER.search(after):
                bound = "max"
            out.append(TimeLimit(sentence, action, bound, q, segment.strip()))
    return out


def duties(text: str) -> list[Duty]:
    """Every modal statement (应当 / 不得 / 可以 / 可以不), and duties written as "原则上 + verb"."""
    out = []
    for sentence in sentences(text):
        for segment in _SEGMENTS.split(sentence):
            if _EXCEPTION.search(segment):
                continue
            m = _MARKER.search(segment)
            hedged = _HEDGE in segment[: m.start() if m else len(segment)]
            if m is None:
                if hedged:  # 本行原则上在境内存储… : a duty stated "in principle"
                    out.append(Duty(sentence, "required", segment.split(_HEDGE, 1)[1].strip(), hedged=True))
                continue
            modality = dict(_MARKERS)[m.group(0)]
            action = segment[m.end():].strip()
            if len(action) >= 2:
                out.append(Duty(sentence, modality, action, hedged, m.group(0)))
    return out


# Comparison -----------------------------------------------------------------------------------------------


def _bigrams(text: str) -> set[str]:
    return bigram_terms(text, min_word=4, digits=False, drop_numbers=True) - _GENERIC


def _containment(a: str, b: str) -> tuple[int, float]:
    ga, gb = _bigrams(a), _bigrams(b)
    shared = len(ga & gb)
    return shared, (shared / min(len(ga), len(gb)) if ga and gb else 0.0)


def same_subject(a: str, b: str) -> bool:
    """Two sentences about the same thing: enough topical wording in common (generic legal words aside)."""
    shared, containment = _containment(a, b)
    return shared >= TOPIC_MIN_SHARED and containment >= TOPIC_MIN_CONTAINMENT


def compare_time_limits(policy: TimeLimit, law: TimeLimit) -> Conflict | None:
    """A policy period that is certainly shorter than the law's minimum, or certainly longer than its maximum."""
    if policy.action != law.action or not same_subject(policy.sentence, law.sentence):
        return None
    (plo, phi), (llo, lhi) = policy.days(), law.days()
    shorter = law.bound == "min" and phi < llo  # whatever the policy's own bound, it allows less than the minimum
    longer = law.bound == "max" and plo > lhi
    if not (shorter or longer):
        return None
    p, l_ = policy.quantity.raw, law.quantity.raw
    if shorter:
        zh = f"制度规定{p}，短于法规要求的至少{l_}。"
        en = f"The policy sets {p}; the regulation requires at least {l_}."
    else:
        zh = f"制度允许{p}，超过法规规定的最长{l_}。"
        en = f"The policy allows {p}; the regulation allows at most {l_}."
    return Conflict("time-limit", "high", policy.sentence, law.sentence, policy.phrase, law.phrase,
                    {"zh": zh, "en": en})


def _same_action(a: str, b: str, threshold: float) -> bool:
    shared, containment = _containment(a, b)
    return shared >= 2 and containment >= threshold


def compare_duties(policy: Duty, law: Duty) -> Conflict | None:
    """A policy that permits what the law forbids, waives or forbids what it requires, or softens a duty."""
    if law.hedged or law.modality not in ("required", "forbidden"):
        return None  # only mandatory law binds; a policy may always be stricter than a permission
    if not same_subject(policy.sentence, law.sentence):
        return None
    opposite = {("forbidden", "permitted"), ("required", "exempt"), ("required", "forbidden"),
                ("forbidden", "required")}
    pair = (law.modality, policy.modality)
    law_says, policy_says = law.says(), policy.says()
    if pair in opposite and _same_action(policy.action, law.action, OPPOSITE_MIN_CONTAINMENT):
        zh = f"法规规定“{law_says}”，制度却规定“{policy_says}”。"
        en = f"The regulation says {law.modality} ({law_says}); the policy says {policy.modality} ({policy_says})."
        return Conflict("modality", "high", policy.sentence, law.sentence, policy_says, law_says, {"zh": zh, "en": en})
    if policy.hedged and policy.modality == law.modality and \
            _same_action(policy.action, law.action, HEDGED_MIN_CONTAINMENT):
        zh = f"法规规定“{law_says}”，制度改为“原则上”，为法规没有规定的例外留了余地。"
        en = f"The regulation's duty is unconditional ({law_says}); the policy makes it apply only \"in principle\"."
        return Conflict("modality", "low", policy.sentence, law.sentence, policy_says, law_says, {"zh": zh, "en": en})
    return None


def find_conflicts(policy_text: str, law_text: str) -> list[Conflict]:
    """Conflicts between one policy clause and one regulation clause, one per (policy sentence, law sentence, kind)."""
    found: dict[tuple, Conflict] = {}
    for extract, compare in ((time_limits, compare_time_limits), (duties, compare_duties)):
        law_items = extract(law_text)
        for p in extract(policy_text):
            for law in law_items:
                conflict = compare(p, law)
                if conflict is not None:
                    found.setdefault((conflict.policy_sentence, conflict.law_sentence, conflict.kind), conflict)
    return list(found.values())
