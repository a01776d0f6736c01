"""The party one sub-clause names as its subject or agent (pure): the actor a Chinese sub-clause opens with or the head
noun of its relative clause, the party 由 hands an act to, an English subject noun phrase (coordinated, with a
relative clause, a list), the doer of a sentence without a modal verb, and a demonstrative's referent.
"""

from __future__ import annotations

import re

from ...lexis.parties import (ACTORS_EN_RE, ACTORS_ZH, ACTORS_ZH_LONGEST_FIRST, ANYONE_EN, ANYONE_ZH,
                              ATTRIBUTE_ZH, actors_in, its_staff_at, object_at_en, opens_with_staff)
from ...text.articles import CN_ARTICLE_LABEL
from ...text.numerals import ENUM_NUMBER
from ...language import is_chinese
from .described_subjects import described_subject_en, described_subject_zh

_AGENT_OPENING_ZH = re.compile(r"^\s*(?:仍然?|仍|另行|统一|分别|依法|只能|均)?由")


def _agent_opening(rest: str) -> str | None:
    """The party 由 names right after a modal verb, whatever adverbial stands between it and the verb: 该同意应当由个人在
    充分知情的前提下自愿、明确作出 (个人信息保护法第十四条) is the individual's act. The party word must follow 由 at once
    (由个人, not 由于) and not be a thing of its own (由个人信息…)."""
    m = _AGENT_OPENING_ZH.match(rest)
    if not m:
        return None
    after = rest[m.end():]
    # (with what it handles before it: 由重要数据的处理者…明确, 数据安全法第二十七条)
    after = after[re.match(r"(?:[\u4e00-\u9fff]{1,8}的)?", after).end():] if not any(
        after.startswith(word) for word, _ in ACTORS_ZH_LONGEST_FIRST) else after
    for word, name in ACTORS_ZH_LONGEST_FIRST:
        if after.startswith(word) and after[len(word): len(word) + 2] not in ATTRIBUTE_ZH:
            return name
    return None


# The last items of a list in an English subject, right before the modal verb: "offices or agencies or persons acting on
# their behalf" (a few words, then "or" / "and")
_LIST_TAIL_EN = re.compile(r"^\s*(?:[A-Za-z'’-]+\s+){1,3}(?:or|and)\s", re.I)
_LIST_ITEM_MAX_WORDS = 3


def _list_subject_en(earlier: list[str]) -> list[str]:
    """The parties the subject a list continues opens with: the nearest part before the list's short items."""
    for text in reversed(earlier):
        if len(text.split()) > _LIST_ITEM_MAX_WORDS:
            return _english_subjects(text)[:1]
    return []


# 该部门 / 该机构 / 上述机关: a demonstrative and the head noun of a party named before
_DEMONSTRATIVE_ZH = re.compile(r"^\s*(?:该|此|上述|前述)([\u4e00-\u9fff]{1,4})\s*$")


def _referent(head: str, earlier: list[str]) -> list[str]:
    """The party a demonstrative subject (该部门) stands for: the nearest one named before whose name ends in its noun."""
    m = _DEMONSTRATIVE_ZH.match(head)
    if not m:
        return []
    for text in reversed(earlier):
        for word, name in ACTORS_ZH_LONGEST_FIRST:
            if word.endswith(m.group(1)) and word in text:
                return [name]
    return []


def _doer_named(part: str, doer: re.Match) -> list[str]:
    """The party `_DOER_ZH` found after 由: the whole party name when one starts there and runs past the verb the pattern
    stopped at (由国务院银行业监督管理机构责令改正, 银行业监督管理法第四十六条: 监督 is part of the regulator's name, and
    国务院银行业 alone would read as a bank)."""
    at = doer.start(1)
    for word, name in ACTORS_ZH_LONGEST_FIRST:
        if part.startswith(word, at) and at + len(word) > doer.end(1):
            return [name]
    for word, name in ACTORS_ZH_LONGEST_FIRST:
        # a name the pattern cut at a verb inside it: 由国务院征信业监督管理部门 stops at 监督, so the head 征信业监督管理部门
        # runs past the cut (国务院 before it only says whose department it is)
        # (only right after 由 or 由国务院: in 由中国人民银行会同国务院银行业监督管理机构制定 the doer is the first body)
        inside = part.find(word, at, doer.end(1) + len(word))
        if part[at:inside] in ("", "国务院") and inside < doer.end(1) < inside + len(word):
            return [name]
    return actors_in(doer.group(1), subjects_only=False)[:1]


