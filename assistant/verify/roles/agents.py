"""Who does it by 由 X in Chinese (pure): another party setting or doing what the sentence has X do (other_agent), a body
the article nowhere names doing an act it holds (stray_doer).
"""

from __future__ import annotations

import re

from ...text.articles import CN_ARTICLE_LABEL
from ...language import is_chinese
from ..modality import Finding, normalised
from .phrases import _DETERMINER_ZH, _words, same_party

# 收费标准由国务院价格主管部门规定 (征信业管理条例第三十一条): 由 names who sets, decides or does what stands before it
# (and builds, runs, keeps or manages it: 金融信用信息基础数据库由专业运行机构建设、运行和维护, 征信业管理条例第二十七条)
_BY_VERBS_ZH = "规定|制定|决定|负责|批准|确定|承担|核准|建设|运行|维护|管理|保存|签发"
# (a party named by its head noun first, so a verb inside its name, 专业运行机构, does not cut it short)
_BY_AGENT_ZH = re.compile(rf"([\u4e00-\u9fff]{{2,12}})由([\u4e00-\u9fff、]{{1,28}}?(?:机构|部门|机关|委员会|银行|政府|法院)|"
                          rf"(?:(?!{_BY_VERBS_ZH})[\u4e00-\u9fff、]){{2,30}}?)"
                          # (自己 before the verb is everyday Chinese for the statutes' 自行: 由各家银行自己制定)
                          rf"(?:依法|另行|自行|自己|统一|分别|直接|具体)?({_BY_VERBS_ZH})")


# 由 X 根据…，分别会同 Y 制定 (商业银行法第五十条): X is the doer even when the act comes after an adverbial of its basis
# (根据 / 按照 / 依照 …) or the bodies it acts with
# (会同 / 联合 …, the words the statutes use for acting together); and after a comma (…工作程序，由国务院规定, 第十二条)
_BY_AGENT_LOOSE_ZH = re.compile(r"([\u4e00-\u9fff]{2,12})[，,]?由([\u4e00-\u9fff、]{2,30}?)(?:(?:根据|按照|依照|依据|会同|联合|分别|共同)"
                                r"[^。；;由]{0,40}?)?(?:依法|另行|自行|统一|分别)?(规定|制定|决定|负责|批准|确定|承担|核准)")


def _same_thing(mine: str, theirs: str) -> bool:
    """What is set or done by 由 X, in the claim and in the sentence: the same when their last four characters are, or
    when the shorter's words are the longer's (the claim says 收费项目和收费标准 where 商业银行法第五十条 says 收费项目和标准:
    a paraphrase spells out the noun the statute's coordination shares)."""
    return same_party(mine[-4:], theirs[-4:]) or same_party(mine, theirs)


def other_agent(claim: str, sentence: str) -> Finding | None:
    """A finding when the claim and the sentence say the same thing is set or done "由 X" (by X), with different Xs."""
    if not (is_chinese(claim) and is_chinese(sentence)):
        return None
    for mine in _BY_AGENT_ZH.finditer(normalised(claim)):
        for theirs in [*_BY_AGENT_ZH.finditer(normalised(sentence)), *_BY_AGENT_LOOSE_ZH.finditer(normalised(sentence))]:
            if mine.group(3) == theirs.group(3) and _same_thing(mine.group(1), theirs.group(1)) \
                    and not same_party(mine.group(2), theirs.group(2)):
                return Finding("actor", f"the clause has {theirs.group(1)[-4:]} {theirs.group(3)} "
                                        f"by {theirs.group(2)}, the claim by {mine.group(2)}")
    return None


# The party a Chinese sentence opens with, doing the verbs of its sub-clauses in the active voice (保护工作部门结合本行业…
# 实际，制定…认定规则，并报国务院公安部门备案, 关键信息基础设施安全保护条例第九条): a party word with its head noun (or 者)
_ACTIVE_SUBJECT_ZH = re.compile(rf"^\s*(?:{CN_ARTICLE_LABEL}\s*)?((?:(?![由向对与和及、，,])[\u4e00-\u9fff]){{2,16}}?"
                                r"(?:部门|机关|机构|委员会|政府|法院|银行|者))")
# How much of what the claim has set or done (the words before its 由) the sentence's object of the same verb must hold
ACTIVE_OBJECT_MATCH = 0.5


