"""Does a claim assert the opposite of the clause it cites? Polarity, modality, rights, scope, actors (pure).

A second model that approves everything must not be able to turn "应当取得单独同意" into "无需同意", "禁止采集"
into "可以采集", "shall have the right to obtain erasure" into "is never obliged to erase". These checks read
the sentence of the cited clause that the claim is about (the one sharing most of its wording) and compare:

- modality: obligation (应当/必须/须; shall/must) vs permission (可以/允许; may) vs exemption (无需/不必; need not)
  vs prohibition (不得/禁止/严禁; shall not/must not/prohibited);
- rights: 有权/享有…权利 (has the right, is entitled) vs 无权 (has no right, is not entitled);
- scope: a claim that says 所有/一律/任何/无需任何条件 (all/any/always/never/without any condition) where
  the clause carries conditions or exceptions (但是/除外/不适用; unless/except/provided that) and no such word;
- actors: the duty holder before the modal verb (个人信息处理者 vs 个人; controller vs data subject).

Each finding says what the clause says and what the claim says. Nothing here is a similarity score: the
checks only fire on explicit wording, so a faithful paraphrase passes (see tests/test_polarity.py).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..text.articles import CN_ARTICLE_LABEL
from ..text.tokens import STOP_EN
from .quantities import compare, extract_quantities

# Modality classes, longest spellings first within each class. Chinese words are matched as substrings;
# English ones on word boundaries. "不得" must win over "得", "无需" over "需", "shall not" over "shall".
_ZH = {
    "prohibition": ["不得", "禁止", "严禁", "不准", "不允许", "不能", "不可以", "不可"],
    "exemption": ["无需", "无须", "毋须", "不需要", "不需", "不必", "不用", "没有义务", "不负有", "免于", "不要求"],
    "no_right": ["无权", "没有权利", "不享有", "无权利"],
    "obligation": ["应当", "必须", "须", "应", "负有", "有义务", "需要", "要求"],
    "permission": ["可以", "允许", "可", "得以"],
    "right": ["有权", "享有", "有权利"],
}
_EN = {
    "prohibition": [r"shall not", r"must not", r"may not", r"cannot", r"can ?not", r"is prohibited", r"are prohibited",
                    r"prohibited", r"forbidden", r"not (?:be )?(?:allowed|permitted)", r"under no circumstances may",
                    r"(?:shall|must|may|can) no longer", r"banned", r"ban on"],
    "exemption": [r"need not", r"needn't", r"not (?:be )?required to", r"no need to", r"(?:is|are) not obliged",
                  r"(?:is|are) never obliged", r"not obliged", r"does not (?:need|have) to", r"do not (?:need|have) to",
                  r"without (?:the )?need", r"not necessary", r"exempt(?:ed)? from", r"never (?:has|have) to"],
    "no_right": [r"(?:has|have) no right", r"(?:is|are) not entitled", r"not have the right", r"no right to"],
    "obligation": [r"shall", r"must", r"(?:is|are) required to", r"(?:is|are) obliged to", r"(?:has|have) to",
                   r"(?:is|are) obligated to", r"required"],
    "permission": [r"may", r"can", r"(?:is|are) (?:allowed|permitted) to", r"permitted", r"allowed", r"free to"],
    "right": [r"(?:has|have) the right", r"(?:is|are) entitled", r"right to", r"entitled"],
}
_EN_RE = {cls: re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I) for cls, words in _EN.items()}
# Opposites: (claim class, clause class) pairs that cannot both be true of the same act.
_OPPOSITE = {
    ("exemption", "obligation"), ("obligation", "exemption"),
    ("permission", "prohibition"), ("prohibition", "permission"),
    ("right", "no_right"), ("no_right", "right"),
    ("prohibition", "right"), ("no_right", "permission"),
    ("exemption", "prohibition"),  # "无需…即可" vs "不得…": the claim frees what the clause forbids
    ("permission", "obligation"),  # wrong modality: a duty is not an option
    ("obligation", "permission"),  # …and an option is not a duty
}

_SCOPE_ZH = ["所有", "一律", "任何情况", "任何情形", "无需任何", "无任何", "无条件", "均可", "全部", "一切", "无论如何",
             "随时均可", "从不", "永远", "完全不", "都可以", "都不"]
_SCOPE_EN = re.compile(r"\b(?:all|any|always|never|every|without any|in all cases|in any case|unconditionally|"
                       r"whatever|no matter|under any circumstances|at any time|entirely|completely)\b", re.I)
_CONDITION_ZH = ["但是", "除外", "除", "不适用", "不在此限", "经", "情形", "符合下列", "下列条件", "方可", "前提", "从其规定",
                 "的，", "的,", "时，", "时,", "只有", "除非", "特定", "必要", "根据", "按照"]
_CONDITION_EN = re.compile(r"\b(?:unless|except|provided that|where|if|subject to|only|following conditions|"
                           r"shall not apply|does not apply|to the extent)\b", re.I)

# Duty holders. A claim whose duty holder differs from the clause's (before the modal verb) names the wrong actor.
_ACTORS_ZH = [
    ("个人信息处理者", "processor"), ("数据处理者", "processor"), ("网络数据处理者", "processor"), ("处理者", "processor"),
    ("受托人", "entrusted"), ("受托方", "entrusted"), ("接收方", "recipient"),
    ("网络运营者", "operator"), ("运营者", "operator"), ("金融机构", "institution"), ("商业银行", "institution"),
    ("银行业金融机构", "institution"), ("征信机构", "credit_agency"), ("信息提供者", "provider"), ("信息使用者", "user"),
    ("履行个人信息保护职责的部门", "authority"), ("国家网信部门", "authority"), ("网信部门", "authority"),
    ("国务院反洗钱行政主管部门", "authority"), ("反洗钱行政主管部门", "authority"), ("中国人民银行", "authority"),
    ("反洗钱监测分析机构", "authority"), ("公安机关", "authority"), ("国务院银行业监督管理机构", "authority"),
    ("征信业监督管理部门", "authority"), ("电子认证服务提供者", "provider_ca"), ("支付机构", "institution"),
    ("生成式人工智能服务提供者", "provider_ai"), ("算法推荐服务提供者", "provider_ai"), ("服务提供者", "provider_ai"),
    ("使用者", "individual"), ("消费者", "individual"), ("经营者", "institution"),
    ("监督管理机构", "authority"), ("主管部门", "authority"), ("有关部门", "authority"), ("国家机关", "state"),
    ("个人", "individual"), ("信息主体", "individual"), ("客户", "individual"), ("用户", "individual"),
]
_ACTORS_EN = [
    (r"data subjects?", "individual"), (r"individuals?", "individual"), (r"customers?", "individual"),
    (r"controllers?", "controller"), (r"processors?", "processor_eu"), (r"supervisory authorit(?:y|ies)", "authority"),
    (r"third part(?:y|ies)", "third_party"), (r"recipients?", "recipient"),
    (r"personal information (?:processors?|handlers?)", "processor"), (r"handlers?", "processor"),
    (r"financial institutions?", "institution"), (r"banks?", "institution"), (r"network operators?", "operator"),
    # EU AI Act roles: each has its own duties
    (r"providers?", "provider_ai"), (r"deployers?", "deployer"), (r"importers?", "importer"), (r"distributors?", "distributor"),
    (r"authori[sz]ed representatives?", "representative"), (r"notified bod(?:y|ies)", "notified_body"),
    (r"market surveillance authorit(?:y|ies)", "authority"), (r"(?:the )?commission\b", "authority"),
    (r"(?:the )?board\b", "authority"), (r"data protection officers?", "dpo"),
]
_ACTORS_EN_RE = [(re.compile(r"\b" + p + r"\b", re.I), name) for p, name in _ACTORS_EN]

_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?|[^.\n]+(?:\.(?!\d)|$)")


@dataclass(frozen=True)
class Finding:
    kind: str  # "polarity" | "modality" | "right" | "scope" | "actor"
    message: str


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "")


def is_chinese(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", text))


_is_zh = is_chinese


def modal_classes(text: str) -> list[tuple[int, str]]:
    """(position, class) of every modal expression, longer and negative forms first, no overlaps."""
    text = _norm(text)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, str]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    if _is_zh(text):
        spellings = sorted(((w, cls) for cls, words in _ZH.items() for w in words), key=lambda p: -len(p[0]))
        for word, cls in spellings:
            for m in re.finditer(re.escape(word), text):
                a, b = m.span()
                if free(a, b) and not _false_zh_modal(text, a, word):
                    taken.append((a, b))
                    found.append((a, cls))
    for cls in ("prohibition", "exemption", "no_right", "right", "obligation", "permission"):
        for m in _EN_RE[cls].finditer(text):
            a, b = m.span()
            if free(a, b):
                taken.append((a, b))
                found.append((a, cls))
    return sorted(found)


def _false_zh_modal(text: str, at: int, word: str) -> bool:
    """Characters that only look modal: 可 in 许可/认可/可能, 应 in 相应/应用/响应, 须 in 必须 (handled by length),
    要求 as a noun (…的要求), 需要 as a noun."""
    before = text[at - 1] if at > 0 else ""
    after = text[at + len(word)] if at + len(word) < len(text) else ""
    if word == "可":
        return before in "许认不宁" or after in "能靠信行视见"
    if word == "应":
        return before in "相对响适供反答回效" or after in "用对急急变答"
    if word == "须":
        return before in "必无毋"
    if word in ("要求", "需要"):
        return before in "的项种些"  # 法律的要求: a noun
    if word == "享有":
        return False
    return False


def _classes(text: str) -> set[str]:
    return {cls for _, cls in modal_classes(text)}


def _bigrams(text: str) -> set[str]:
    text = re.sub(r"[\W_]+", "", _norm(text).lower())
    return {text[i : i + 2] for i in range(len(text) - 1)}


# English function words (the lexical index's list) and words every legal sentence shares
_EN_STOP = STOP_EN | set("has have had without under their his her our your they them there where when also only nor but per via upon "
                          "about above after before between within gdpr article paragraph point can".split())


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", _norm(text).lower()) if w not in _EN_STOP}


_MODAL_STRIP_ZH = re.compile("|".join(sorted((re.escape(w) for ws in _ZH.values() for w in ws), key=len, reverse=True)))
_MODAL_STRIP_EN = re.compile("|".join(p.pattern for p in _EN_RE.values()), re.I)


def _content(text: str) -> str:
    return _MODAL_STRIP_EN.sub(" ", _MODAL_STRIP_ZH.sub(" ", _norm(text)))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(_norm(text)) if len(s.strip()) >= 4]


def wording_share(claim: str, text: str) -> float:
    """How much of the claim's wording (modal words aside) occurs anywhere in `text` (0–1)."""
    claim_c = _content(claim)
    if _is_zh(claim_c):
        key, other = _bigrams(claim_c), _bigrams(_content(text))
    else:
        key, other = _words(claim_c), _words(_content(text))
    return len(key & other) / len(key) if key else 0.0


