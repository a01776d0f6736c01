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

They read legal language, not the wording of any eval set: a modal verb governs its sub-clause; the longest modal
expression wins ("shall not be required" is no duty, "shall have the right" a right, 不得不 a duty, 不禁止 an option);
statements of legal effect ("shall not apply / affect") and inability (不能证明, cannot prove) forbid nothing; the
duty holder is the subject (the actor a sub-clause opens with, or the agent of a passive), never an object (取得客户的
同意, "to the controller") nor a thing of the actor's (客户身份信息); roles the laws set against each other stay apart;
universal words (一律, always, in every case) need like wording in the sentence they paraphrase. Where a claim could
be about several sentences, a finding stands only if every one of them supports it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..text.articles import CN_ARTICLE_LABEL
from ..text.numerals import ENUM_NUMBER
from ..text.tokens import STOP_EN
from .quantities import compare, extract_quantities

# Modality classes, longest spellings first within each class. Chinese words are matched as substrings;
# English ones on word boundaries. "不得" must win over "得", "无需" over "需", "shall not" over "shall".
_ZH = {
    "prohibition": ["不得", "禁止", "严禁", "不准", "不允许", "不能", "不可以", "不可"],
    # 可以不 (商业银行法第三十六条 可以不提供担保, 个人信息保护法第五十七条 可以不通知个人): free not to act, no duty
    "exemption": ["无需", "无须", "毋须", "不需要", "不需", "不必", "不用", "没有义务", "不负有", "免于", "不要求",
                  "无义务", "并非必须", "不是必须", "非必须", "不一定要", "不强制", "可以不", "可不",
                  "没有必要", "无必要"],
    "no_right": ["无权", "没有权利", "不享有", "无权利"],
    "obligation": ["应当", "必须", "须", "应", "负有", "有义务", "需要", "要求", "不得不"],
    # restriction: 只能 / 仅能 (may, but only so) both allows and binds ("只能用于维护公共安全的目的，不得用于其他目的",
    # 个人信息保护法第二十六条): it paraphrases a duty (应当按照约定的用途使用) as well as a limited option, so it opposes neither
    "restriction": ["只能", "仅能", "仅可", "只可"],
    # discretion (the actor decides whether) is a permission too
    "permission": ["可以", "允许", "可", "得以", "酌情", "视情况", "自行决定", "自主决定", "决定是否",
                   "选择是否", "自由决定", "不禁止", "并不禁止", "未禁止", "没有禁止"],
    "right": ["有权", "享有", "有权利"],
}
_EN = {
    "prohibition": [r"shall not", r"must not", r"may not", r"cannot", r"can ?not", r"is prohibited", r"are prohibited",
                    r"prohibited", r"forbidden", r"not (?:be )?(?:allowed|permitted)", r"under no circumstances may",
                    r"(?:shall|must|may|can) no longer", r"banned"],  # "the ban on X" names a rule, it applies none
    "exemption": [r"need not", r"needn't", r"not (?:be )?required to", r"no need to", r"(?:is|are) not obliged",
                  r"(?:is|are) never obliged", r"not obliged", r"does not (?:need|have) to", r"do not (?:need|have) to",
                  r"without (?:the )?need", r"not necessary", r"exempt(?:ed)? from", r"never (?:has|have|needs?) to",
                  r"(?:has|have|is under|are under|bears?) no (?:legal )?(?:obligation|duty)", r"no obligation to",
                  r"(?:is|are) not (?:mandatory|compulsory)", r"does not require", r"do not require",
                  r"(?:shall|will|need|must) not be required", r"(?:is|are) not required",
                  r"no (?:\w+ ){1,5}(?:is|are|shall be|will be) required"],
    "no_right": [r"(?:has|have) no (?:\w+ )?right", r"(?:is|are) not entitled", r"not have (?:the|a|any) right", r"no right to",
                 r"lacks? (?:the|any) right", r"(?:has|have) no entitlement"],
    "obligation": [r"shall", r"must", r"(?:is|are) required to", r"(?:is|are) obliged to", r"(?:has|have) to",
                   r"(?:is|are) obligated to", r"required", r"needs? to", r"(?:has|have) (?:a|the) (?:legal )?(?:duty|obligation) to",
                   r"(?:is|are) under (?:a|an) (?:legal )?(?:duty|obligation) to", r"(?:is|are) bound to", r"mandatory", r"compulsory"],
    "restriction": [r"(?:may|can) (?:only|solely)", r"only (?:may|can)"],
    "permission": [r"may", r"can", r"(?:is|are) (?:allowed|permitted) to", r"permitted", r"allowed", r"free to",
                   r"at (?:its|their|his|her|the \w+'s) (?:own )?discretion", r"if (?:it|they|he|she) (?:so )?(?:wish|wishes|choose|chooses)",
                   r"optional(?:ly)?", r"(?:is|are) up to"],
    "right": [r"(?:shall |will )?(?:has|have) the right", r"(?:shall be|is|are) entitled", r"right to", r"entitled"],
}
_EN_RE = {cls: re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I) for cls, words in _EN.items()}
# "shall not apply" says which cases a rule covers, "shall not affect / prejudice / be binding" states a legal effect:
# neither forbids anybody anything. Matched before the classes above, so their "shall not" is not read.
# "is not prohibited", "nothing prevents": a negated prohibition allows
_EN_NOT_PROHIBITED = re.compile(r"\b(?:(?:is|are) not (?:prohibited|forbidden|banned|barred)|nothing (?:prevents|prohibits|stops)|"
                                r"no (?:prohibition|ban) on)\b", re.I)
# 没有决定权, 不享有知情权, 无删除权: a named right denied
_ZH_NO_NAMED_RIGHT = re.compile(r"(?:没有|不享有|不具有|并无|并没有)[\u4e00-\u9fff]{0,5}?权(?![益限属力])")
_EN_EFFECT = re.compile(r"\b(?:cannot|can ?not|is unable to|are unable to) (?:prove|demonstrate|identify|establish|"
                        r"be identified|repay|fulfil|comply)\b|"
                        r"\b(?:shall|does|do|will|must|should) not (?:apply|affect|prejudice|be binding|bind|be construed|"
                        r"preclude|limit|alter|change|mean|constitute|count)\b|\bwithout prejudice\b", re.I)

# Opposites: (claim class, clause class) pairs that cannot both be true of the same act.
_OPPOSITE = {
    ("exemption", "obligation"), ("obligation", "exemption"),
    ("permission", "prohibition"), ("prohibition", "permission"),
    ("right", "no_right"), ("no_right", "right"),
    ("prohibition", "right"), ("no_right", "permission"), ("right", "prohibition"), ("permission", "no_right"),
    ("exemption", "prohibition"),  # "无需…即可" vs "不得…": the claim frees what the clause forbids
    ("permission", "obligation"),  # wrong modality: a duty is not an option
    ("obligation", "permission"),  # …and an option is not a duty
}