# 由X(自行)承担 / 负责 / 履行 / 制定 …: the verbs of doing or bearing that 由 hands to its agent (as _AGENT_ZH after a modal)
# (after a time or occasion, 由国务院信息产业主管部门在…九十日前通知, and with the acts the laws hand to a named body:
# 通知有关各方, 电子签名法第二十三条; 公布 / 审查 / 批准 …)
# the sanctions of the penalty clauses, which name the body that imposes them with 由 (由国务院银行业监督管理机构责令改正
# …处…罚款, 商业银行法第七十四条; 予以取缔, 银行业监督管理法第四十四条; 给予处分 / 没收 / 吊销): 处 only as the fine it
# imposes (处…罚款), never 处理 / 处置 / 处分
_SANCTION = r"责令|给予|没收|吊销|予以|处(?![理置分])(?=[^，,。；;]{0,30}?罚)"
# (what may stand between the body and its sanction: its local offices, 依法 / 依照…)
_SANCTION_ZH = re.compile(r"(?:或者?其[\u4e00-\u9fff]{0,12}?派出机构)?(?:依法|依照[^，,。；;]{0,30}?)?(?:" + _SANCTION + ")")
_DOER_ZH = re.compile(r"由((?:(?!由)[\u4e00-\u9fff、]){2,20}?)"
                      # (with its local offices: 或者其设区的市级以上派出机构, 反洗钱法第五十三条; 或者其派出机构, 征信业管理条例)
                      r"(?:或者?其[\u4e00-\u9fff]{0,12}?派出机构)?(?:在[^，,。；;]{1,24}?(?:以前|以后|之前|之后|前|后|内|时|中))?"
                      r"(?:自行|依法|另行|统一|分别|共同|负责)?"
                      r"(?:承担|负责|履行|制定|实施|采取|办理|作出|决定|提供|报告|保障|通知|告知|公布|公告|发布|审查|批准|核准|"
                      r"组织|监督|检查|评估|处置|保存|备案|认定|建立|"
                      # (the court's declaration and an authority's issuing, 由人民法院依法宣告其破产, 商业银行法第七十一条;
                      # 由…颁发经营许可证, 商业银行法第十六条; 由中国人民银行向金融机构发放, 中国人民银行法: acts only the named body does)
                      r"宣告|颁发|发放|" + _SANCTION + "|"
                      # 由国务院规定 / 由…确定 (中国人民银行法第十二条): who lays the rules down; not 由…规定的 (a thing so laid down)
                      r"规定(?!的)|确定(?!的))")
_DOES_EN = re.compile(r"^\W*(?:(?:the|a|an|each|every|its|their|national|competent|relevant)\s+)*([\w' -]{2,60}?)\s+"
                      r"(?:also\s+|then\s+|itself\s+|alone\s+|directly\s+)?(?!(?:is|was|has|does|applies)\b)"
                      r"(?!(?:rights|obligations|duties|requests|records|decisions|measures|interests|tasks|"
                      r"powers|activities|operations|representatives|accounts|funds)\b)([a-z]{3,}(?<!s)s)\b(?!\s+of\b)",
                      re.I)
_DONE_BY_EN = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ld|id|ne)\s+by\s+(?:the |a |an |each |its |"
                         r"their |national )*([\w' -]{3,60}?)(?=\s*(?:,|;|\.|$|\bwhich\b|\bwho\b|\band\b|\bor\b|\bin\b|"
                         r"\bon\b|\bfor\b|\bat\b))", re.I)


def _doer_en(part: str) -> list[str]:
    """The party an English sub-clause without a modal verb says does the act: its subject, when the whole subject names
    a party ("the Commission invites …"), or the agent of a passive ("are adopted by the supervisory authorities")."""
    if is_chinese(part):
        return []
    done = _DONE_BY_EN.search(part)
    if done:
        return actors_in(done.group(1), subjects_only=False)[:1]
    does = _DOES_EN.match(part)
    if does and any(p.fullmatch(does.group(1).strip()) for p, _ in ACTORS_EN_RE):
        return actors_in(does.group(1))[:1]
    return _headed_by_party(does.group(1).strip()) if does else []


