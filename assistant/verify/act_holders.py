"""Who does the act (pure): a claim has a named party do an act the article gives only to other named parties.

The laws name who supervises, investigates, approves, lays down, liquidates or punishes, and a drafting model often hands
the act to another party the article names in another role ("the liquidation is supervised by the market regulator"
against 清算过程接受中国人民银行的监督 beside 向市场监督管理部门办理…登记; "the committee's procedures are laid down by the
PBOC" against 由国务院规定 beside 中国人民银行设立货币政策委员会). The check pairs each act of the claim with its doer:

- in an English claim: the party that opens the act as its subject ("The PBOC supervises / must, where necessary,
  supervise / carries out inspections …"), the agent of a passive ("is supervised by X", "laid down by X itself"), the
  one under whose supervision or with whose approval it is done, or the focus of "it is X that …";
- in a Chinese text (the article, or a Chinese claim read the same way): for each place the act is named (party names
  masked, so 监督管理 inside 银行业监督管理机构 is no act; an act word modifying a noun, 监督管理信息系统, is none either),
  the party right before it (X规定, 按照X规定的), the one 由 / 在…的…下 / 接受…的 / 经 hands it to, else the duty
  holders of the modal verbs up to it or the party its sub-clause opens with; 经批准 / 被处罚 with no party name none;
- in an English article: the agent after "by" in the sentence naming the act, else that sentence's duty holders.

A finding needs every place of the act to name its doer, none of whom the claim's party may be (lexis.parties
.roles_compatible): an act the article leaves without a doer, or gives to a generic body, clears the claim. On the
tuning claims (round 39) it fired on 32 false claims and no true one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language import is_chinese
from ..text.articles import CN_ARTICLE_LABEL
from ..lexis.parties import ACTOR_LABEL, ACTORS_EN_RE, ACTORS_ZH_LONGEST_FIRST, actors_in, roles_compatible, specific
from .actors.holders import _duty_holders
from .modality import Finding, normalised

# Acts whose doer the laws name, as English verbs (stems, any inflection) and the Chinese words the statutes use for them.
# General legal translation vocabulary (the official English versions of the PRC statutes: 监督 "supervise / oversee",
# 检查 "inspect", 调查 "investigate", 批准 / 核准 / 审批 "approve", 规定 "prescribe / stipulate / lay down", 制定
# "formulate / draw up", 清算 "liquidate", 销毁 "destroy", 处罚 "punish / penalise", 指定 "designate", 解释 "interpret").
# Only acts that are done by one party to another's matter: no act every party may do (provide, keep, report).
ACTS = [
    (r"supervis\w*|overs(?:ee|ees|aw|een|eeing)|oversight", ("监督",), "supervise"),
    (r"inspect\w*", ("检查",), "inspect"),
    (r"investigat\w*", ("调查",), "investigate"),
    (r"approv\w*", ("批准", "核准", "审批"), "approve"),
    (r"(?:lay|lays|laid|laying) down|prescrib\w*|stipulat\w*", ("规定",), "lay down"),
    (r"formulat\w*|(?:draw|draws|drew|drawn|drawing) up", ("制定",), "formulate"),
    (r"liquidat\w*", ("清算",), "liquidate"),
    (r"destroy\w*", ("销毁",), "destroy"),
    (r"punish\w*|penalis\w*|penaliz\w*", ("处罚",), "punish"),
    (r"designat\w*", ("指定",), "designate"),
    (r"interpret\w*", ("解释",), "interpret"),
    # the sanctions and acts of office the statutes hand to one body (由X责令改正，给予警告，没收违法所得，并处…罚款; 审查,
    # 审计, 核验, 监测, 决定, 公布, 签发, 吊销 / 撤销, 注销: "review / examine", "audit", "verify", "monitor", "decide",
    # "publish / announce", "issue", "revoke", "cancel" in the official translations)
    (r"order\w*(?= (?:\w+ ){0,4}?to (?:rectify|correct|stop|suspend))", ("责令",), "order"),
    (r"fined|fines?(?= (?:of|up|not))|impos\w* (?:a |the )?fines?", ("罚款",), "fine"),
    (r"confiscat\w*", ("没收",), "confiscate"),
    (r"warn(?:s|ed|ing)?(?! (?:\w+ ){0,2}(?:consumers?|users?|customers?|individuals?|the public))", ("警告",), "warn"),
    (r"review\w*|examin\w*", ("审查", "审核"), "review"),
    (r"audit\w*", ("审计",), "audit"),
    (r"verif\w*", ("核验", "核实", "核查"), "verify"),
    (r"monitor\w*", ("监测",), "monitor"),
    (r"decid\w*|decision", ("决定",), "decide"),
    (r"publish\w*|announc\w*", ("公布", "公告", "发布"), "publish"),
    (r"issu(?:e|es|ed|ing)", ("签发", "颁发", "核发"), "issue"),
    (r"revok\w*|revocation", ("吊销", "撤销"), "revoke"),
    (r"cancel\w*", ("注销",), "cancel"),
]
_ACTS_RE = [(re.compile(rf"\b(?:{stems})\b", re.I), words, name) for stems, words, name in ACTS]

# An English claim's party before its act: "X (itself) (shall / must / may / has to / is responsible for) (also) VERB";
# the passive's agent: "VERB-ed (up to four words) by X"; "under the supervision of X"; the cleft "it is X that / who"
_BEFORE_ACT_EN = re.compile(r"^\s*(?:,[^,.;]{1,60},\s*)?(?:itself|themselves|alone|also|then|directly|only)?\s*"
                            r"(?:(?:shall|must|may|can|will|should|has to|have to|is required to|are required to|"
                            r"is responsible for|are responsible for|is in charge of|are in charge of|"
                            r"(?:has|have) the (?:power|right|authority|duty) to|(?:is|are) (?:empowered|entitled|"
                            r"authori[sz]ed|competent) to)\s*)?(?:,[^,.;]{1,60},\s*)?"
                            r"(?:(?:also|then|directly|only|itself|further|jointly)\s+)?"
                            # the act named by its noun after a light verb: "carries out on-site inspections", "conducts
                            # the investigation", "is in charge of the supervision"
                            r"(?:(?:carr(?:y|ies|ied|ying) out|conduct(?:s|ed|ing)?|perform(?:s|ed|ing)?|"
                            r"undertak(?:e|es|ing)|exercis(?:e|es|ing))\s+(?:the |an |a |any |all |its |their )?"
                            r"(?:[\w-]+\s+){0,2}?)?$", re.I)
# the approval named by whose it is: "with the approval of X", "subject to X's approval"
_APPROVAL_OF_EN = re.compile(r"\b(?:approval|authori[sz]ation)\s+(?:of|from|by)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?$", re.I)
# (a party's modifiers between: "by the local people's government", "of the competent market regulator")
_MODIFIERS_EN = r"(?:the\s+|a\s+|an\s+)?(?:(?!(?:or|and|nor)\s)[\w’'-]+\s+){0,3}?"
_AGENT_AFTER_EN = re.compile(rf"^\s*(?:\w+\s+){{0,4}}?by\s+{_MODIFIERS_EN}$", re.I)
_UNDER_SUPERVISION_EN = re.compile(rf"\bunder the (?:supervision|oversight) of\s+{_MODIFIERS_EN}$", re.I)
_CLEFT_EN = re.compile(r"\bit is\s+(?:the\s+)?$", re.I)
# a party named after these is an object or a possessor, never the doer of what follows it
_OBJECT_BEFORE_EN = re.compile(r"\b(?:to|from|with|of|for|against|about|than|between|among|on|in|into|at|under|"
                               r"whether|inform|notify|ask|asks|require|requires)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$",
                               re.I)


def _mentions_en(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lexicon name) of each party an English text names, the longest at any place."""
    found = sorted(((m.start(), m.end(), name) for pattern, name in ACTORS_EN_RE for m in pattern.finditer(text)),
                   key=lambda x: (x[0], -x[1]))
    kept: list[tuple[int, int, str]] = []
    for start, end, name in found:
        if not any(start < e and end > s for s, e, _ in kept):
            kept.append((start, end, name))
    return kept