_SCOPE_ZH = ["所有", "一律", "任何情况", "任何情形", "无需任何", "无任何", "无条件", "均可", "全部", "一切", "无论如何",
             "随时均可", "从不", "永远", "完全不", "都可以", "都不", "无论", "不论", "一概", "概不", "无一例外", "毫无例外",
             "绝不", "均不", "均应", "均须", "均无需", "凡是", "任何时候", "随时", "全都", "任何"]
_SCOPE_EN = re.compile(r"\b(?:all|any|always|never|every|without any|in all cases|in any case|unconditionally|"
                       r"whatever|no matter|under any circumstances|at any time|entirely|completely|without exception|"
                       r"regardless|in every case|in all circumstances|whatsoever|at all times|no exceptions?)\b", re.I)
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
    ("个人信息保护负责人", "dpo"), ("数据安全负责人", "dpo"), ("银行", "institution"), ("本行", "institution"),
    # the parties of a loan or a deposit (商业银行法): each has its own duties and rights
    ("借款人", "borrower"), ("保证人", "guarantor"), ("存款人", "depositor"),
    # GDPR roles as Chinese drafts name them
    # 反洗钱法第三十二条: the third party a bank relies on for due diligence has duties of its own
    ("第三方", "third_party"),
    ("数据主体", "individual"), ("数据控制者", "controller"), ("控制者", "controller"), ("数据保护官", "dpo"),
]
_ACTORS_ZH_LONGEST_FIRST = sorted(_ACTORS_ZH, key=lambda pair: -len(pair[0]))
# "任何单位和个人 / any person": a rule that binds everybody binds whichever actor a claim names
_ANYONE_ZH = re.compile(r"任何(?:单位|组织|机构|人)?(?:[和、或]|或者|以及)?(?:个人|单位|组织)|任何人")
_ANYONE_EN = re.compile(r"\b(?:any|every|no) (?:natural or legal )?(?:person|one|body)\b|\b(?:anyone|everyone|everybody|nobody)\b", re.I)
# An actor noun before these names a thing of the actor's (个人信息, 客户身份资料, 用户数据), not the actor
_ATTRIBUTE_ZH = ("信息", "数据", "资料", "身份", "账户", "交易", "存款", "权益", "资金", "名义", "隐私", "资产", "证件",
                 "员工", "工作", "职员", "人员")  # staff are not the organisation: 商业银行员工 (商业银行法第五十三条)
# A noun after these is the object of a verb or preposition, not the subject of the sentence: 取得个人的同意,
# 向个人告知, 经信息主体同意, 发现网络运营者…; "to / from / of the controller".
_OBJECT_MARK_ZH = ("向", "对", "为", "与", "经", "给", "从", "让", "将", "把", "被", "取得", "征得", "告知", "通知", "要求",
                   "经过", "委托", "协助", "配合", "发现", "督促", "指导", "监督", "提醒", "帮助", "请求", "授权", "同意",
                   "拒绝", "识别", "核实", "提供", "公开", "接受", "约定", "报送", "报告", "移交", "转让", "通过", "涉及")
_OBJECT_MARK_EN = re.compile(r"\b(?:to|from|by|with|of|for|against|about|than|between|among|inform|informs|notify|notifies|"
                             r"tell|tells|ask|asks|request|requests|on behalf of)\s+(?:the |a |an |each |any |every |its |their |all )?$", re.I)
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
    (r"(?:the )?board\b", "authority"), (r"data protection officers?|DPOs?", "dpo"),
    (r"borrowers?", "borrower"), (r"guarantors?", "guarantor"), (r"depositors?", "depositor"),
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
        for m in _ZH_NO_NAMED_RIGHT.finditer(text):
            taken.append(m.span())
            found.append((m.start(), "no_right"))
        spellings = sorted(((w, cls) for cls, words in _ZH.items() for w in words), key=lambda p: -len(p[0]))
        for word, cls in spellings:
            for m in re.finditer(re.escape(word), text):
                a, b = m.span()
                if free(a, b) and not _false_zh_modal(text, a, word):
                    taken.append((a, b))
                    found.append((a, cls))
        # 有权要求 / 应当允许 / 不得要求: a modal word right after another is the verb it governs, not a second modal
        ends = {b for _, b in taken}
        governed = {a for a, b in taken if a in ends and text[a:b] in _GOVERNED_ZH}
        found = [(a, cls) for a, cls in found if a not in governed]
    for m in _EN_EFFECT.finditer(text):  # not a modal: masked so its "shall not" is not read as a prohibition
        taken.append(m.span())
    for m in _EN_NOT_PROHIBITED.finditer(text):
        taken.append(m.span())
        found.append((m.start(), "permission"))
    # the longest expression wins whatever its class: "shall not be required" (no duty) over "shall not", "shall have
    # the right" (a right) over "shall"; at equal length the order of the classes decides
    order = ("prohibition", "exemption", "no_right", "right", "obligation", "restriction", "permission")
    spans = [(m.start(), m.end(), i, cls) for i, cls in enumerate(order) for m in _EN_RE[cls].finditer(text)]
    for a, b, _, cls in sorted(spans, key=lambda t: (t[0] - t[1], t[2])):
        if free(a, b):
            taken.append((a, b))
            found.append((a, cls))
    return sorted(found)


_GOVERNED_ZH = {"要求", "需要", "允许", "许可", "须", "可"}


def _false_zh_modal(text: str, at: int, word: str) -> bool:
    """Characters that only look modal: 可 in 许可/认可/可能, 应 in 相应/应用/响应, 须 in 必须 (handled by length),
    要求 as a noun (…的要求), 需要 as a noun."""
    before = text[at - 1] if at > 0 else "\0"  # a sentinel no character list holds ("" is in every string)
    after = text[at + len(word)] if at + len(word) < len(text) else "\0"
    if word in ("可以不", "可不"):
        # 可以不经同意查询 (征信业管理条例第十八条): may query, without consent; the act itself is allowed, not waived
        return text[at + len(word) : at + len(word) + 1] == "经"
    if word == "不能":
        return bool(re.match(r"(?:证明|确认|复原|识别|实现|履行|偿还|清偿|满足|达到|完成|确定|归还|按期)", text[at + 2 :]))
    if word in ("不准", "不可", "不用"):
        return after in ("确" if word == "不准" else "抗逆避分少缺" if word == "不可" else "于")  # 不准确, 不可抗力, 不用于
    if word == "可":
        return before in "许认不宁" or after in "能靠信行见疑控观比贵惜恶笑" or text[at + 1 : at + 3] == "视化"
    if word == "应":
        return before in "相对响适供反答回效" or after in "用对急急变答"
    if word == "须":
        return before in "必无毋"
    if word in ("要求", "需要"):
        return before in "的项种些"  # 法律的要求: a noun
    if word in ("有权", "有权利"):
        return before in "没所拥具" or after in "限益属威"  # 没有权限, 所有权 (ownership), 有权益
    if word == "负有":
        # 依法负有反洗钱监督管理职责的部门: a relative clause naming the authority, not a duty of the sentence
        return bool(re.match(r"[^，。；,;：:]{0,24}?(?:职责|义务|责任|职权)的", text[at + len(word) :]))
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