# Words that end a noun phrase's modifiers: a relative clause, a preposition or a conjunction before the party word means
# the party is not the head of the subject ("the bank that the regulator supervises", "data of the customer")
_NOT_A_MODIFIER_EN = re.compile(r"\b(?:that|which|who|whom|whose|of|to|for|with|by|in|on|at|from|and|or|not|no|than|"
                                r"under|as|if|when|where|once|after|before)\b", re.I)
# how many words may qualify the party's head noun ("the credit reporting regulator", "the local market regulator")
_MODIFIER_WORDS_EN = 3


def _headed_by_party(subject: str) -> list[str]:
    """The party an English subject names by its head noun behind a few modifiers: "the credit reporting regulator
    checks …" is the regulator's act as "the regulator checks …" is (an English noun phrase's head comes last; the words
    before it only say which one). Not when a relative clause or a preposition stands between (the head is then
    another noun), nor a party's thing ("customer records": the attribute words end no party pattern)."""
    # (the longest party name that ends the subject: "banking regulator" before "regulator")
    heads = [m for pattern, _ in ACTORS_EN_RE for m in pattern.finditer(subject) if not subject[m.end():].strip()]
    if not heads:
        return []
    head = min(heads, key=lambda m: m.start())
    before = subject[: head.start()]
    if head.start() == 0 or len(before.split()) > _MODIFIER_WORDS_EN or _NOT_A_MODIFIER_EN.search(before) \
            or actors_in(before, subjects_only=False):
        return []
    return actors_in(head.group(0))[:1]


# "The data subject shall have the right to obtain … and the controller shall have the obligation to erase …" (GDPR
# Art. 17(1)): a second main clause joined by "and / but / while / whereas" (or a semicolon) has its own subject
_COORDINATOR_EN = re.compile(r"(?:\b(?:and|but|or|while|whereas)\b|;)\s*$", re.I)


def _coordinated_pairs(part: str, modals: list[tuple[int, str]]) -> list[tuple[str, str]]:
    """(duty holder, class) of the modal verbs after the first in one English sub-clause, each with a subject of its own
    right before it ("… and the controller shall …"); a modal verb without one shares the first subject (not
    counted)."""
    if is_chinese(part):
        return []
    found = []
    for (before, _), (at, cls) in zip(modals, modals[1:]):
        head = part[before:at]
        actor = [m for p, _ in ACTORS_EN_RE for m in p.finditer(head) if not head[m.end() :].strip()]
        if not actor:
            continue
        opener = head[: actor[0].start()]
        opener = re.sub(r"(?:\b(?:the|a|an|each|every|any|that|this|its|their)\s+)+$", "", opener, flags=re.I)
        if _COORDINATOR_EN.search(opener):
            found += [(a, cls) for a in actors_in(actor[0].group(0))]
    return found


_EN_LEAD = re.compile(r"^\W*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:(?:and|or|but|then|also|however|each|every|any|all|no|the|a|"
                      r"an|such|that|this|these|those|its|their|both|other|relevant|competent|joint|single|initial|"
                      r"another|new|first|second)\s+){0,3}", re.I)