def matching_sentences(claim: str, clause_text: str, bridge: str = "") -> list[tuple[str, float, float]]:
    """Clause sentences ranked by how well each matches the claim's wording, modal words aside: the F2 of shared
    bigrams (or words), so a long sentence that happens to contain the claim's words does not beat the short
    sentence the claim paraphrases. Returns (sentence, share of the claim's wording it holds, F2)."""
    claim_c = _content(bridge or claim)
    zh = _is_zh(claim_c)
    key = _bigrams(claim_c) if zh else _words(claim_c)
    scored = []
    for sentence in sentences(clause_text):
        other = _bigrams(_content(sentence)) if zh else _words(_content(sentence))
        if key and other:
            shared = len(key & other)
            recall, precision = shared / len(key), shared / len(other)
            if bridge:  # the bridge lists many terms: a sentence holding a few of them whole is the one
                recall = min(1.0, shared / BRIDGE_MATCH)
            # F2: recall weighs more (the claim's wording must be there), precision breaks ties towards short sentences
            f2 = 5 * recall * precision / (4 * precision + recall) if shared else 0.0
            scored.append((sentence, recall, f2))
    return sorted(scored, key=lambda p: -p[2])


def _actor_before_modal(text: str) -> str | None:
    """The duty holder: the first actor of the sub-clause holding the first modal expression, else of the text."""
    text = _norm(text)
    modals = modal_classes(text)
    if not modals:
        return _first_actor(text)
    at = modals[0][0]
    opening = max(text.rfind(p, 0, at) for p in "，,：:；;") + 1
    return _first_actor(text[opening:at]) or _first_actor(text[:at])