def _wording(text: str, zh: bool) -> set[str]:
    """What a text says, modal words aside: character bigrams of Chinese, content words of English."""
    content = _content(text)
    return _bigrams(content) if zh else _words(content)


# An English sentence ends at a full stop after a word and before a capital ("…for performing his tasks. The data
# protection officer shall …", GDPR Art. 38(3)); not after a paragraph number ("3. The controller") or an abbreviation.
_EN_STOP_SPLIT = re.compile(r"(?<=[a-z)])(?<!\be\.g)(?<!\bi\.e)(?<!\bArt)(?<!\bNo)(?<!\bcf)(?<!\bpara)\.\s+(?=[A-Z])")


def sentences(text: str) -> list[str]:
    return list(_sentences(text))


@lru_cache(maxsize=512)
def _sentences(text: str) -> tuple[str, ...]:  # cached: every reading of a claim looks up its neighbours
    found = [s.strip() for s in _SENTENCE.findall(_norm(text))]
    found = [part.strip() for s in found for part in (_EN_STOP_SPLIT.split(s) if not _is_zh(s) else [s])]
    return tuple(s for s in found if len(s) >= 4)


def wording_share(claim: str, text: str) -> float:
    """How much of the claim's wording (modal words aside) occurs anywhere in `text` (0–1)."""
    zh = _is_zh(_content(claim))
    key, other = _wording(claim, zh), _wording(text, zh)
    return len(key & other) / len(key) if key else 0.0


def matching_sentences(claim: str, clause_text: str, bridge: str = "") -> list[tuple[str, float, float]]:
    """Clause sentences ranked by how well each matches the claim's wording, modal words aside: the F2 of shared
    bigrams (or words), so a long sentence that happens to contain the claim's words does not beat the short
    sentence the claim paraphrases. Returns (sentence, share of the claim's wording it holds, F2)."""
    zh = _is_zh(_content(bridge or claim))
    key = _wording(bridge or claim, zh)
    scored = []
    for sentence in sentences(clause_text):
        other = _wording(sentence, zh)
        if key and other:
            shared = len(key & other)
            recall, precision = shared / len(key), shared / len(other)
            if bridge:  # the bridge lists many terms: a sentence holding a few of them whole is the one
                recall = min(1.0, shared / BRIDGE_MATCH)
            # F2: recall weighs more (the claim's wording must be there), precision breaks ties towards short sentences
            f2 = 5 * recall * precision / (4 * precision + recall) if shared else 0.0
            scored.append((sentence, recall, f2))
    return sorted(scored, key=lambda p: -p[2])


# English and Chinese claims about the same clause share no wording: the sentence match needs this much overlap.
MIN_OVERLAP = 0.35


# Shared bigrams that make a sentence the one a cross-language claim (through its glossary bridge) is about.
BRIDGE_MATCH = 6
# A cross-language claim tied to no sentence is compared with every modal sentence of a clause of at most this many.
MAX_UNTIED_READINGS = 3
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
    cross = _is_zh(claim) != _is_zh(clause_text)
    bridge = bridge if cross else ""
    parts = [p for p in sentences(claim) if len(p) >= 8] or [claim]
    if len(parts) > 1:  # a claim of several sentences: each is compared with the sentence it paraphrases
        found: dict[str, Finding] = {}
        for part in parts:
            for f in _contradictions_of(part, clause_text, bridge, cross):
                found.setdefault(f.kind, f)
        return list(found.values())
    return _contradictions_of(claim, clause_text, bridge, cross)


_CITATION_PREFIX = re.compile(rf"^\s*(?:《[^》]{{1,60}}》|[A-Z][\w .()/-]{{0,40}}?)\s*(?:{CN_ARTICLE_LABEL}|"
                              r"Article\s+\d+[\w()]*|Recital\s+\d+)\s*[:：,，]?\s*")


# "Under the Commercial Banking Law, …", "According to GDPR Article 30, …", "根据《征信业管理条例》，…", "按照本行制度，…"
_SOURCE_OPENER = re.compile(r"^\s*(?:(?:under|according to|pursuant to|as per|in line with)\s+[^,]{0,80}?"
                            r"(?:law|regulation|act|gdpr|pipl|dsl|csl|article\s*\d+[\w()]*|rules?|measures|provisions|policy)\s*,\s*"
                            r"|(?:根据|依照|依据|按照|按|参照)(?:《[^》]{1,60}》|本行|本法|该法|该条例|我国)[^，,。]{0,30}[，,]\s*)", re.I)


def statement(claim: str) -> str:
    """What the claim says, without the citation it opens with (《商业银行法》第八十八条：「…」 → the quoted words;
    "Under the Commercial Banking Law, …"): law titles name no duty holder."""
    text = _norm(claim).strip()
    text = _CITATION_PREFIX.sub("", text, count=1)
    text = _SOURCE_OPENER.sub("", text, count=1)
    quoted = re.fullmatch(r"[「“\"『](.+)[」”\"』]\s*[。.]?", text.strip(), re.S)
    return (quoted.group(1) if quoted else text).strip()


def _squash(text: str) -> str:
    return re.sub(r"[\s，,。.；;：:、「」“”\"'『』]+", "", _norm(text))