def claimed_doers(claim: str) -> list[tuple[str, str]]:
    """(party, act) pairs an English claim states: who it says supervises, approves, lays down … (see the module doc)."""
    text = normalised(claim)
    pairs: list[tuple[str, str]] = []
    mentions = _mentions_en(text)
    for pattern, _, act in _ACTS_RE:
        for m in pattern.finditer(text):
            for start, end, name in mentions:
                before, between = text[:start], text[end : m.start()] if end <= m.start() else ""
                if end <= m.start() and _BEFORE_ACT_EN.match(between) and not _OBJECT_BEFORE_EN.search(before) \
                        and not re.search(r"\bby\s+(?:the\s+)?$", before, re.I):
                    pairs.append((name, act))  # the subject right before its act
                elif end <= m.start() and _CLEFT_EN.search(before) and re.match(r"^\s*(?:that|who|which)\s+(?:\w+\s+){0,2}$",
                                                                                between, re.I):
                    pairs.append((name, act))  # it is X that supervises
                elif act == "approve" and (start >= m.end() and _APPROVAL_OF_EN.search(text[: start])
                                           and m.end() >= len(text[:start].rstrip()) - 30
                                           or m.start() >= end and re.match(r"^['’]s?\s+(?:prior\s+)?$", text[end : m.start()])):
                    pairs.append((name, act))  # the approval of X, X's approval
                elif start >= m.end() and (_AGENT_AFTER_EN.match(text[m.end() : start])
                                           or act == "supervise" and _UNDER_SUPERVISION_EN.search(text[: start])
                                           and m.end() >= len(text[:start].rstrip()) - 30):
                    pairs.append((name, act))  # done by X / under the supervision of X
    return list(dict.fromkeys(pairs))