def _first_actor(text: str) -> str | None:
    actors = _actors_in(text)
    return actors[0] if actors else None


# English and Chinese claims about the same clause share no wording: the sentence match needs this much overlap.
MIN_OVERLAP = 0.35


# Shared bigrams that make a sentence the one a cross-language claim (through its glossary bridge) is about.
BRIDGE_MATCH = 6
# How close to the best-matching sentence another sentence must be to count as a reading of the claim.
AMBIGUITY = 0.1


def contradictions(claim: str, clause_text: str, bridge: str = "") -> list[Finding]:
    """Ways `claim` asserts the opposite of (or more than) `clause_text`. Empty when it does not, or when the
    claim is not about any one sentence of the clause (then there is nothing explicit to compare).

    When several sentences match the claim about equally well, each of them must contradict it: a faithful
    paraphrase of one sentence is not flagged because a neighbouring sentence says otherwise.

    `bridge`: for a claim in another language than the clause, the clause-language terms it stands for (from the
    glossary), used only to find the sentence the claim is about; modality, rights, scope and actors are compared
    across languages."""
    claim = statement(claim)
    if not claim or _squash(claim) in _squash(clause_text):
        return []  # a verbatim quote cannot contradict the clause it is quoted from
    if _is_zh(claim) == _is_zh(clause_text):
        bridge = ""
    elif not bridge:
        return []
    parts = [p for p in sentences(claim) if len(p) >= 8] or [claim]
    if len(parts) > 1:  # a claim of several sentences: each is compared with the sentence it paraphrases
        found: dict[str, Finding] = {}
        for part in parts:
            for f in _contradictions_of(part, clause_text, bridge):
                found.setdefault(f.kind, f)
        return list(found.values())
    return _contradictions_of(claim, clause_text, bridge)