def _contradictions_of(claim: str, clause_text: str, bridge: str, cross: bool = False) -> list[Finding]:
    ranked = [r for r in matching_sentences(claim, clause_text, bridge) if r[1] >= MIN_OVERLAP] if bridge or not cross else []
    if ranked and bridge:
        # glossary terms say which sentences a claim in the other language is about, not which one it paraphrases:
        # every sentence holding about as many of them is a reading
        top = max(r for _, r, _ in ranked)
        readings = [s for s, r, _ in ranked if r >= top - AMBIGUITY]
    elif ranked:
        readings = [s for s, _, f2 in ranked if f2 >= ranked[0][2] - AMBIGUITY]
    elif cross:
        # A claim in the other language that no glossary term ties to one sentence: every sentence of a short clause
        # that has a modal verb is a reading, and a finding stands only if all of them agree on it.
        readings = [s for s in sentences(clause_text) if modal_classes(s)]
        if not 0 < len(readings) <= MAX_UNTIED_READINGS:
            return []
    else:
        return []
    # Each check stands only if every reading that can judge it agrees: a sentence with no modal verb cannot judge
    # polarity, one with no duty holder cannot judge the actor, one with no number cannot judge a number.
    judged = [_against(claim, sentence, clause_text) for sentence in readings]
    findings: list[Finding] = []
    # polarity, modality and rights are one question (what may, must or need not be done): a claim every reading
    # contradicts on it is contradicted, whichever way each reading does
    for kinds in (("polarity", "modality", "right"), ("actor",), ("number",)):
        able = [(sentence, can, found) for sentence, (can, found) in zip(readings, judged) if kinds[0] in can]
        if kinds[0] == "polarity":
            able = _about_the_predicate(claim, able)
        if kinds == ("actor",) and any("actor_same_kind" in can for _, can, _ in able):
            # the claim's duty holder is judged by the sentences giving the same kind of statement (a duty, an option, a
            # ban): "商业银行应当归还本息" is about 借款人应当归还, not about 商业银行享有要求保证人归还的权利 beside it
            able = [(sentence, can, found) for sentence, can, found in able if "actor_same_kind" in can]
        verdicts = [[f for f in found if f.kind in kinds] for _, can, found in able]
        if verdicts and all(verdicts):
            findings.append(verdicts[0][0])
    if cross and ranked:
        # glossary terms find the sentences a claim in the other language is about, not the one it paraphrases: when
        # the article says what the claim says somewhere (an option, a duty, a right), its modality is left alone
        said = {_MODAL_GROUP[c] for c in _classes(clause_text)}
        if any(_MODAL_GROUP[c] in said for c in _classes(claim)):
            findings = [f for f in findings if f.kind not in ("polarity", "modality", "right")]
    if _overreaches(claim, clause_text, readings):
        findings.append(Finding("scope", f"the claim states without limits what the clause makes conditional: "
                                         f"「{_short(readings[0])}」"))
    return findings


def _about_the_predicate(claim: str, judged: list[tuple[str, set[str], list[Finding]]]) -> list:
    """Of the readings' (sentence, can, findings), those of the sentences whose modal sub-clauses hold what the claim's modal verb governs
    about as well as the best one: "has no right to object to that processing" is judged by "shall have the right to
    object … to processing", not by "the personal data shall no longer be processed" (GDPR Art. 21(2) and (3))."""
    zh = _is_zh(_content(_predicate(claim)))
    key = _wording(_predicate(claim), zh)
    if not key or len(judged) < 2:
        return judged
    shares = []
    for sentence, _, _ in judged:
        parts = [p for p in re.split(r"[，,；;：:]", sentence) if p.strip()]
        own = _own_classes(parts)
        shares.append(max([len(key & _wording(p, zh)) / len(key) for p, c in zip(parts, own) if c] or [0.0]))
    best = max(shares)
    return [j for j, share in zip(judged, shares) if share >= best - AMBIGUITY] if best > 0 else judged


def _predicate(claim: str) -> str:
    """What the claim's first modal verb governs: the rest of its sub-clause ("处理者即使不能证明…，也不需要承担损害赔偿
    责任" → "承担损害赔偿责任"); the whole claim when it has no modal verb or nothing follows it."""
    for part in re.split(r"[，,；;：:]", _norm(claim)):
        modals = modal_classes(part)
        if modals:
            rest = part[modals[-1][0] :]
            return rest if len(_content(rest).strip()) >= 2 else claim
    return claim


_IF_EN = re.compile(r"\b(?:if|where|when|unless|once|as long as|provided that|in case)\b", re.I)
_IF_ZH = re.compile(r"^\s*(?:如果|若|如|当|在)")
# what a sentence excepts from its rule: 但是…, …除外 (个人信息保护法第二十五条 …取得个人单独同意的除外), unless / except
_EXCEPTION_ZH = re.compile(r"但是|但|除外|不在此限|除[^，。；]{1,40}外")
_EXCEPTION_EN = re.compile(r"\b(?:unless|except|other than|provided that|save where|with the exception of)\b", re.I)


def _exception_after(sentence: str, clause_text: str) -> str:
    """The exception the next sentence makes to this one's rule, when it is one (个人信息保护法第二十七条 "…已经合法公开的
    个人信息；个人明确拒绝的除外。": the 除外 stands after a semicolon, in a sentence of its own)."""
    following = _sentence_after(clause_text, _sentence_index(sentence, clause_text))
    if following and _is_zh(following) and re.match(r"^(?:但是|但)|.{0,40}(?:除外|不在此限)[。；;]?$", following):
        return "；" + following
    return ""


def _case_of(claim: str) -> str:
    """The case a conditional claim speaks of: its sub-clauses before the first one with a modal verb ("发生个人信息泄露的",
    "Where requests are manifestly unfounded"), and those opening with if / where / 如果."""
    parts = [p for p in re.split(r"[，,；;]", _norm(claim)) if p.strip()]
    case, seen_modal = [], False
    for part in parts:
        has_modal = bool(modal_classes(part))
        if has_modal and not seen_modal and (_EXCEPTION_ZH if _is_zh(part) else _EXCEPTION_EN).search(part):
            return ""  # its modal verb is in the exception it states (…可以不经同意查询的除外): no case of its own
        if not seen_modal and not has_modal:
            case.append(part)
        elif _IF_ZH.match(part) or (m := _IF_EN.search(part)) is not None:
            case.append(part[m.end():] if not _is_zh(part) and m else part)
        seen_modal |= has_modal
    return "，".join(case)


def _where_case_is_stated(case: str, sentence: str) -> str:
    """"rule" when `sentence` states the claim's case as the case of its rule, "exception" when as the exception it
    makes, "" when it does not state it."""
    zh = _is_zh(case)
    key = _wording(case, zh)
    if len(key) < 2 or zh != _is_zh(sentence):
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


def _stated_elsewhere(claim: str, cls: str, opposite: str, clause_text: str) -> bool:
    """The article gives the claim's modality (`cls`) somewhere, and no sub-clause gives what the claim's modal verb
    governs the opposite modality much more plainly than any sub-clause gives it the claim's ("原始生物特征图像不得
    留存" beside "仅可存储特征值" does not let "可以留存原始图像" through)."""
    if cls not in _classes(clause_text):
        return False
    zh = _is_zh(_content(_predicate(claim)))
    key = _wording(_predicate(claim), zh)
    if not key or zh != _is_zh(clause_text):
        return True
    best = {cls: 0.0, opposite: 0.0}
    for part in re.split(r"[，,；;：:。\n]|\.(?!\d)", _norm(clause_text)):
        share = len(key & _wording(part, zh)) / len(key)
        for c in _classes(part) & set(best):
            best[c] = max(best[c], share)
    return not (best[opposite] >= 0.5 and best[opposite] - best[cls] > 0.25)