def other_active_doer(claim: str, sentence: str) -> Finding | None:
    """A finding when the claim has a thing set or done 由 X (认定规则由国务院公安部门统一制定) where the sentence has
    another party do that verb to that thing in the active voice, as its subject (保护工作部门…制定…认定规则，并报国务院公安
    部门备案): the claim gives the act to the wrong party, often the one the sentence names in another role."""
    if not (is_chinese(claim) and is_chinese(sentence)):
        return None
    text = normalised(sentence)
    subject = _ACTIVE_SUBJECT_ZH.match(text)
    if not subject:
        return None
    for mine in _BY_AGENT_ZH.finditer(normalised(claim)):
        verb = mine.group(3)
        at = text.find(verb, subject.end())
        if at < 0 or "由" in text[subject.end() : at] or same_party(mine.group(2), subject.group(1)):
            continue
        thing = _words(mine.group(1))
        done_to = _words(re.split(r"[，,。；;]", text[at:], maxsplit=1)[0])
        if thing and len(thing & done_to) / len(thing) >= ACTIVE_OBJECT_MATCH:
            return Finding("actor", f"the clause has {subject.group(1)} {verb} it, the claim {mine.group(2)}")
    return None


# A Chinese claim's doer, stated without a modal verb: "由国家网信部门保存…", "公安部门负责…的统筹协调": a party word of the
# state or of business (its head: 部门, 机关, 机构, 委员会 …) before the act it does
_PARTY_HEAD_ZH = r"(?:部门|机关|机构|委员会|办公室|政府|法院|检察院|银行|中心|协会)"
_DOER_NO_MODAL_ZH = re.compile(rf"(?:^|[，,；;。]|由)\s*((?:(?![由向对与和及、，,])[\u4e00-\u9fff]){{2,16}}?{_PARTY_HEAD_ZH})"
                               rf"(?:依法|统一|具体|分别|共同)?"
                               # (and after the time or manner it acts in: 由人民银行在20日内核查处理, 及时 / 立即 / 按规定;
                               # general Chinese word order, the adverbial between the doer and its verb)
                               rf"(?:在[^，,。；;由]{{1,12}}?(?:内|前|后)|及时|立即|按(?:照)?规定)?"
                               rf"(?=负责|保存|提供|批准|审查|审批|核准|决定|制定|发布|办理|监督|管理|统筹|组织|实施|"
                               # the acts of handling a request or an incident (核查处理…书面答复, 征信业管理条例第二十五条)
                               rf"核查|处理|答复|受理|调查|更正|报告|通知|告知|"
                               # 对…承担…责任 (网络数据安全管理条例第九条 …对所处理网络数据的安全承担主体责任)
                               rf"对[^，,。；;]{{1,40}}?承担)")
# How much of what the claim's doer does (its words after the party) one sentence of the article must hold: the claim is
# about this article's act, and only its doer can be wrong. Not tuned (the tuning claim files hold 10 claims with such a
# doer, 5 true, none near it): the share polarity.py's DENIED_MATCH and cases of the kind use.
STRAY_ACT_MATCH = 0.6


def stray_doer(claim: str, clause_text: str) -> Finding | None:
    """A finding when a Chinese claim has an act done by a body the article nowhere names, by any of its names (公安部门
    负责…统筹协调 against 个人信息保护法第六十条 "国家网信部门负责…统筹协调…"; 由国家网信部门保存 against 第五十六条
    "个人信息处理者…应当…保存"), while the article holds the act: the law names who does it, a claim naming a body it
    never mentions has the wrong one. No modal verb needed. A generic body (有关部门, 主管部门) agrees with any named one."""
    from ...lexis.parties import actors_in

    if not (is_chinese(claim) and is_chinese(clause_text)):
        return None
    text, clause = normalised(claim), normalised(clause_text)
    for m in _DOER_NO_MODAL_ZH.finditer(text):
        # 未经/经…批准 names who approves, as a condition of another's act; 中国/我国主管机关 is any competent authority
        # (after a modal verb too: 必须经…审核 is 应当经…审核, the approval's body named as a condition; 必须通过国家网信部门
        # 组织的…评估 passes an assessment the body organises, 网络数据安全管理条例第三十七条)
        doer = re.sub(r"^(?:必须|应当|应|须|需要|需|要)(?=未经|非经|经过|经|通过|报|向)", "", m.group(1))
        party = _DETERMINER_ZH.sub("", re.sub(r"^(?:未经|非经|经过|经|通过|报|向|对|与)", "", doer))
        # "…后，才能到市场监督管理部门办理": a modal adverb and a verb of going (才能到, 方可向, 再去) open a place to
        # act at, not the doer (非银行支付机构监督管理条例第十四条 方可向市场监督管理部门办理…登记)
        party = re.sub(r"^(?:才能|才可以|才可|方可|方能|只能|可以|应当|再|须)?(?:到|去|前往|赴|向)", "", party)
        if party in clause or re.search(r"^(?:有关|相关|主管|其他|各级|县级以上)|(?:有关|主管)(?:部门|机关|机构)$", party) \
                or doer != party and doer.startswith(("未经", "非经", "经")):
            continue
        known = [a for a in actors_in(party, subjects_only=False) if a not in ("anyone",)]
        if not known:
            # a body the lexicon does not know (公安部门, 国务院信息产业主管部门): named by its field, which the article
            # would hold under any of its names (公安机关 holds 公安)
            core = re.sub(rf"{_PARTY_HEAD_ZH}$", "", re.sub(r"^(?:国务院|国家|中国|中央)", "", party))
            core = re.sub(r"(?:主管|监督管理|管理|行政)$", "", core)
            if len(core) < 2 or core in clause:
                continue
        elif any(a == "authority" for a in known) or set(known) & set(actors_in(clause, subjects_only=False)):
            # a generic authority, or another name of a body the article names; unless the sentence holding the act
            # gives it only to parties that are no authority (网信等…监管部门…承担主体责任 against 网络数据处理者应当…，并对所处理
            # 网络数据的安全承担主体责任, 网络数据安全管理条例第九条)
            if all(a.startswith("authority") for a in known):
                holders = _holders_of_the_act(text[m.end(1):], clause)
                if holders and not any(h.startswith("authority") or h in ("state", "court", "anyone", "body")
                                       for h in holders):
                    from ...lexis.parties import ACTOR_LABEL

                    named = "、".join(dict.fromkeys(ACTOR_LABEL.get(h, h) for h in holders))
                    return Finding("actor", f"the claim gives to {party} what the clause puts on {named}")
            continue
        if known and _may_hold_the_act(known, text[m.end(1):], clause):
            continue
        act = re.split(r"[。；;]", text[m.end(1):], maxsplit=1)[0]
        act_words = _words(act)
        if len(act_words) < 3:
            continue
        if max((len(act_words & _words(part)) / len(act_words) for part in re.split(r"[。；;\n]", clause)), default=0) \
                < STRAY_ACT_MATCH:
            continue
        return Finding("actor", f"the claim has {party} do it, a body the article does not name")
    return None