_CITATION_PREFIX = re.compile(rf"^\s*(?:《[^》]{{1,60}}》|[A-Z][\w .()/-]{{0,40}}?)\s*(?:{CN_ARTICLE_LABEL}|"
                              r"Article\s+\d+[\w()]*|Recital\s+\d+)\s*[:：,，]?\s*")


def statement(claim: str) -> str:
    """What the claim says, without the citation it opens with (《商业银行法》第八十八条：「…」 → the quoted words):
    law titles name no duty holder."""
    text = _norm(claim).strip()
    text = _CITATION_PREFIX.sub("", text, count=1)
    quoted = re.fullmatch(r"[「“\"『](.+)[」”\"』]\s*[。.]?", text.strip(), re.S)
    return (quoted.group(1) if quoted else text).strip()


def _squash(text: str) -> str:
    return re.sub(r"[\s，,。.；;：:、「」“”\"'『』]+", "", _norm(text))


def _contradictions_of(claim: str, clause_text: str, bridge: str) -> list[Finding]:
    ranked = [r for r in matching_sentences(claim, clause_text, bridge) if r[1] >= MIN_OVERLAP]
    if not ranked:
        return []
    readings = [s for s, _, f2 in ranked if f2 >= ranked[0][2] - AMBIGUITY]
    # Each check stands only if every reading that can judge it agrees: a sentence with no modal verb cannot judge
    # polarity, one with no duty holder cannot judge the actor, one with no number cannot judge a number.
    judged = [_against(claim, sentence, clause_text) for sentence in readings]
    findings: list[Finding] = []
    for kind in ("polarity", "modality", "right", "actor", "number"):
        verdicts = [[f for f in found if f.kind == kind] for can, found in judged if kind in can]
        if verdicts and all(verdicts):
            findings.append(verdicts[0][0])
    if _overreaches(claim, clause_text):
        findings.append(Finding("scope", f"the claim states without limits what the clause makes conditional: "
                                         f"「{_short(ranked[0][0])}」"))
    return findings


def _against(claim: str, sentence: str, clause_text: str) -> tuple[set[str], list[Finding]]:
    """(the kinds of check this sentence can judge, what it finds)."""
    findings: list[Finding] = []
    can: set[str] = set()
    claim_cls, source_cls = _classes(claim), _classes(sentence)
    if source_cls:
        can |= {"polarity", "modality", "right"}
    pairs = sorted((c, s) for c in claim_cls for s in source_cls if (c, s) in _OPPOSITE and c not in source_cls)
    # A clause that says both ("不得…；但是…可以…") is conditional: only a wholly opposite claim is contradicted.
    pairs = [(c, s) for c, s in pairs if s not in claim_cls]
    if pairs:
        c, s = pairs[0]
        kind = "right" if "right" in c or "right" in s else "modality" if {c, s} <= {"obligation", "permission"} else "polarity"
        findings.append(Finding(kind, f"the clause says {_LABEL[s]} where the claim says {_LABEL[c]}: 「{_short(sentence)}」"))
    claimed = _duty_holders(claim)
    holders = _duty_holders(sentence)
    if holders:
        can.add("actor")
    if claimed and holders and not any(_same_side(a, h) for a in claimed for h in holders):
        claim_actor, source_actor = claimed[0], holders[0]
        findings.append(Finding("actor", f"the clause puts this on {_ACTOR_LABEL.get(source_actor, source_actor)}, "
                                         f"the claim on {_ACTOR_LABEL.get(claim_actor, claim_actor)}"))
    if extract_quantities(sentence):
        can.add("number")
    findings += _numbers(claim, sentence)
    return can, findings