# 由 + the body + the first sanction it imposes (the penalty clauses' drafting: 由有关主管部门责令改正, 由公安机关依照…处罚)
_SANCTIONING_BODY_ZH = re.compile(r"由([^，,。；;由]{2,30}?)(?:依法|依照[^，,。；;]{0,30}?)?(?:责令|给予|没收|处|吊销|撤销|予以)")


# what makes an act word the modifier of a noun (监督管理信息系统, 检查工作, 审查制度: general usage)
_NOMINAL_AFTER_ACT_ZH = re.compile(r"(?:管理|检查|检测|审核|协调|评估){0,2}(?:信息系统|系统|制度|机制|职责|职权|工作|体系|规则|办法|程序|部门|"
                                   r"机构|机关|人员|报告|意见|结果)")


# 的 and a noun after an act word: the act is a modifier of that noun (核准的任职资格, 批准的用途), not the case clause
# …批准的，
_MODIFIER_AFTER_ACT_ZH = re.compile(r"的[\u4e00-\u9fff]")


# adverbs between a doer and its act (依法监督, 统一规定, 另行规定, 负责审查: general usage)
_ADVERBS_BEFORE_ACT_ZH = re.compile(r"(?:依法|统一|另行|负责|共同|分别|具体|可以|应当|有权)+$")


def _party_right_before(before: str) -> list[str]:
    """The lexicon party whose name ends right before an act (after its adverbs), if any."""
    head = _ADVERBS_BEFORE_ACT_ZH.sub("", before)
    for word, name in ACTORS_ZH_LONGEST_FIRST:
        if head.endswith(word):
            return [name]
    return []