def _sub_clause_classes(claim: str, sentence: str) -> set[str]:
    """The modal classes of the sub-clauses of `sentence` the claim is about: a modal verb governs its sub-clause,
    so "仅能用于约定的用途，不得未经同意向第三方提供" forbids the provision and allows only the agreed use. The
    sub-clauses holding about as much of the claim's wording as the best one all count; a sentence whose best
    sub-clause has no modal verb (the duty is in a sibling: "…的，应当…") counts whole."""
    parts = [p for p in re.split(r"[，,；;：:]", sentence) if p.strip()]
    whole = _classes(sentence)
    if len(parts) < 2:
        return whole
    zh = _is_zh(_content(_predicate(claim)))
    key = _wording(_predicate(claim), zh)
    if not key or zh != _is_zh(sentence):
        return whole
    own = _own_classes(parts)
    scored = [(len(key & _wording(p, zh)) / len(key), i) for i, p in enumerate(parts)]
    # a modal verb binds its own subject: when the claim names who it binds and some sub-clauses of the sentence give
    # that actor a modal verb, those are what the claim is about ("征信机构须记载信息主体作出的说明" is about
    # "征信机构应当予以记载", not "信息主体可以…作出说明" beside it, 征信业管理条例第十六条)
    claimed = [a for a, _ in _duty_pairs(claim) if a and a != "anyone"]
    holders = dict(enumerate(_holders_per_part(sentence, parts))) if claimed else {}
    same = [i for i, hs in holders.items() if own[i] and any(_same_side(a, h) for a in claimed for h in hs if h)]
    if same:
        scored = [(score, i) for score, i in scored if i in same]
    best = max(score for score, _ in scored)
    near = [i for score, i in scored if score >= best - AMBIGUITY and score > 0]
    classes = set().union(*(own[i] for i in near)) if near else set()
    return classes or whole


# 要求 / 请求 opening a sub-clause right after one with a modal verb is the next verb it governs: 有权向征信机构提出异议，
# 要求更正 (征信业管理条例第二十五条) is a right to demand a correction, not a duty
_CONTINUED_VERB = re.compile(r"^\s*(?:要求|请求|需要)")


def _own_classes(parts: list[str]) -> list[set[str]]:
    """The modal classes of each sub-clause, a bare 要求/请求 continuing the previous sub-clause's modal verb."""
    own: list[set[str]] = []
    for i, part in enumerate(parts):
        classes = _classes(part)
        if i and own[i - 1] and _CONTINUED_VERB.match(part):
            classes = set(own[i - 1])
        own.append(classes)
    return own


def _holders_per_part(sentence: str, parts: list[str]) -> list[list[str | None]]:
    """The duty holders of each sub-clause of `sentence` (split as `_sub_clause_classes` splits it)."""
    out = []
    for i, part in enumerate(parts):
        context = "，".join(parts[: i + 1])  # an elided subject is found in the sub-clauses before
        pairs = _duty_pairs(context)
        count = len(_duty_pairs("，".join(parts[:i]))) if i else 0
        out.append([a for a, _ in pairs[count:]])
    return out


def _against(claim: str, sentence: str, clause_text: str) -> tuple[set[str], list[Finding]]:
    """(the kinds of check this sentence can judge, what it finds)."""
    findings: list[Finding] = []
    can: set[str] = set()
    claim_cls, source_cls = _classes(claim), _sub_clause_classes(claim, sentence)
    # a sentence judges the claim's modality only if it speaks of the same thing: a duty, an option or a right that
    # the claim's modal words can equal or oppose ("有权请求" judges "无权要求"; "应当核实" does not)
    if any(_MODAL_GROUP[c] == _MODAL_GROUP[s] or (c, s) in _OPPOSITE for c in claim_cls for s in source_cls):
        can |= {"polarity", "modality", "right"}
    pairs = sorted((c, s) for c in claim_cls for s in source_cls if (c, s) in _OPPOSITE and c not in source_cls)
    # A clause that says both ("不得…；但是…可以…") is conditional: only a wholly opposite claim is contradicted.
    pairs = [(c, s) for c, s in pairs if s not in claim_cls]
    if pairs and _OWN_CONDITION_ANY.search(claim):
        # A conditional claim ("need not … if the data were encrypted") may describe the exception the article states
        # elsewhere ("shall not be required if …"): it stands when a sub-clause of the article gives the claim's
        # modality to what the claim's modal verb governs. Not when this sentence is the rule for the claim's very case
        # ("发生个人信息泄露的，…可以采取补救措施" against "发生…泄露…的，个人信息处理者应当立即采取补救措施"); and a claim
        # restating the exception this sentence itself makes ("…取得个人单独同意的除外") agrees with it.
        case = _where_case_is_stated(_case_of(claim), sentence + _exception_after(sentence, clause_text))
        if case == "exception":
            pairs = []
        elif case != "rule":
            pairs = [(c, s) for c, s in pairs if not _stated_elsewhere(claim, c, s, clause_text)]
    if pairs:
        c, s = pairs[0]
        kind = "right" if "right" in c or "right" in s else "modality" if {c, s} <= {"obligation", "permission"} else "polarity"
        findings.append(Finding(kind, f"the clause says {_LABEL[s]} where the claim says {_LABEL[c]}: 「{_short(sentence)}」"))
    at = _sentence_index(sentence, clause_text)
    can_actor, actor_found = _actor_findings(claim, sentence, _sentence_before(clause_text, at))
    if can_actor:
        can.add("actor")
        claim_groups = {_MODAL_GROUP[c] for _, c in _duty_pairs(claim)}
        if claim_groups & {_MODAL_GROUP[c] for _, c in _duty_pairs(sentence)}:
            can.add("actor_same_kind")
    findings += actor_found
    if extract_quantities(sentence):
        can.add("number")
    findings += _numbers(claim, sentence, clause_text)
    return can, findings


def _sentence_index(sentence: str, clause_text: str) -> int:
    found = sentences(clause_text)
    return found.index(sentence) if sentence in found else -1


def _sentence_before(clause_text: str, at: int) -> str:
    return sentences(clause_text)[at - 1] if at > 0 else ""


def _sentence_after(clause_text: str, at: int) -> str:
    found = sentences(clause_text)
    return found[at + 1] if 0 <= at < len(found) - 1 else ""