def _numbers(claim: str, sentence: str) -> list[Finding]:
    """A number the claim gives where the sentence it paraphrases gives another of the same kind (the article
    may hold the claim's number elsewhere: 25% is a liquidity ratio in the item next to the 10% loan limit)."""
    said = extract_quantities(sentence)
    if not said:
        return []
    found = []
    for mismatch in compare(extract_quantities(claim), said):
        if mismatch.kind == "contradiction":
            found.append(Finding("number", mismatch.describe(f"「{_short(sentence)}」")))
    return found


def _duty_holders(sentence: str) -> list[str]:
    """Every actor named before the modal verb of each sub-clause that has one ("the controller and the processor
    shall" → both). A sentence without a modal verb names no duty holder."""
    holders: list[str] = []
    sentence = _norm(sentence)
    offset = 0
    for part in re.split(r"([，,：:；;])", sentence):
        modals = modal_classes(part)
        if modals and part not in "，,：:；;":
            head = part[: modals[0][0]]
            # "个人信息处理者委托处理个人信息的，应当…": the duty holder opens the sentence, not the sub-clause
            actors = _actors_in(head) or _actors_in(sentence[:offset])[:1]
            holders += [a for a in actors if a not in holders]
        offset += len(part)
    return holders


def _actors_in(text: str) -> list[str]:
    found: list[tuple[int, str]] = []
    if _is_zh(text):
        covered: list[tuple[int, int]] = []
        for word, name in _ACTORS_ZH:  # longest first within a family: 个人信息处理者 before 个人
            for m in re.finditer(re.escape(word), text):
                a, b = m.span()
                if word == "个人" and text[b : b + 2] in ("信息", "数据"):
                    continue  # 个人信息 is the data, not the person
                if any(a >= s and b <= e for s, e in covered):
                    continue
                covered.append((a, b))
                found.append((a, name))
    for pattern, name in _ACTORS_EN_RE:
        found += [(m.start(), name) for m in pattern.finditer(text)]
    return [name for _, name in sorted(found)]


_OWN_CONDITION = re.compile(r"但是|除外|除非|不适用|另有规定|\b(?:unless|except|provided that|subject to|where|if)\b", re.I)


def _overreaches(claim: str, clause_text: str) -> bool:
    """The claim uses a universal word (all/any/never/一律/任何 …) the clause does not, and the clause has conditions
    the claim leaves out (a claim stating its own condition or exception does not overreach)."""
    if _OWN_CONDITION.search(claim):
        return False
    clause_zh = _is_zh(clause_text)
    if _is_zh(claim):
        used = [w for w in _SCOPE_ZH if w in claim and not (clause_zh and w in clause_text)]
    else:
        used = [m.group(0).lower() for m in _SCOPE_EN.finditer(claim)]
        if not clause_zh:
            used = [w for w in used if not re.search(r"\b" + re.escape(w) + r"\b", clause_text, re.I)]
    if clause_zh:
        universal_in_clause = any(w in clause_text for w in (*_SCOPE_ZH, "任何"))
        limited = any(w in clause_text for w in _CONDITION_ZH) and not (not _is_zh(claim) and universal_in_clause)
    else:
        limited = bool(_CONDITION_EN.search(clause_text))
    return bool(used) and limited


_SIDES = [{"processor", "controller", "operator", "institution", "entrusted", "credit_agency", "provider", "user", "processor_eu"}]


def _same_side(a: str, b: str) -> bool:
    """Duty holders that the laws treat alike for this purpose (a bank is a personal-information processor)."""
    if a == b:
        return True
    # processor_eu (GDPR processor) vs controller is a real distinction; everything else on the institution side is one
    if {a, b} == {"processor_eu", "controller"}:
        return False
    return any(a in side and b in side for side in _SIDES)


_LABEL = {"obligation": "a duty (应当/shall)", "permission": "an option (可以/may)", "exemption": "no duty (无需/need not)",
          "prohibition": "a prohibition (不得/shall not)", "right": "a right (有权/has the right)",
          "no_right": "no right (无权/has no right)"}
_ACTOR_LABEL = {"processor": "the personal-information processor", "individual": "the individual / data subject",
                "controller": "the controller", "processor_eu": "the processor", "authority": "the authority",
                "institution": "the financial institution", "operator": "the network operator", "entrusted": "the entrusted party",
                "recipient": "the recipient", "third_party": "a third party", "state": "state organs",
                "credit_agency": "the credit reporting agency", "provider": "the information provider", "user": "the information user"}


def _short(text: str, limit: int = 60) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