def _parties_named(phrase: str) -> list[str]:
    """The lexicon parties a short Chinese phrase names (由X / 在X的 / 经X: a noun phrase), longest names first, in order of
    place: a plain scan, as the phrase is the party's name and holds no object or attribute to tell apart (actors_in,
    which does, costs milliseconds a call). A party's name followed by 法 names a law (中国人民银行法); in a compound
    the last party is its head (国务院征信业监督管理部门 is the regulator, not the State Council); after 的 the head noun
    is the party (商业银行的股东会 is a shareholders' meeting, not the bank)."""
    rest = phrase[phrase.rindex("的") + 1 :] if "的" in phrase else phrase
    found = []
    for word, name in ACTORS_ZH_LONGEST_FIRST:
        for m in re.finditer(re.escape(word), rest):
            if not _LAW_NAME_AFTER_ZH.match(rest, m.end()):
                found.append((m.start(), m.end(), name))
        rest = rest.replace(word, "□" * len(word))
    found.sort()
    # (a party right before another, a compound's modifier, is not named on its own; 和 / 、 / 或 join two parties)
    return [name for i, (_, end, name) in enumerate(found)
            if i + 1 == len(found) or found[i + 1][0] - end > _COMPOUND_GAP
            or re.search(r"[和、或及与，,]", rest[end : found[i + 1][0]])]


# 法 after a party's name makes it a law's (中国人民银行法); 法定 / 法人 / 法律 / 法院 are other words
_LAW_NAME_AFTER_ZH = re.compile(r"法(?![定人律院务])")
# at most this many characters join two nouns of one compound name (国务院 + 征信业监督管理部门; 国务院 + 有关 + 部门)
_COMPOUND_GAP = 3


# what may stand before a sub-clause's subject: the article's label, a determiner (有关 / 各 / 该 / 其)
_BEFORE_SUBJECT_ZH = re.compile(rf"^\s*(?:{CN_ARTICLE_LABEL}\s*)?(?:有关|相关|各级|各|该|其)?")


def _party_opening(part: str) -> list[str]:
    """The lexicon party a Chinese sub-clause opens with (its subject when it states the act with no modal verb)."""
    head = _BEFORE_SUBJECT_ZH.sub("", part)
    return next(([name] for word, name in ACTORS_ZH_LONGEST_FIRST
                 if head.startswith(word) and not _LAW_NAME_AFTER_ZH.match(head, len(word))), [])


@lru_cache(maxsize=256)
def _masked_zh(text: str) -> str:
    """The text with the lexicon's party names blanked (same length), so an act word inside a party's name is no act."""
    for word, _ in ACTORS_ZH_LONGEST_FIRST:
        text = text.replace(word, "□" * len(word))
    # (the statutes' regulators named by their field: 市场监督管理部门, 银行业监督管理机构)
    return re.sub(r"(?:监督管理|主管|管理)(?=部门|机构|机关)", lambda m: "□" * len(m.group(0)), text)


def _doers_zh(word: str, clause: str) -> list[list[str]] | None:
    """For each place the Chinese article names the act `word`, the parties that do it there; None when it names none."""
    if word not in clause:
        return None  # (the act words are CJK, which normalising leaves alone: the cheap test first)
    return [list(doers) for doers in _doers_zh_of(word, clause)] or None