# A Chinese claim that names the act first and its doer after it with a light verb: "关键信息基础设施每年的检测评估，由保护
# 工作部门自己来做" (topic, then 由 X 来做 / 负责 / 进行 / 完成: general Chinese usage). The verbs after 由 X name no act of
# their own; the act is the topic.
_TOPIC_THEN_DOER_ZH = re.compile(r"(?:^|[。；;])\s*([^，,。；;]{4,40})[，,]\s*(?:都|就|则|均|一律|全部)?由([\u4e00-\u9fff]{2,16}?)"
                                 r"(?:自己|自行|亲自|直接|单独|独自)?(?:来|去)?(?:做|办|搞|干|进行|完成|开展|实施|执行|承担|负责|组织)")


def topic_doer(claim: str, clause_text: str) -> Finding | None:
    """A finding when a Chinese claim gives the act it names first to a party (由 X 来做) that the sentence holding that
    act does not bind, and cannot be (roles_compatible): 关键信息基础设施安全保护条例第十七条 has 运营者 do the yearly
    assessment, while it names 保护工作部门 only as the one whose requirements the report follows."""
    from ...lexis.parties import actors_in

    if not (is_chinese(claim) and is_chinese(clause_text)):
        return None
    for m in _TOPIC_THEN_DOER_ZH.finditer(normalised(claim)):
        party = _DETERMINER_ZH.sub("", m.group(2))
        known = [a for a in actors_in(party, subjects_only=False) if a != "anyone"]
        holders = _holders_of_the_act(m.group(1), normalised(clause_text))
        if known and holders and not _may_hold_the_act(known, m.group(1), normalised(clause_text)):
            return Finding("actor", f"the claim has {party} do it; the sentence holding the act puts it on "
                                    f"{'、'.join(holders)}")
    return None


def _may_hold_the_act(known: list[str], act_text: str, clause: str) -> bool:
    """Whether the party the claim names may be the one the sentence holding its act binds: 商业银行 providing an algorithm
    service is the 算法推荐服务提供者 of 互联网信息服务算法推荐管理规定第六条 (lexis.parties.roles_compatible)."""
    from ...lexis.parties import roles_compatible

    holders = _holders_of_the_act(act_text, clause)
    return bool(holders) and all(any(roles_compatible(a, h) for h in holders) for a in known)


def _holders_of_the_act(act_text: str, clause: str) -> list[str]:
    """The duty holders of the sentence of `clause` holding the act the claim describes (STRAY_ACT_MATCH of its
    words)."""
    from ..actors.holders import _duty_holders

    act = re.split(r"[。；;]", act_text, maxsplit=1)[0]
    act_words = _words(act)
    if len(act_words) < 3:
        return []
    scored = [(len(act_words & _words(part)) / len(act_words), part) for part in re.split(r"[。；;\n]", clause)
              if part.strip()]
    share, part = max(scored, default=(0.0, ""))
    return _duty_holders(part) if share >= STRAY_ACT_MATCH else []