def _english_subjects(head: str) -> list[str]:
    """The actors an English clause's subject names: the noun phrase it opens with ("A processor that becomes aware
    of a breach must …", "The controller and the processor shall …") or the one right before the modal verb ("In
    such a case the controller shall …"); not a noun inside it ("the ratio of loans to a single borrower must …")."""
    # a postpositive adjective after the subject's noun ("the individuals affected must …", "the customer concerned
    # may …"): general English grammar (an adjective that follows its noun); the noun before it ends the subject
    head = _POSTPOSITIVE_EN.sub(" ", head)
    actors = actors_in(head)
    if not actors:
        # the party inside a relative clause on an unnamed head is its object ("people who work at a bank"): the head's
        # own reading (described_subjects.py) says who it is
        start = _EN_LEAD.match(head).end()
        described = described_subject_en(head[start:]) if actors_in(head, subjects_only=False) else None
        return described or []
    lead = _EN_LEAD.match(head).end()
    opens = any(p.match(head, lead) for p, _ in ACTORS_EN_RE) or ANYONE_EN.match(head.strip())
    described = None if opens else described_subject_en(head[lead:])
    if described is not None:
        # (a head noun the lexicon does not name, with a relative clause naming a party: "people who work at a bank")
        return described
    last = [m for p, _ in ACTORS_EN_RE for m in p.finditer(head) if not head[m.end() :].strip()]
    if opens:
        # not the parties of a relative clause on the subject: "An authorised representative who has reason to consider
        # that the provider is acting contrary to its obligations shall …" (AI Act Art. 22(4)) binds the representative
        relative = _RELATIVE_EN.search(head, lead)
        return (actors_in(head[: relative.start()]) or actors) if relative else actors
    relative = _RELATIVE_EN.search(head, lead)
    if relative and actors_in(head[: relative.start()]):
        # the subject a relative clause follows, with words before its party word ("A commercial bank or its staff who
        # disagree with a penalty imposed by the banking regulator … can …", 商业银行法第九十条): the parties inside the
        # relative clause are its objects
        return actors_in(head[: relative.start()])
    if not last or _GERUND_BEFORE_EN.match(head[lead : last[0].start()]):
        # (a party after the gerund the subject opens with is its object: "designating a DPO is voluntary")
        return []
    if object_at_en(head, last[0].start()):
        # the party right before the modal verb ends a prepositional phrase on the subject ("entities and individuals
        # with a business relationship with a bank must cooperate", 反洗钱法第三十八条 与金融机构存在业务关系的单位和个人
        # 应当配合): it is the object, and the subject is the parties before it that are no objects themselves
        return actors_in(head[: last[0].start()])
    found = actors_in(last[0].group(0))
    # a coordinated subject right before the modal verb ("In such a case the controller and the processor shall …")
    # binds both parties
    before = _COORDINATED_BEFORE_EN.search(head[: last[0].start()])
    if before:
        found = [a for a in actors_in(before.group(1)) if a not in found] + found
    return found


# the postpositive adjectives of ordinary English that follow a person's noun (concerned, affected, involved, in question)
# at the end of a subject
_POSTPOSITIVE_EN = re.compile(r"(?<=[a-z])\s+(?:concerned|affected|involved|in\s+question)(?=\s*$)", re.I)


# a subject that is a gerund and its object ("Designating a DPO …", "appointing the processor …"): general English usage;
# an article after it (not "existing providers", "the following bodies", whose -ing word is an adjective)
_GERUND_BEFORE_EN = re.compile(r"^\s*[a-z]{2,}ing\s+(?:a|an|the|its|their|such|one)\s+$", re.I)


# "<actor> and (the) …" / "<actor> or (the) …" ending where the last actor of a subject begins
_COORDINATED_BEFORE_EN = re.compile(r"((?:\b[\w'-]+\s+){0,3}[\w'-]+)\s+(?:and|or|and/or)\s+(?:the\s+|a\s+|an\s+|"
                                    r"its\s+)?$",
                                    re.I)


_RELATIVE_EN = re.compile(r"\b(?:who|which|whose|whom|that)\b", re.I)


def _opening_actor(part: str) -> list[str]:
    """The actor a Chinese sub-clause opens with (its subject), if any: 金融机构按照规定的程序 → institution;
    not 确认借款人资信良好 (the borrower is what is confirmed)."""
    body = _OPENING_NOISE.sub("", part)
    actors = actors_in(body)
    if not actors:
        return []
    if ANYONE_ZH.match(body):
        return actors[:1]
    # the subject opens the sub-clause, alone or coordinated with another party (单位和个人对…有异议的); a verb before
    # it makes it an object (涉及客户基本的金融服务的: 涉及 is not "涉 and")
    if actors[0] == "staff":
        # the staff a relative clause describes (银行业监督管理机构从事监督管理工作的人员有下列情形之一的) or a party's staff
        # (银行业监督管理机构工作人员，应当…, 银行业监督管理法第十条): the phrase opens the sub-clause when no verb or
        # preposition stands before its first party
        return ["staff"] if opens_with_staff(body) or re.match(_PARTY_ZH, body) else []
    words = [w for w, name in ACTORS_ZH if name == actors[0]]
    # (or with a short attribute before it: 重要数据的处理者因合并…的, 网络数据安全管理条例第三十二条)
    if any(re.match(rf"(?:{_PARTY_ZH}(?:和|、|或者|及|以及)|[\u4e00-\u9fff]{{2,8}}的)?" + re.escape(w), body) for w in words):
        # all the parties of a coordinated subject: 征信机构或者信息提供者、信息使用者采用格式合同条款…的 (征信业管理条例第十九条)
        run = re.match(rf"{_PARTY_ZH}(?:(?:和|、|或者|及|以及|或){_PARTY_ZH})*", body)
        together = actors_in(run.group(0)) if run else []
        if run and its_staff_at(body, run.end()):
            together.append("staff")  # 有关主管部门及其工作人员 (网络数据安全管理条例第五十三条): the staff hold it too
        return list(dict.fromkeys(together)) if actors[0] in together else actors[:1]
    # or it is the head noun a relative clause ends with: 接受委托处理个人信息的受托人，应当… (个人信息保护法第五十九条)
    return actors_in(body[body.rindex("的") + 1 :])[:1] if "的" in body and _ends_with_actor(body) else []