@lru_cache(maxsize=1024)
def _doers_zh_of(word: str, clause: str) -> tuple[tuple[str, ...], ...]:
    text = normalised(clause)
    masked = _masked_zh(text)
    places = [m.start() for m in re.finditer(re.escape(word), masked)]
    out = []
    for at in places:
        start = max(text.rfind(c, 0, at) for c in "。；;\n") + 1
        end = min([i for i in (text.find(c, at) for c in "。；;\n") if i >= 0] or [len(text)])
        sentence, local = text[start:end], at - start
        sub_start = max(sentence.rfind(c, 0, local) for c in "，,") + 1
        before = sentence[sub_start:local]
        handed = re.search(r"由([^，,由]{2,30})$", before) \
            or re.search(r"(?:在|接受|经)([^，,在经]{2,30}?)(?:依法)?(?:进行|开展|组织)?的?$", before)
        adjacent = _party_right_before(before)
        if _NOMINAL_AFTER_ACT_ZH.match(sentence, local + len(word)):
            # the act word as a noun's modifier (监督管理信息系统, 检查检测工作, 审查制度): no act done here, unless 由 hands it
            if handed and before.rfind("由") >= 0:
                out.append(_parties_named(handed.group(1)))
            continue
        if adjacent:
            out.append(adjacent)  # X规定, 按照X规定的, X依法监督: the party right before the act does it
        elif re.search(r"(?:经|被|获|须经|报经|未经)$", before):
            out.append([])  # 经批准, 被处罚: done by someone the place does not name
        elif handed:
            out.append(_parties_named(handed.group(1)))
        elif _MODIFIER_AFTER_ACT_ZH.match(sentence, local + len(word)) and re.search(r"[\u4e00-\u9fff]$", before):
            # 拿到监管核准的任职资格: the act in a 的-modifier of a noun is done by the word right before it (here no party
            # of the lexicon), not by the sentence's duty holder, who only gets what was approved (general usage)
            out.append([])
        else:
            # the holders of the modal verbs up to the act (an elided subject goes on with the sub-clause before), or
            # the party its own sub-clause opens with (an act stated without a modal verb); never a party of a later
            # sub-clause (有关部门依法开展检查，金融机构应当予以配合: the institutions cooperate, they do not inspect)
            doers = _duty_holders(sentence[: local + len(word)]) or _party_opening(sentence[sub_start:])
            if not doers and not _parties_named(before):
                # a sanction in a chain of them goes on with the body 由 names before it (由X责令改正，给予警告，…并处…罚款:
                # the penalty clauses' drafting), when its own sub-clause names nobody
                chained = list(_SANCTIONING_BODY_ZH.finditer(sentence[:sub_start]))
                doers = _parties_named(chained[-1].group(1)) if chained else []
            out.append(doers)
    return tuple(tuple(doers) for doers in out)


def _doers_en(pattern: re.Pattern, clause: str) -> list[list[str]] | None:
    """For each sentence of an English article naming the act, its doers: the agent after "by", else its duty holders."""
    text = normalised(clause)
    out = []
    for sentence in re.split(r"(?<=[.;:])\s+|\n+", text):
        m = pattern.search(sentence)
        if not m:
            continue
        agent = re.match(r"^\s*(?:\w+\s+){0,4}?by\s+(?:the\s+)?([\w’' -]{3,60})", sentence[m.end():], re.I)
        # (every party of the agent phrase: "by the controller or the processor", up to what it does it for)
        agents = re.split(r"\b(?:for|to|in|on|with|where|when|if|unless|because)\b", agent.group(1))[0] if agent else ""
        out.append(actors_in(agents, subjects_only=False) if agent else _duty_holders(sentence))
    return out or None


def _claimed_doers_zh(claim: str) -> list[tuple[str, str]]:
    """(party, act) pairs a Chinese claim states, read as the article is (_doers_zh): 由X监督, 在X的监督下, X应当审查 …"""
    pairs = []
    for _, words, act in _ACTS_RE:
        for word in words:
            for doers in _doers_zh(word, claim) or []:
                pairs += [(d, act) for d in doers]
    return list(dict.fromkeys(pairs))


def other_doer_of_act(claim: str, clause_text: str) -> Finding | None:
    """A finding when a claim has a named party do an act that every place of the article naming it gives to other
    named parties, none of whom the claim's party may be (an English claim on either law; a Chinese one on a Chinese
    law)."""
    chinese = is_chinese(clause_text)
    if is_chinese(claim) and not chinese:
        return None
    for party, act in (_claimed_doers_zh(claim) if is_chinese(claim) else claimed_doers(claim)):
        if not (specific(party) or party == "state"):
            continue  # (a generic authority or body agrees with any named one)
        pattern, words = next((p, w) for p, w, name in _ACTS_RE if name == act)
        places = [d for word in words for d in (_doers_zh(word, clause_text) or [])] if chinese \
            else _doers_en(pattern, clause_text) or []
        named = [[d for d in doers if d != "anyone"] for doers in places]
        if not named or any(not doers or any(not specific(d) and d != "state" for d in doers) for doers in named):
            continue  # a place with no doer named, or a generic one: it may be the claim's party
        if any(roles_compatible(party, d) for doers in named for d in doers):
            continue
        theirs = named[0][0]
        return Finding("actor", f"the clause has {ACTOR_LABEL.get(theirs, theirs)} {act}, the claim "
                                f"{ACTOR_LABEL.get(party, party)}")
    return None