def _numbers(claim: str, sentence: str, clause_text: str = "") -> list[Finding]:
    """A number the claim gives where the sentence it paraphrases gives another of the same kind (the article
    may hold the claim's number elsewhere: 25% is a liquidity ratio in the item next to the 10% loan limit).

    A claim that joins two sentences ("资本充足率不得低于百分之八，对同一借款人的贷款比例不得超过百分之十", 商业银行法第三十九条
    items 一 and 三; a floor and a ceiling stated side by side) is read sub-clause by sub-clause: a number is compared
    with the sentence its own sub-clause paraphrases, when that is another sentence of the article."""
    said = extract_quantities(sentence)
    if not said:
        return []
    found = []
    for mismatch in compare(extract_quantities(claim), said):
        if mismatch.kind == "contradiction" and not _backed_by_its_own_sentence(claim, mismatch.claim, sentence, clause_text):
            found.append(Finding("number", mismatch.describe(f"「{_short(sentence)}」")))
    return found


def _backed_by_its_own_sentence(claim: str, quantity, sentence: str, clause_text: str) -> bool:
    """The sub-clause of the claim holding `quantity` paraphrases another sentence of the article, which states it."""
    start = 0
    for part in re.split(r"([，,；;])", claim):
        end = start + len(part)
        if start <= quantity.span[0] < end:
            ranked = matching_sentences(part, clause_text) if clause_text and len(part) >= 6 else []
            if not ranked or ranked[0][0] == sentence or ranked[0][1] < MIN_OVERLAP:
                return False
            own = [q for q in extract_quantities(ranked[0][0])]
            return bool(own) and not [m for m in compare([quantity], own) if m.kind == "contradiction"]
        start = end
    return False


_PASSIVE_EN = re.compile(r"^\W*(?:not\s+)?(?:only\s+)?be\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ld|id|ne)\b", re.I)
_BY_AGENT_EN = re.compile(r"\bby\s+(?:the |a |an |each |any |its |their )?([\w ]{3,40})", re.I)
# modal classes that say the same thing of an actor, for telling a swap of duty holders from a change of modality
_MODAL_GROUP = {"obligation": "duty", "permission": "may", "right": "may", "prohibition": "not", "no_right": "not",
                "exemption": "free", "restriction": "duty"}


_RECIPROCAL = re.compile(r"(?:与|同|和)([\u4e00-\u9fff]{1,12}?)(?:约定|协商|签订|订立|达成|共同)(?!的)|"
                         r"\b(?:agree|agrees|contract|contracts|conclude|concludes)\b[^,;.]{0,40}?\bwith ((?:the )?[\w ]{3,40})", re.I)


def _duty_pairs(sentence: str) -> list[tuple[str | None, str]]:
    """(duty holder, modal class) of each sub-clause that has a modal verb; the holder is None when the sentence does
    not say who it is (an elided or pronoun subject, a passive without "by …")."""
    return list(_duty_pairs_of(sentence))


@lru_cache(maxsize=2048)
def _duty_pairs_of(sentence: str) -> tuple[tuple[str | None, str], ...]:
    pairs: list[tuple[str | None, str]] = []
    sentence = _norm(sentence)
    earlier: list[str] = []
    for part in re.split(r"([，,：:；;])", sentence):
        modals = modal_classes(part)
        if modals and part not in "，,：:；;":
            at, cls = modals[0]
            head = part[:at]
            actors = _chinese_subjects(head) if _is_zh(part) else _english_subjects(head)
            passive = not _is_zh(part) and _PASSIVE_EN.match(_modal_rest(part, at, cls))
            if passive:  # "shall not be dismissed by the controller": the duty is the agent's, not the subject's
                agent = _BY_AGENT_EN.search(part[at:])
                actors = _actors_in(agent.group(0), subjects_only=False)[:1] if agent else []
            elif not actors and not _is_zh(part) and not head.strip():
                # "Each controller and, where applicable, its representative, shall …": the subject is before the commas
                actors = next((found for found in map(_english_subjects, reversed(earlier)) if found), [])
            elif not actors and _is_zh(part):
                # "个人信息处理者委托处理个人信息的，应当…", "单位和个人拒不配合的，金融机构按照规定的程序，可以…": the
                # subject is elided; it is the one of the nearest sub-clause before that names one
                actors = next((found for found in map(_opening_actor, reversed(earlier)) if found), [])
            # "处理者应当与受托人约定…": an agreement binds both parties, so the other party holds the duty too
            for m in _RECIPROCAL.finditer(part, at):
                if m.start() - at > 6:
                    break  # only right after the modal verb: 应当与受托人约定, not 应当按照与…约定的用途
                actors += [a for a in _actors_in(m.group(1) or m.group(2), subjects_only=False) if a not in actors]
            pairs += [(a, cls) for a in actors] or [(None, cls)]
        if part not in "，,：:；;":
            earlier.append(part)
    return tuple(pairs)


_EN_LEAD = re.compile(r"^\W*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:(?:and|or|but|then|also|however|each|every|any|all|no|the|a|an|"
                      r"such|that|this|these|those|its|their|both|other|relevant|competent|joint|single|initial|another|"
                      r"new|first|second)\s+){0,3}", re.I)


def _english_subjects(head: str) -> list[str]:
    """The actors an English clause's subject names: the noun phrase it opens with ("A processor that becomes aware
    of a breach must …", "The controller and the processor shall …") or the one right before the modal verb ("In
    such a case the controller shall …"); not a noun inside it ("the ratio of loans to a single borrower must …")."""
    actors = _actors_in(head)
    if not actors:
        return []
    lead = _EN_LEAD.match(head).end()
    opens = any(p.match(head, lead) for p, _ in _ACTORS_EN_RE) or _ANYONE_EN.match(head.strip())
    last = [m for p, _ in _ACTORS_EN_RE for m in p.finditer(head) if not head[m.end() :].strip()]
    if opens:
        return actors
    return _actors_in(last[0].group(0)) if last else []


