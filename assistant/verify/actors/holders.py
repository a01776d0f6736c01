"""Duty holders of a sentence: who each modal verb binds, sub-clause by sub-clause (pure). An elided subject is the one
named in the sub-clause before, a passive's is its agent ("by the controller"), the other party of an agreement the
modal verb requires holds it too; a list item's holders are its lead-in's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexis.parties import actors_in
from ...text.numerals import ENUM_NUMBER
from ...language import is_chinese
from ..subject_phrases_en import main_modal_en
from ..modality import MODAL_EN_RE, MODAL_STRIP_EN, MODAL_WORDS_ZH as _ZH_WORDS, normalised, modal_classes
from .subjects import (_DOER_ZH, _LIST_TAIL_EN, _agent_opening, _agent_or_opening, _chinese_subjects,
                       _coordinated_pairs, _doer_en, _doer_named, _english_subjects, _list_subject_en, _opening_actor,
                       _referent)

# (the irregular participles too: kept, made, sent, brought, set, put, bound, built, met, paid, held, given, drawn,
# done)
_PASSIVE_EN = re.compile(r"^\W*(?:not\s+)?(?:only\s+)?be\s+(?:\w+ly\s+)?(?:\w+(?:ed|en|wn|ld|id|ne|pt|ght|nt)|made|set|"
                         r"put|bound|built|met|found|laid|led|read|shut|cut|hit|let|spent|won|taught|thought|bought)\b",
                         re.I)
# two agents where "by" is repeated ("by the European Parliament or by the Council")
_TWO_AGENTS_EN = re.compile(r"\b(?:or|and) by\b", re.I)
# (a name with an apostrophe whole: "by the People's Bank of China")
_BY_AGENT_EN = re.compile(r"\bby\s+(?:the |a |an |each |any |its |their )?([\w'’ ]{3,40})", re.I)


# 同 of 合同 / 共同 / 相同 is no preposition ("应当通过合同等与…约定", 网络数据安全管理条例第十二条), and the party is the
# one right before the verb, with no other 与 / 和 in between
# (up to 24 characters: a party with a relative clause, 与注册其服务的生成式人工智能服务使用者签订, 生成式人工智能服务管理暂行办法第九条)
_RECIPROCAL = re.compile(r"(?:与|(?<![合共相协如不])同|和)((?:(?![与和])[\u4e00-\u9fff]){1,24}?)(?:约定|协商|签订|订立|达成|共同)(?!的)|"
                         r"\b(?:agree|agrees|contract|contracts|conclude|"
                         r"concludes)\b[^,;.]{0,40}?\bwith ((?:the )?[\w ]{3,40})", re.I)


# how far after the modal verb the other party of an agreement may stand (应当与受托人约定): counted from the start of an
# English one ("shall agree with"), from the end of a Chinese one (so that 须 and 应当 reach alike)
_RECIPROCAL_REACH_EN = 6
_RECIPROCAL_REACH_ZH = 4


def _duty_pairs(sentence: str, reciprocal: bool = True, pronouns: bool = True) -> list[tuple[str | None, str]]:
    """(duty holder, modal class) of each sub-clause that has a modal verb; the holder is None when the sentence does
    not say who it is (an elided or pronoun subject, a passive without "by …"). With `reciprocal`, the other party of
    an agreement the modal verb requires (应当与受托人约定) counts as a holder too."""
    return list(_duty_pairs_of(sentence, reciprocal, pronouns))


def named_duty_pairs(sentence: str) -> list[tuple[str | None, str]]:
    """`_duty_pairs` with a pronoun subject left unresolved (as a claim's is read): the public name other modules use."""
    return _duty_pairs(sentence, pronouns=False)


# "it is the deployer who must keep the logs": a cleft puts the subject between "it is" and "who"; read it as the
# subject
# (with the party it is contrasted with between commas: "it is the DPO, not the controller, who must …")
_CLEFT_EN = re.compile(r"\bit is (?:only |solely )?((?:the |a |an )?[\w' -]{2,80}?)(?:,\s*(?:and\s+)?not\s+[\w' -]{2,60}?,)?"
                       r"\s+(?:who|that|which)\s+"
                       r"(?=(?:shall|must|may|can|has|have|is|are|need|needs|should|will)\b)", re.I)
# "The Law obliges the commercial bank to repay …": the one obliged is the subject of the duty, not the law
# Not after a modal verb or "to": "it may require the processor to commission an audit" (个人信息保护法第六十四条) is the
# authority's power, whose holder is the authority; the processor is only its object
_OBLIGES_EN = re.compile(r"(?<!\bmay )(?<!\bcan )(?<!\bshall )(?<!\bmust )(?<!\bto )(?<!\bwill )"
                         r"\b(?:obliges?|obligates?|compels?|requires?)\s+((?:the |a |an |all |every |"
                         r"each )?[\w' -]{2,60}?)\s+to\s+(?=[a-z])", re.I)
# 应当由受托人履行 / 由原处理者继续履行: 由 names who does it (the agent), whatever stands before the modal verb
_AGENT_ZH = re.compile(r"^\s*(?:仍然?|仍|另行|统一|分别|依法|只能|均)?由([\u4e00-\u9fff]{2,16}?)(?:负责|承担|履行|继续|进行|提供|实施|作出|制定|决定|办理|"
                       r"处理|行使)")


# the State's encouragement (鼓励 / 提倡, modality.py's permission words): the party after the verb is the one it leaves
# free
_ENCOURAGES_ZH = ("鼓励", "提倡")
# who encourages in the statutes: the State and its governments (国家鼓励…, 各级人民政府应当鼓励…: 数据安全法第十六条,
# 网络安全法第三十三条, 非银行支付机构监督管理条例第三十五条)
_ENCOURAGER_ZH = re.compile(r"国家|人民政府")


# "X is up to the institution" (modality.py reads "is up to" as an option): general English usage for the party whose
# discretion the act is; the party named right after it holds the option
_UP_TO_EN = re.compile(r"(?:is|are) up to\s+((?:the |a |an |each |every )?[\w' -]{2,60})", re.I)


def _up_to_party(named: str, before: str) -> list[str]:
    """The lexicon party of the words after "up to", or of the fuller name before it that they shorten ("the
    institution" for "a payment institution", as a definite noun repeats the party named before it)."""
    found = actors_in(named, subjects_only=False)[:1]
    head = re.findall(r"[a-z]+", named.lower())
    if found or not head:
        return found
    fuller = re.findall(rf"((?:[\w-]+\s+){{1,3}}{head[-1]}s?)\b", before, re.I)
    return next((f for f in (actors_in(p, subjects_only=False)[:1] for p in reversed(fuller)) if f), [])


# A short name defined in passing, （以下称使用者） / （以下简称…）: drafting, not a party of the sentence
_DEFINED_AS_ZH = re.compile(r"\(以下(?:简)?称[^()]{1,20}\)")
_PRONOUN_EN = re.compile(r"\s*(?:(?:it|they|he|she|he or she)\s*)?", re.I)
_CASE_OPENER_EN = re.compile(r"^\W*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:where|if|when|whenever|once|in case|"
                             r"in the event that)\s+", re.I)


# A claim about an agreement: only then is the other party of one a duty holder ("处理者应当与受托人约定…，并对受托人的
# 处理活动进行监督", 个人信息保护法第二十一条, binds the entrusted party to agree, not to supervise)
AGREEMENT = re.compile(r"约定|协商|签订|订立|达成|合同|协议|\b(?:agree\w*|contract\w*|conclude\w*|arrangements?)\b", re.I)


# "the provider or, where applicable, the authorised representative shall register" (AI Act Art. 49(1)): the aside
# inside a coordinated subject is dropped so the commas do not cut the first party off from the modal verb
_ASIDE_IN_SUBJECT_EN = re.compile(r"\s+(or|and|and/or),\s*(?:where applicable|as the case may be|if any|"
                                  r"where relevant),\s*", re.I)


# 在…的前提下 / 在…的情况下 / 在…条件下 (only if / where / on condition that: general Chinese usage) frame a condition: a modal
# word inside it ("只有在…且数据主体享有可执行的权利…的前提下，才可以传输") states the case, not a duty or right of the sentence
_CONDITION_FRAME_ZH = re.compile(r"(?:只有|仅|唯有)?在[^，,。；;：:]{2,80}?(?:的)?(?:前提|情况|条件)下")


# "the banking regulator (NFRA) orders …": an acronym in brackets after a party's name repeats the name; dropped so the
# name stays whole for the subject patterns (general drafting usage)
_ACRONYM_AFTER_NAME_EN = re.compile(r"\s*\((?:the\s+)?[A-Z]{2,6}\)")


@lru_cache(maxsize=2048)
def _duty_pairs_of(sentence: str, reciprocal: bool = True, pronouns: bool = True) -> tuple[tuple[str | None, str], ...]:
    pairs: list[tuple[str | None, str]] = []
    sentence = _OBLIGES_EN.sub(r"; \1 must ", _CLEFT_EN.sub(r"\1 ", _DEFINED_AS_ZH.sub("", normalised(sentence))))
    sentence = _ASIDE_IN_SUBJECT_EN.sub(r" \1 ", sentence)
    sentence = _CONDITION_FRAME_ZH.sub(lambda m: " " * len(m.group(0)), sentence)
    sentence = _ACRONYM_AFTER_NAME_EN.sub("", sentence)
    sentence = _IF_OPENER_ZH.sub(_as_statute_case, sentence)
    earlier: list[str] = []
    for part in re.split(r"([，,：:；;])", sentence):
        modals = modal_classes(part)
        if modals and part not in "，,：:；;":
            # (an English sub-clause's modal verb inside a relative clause of its subject describes the subject: the
            # main clause's is the one after it, subject_phrases_en.py)
            at, cls = modals[0] if is_chinese(part) else main_modal_en(part, modals)
            head = part[:at]
            actors = _chinese_subjects(head) if is_chinese(part) else _english_subjects(head)
            if is_chinese(part) and earlier and _JOINED_ZH.match(part):
                # a sub-clause opening with 以及 / 及 / 或者 joins its phrase to the one before (运营者对保护工作部门开展的
                # …检查检测工作，以及公安…等有关部门依法开展的…检查工作应当予以配合, 关键信息基础设施安全保护条例第二十八条):
                # the parties in it belong to that phrase, and the subject is the one the sentence opened with
                actors = next((found for found in map(_opening_actor, earlier) if found), actors)
            passive = not is_chinese(part) and _PASSIVE_EN.match(_modal_rest(part, at, cls))
            agent_zh = _AGENT_ZH.match(part[at + len(_modal_word(part, at, cls)):]) if is_chinese(part) else None
            agent_at = _agent_opening(part[at + len(_modal_word(part, at, cls)):]) if is_chinese(part) else None
            if agent_zh and actors_in(agent_zh.group(1), subjects_only=False):
                actors = actors_in(agent_zh.group(1), subjects_only=False)[:1]
            elif agent_at:
                actors = [agent_at]
            elif not is_chinese(part) and _UP_TO_EN.match(part, at):
                # "reporting it to the PBOC is up to the institution": the option is the party's after "up to"
                actors = _up_to_party(_UP_TO_EN.match(part, at).group(1), "".join(earlier) + part[:at]) or actors
            elif passive:  # "shall not be dismissed by the controller": the duty is the agent's, not the subject's
                agent = _BY_AGENT_EN.search(part[at:])
                actors = actors_in(agent.group(0), subjects_only=False) if agent else []
                # (two agents when the sentence repeats "by": "by the European Parliament or by the Council", GDPR
                # Art. 92(3))
                actors = actors if agent and _TWO_AGENTS_EN.search(agent.group(0)) else actors[:1]
            elif not actors and not is_chinese(part) and (_PRONOUN_EN.fullmatch(head) if pronouns else not head.strip()):
                # "Each controller and, where applicable, its representative, shall …": the subject is before the
                # commas; "Where a notified body finds …, it shall suspend …" (AI Act Art. 44(3)): a pronoun stands for
                # the subject of the where-clause before it
                actors = next((found for found in (_english_subjects(_CASE_OPENER_EN.sub("", e))
                                                   for e in reversed(earlier))
                               if found), [])
            elif not actors and not is_chinese(part) and _LIST_TAIL_EN.match(head) and earlier:
                # "deployers that are public authorities, Union institutions, bodies, offices or agencies or persons
                # acting on their behalf shall register" (AI Act Art. 49(3)): the commas of a list in the subject cut
                # the party off from the modal verb; it opens the first longer part before the list's short items
                actors = _list_subject_en(earlier)
            elif not actors and is_chinese(part) and _referent(head, earlier):
                # "消费者向有关行政部门投诉的，该部门应当…" (消费者权益保护法第四十六条): 该部门 is the department named before,
                # not the subject of the sub-clause before it
                actors = _referent(head, earlier)
            elif not actors and is_chinese(part) and _CONTINUES_ZH.match(part) and earlier and _FRAME_ZH.search(earlier[-1]):
                # "…银行应当取得监护人的同意；个人明确拒绝后，也不得频繁征求同意": 也 / 还 / 亦 / 同样 before an elided subject
                # go on with the party of the rule before (general usage: "also", the topic chain continued), not with
                # the one the case in between (…后 / …时 / …的) opens with (the individual who refused); unsaid when that
                # rule is not here
                actors = [a for a, _ in reversed(pairs) if a][:1]
            elif not actors and is_chinese(part) and _OWN_SUBJECT_ZH.match(head.strip()):
                # "…造成消费者或者其他受害人死亡…的，受害人有权要求经营者…赔偿" (消费者权益保护法第五十五条): the sub-clause names its
                # own subject, a party noun the lexicon does not know; it is not elided, so the party of the case before
                # (经营者) does not hold the right: unsaid who does
                actors = []
            elif not actors and is_chinese(part) and head.strip() in _AND_ZH and pairs:
                # "受害人有权要求…赔偿损失，并有权要求…惩罚性赔偿": 并 (and) before the modal verb goes on with the party of the
                # rule right before (general usage), even an unnamed one
                actors = [pairs[-1][0]] if pairs[-1][0] else []
            elif not actors and is_chinese(part) and _BACK_PRONOUN_ZH.search(part, at + len(_modal_word(part, at, cls))):
                # "客户明确表示不同意以后，不能一再找他征求同意" (网络数据安全管理条例第二十二条 in everyday words): a personal
                # pronoun after the modal verb points back to the party the case before it opens with, which is then the
                # one acted on, not the elided subject (general Chinese usage; the statutes write 其 / 个人 there, 消费者
                # 权益保护法第二十九条 "不得向其发送商业性信息"): unsaid who acts
                actors = []
            elif not actors and is_chinese(part):
                # "个人信息处理者委托处理个人信息的，应当…", "单位和个人拒不配合的，金融机构按照规定的程序，可以…": the
                # subject is elided; it is the one of the nearest sub-clause before that names one; a sub-clause naming
                # who acts with 由 names it by that ("金融机构有下列行为之一的，由国务院反洗钱行政主管部门…责令限期改正，
                # 可以给予警告", 反洗钱法第五十三条: the warning is the authority's, not the institution's)
                actors = next((found for found in map(_agent_or_opening, reversed(earlier)) if found), [])
            if is_chinese(part) and actors and _SANCTIONED_ZH.match(part, at + len(_modal_word(part, at, cls))) \
                    and not any(a.startswith("authority") or a == "court" for a in actors):
                # "网络运营者…拒不改正的，可处五万元以上罚款": a modal verb that governs a sanction (处…罚款, 给予警告,
                # 没收, 吊销, 追究…责任) is the power of the body that imposes it; the party before it is the one
                # punished (the penalty clauses' 对X处…罚款, 网络安全法第六十四条), not its holder
                actors = []
            if is_chinese(part) and _modal_word(part, at, cls) in _ENCOURAGES_ZH:
                # 国家鼓励关键信息基础设施以外的网络运营者自愿参与… (网络安全法第三十三条): the option is the encouraged
                # party's, named after the verb; the State that encourages it holds nothing
                encouraged = actors_in(part[at + len(_modal_word(part, at, cls)):], subjects_only=False)[:1]
                # with no party after the verb (国家鼓励走调解、仲裁), nobody is named: not the party of the case told
                # before it (支付机构跟用户有纠纷，…), which the State's sub-clause would otherwise borrow as an elided subject
                actors = encouraged or ([] if _ENCOURAGER_ZH.search(head) else actors)
            # "处理者应当与受托人约定…": an agreement binds both parties, so the other party holds the duty too
            # (the reach counts from the end of the modal word, so that 须 and 应当 reach alike: "…的，须通过合同等与接收方
            # 约定" is the 应当 sentence of 网络数据安全管理条例第十二条 in a drafting model's words, and leaves the recipient
            # out as that sentence does)
            if is_chinese(part):
                reach_from, reach = at + len(_modal_word(part, at, cls)), _RECIPROCAL_REACH_ZH
            else:
                reach_from, reach = at, _RECIPROCAL_REACH_EN
            for m in _RECIPROCAL.finditer(part, at) if reciprocal else ():
                if m.start() - reach_from > reach:
                    break  # only right after the modal verb: 应当与受托人约定, not 应当按照与…约定的用途
                actors += [a for a in actors_in(m.group(1) or m.group(2), subjects_only=False) if a not in actors]
            pairs += [(a, cls) for a in actors] or [(None, cls)]
            pairs += _coordinated_pairs(part, modals)
        elif is_chinese(part) and part not in "，,：:；;":
            # 安全保障义务由消费者承担, 由主管部门制定处置方案: with no modal verb, "由 X" + a verb of doing says who must
            # do it (a statement of duty, as 应当由X履行 is)
            doer = _DOER_ZH.search(part)
            actors = _doer_named(part, doer) if doer else []
            if not actors and _BEARS_LIABILITY_ZH.match(part):
                # "电子认证服务提供者不能证明自己无过错的，承担赔偿责任" (电子签名法第二十八条): who bears the liability is the
                # party of the case before it, as it would hold an elided subject's 应当
                actors = next((found for found in map(_opening_actor, reversed(earlier)) if found), [])[:1]
            jointly = _JOINTLY_ZH.search(part) if not actors else None
            if jointly:
                # 中国人民银行会同国务院银行业监督管理机构制定支付结算规则 (中国人民银行法第二十七条): X 会同 Y + a verb is X's
                # task, done with Y consulted; the subject X holds it, as 应当 would make it
                actors = _opening_actor(part[: jointly.start()])[:1]
            pairs += [(a, "obligation") for a in actors]
        elif part not in "，,：:；;":
            # "the Commission invites the supervisory authorities …", "decisions are adopted by the Board": with no
            # modal verb, an English sentence that states what a named party does (or what is done by it) says whose
            # task it is
            pairs += [(a, "obligation") for a in _doer_en(part)]
        if part not in "，,：:；;":
            earlier.append(part)
    return tuple(pairs)


# A case opened by a conjunction of condition (如果 / 若 / 假如 / 倘若 / 要是 / 一旦 … (的话)，: general usage), as a drafting model
# writes the statutes' "X的，" (若经营者提供的商品不符合质量要求，消费者可以… for 消费者权益保护法第二十四条's "…的，消费者可以…"): read as the
# statutes' own case, so that the claim's parties are found where the article's are (its opening party is the case's, not
# a subject that holds the modal verb)
_IF_OPENER_ZH = re.compile(r"(^|[，,；;。])\s*(?:如果|假如|倘若|若是|若(?!干)|要是|一旦)([^，,。；;]{2,60}?)(?:的话)?(?=[，,])")


def _as_statute_case(m: re.Match) -> str:
    case = m.group(2)
    return m.group(1) + case + ("" if case.endswith(("的", "时", "后")) else "的")


# The endings of the Chinese statutes' party nouns (者, 人, 机构, 部门 …: general vocabulary; findings.py reads a party the
# lexicon does not know by them too)
PARTY_NOUN_ENDINGS_ZH = "者|人|人员|机构|部门|机关|委员会|单位|企业|公司"
# a sub-clause's own subject before its modal verb: a short party noun (受害人, 受托方人员 …), not an object after 对 / 向 / 由
# / 给 / 与 (对直接责任人员，可以…)
_AND_ZH = ("并", "并且", "而且", "且")
# a third-person personal pronoun (他 / 她 / 他们 / 她们), not 其他 / 他人 / 他用 / 他方 / 他国 (other …) nor 利他 (general Chinese
# usage); the statutes' own back reference 其 is left out, as it also refers to the subject itself (其处理个人信息的活动)
_BACK_PRONOUN_ZH = re.compile(r"(?<![其利排])[他她](?:们)?(?![人用方国处])")
_OWN_SUBJECT_ZH = re.compile(rf"^(?![对向由给与经按依])[\u4e00-\u9fff]{{0,10}}(?:{PARTY_NOUN_ENDINGS_ZH})$")


# a sanction right after a modal verb (可处…罚款, 应当给予纪律处分, 可以没收, 依法追究刑事责任): the vocabulary of the penalty
# clauses (see subjects._SANCTION); 处 only as the fine (处理 / 处置 / 处分 are acts of their own), 责令 only as an order to
# the offender, 给予 only with a penalty
# …and the colloquial 罚 before its sum (可以罚5万到50万, 最多罚五万, 要被罚一万: general usage for the statutes' 处…罚款)
_SANCTIONED_ZH = re.compile(r"\s*(?:依法|并|另)?\s*(?:处(?![理置分])(?=[^，,。；;]{0,30}?罚)|罚款|没收|吊销|"
                            r"被?罚(?=\s*[\d一二两三四五六七八九十几百千万])|"
                            r"给予(?=[^，,。；;]{0,8}?(?:警告|处分|处罚|通报批评))|追究(?=[^，,。；;]{0,8}?责任)|"
                            r"责令(?:改正|限期|停止|暂停|停业|关闭))")


# the conjunctions that join a phrase to the one before it across a comma (以及, 及, 或者: general usage)
_JOINED_ZH = re.compile(r"^\s*(?:以及|及|或者)")


# adverbs that go on with the subject of the rule before (也, 还, 亦, 同样: general usage), before the modal verb
_CONTINUES_ZH = re.compile(r"^\s*(?:也|还|亦|同样|同时也?)(?=[\u4e00-\u9fff]{0,2}(?:应当|应|须|必须|需要|可以|不得|不能|不应|无需|有权))")


# a sub-clause that states the time or case of what follows (…后 / …时 / …的: general usage)
_FRAME_ZH = re.compile(r"(?:后|之后|以后|时|之时|的)\s*$")


# a sub-clause that only says a liability is borne (承担赔偿责任, 依法承担民事责任, 负…责任): a statement of duty with no modal verb
_BEARS_LIABILITY_ZH = re.compile(r"^\s*(?:依法|应|并|均)?(?:承担|负)[^，,。；;]{0,12}?责任")


# X 会同 Y (jointly with Y, X leading): 中国人民银行法第二十七条, 反洗钱法第九条, 个人信息保护法第六十二条 (统筹协调 is not it)
_JOINTLY_ZH = re.compile(r"会同")


def _modal_word(part: str, at: int, cls: str) -> str:
    """The Chinese modal word of class `cls` at `at` (the longest spelling that stands there)."""
    return next((w for w in sorted(_ZH_WORDS[cls], key=len, reverse=True) if part.startswith(w, at)), "")


def _modal_rest(part: str, at: int, cls: str) -> str:
    """What follows the modal expression of class `cls` at `at` ("shall be entitled" is one expression, not a
    passive)."""
    m = MODAL_EN_RE[cls].match(part, at) or MODAL_STRIP_EN.match(part, at)
    return part[m.end() :] if m else part[at:]


def passive_patients(sentence: str) -> list[str]:
    """The parties an English sentence names as the subject of a passive modal verb with an agent ("The data protection
    officer shall not be dismissed … by the controller", GDPR Art. 38(3)): the ones acted on, whom the agent's duty
    protects; they hold no duty of that sentence."""
    patients: list[str] = []
    for head in _passive_heads(sentence):
        patients += [a for a in _english_subjects(head) if a not in patients]
    return patients


def _passive_heads(sentence: str) -> list[str]:
    """The subjects (words before the modal verb) of an English sentence's passive modal sub-clauses naming an agent."""
    if is_chinese(sentence):
        return []
    heads = []
    for part in re.split(r"[,:;]", normalised(sentence)):
        modals = modal_classes(part)
        if modals:
            at, cls = modals[0]
            if _PASSIVE_EN.match(_modal_rest(part, at, cls)) and _BY_AGENT_EN.search(part[at:]):
                heads.append(part[:at])
    return heads


def passive_with_agent(sentence: str) -> bool:
    """Whether an English sentence says what must (may, must not) be done to its subject, and by whom ("… cannot be
    fired by the controller")."""
    return bool(_passive_heads(sentence))


def _duty_holders(sentence: str) -> list[str]:
    """Every actor named as the subject of a modal verb ("the controller and the processor shall" → both)."""
    holders: list[str] = []
    for actor, _ in _duty_pairs(sentence):
        if actor and actor not in holders:
            holders.append(actor)
    return holders


# A list item opens with its number: "(a) ", "(一)" (full-width brackets are normalised to ASCII ones first)
LIST_ITEM = re.compile(rf"^\s*\((?:[a-z]{{1,4}}|\d{{1,2}}|{ENUM_NUMBER})\)")
# The party a lead-in names right before its colon: "That contract … shall stipulate … that the processor:" (GDPR Art.
# 28(3))
_COLON_SUBJECT_EN = re.compile(r"\bthat (?:the |a |an |each |any )?([\w ]{3,40}?)\s*:\s*$", re.I)


# The lead-in of a list of duties or powers with no modal verb: 履行下列职责 (个人信息保护法第六十一条, 中国人民银行法第四条,
# 关键信息基础设施安全保护条例第十五条), 行使下列职权, 承担下列义务
_DUTIES_LEAD_IN_ZH = re.compile(r"(?:履行|行使|承担)下列[\u4e00-\u9fff]{0,12}?(?:职责|职权|义务|责任)")


def lead_in_holders(lead_in: str) -> list[str]:
    """Who the items of a list bind: the duty holders of the sentence that introduces them ("Providers of high-risk AI
    systems shall:", AI Act Art. 16; "有下列情形之一的，金融机构应当开展客户尽职调查：", 反洗钱法第二十九条), or the party
    named right before its colon ("… shall stipulate … that the processor:")."""
    holders = _duty_holders(lead_in)
    duties = _DUTIES_LEAD_IN_ZH.search(lead_in) if not holders else None
    if duties:
        # "履行个人信息保护职责的部门履行下列个人信息保护职责：" (个人信息保护法第六十一条) has no modal verb: the one who
        # performs the listed duties (or exercises the listed powers) is bound by each item, as with 应当
        holders = _chinese_subjects(lead_in[: duties.start()])
    colon = _COLON_SUBJECT_EN.search(normalised(lead_in))
    if colon:
        holders = actors_in(colon.group(1), subjects_only=False)[:1] or holders
    return holders


def duty_pairs(sentence: str, reciprocal: bool = True, pronouns: bool = True) -> list[tuple[str | None, str]]:
    """The public name of _duty_pairs, for modules outside this one (correlatives.py)."""
    return _duty_pairs(sentence, reciprocal, pronouns)