def _agent_or_opening(part: str) -> list[str]:
    """Who acts in a Chinese sub-clause: the body 由 hands a sanction to (由X责令改正), else the actor it opens with."""
    doer = _DOER_ZH.search(part)
    sanction = doer and _SANCTION_ZH.match(part, doer.end(1)) is not None
    return (_doer_named(part, doer) if sanction else []) or _opening_actor(part)


def _ends_with_actor(text: str) -> bool:
    return any(text.endswith(word) for word, _ in ACTORS_ZH)


def _chinese_subjects(head: str) -> list[str]:
    """The actors a Chinese sub-clause's subject names, before its modal verb. A subject with a relative clause
    (处理个人信息达到国家网信部门规定数量的个人信息处理者应当…, 个人信息保护法第五十二条) is its head noun, after the last 的;
    the nouns inside the relative clause are not duty holders."""
    described = described_subject_zh(head)
    if described is not None:
        # (a plain person noun described as working at a party: "在商业银行上班的人", described_subjects.py)
        return described
    before = _before_preposition(head)
    if before is not None:
        return before
    if "的" in head:
        tail = head[head.rindex("的") + 1 :]
        own = actors_in(tail)
        if own:
            return own
    return actors_in(head)


# A prepositional phrase between the subject and the modal verb (S 对 / 对于 / 向 / 就 O 应当 V: general Chinese grammar, the
# preposition's object is no subject): 经营者及其工作人员对收集的消费者个人信息必须严格保密 (消费者权益保护法第二十九条) has the
# operator and its staff for subject, not the 消费者 of 消费者个人信息 the 的-tail reading took.
_PREPOSITION_ZH = re.compile(r"(?:对于|对|向|就)")


def _before_preposition(head: str) -> list[str] | None:
    """The actors of the subject a Chinese head names before a prepositional phrase, when it opens with one; None when
    the head has no party before its first preposition."""
    for m in _PREPOSITION_ZH.finditer(head):
        if m.start() == 0:
            return None
        subject = head[: m.start()]
        if "，" in subject or "," in subject:
            return None  # an earlier sub-clause before it: read as before
        # (a subject with a relative clause is its head noun, after its last 的: 参与…监督检查的相关机构和人员对…应当依法予以
        # 保密, 互联网信息服务算法推荐管理规定第二十九条)
        # (a party's staff, 经营者的工作人员, is read whole: the staff of the party)
        whole, subject = subject, subject[subject.rindex("的") + 1 :] if "的" in subject else subject
        actors = actors_in(subject) or (actors_in(whole) if re.search(r"(?:工作)?人员$", subject) else [])
        if actors and (_ends_with_actor(subject) or re.search(r"(?:工作)?人员$", subject)):
            return actors
        return None
    return None


# Nouns for parties that may be coordinated before an actor: 单位和个人, 组织、个人 (反洗钱法第三十八条, 数据安全法第三十二条)
_PARTY_ZH = "(?:" + "|".join(["单位", "组织", "机构"] + [re.escape(w) for w, _ in ACTORS_ZH]) + ")"
_OPENING_NOISE = re.compile(rf"^[\s(（]*(?:{CN_ARTICLE_LABEL}\s*)?(?:(?:{ENUM_NUMBER}|\d+)[)）.、]\s*)?"
                            r"(?:前款规定的|上述|相关|有关)?其?")  # 其近亲属 (its/their): a determiner