def _opening_actor(part: str) -> list[str]:
    """The actor a Chinese sub-clause opens with (its subject), if any: 金融机构按照规定的程序 → institution;
    not 确认借款人资信良好 (the borrower is what is confirmed)."""
    body = _OPENING_NOISE.sub("", part)
    actors = _actors_in(body)
    if not actors:
        return []
    if _ANYONE_ZH.match(body):
        return actors[:1]
    # the subject opens the sub-clause, alone or coordinated with another party (单位和个人对…有异议的); a verb before
    # it makes it an object (涉及客户基本的金融服务的: 涉及 is not "涉 and")
    words = [w for w, name in _ACTORS_ZH if name == actors[0]]
    if any(re.match(rf"(?:{_PARTY_ZH}(?:和|、|或者|及|以及))?" + re.escape(w), body) for w in words):
        # all the parties of a coordinated subject: 征信机构或者信息提供者、信息使用者采用格式合同条款…的 (征信业管理条例第十九条)
        run = re.match(rf"{_PARTY_ZH}(?:(?:和|、|或者|及|以及|或){_PARTY_ZH})*", body)
        together = _actors_in(run.group(0)) if run else []
        return list(dict.fromkeys(together)) if actors[0] in together else actors[:1]
    # or it is the head noun a relative clause ends with: 接受委托处理个人信息的受托人，应当… (个人信息保护法第五十九条)
    return _actors_in(body[body.rindex("的") + 1 :])[:1] if "的" in body and _ends_with_actor(body) else []


def _ends_with_actor(text: str) -> bool:
    return any(text.endswith(word) for word, _ in _ACTORS_ZH)


def _chinese_subjects(head: str) -> list[str]:
    """The actors a Chinese sub-clause's subject names, before its modal verb. A subject with a relative clause
    (处理个人信息达到国家网信部门规定数量的个人信息处理者应当…, 个人信息保护法第五十二条) is its head noun, after the last 的;
    the nouns inside the relative clause are not duty holders."""
    if "的" in head:
        tail = head[head.rindex("的") + 1 :]
        own = _actors_in(tail)
        if own:
            return own
    return _actors_in(head)


# Nouns for parties that may be coordinated before an actor: 单位和个人, 组织、个人 (反洗钱法第三十八条, 数据安全法第三十二条)
_PARTY_ZH = "(?:" + "|".join(["单位", "组织", "机构"] + [re.escape(w) for w, _ in _ACTORS_ZH]) + ")"
_OPENING_NOISE = re.compile(rf"^[\s(（]*(?:{CN_ARTICLE_LABEL}\s*)?(?:(?:{ENUM_NUMBER}|\d+)[)）.、]\s*)?"
                            r"(?:前款规定的|上述|相关|有关)?")


def _modal_rest(part: str, at: int, cls: str) -> str:
    """What follows the modal expression of class `cls` at `at` ("shall be entitled" is one expression, not a passive)."""
    m = _EN_RE[cls].match(part, at) or _MODAL_STRIP_EN.match(part, at)
    return part[m.end() :] if m else part[at:]


def _duty_holders(sentence: str) -> list[str]:
    """Every actor named as the subject of a modal verb ("the controller and the processor shall" → both)."""
    holders: list[str] = []
    for actor, _ in _duty_pairs(sentence):
        if actor and actor not in holders:
            holders.append(actor)
    return holders


def _actor_findings(claim: str, sentence: str, previous: str = "") -> tuple[bool, list[Finding]]:
    """(can this sentence judge the duty holder, the finding). It can when it names who its modal verbs bind; it
    finds the wrong actor when (a) it names its duty holders and none is the claim's, or (b) the claim gives a duty (or option,
    prohibition, exemption) to an actor while the sentence gives that same kind of duty only to others and a different
    one to the claim's actor ("信息主体可以说明，征信机构应当记载" vs "征信机构可以说明，信息主体应当记载")."""
    claim_pairs, source_pairs = _duty_pairs(claim), _duty_pairs(sentence)
    if _is_zh(sentence) and not _is_zh(claim):
        # Chinese laws have one 处理者 where the GDPR splits controller and processor: "processor" or "controller"
        # in an English claim about a Chinese law is the 处理者
        claim_pairs = [("processor" if a in ("processor_eu", "controller") else a, c) for a, c in claim_pairs]
    claimed = [(a, c) for a, c in claim_pairs if a and a != "anyone"]
    if not any(a for a, _ in source_pairs):
        # The sentence does not say who (a thing as subject, a passive without "by …"). A sentence without a subject
        # continues the one before (拒绝个人行使权利的请求的，应当说明理由 follows 个人信息处理者应当建立…机制,
        # 个人信息保护法第五十条): a claim naming that subject agrees with it. Naming another does not contradict it,
        # as the subject may come from further back (商业银行法第三十六条 …可以不提供担保: the borrower, two sentences up).
        inherited = _duty_holders(previous) if previous else []
        agrees = claimed and all(any(_same_side(a, h) for h in inherited) for a, _ in claimed)
        if agrees:
            return True, []
        # A claim that makes the one the act is directed at its duty holder (向征信机构查询…的，应当取得信息主体的同意 →
        # "征信机构应当取得…同意", 征信业管理条例第十八条) names the wrong actor: the sentence names it, but not as its subject.
        acted_on = _objects_in(sentence)
        wrong = [a for a, _ in claimed if any(_same_side(a, o) for o in acted_on)]
        if _is_zh(sentence) and wrong:
            return True, [Finding("actor", f"the clause names {_ACTOR_LABEL.get(wrong[0], wrong[0])} as the one the act is "
                                           f"directed at, the claim as the one who must act")]
        return False, []
    source_pairs = [(a, c) for a, c in source_pairs if a]
    holders = [a for a, _ in source_pairs]
    if "anyone" in holders or not claimed:
        return True, []
    if not any(_same_side(a, h) for a, _ in claimed for h in holders):
        return True, [_actor_finding(holders[0], claimed[0][0])]
    for actor, cls in claimed:
        group = _MODAL_GROUP[cls]
        same_kind = [h for h, c in source_pairs if _MODAL_GROUP[c] == group]
        own = [c for h, c in source_pairs if _same_side(actor, h)]
        if same_kind and own and not any(_same_side(actor, h) for h in same_kind) \
                and all(_MODAL_GROUP[c] != group for c in own):
            return True, [_actor_finding(same_kind[0], actor)]
    return True, []


def _objects_in(text: str) -> list[str]:
    """Actors named right after a verb or preposition (向征信机构, 取得个人的同意, 通过国家网信部门组织的…)."""
    found = []
    for word, name in _ACTORS_ZH_LONGEST_FIRST:
        for m in re.finditer(re.escape(word), text):
            if text[: m.start()].endswith(_OBJECT_MARK_ZH) and text[m.end() : m.end() + 2] not in _ATTRIBUTE_ZH:
                found.append(name)
    return found


def _actor_finding(source_actor: str, claim_actor: str) -> Finding:
    return Finding("actor", f"the clause puts this on {_ACTOR_LABEL.get(source_actor, source_actor)}, "
                            f"the claim on {_ACTOR_LABEL.get(claim_actor, claim_actor)}")


def _actors_in(text: str, subjects_only: bool = True) -> list[str]:
    """Actors named in `text`, in order. With `subjects_only`, not those in object position (取得个人的同意,
    向个人告知, "to the controller") nor attributes (客户的单独同意, 银行的工作人员)."""
    found: list[tuple[int, str]] = []
    universal = _ANYONE_ZH if _is_zh(text) else _ANYONE_EN
    covered: list[tuple[int, int]] = []
    for m in universal.finditer(text):
        covered.append(m.span())
        found.append((m.start(), "anyone"))
    if _is_zh(text):
        for word, name in _ACTORS_ZH_LONGEST_FIRST:  # 个人信息处理者 before 处理者 and 个人, 银行业金融机构 before 银行
            for m in re.finditer(re.escape(word), text):
                a, b = m.span()
                if text[b : b + 2] in _ATTRIBUTE_ZH:
                    continue  # 个人信息, 客户身份资料, 银行账户: the data or the thing, not the actor
                if any(a >= s and b <= e for s, e in covered):
                    continue
                covered.append((a, b))
                if subjects_only and (text[:a].endswith(_OBJECT_MARK_ZH) or text[b : b + 1] == "的"):
                    continue
                found.append((a, name))
    for pattern, name in _ACTORS_EN_RE:
        for m in pattern.finditer(text):
            if any(m.start() >= s and m.end() <= e for s, e in covered):
                continue
            if subjects_only and _OBJECT_MARK_EN.search(text[: m.start()]):
                continue
            found.append((m.start(), name))
    return [name for _, name in sorted(found)]


# Words that make a claim conditional (an exception or the case it applies to)
_OWN_CONDITION_ANY = re.compile(r"但是|除外|除非|不适用|另有规定|如果|若|的[，,]|时[，,]|(?<!be )(?<!is )(?<!are )(?<!being )\bsubject to\b|"
                                r"\b(?:unless|except|provided that|"
                                r"where|if|when|once|as long as)\b", re.I)
_OWN_CONDITION = re.compile(r"但是|除外|除非|不适用|另有规定|(?<!be )(?<!is )(?<!are )(?<!being )\bsubject to\b|"
                            r"\b(?:unless|except|provided that|where|if)\b", re.I)


def _overreaches(claim: str, clause_text: str, readings: list[str] | None = None) -> bool:
    """The claim uses a universal word (all/any/never/一律/任何 …) while the sentences it paraphrases (`readings`; the
    whole clause when none is given) speak of no such universality, and the clause has conditions or exceptions the
    claim leaves out (a claim stating its own condition or exception does not overreach)."""
    if _OWN_CONDITION.search(claim):
        return False
    if _is_zh(claim):
        used = _whole_words(claim, _SCOPE_ZH)
    else:
        used = [m.group(0).lower() for m in _SCOPE_EN.finditer(claim)]
    if not used:
        return False
    # the clause says "任何单位和个人 / any transfer" itself; "always / 一律 / in every case" (whatever the circumstances)
    # is licensed only by the same kind of word, not by an "any person" in the sentence
    # read in place, so a universal word's phrase counts (所有 in 在所有情况下 is "whatever the circumstances")
    unconditional = any(_UNCONDITIONAL.match(claim, m.start()) for w in used for m in re.finditer(re.escape(w), claim, re.I))
    if any(_speaks_universally(text, unconditional) for text in (readings or [clause_text])):
        return False
    if _is_zh(clause_text):
        return any(w in clause_text for w in _CONDITION_ZH)
    return bool(_CONDITION_EN.search(clause_text))


_UNIVERSAL_ZH = (*_SCOPE_ZH, "任何", "均", "每", "凡")
_UNIVERSAL_EN = re.compile(_SCOPE_EN.pattern + r"|\beach\b|\bno (?:person|one|controller|processor)\b", re.I)


_UNCONDITIONAL = re.compile(r"一律|无论|不论|任何情|任何时候|所有情[况形]|一切情[况形]|无条件|无一例外|毫无例外|从不|永远|绝不|一概|概不|随时|"
                            r"\b(?:always|never|in (?:all|any|every) (?:cases?|circumstances)|under any circumstances|"
                            r"unconditionally|without (?:any )?exceptions?|no exceptions?|regardless|whatever|no matter|"
                            r"at all times|at any time|whatsoever|"
                            # GDPR Art. 26(3) "Irrespective of the terms of the arrangement", Art. 21(5) "notwithstanding"
                            r"irrespective|notwithstanding)\b", re.I)


def _speaks_universally(text: str, unconditional: bool = False) -> bool:
    if unconditional:
        return bool(_UNCONDITIONAL.search(text))
    return any(w in text for w in _UNIVERSAL_ZH) if _is_zh(text) else bool(_UNIVERSAL_EN.search(text))


def _whole_words(text: str, words: list[str]) -> list[str]:
    """The words that occur in `text` as whole words (jieba's segmentation): 从不良行为 does not say 从不 (never)."""
    from ..text.tokens import _jieba

    bounds, at = {0}, 0
    for token in _jieba().cut(text):
        at += len(token)
        bounds.add(at)
    return [w for w in words if any(m.start() in bounds and m.end() in bounds for m in re.finditer(re.escape(w), text))]


# Organisations on the duty-holder side that the laws treat alike for these checks: a bank is a personal-information
# processor, a network operator, a financial institution, an information provider and user. Roles the laws define
# against each other stay apart: the entrusted party (受托人, GDPR processor) from the one entrusting it, the credit
# reporting agency (征信机构) from the banks that supply and use its data, the individual, the DPO, the authorities.
_SIDES = [{"processor", "controller", "operator", "institution", "provider", "user"},
          {"entrusted", "processor_eu", "institution"}]  # a bank may also act as the entrusted party


def _same_side(a: str, b: str) -> bool:
    if a == b or "anyone" in (a, b):
        return True
    return any(a in side and b in side for side in _SIDES)


_LABEL = {"obligation": "a duty (应当/shall)", "permission": "an option (可以/may)", "exemption": "no duty (无需/need not)",
          "restriction": "a restriction (只能/may only)",
          "prohibition": "a prohibition (不得/shall not)", "right": "a right (有权/has the right)",
          "no_right": "no right (无权/has no right)"}
_ACTOR_LABEL = {"processor": "the personal-information processor", "individual": "the individual / data subject",
                "controller": "the controller", "processor_eu": "the processor", "authority": "the authority",
                "institution": "the financial institution", "operator": "the network operator", "entrusted": "the entrusted party",
                "recipient": "the recipient", "third_party": "a third party", "state": "state organs",
                "credit_agency": "the credit reporting agency", "provider": "the information provider", "user": "the information user",
                "dpo": "the data protection officer", "anyone": "anyone", "borrower": "the borrower",
                "guarantor": "the guarantor", "depositor": "the depositor"}


def _short(text: str, limit: int = 60) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
