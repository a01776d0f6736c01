"""Overreaching scope: a claim that says more than the clause (pure).

"所有 / 一律 / 任何情况下 / always / in every case / without exception" where the sentence it paraphrases carries
conditions or exceptions and no such word; "all" of what a clause lists one by one; "only / 只能" where the clause
allows several ways or opens the act to each of a group; an act allowed "beyond / 以外" what the clause confines it
to. Universal words of the clause itself license like words of the claim. Word lists are general legal vocabulary.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.articles import CN_ARTICLE_LABEL
from .actors.holders import LIST_ITEM
from .exceptions import (_CLAUSE_EXCEPTION_EN, _DISCRETION, _EXCEPTION_ZH, _IF_EN, _OWN_CONDITION, _OWN_EXCEPTION,
                         _SWEEPING_EXEMPTION_ZH)
from ..language import is_chinese
from .modality import classes_in, normalised, modal_classes
from .subclauses import _sub_clause_classes
from .wording import _AUTOMATIC_STATUS_EN, _SCOPE_EN, _SCOPE_ZH, _whole_words, _wording


_CONDITION_ZH = ["但是", "除外", "除", "不适用", "不在此限", "经", "情形", "符合下列", "下列条件", "方可", "前提", "从其规定",
                 "的，", "的,", "时，", "时,", "只有", "除非", "特定", "必要", "根据", "按照",
                 # a threshold the party must reach (处理个人信息达到国家网信部门规定数量的个人信息处理者, 个人信息保护法第四十条、
                 # 第五十二条): the rule is not said of every such party
                 "达到"]

# ("Without prejudice to requests by the Commission …, the Board shall … neither seek nor take instructions from anybody",
# GDPR Art. 69(2): what the rule leaves untouched is an exception to it, as _CLAUSE_EXCEPTION_EN reads it)
_CONDITION_EN = re.compile(r"\b(?:unless|except|provided that|where|if|subject to|only|following (?:conditions|circumstances|cases)|"
                           r"shall not apply|does not apply|to the extent|without prejudice)\b", re.I)


# "以外的用途", "other than / beyond / outside X": what a claim opens beyond the X it names
_BEYOND_ZH = re.compile(r"([\u4e00-\u9fff]{2,20})(?:以外|之外)|"
                        # "除了X，也可以用于其他…" (general usage: 除了…也/还 = besides X): X is what the claim goes beyond
                        r"除了?((?:[\u4e00-\u9fff、]){2,30}?)(?:以外|之外)?[，,][^，,。；;]{0,8}?(?:也|还)")

_BEYOND_EN = re.compile(r"\b(?:other than|beyond|outside(?: of)?|apart from|besides|unrelated to)\s+([^,;.]{3,80})", re.I)

# a clause that confines an act to X: 只能用于X, 仅限X, "only for X", or bans the rest (不得用于其他用途, "for no other purpose")
_CONFINED = re.compile(r"只能|仅能|只可|仅可|仅限|只限|仅用于|只用于|不得用于其他|不得挪作他用|\bonly\b|\bsolely\b|\bexclusively\b|"
                       r"\bfor no other\b|\bnot (?:be )?used for any other\b", re.I)

_OTHER_ZH = re.compile(r"其他|其它|别的|他用")

# how much of the X the claim goes beyond the confining sentence must name
BEYOND_MATCH = 0.5


def _beyond_the_only(claim: str, sentence: str) -> bool:
    """The claim allows an act beyond the X the sentence confines it to: "也可以用于维护网络安全以外的用途" against "只能用于维护
    网络安全的需要，不得用于其他用途" (网络安全法第三十二条); "may use them for purposes other than supervision" against
    "may be used only for supervision"."""
    zh = is_chinese(claim)
    if zh != is_chinese(sentence) or "permission" not in classes_in(claim) or not _CONFINED.search(normalised(sentence)):
        return False
    m = (_BEYOND_ZH if zh else _BEYOND_EN).search(normalised(claim))
    if m and zh and m.group(2) and not _OTHER_ZH.search(normalised(claim), m.end()):
        return False  # 除了X，也可以用于Y: beyond X only when Y is "other" (其他用途), not a second use the clause may name
    key = _wording(next(g for g in m.groups() if g), zh) if m else set()
    return bool(key) and len(key & _wording(sentence, zh)) / len(key) >= BEYOND_MATCH


def _overreaches(claim: str, clause_text: str, readings: list[str] | None = None) -> bool:
    """The claim uses a universal word (all/any/never/一律/任何 …) while the sentences it paraphrases (`readings`; the
    whole clause when none is given) speak of no such universality, and the clause has conditions or exceptions the
    claim leaves out (a claim stating its own condition or exception does not overreach)."""
    # "一律不适用" (never applies, whatever the case) is the claim's own sweeping rule, not an exception it states
    # (网络数据安全管理条例第六十三条 exempts only 自然人因个人或者家庭事务处理个人信息)
    own = _SWEEPING_EXEMPTION_ZH.sub(" ", claim)
    if _OWN_EXCEPTION.search(own):
        # a claim stating an exception does not overreach, unless it adds "in all circumstances" to a rule the clause
        # makes more exceptions to than the claim states ("may never process it except on the controller's instructions,
        # in all circumstances" against "… except on instructions from the controller, unless he or she is required to do
        # so by Union or Member State law", GDPR Art. 32(4))
        exceptions = _EXCEPTION_ZH if is_chinese(clause_text) else _CLAUSE_EXCEPTION_EN
        stated = len(_OWN_EXCEPTION.findall(own))
        return bool(_UNCONDITIONAL.search(_OWN_EXCEPTION.split(own)[-1] + " " + own)) \
            and not any(_speaks_universally(text, True) for text in (readings or [clause_text])) \
            and len(exceptions.findall(" ".join(readings or [clause_text]))) > stated
    if is_chinese(claim):
        used = [w for w in _whole_words(claim, _SCOPE_ZH) if not _distributive(claim, w)
                and not _the_cases_own_anyone(claim, w, readings or [clause_text])]
    else:
        used = [m.group(0).lower() for m in _SCOPE_EN.finditer(claim) if not _defining_any(claim, m, readings or [clause_text])
                and not _distributive_en(claim, m) and not _part_or_whole(claim, m)
                and not _each_level(claim, m, readings or [clause_text])
                and not _any_of_a_negated_act(claim, m)]
    if not used:
        return False
    # the clause says "任何单位和个人 / any transfer" itself; "always / 一律 / in every case" (whatever the circumstances)
    # is licensed only by the same kind of word, not by an "any person" in the sentence
    # read in place, so a universal word's phrase counts (所有 in 在所有情况下 is "whatever the circumstances")
    unconditional = any(_UNCONDITIONAL.match(claim, m.start()) and not _alternatives(claim, m.end())
                        for w in used for m in re.finditer(re.escape(w), claim, re.I))
    if unconditional and is_chinese(claim) and is_chinese(clause_text) and _rule_of_its_case(claim, clause_text, readings or []):
        return False
    if _OWN_CONDITION.search(_DISCRETION.sub(" ", own)):
        # a claim stating the case it speaks of ("Where the data subject withdraws consent, …") may say "any" of that
        # case; it overreaches only when it says "always / without exception" of a rule the clause makes exceptions to
        # (GDPR Art. 17(3) "Paragraphs 1 and 2 shall not apply to the extent …")
        exceptions = _EXCEPTION_ZH if is_chinese(clause_text) else _CLAUSE_EXCEPTION_EN
        if unconditional:
            return bool(exceptions.search(clause_text)) \
                and not any(_speaks_universally(text, True) for text in (readings or [clause_text]))
        # within its case, "all / 所有 …" of what the clause lists one by one ("derogations from the rights referred to in
        # Articles 15, 16, 18 and 21", GDPR Art. 89(2); 下列…) claims more than the list
        return _all_of_a_list(claim, readings or [clause_text])
    if is_chinese(claim) and is_chinese(clause_text) and not classes_in(claim) & {"prohibition", "no_right"} \
            and _restricted_noun(claim, " ".join(readings or [clause_text])):
        return True  # (under a ban, "不得泄露…任何信息" is how a ban reads: see below)
    if not is_chinese(claim) and is_chinese(clause_text) and not classes_in(claim) & {"prohibition", "no_right"} \
            and _restricted_noun_across(claim, " ".join(readings or [clause_text])):
        return True
    if not _case_of_its_own(claim):
        # a universal word of the clause inside the case it opens with (任何国家或者地区…采取歧视性…措施的，…对该国家或者地区
        # 对等采取措施, 数据安全法第二十六条) names who the case is about, not who the rule is about: it licenses none in a
        # claim that drops the case
        licensing = [_rule_without_cases(text) for text in (readings or [clause_text])]
    else:
        licensing = readings or [clause_text]
    if any(_speaks_universally(text, unconditional) for text in licensing):
        return False
    if not unconditional and (classes_in(claim) & {"prohibition", "no_right"} <= classes_in(" ".join(readings or [clause_text]))
                              and classes_in(claim) & {"prohibition", "no_right"} or _negation_the_clause_bans(claim, clause_text)
                              or _ban_across(claim, clause_text)):
        # "不得泄露…任何信息 / shall not disclose any data" is how a ban reads (征信业管理条例第二十二条 不得泄露工作中获取的
        # 信息): "any" under a ban the clause also states overreaches only past an exception the clause makes to it
        exceptions = _EXCEPTION_ZH if is_chinese(clause_text) else _CLAUSE_EXCEPTION_EN
        return bool(exceptions.search(clause_text))
    if is_chinese(clause_text):
        return any(w in clause_text for w in _CONDITION_ZH)
    return bool(_CONDITION_EN.search(clause_text))


# A plain negation before 任何 ("检查工作不收取任何费用": no fee at all) says what a ban says (关键信息基础设施安全保护条例第二十七条
# 检查工作不得收取费用): read as the ban it restates when the clause bans the very verb
_NEGATED_ANY_ZH = re.compile(r"(?:不|未|无|没有)([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,2}任何")


def _ban_across(claim: str, clause_text: str) -> bool:
    """An English claim stating a ban ("must not charge any fee") on a Chinese article that states one (检查工作不得收取费用,
    关键信息基础设施安全保护条例第二十七条): the glossary terms tie it to its sentences only loosely, so the ban it restates is
    looked for in the whole article, as "any" under a ban is how a ban reads in English."""
    return not is_chinese(claim) and is_chinese(clause_text) and "prohibition" in classes_in(claim) \
        and "prohibition" in classes_in(clause_text)


def _negation_the_clause_bans(claim: str, clause_text: str) -> bool:
    return is_chinese(claim) and any(re.search(rf"(?:不得|禁止|严禁|不准)[\u4e00-\u9fff]{{0,2}}{re.escape(m.group(1))}", clause_text)
                                 for m in _NEGATED_ANY_ZH.finditer(normalised(claim)))


# 均 / 都 after an enumeration the claim states itself ("客户身份资料在业务关系结束后、客户交易信息在交易结束后，均须至少保存
# 十年", 反洗钱法第三十四条 as a drafting model restates it) says "each of these", not "all / always" (general Chinese
# usage: 均 refers back to the items named before it)
_ENUMERATED_BEFORE = re.compile(r"、|以及|及|和|与")


# 不管 / 无论 / 不论 + (是) X 还是 / 或者 Y: the alternatives construction (general Chinese grammar, 无论…还是…都…) names each
# of the items it lists ("不管是单位还是个人，收集数据都得用合法正当的方式" for 任何组织、个人收集数据，应当采取合法、正当的方式,
# 数据安全法第三十二条), as 任何 X、Y does, not "whatever the circumstances"; an alternative that negates the other (同意还是
# 不同意, 是否) leaves a condition out and stays unconditional
_ALTERNATIVES_ZH = re.compile(r"是?([^，,。；;]{1,8}?)(?:还是|或者|或是|抑或)(?![不没未无非])[^，,。；;]")


def _alternatives(claim: str, end: int) -> bool:
    if claim[max(0, end - 2) : end] not in ("不管", "无论", "不论"):
        return False
    m = _ALTERNATIVES_ZH.match(claim, end)
    return bool(m) and not m.group(1).startswith(("否", "不", "没", "未"))


def _distributive(claim: str, word: str) -> bool:
    if not word.startswith(("均", "都")):
        return False
    spots = [m.start() for m in re.finditer(re.escape(word), claim)]
    return bool(spots) and all(_ENUMERATED_BEFORE.search(re.split(r"[。；;]", claim[:at])[-1]) for at in spots)


# "X, Y or Z are all …": a floating "all" after the verb refers back to the items the claim lists before it, as 均 / 都 do
# (general English usage), and says "each of these", not "in every case"
_FLOATING_ALL_EN = re.compile(r"\b(?:are|were|be|been)\s+$", re.I)
_ENUMERATION_EN = re.compile(r"\w[\w -]*,\s*\w[\w -]*,?\s+(?:and|or)\s+\w", re.I)


# "without giving any reason" is how English says "need not give a reason" (the "any" of a negated act: general English
# grammar, negative-polarity "any"), which restates 无需说明理由 (消费者权益保护法第二十五条): no sweeping word. "Without any
# condition / consent" (no act between) stays one.
_NEGATED_ACT_BEFORE_EN = re.compile(r"\bwithout\s+[a-z]+ing\s+(?:[a-z]+\s+)?$", re.I)


def _any_of_a_negated_act(claim: str, m: re.Match) -> bool:
    return m.group(0).lower() == "any" and bool(_NEGATED_ACT_BEFORE_EN.search(claim[: m.start()]))


def _distributive_en(claim: str, m: re.Match) -> bool:
    if m.group(0).lower() != "all" or not _FLOATING_ALL_EN.search(claim[: m.start()]):
        return False
    return bool(_ENUMERATION_EN.search(re.split(r"[.;:]\s", claim[: m.start()])[-1]))


# "all or part of the losses", "in whole or in part", "some or all": an extent left open between a part and the whole (the
# statutes' 全部或者部分, 部分或者全部; ordinary English), no universal word
_PART_OR_WHOLE_EN = re.compile(r"\s+or\s+(?:in\s+)?(?:part|some|partial|any part)\b", re.I)
_PART_BEFORE_EN = re.compile(r"\b(?:part|some|partial(?:ly)?)\s+or\s+$", re.I)


def _part_or_whole(claim: str, m: re.Match) -> bool:
    return m.group(0).lower() in ("all", "entirely", "completely") and bool(
        _PART_OR_WHOLE_EN.match(claim, m.end()) or _PART_BEFORE_EN.search(claim[: m.start()]))


# "government departments at any level / at all levels" restates the clause's 各级 (CC-CEDICT: 各级 "all levels"; 中国人民银行法
# 第三十条 不得向地方政府、各级政府部门提供贷款): each level the clause names, not "in every case"
_LEVEL_AFTER_EN = re.compile(r"\s+(?:levels?|tiers?)\b", re.I)
_LEVELS_IN_CLAUSE = re.compile(r"各级|\b(?:all|every|each) (?:levels?|tiers?)\b", re.I)


def _each_level(claim: str, m: re.Match, readings: list[str]) -> bool:
    return m.group(0).lower() in ("any", "all", "every", "each") and bool(_LEVEL_AFTER_EN.match(claim, m.end())) \
        and any(_LEVELS_IN_CLAUSE.search(text) for text in readings)


# the share of a case's wording a claim must hold to be restating that case (as BEYOND_MATCH: half of it)
CASE_KEPT = 0.5


def _the_cases_own_anyone(claim: str, word: str, readings: list[str]) -> bool:
    """任何 (and the 都 / 均 that Chinese grammar pairs with it: 任何…都) where the claim restates the case of a sentence
    that itself opens with that 任何 phrase: "任何组织和个人发现违反…规定的行为，都可以投诉" against "任何组织和个人发现违反
    本规定行为的，可以向网信部门和有关部门投诉、举报" (互联网信息服务算法推荐管理规定第三十条) says who the case is about, as the
    sentence does. A claim that drops the case gets no licence from it (see _rule_without_cases)."""
    if word.startswith(("都", "均")):
        return any("任何" in part for part in re.split(r"[。；;]", claim[: claim.find(word)])[-1:]) and \
            _the_cases_own_anyone(claim, "任何", readings)
    if not word.startswith("任何"):
        return False
    for m in re.finditer(r"任何[\u4e00-\u9fff]{2}", claim):
        for reading in readings:
            for case in _CASE_PART_ZH.findall(reading):
                key = _wording(case, True)
                if m.group(0) in case and key and len(key & _wording(claim, True)) / len(key) >= CASE_KEPT:
                    return True
    return False


# A definition ("'processor' means a natural or legal person … which processes …", GDPR Art. 4(8); 本法所称…是指…,
# 个人信息保护法第七十三条) and a claim's "any N that / which / who …" restating it: the relative clause bounds the "any"
# as the definition's own relative clause bounds its noun (the defined set, not everything)
_DEFINITION = re.compile(r"\bmeans\b|是指|所称")
_BOUNDED_ANY_EN = re.compile(r"[^.;:]{0,80}?\b(?:that|which|who)\b", re.I)


def _defining_any(claim: str, m: re.Match, readings: list[str]) -> bool:
    return m.group(0).lower() in ("any", "every") and any(_DEFINITION.search(r) for r in readings) \
        and bool(_BOUNDED_ANY_EN.match(claim, m.end()))


# The noun a Chinese universal word quantifies: 所有数据电文 → 数据电文
_QUANTIFIED_ZH = re.compile(r"(?:所有|一切|全部|任何)(?:的)?([\u4e00-\u9fff]{2,6})")


def _restricted_noun(claim: str, clause_text: str) -> bool:
    """The claim says "所有 N" of a noun the clause restricts with a relative clause (…的 N) or names only by the kinds it
    lists (X、Y N): "能够有形地表现所载内容，并可以随时调取查用的数据电文，视为符合…书面形式" (电子签名法第四条) is not said
    of every 数据电文; "能源、电信行业应当…提供重点保障" (关键信息基础设施安全保护条例第三十二条) not of every 行业. A measure
    word after the universal word is not the noun (任何一级消费者协会 is said of 消费者协会)."""
    for m in _QUANTIFIED_ZH.finditer(claim):
        noun = _MEASURE_ZH.sub("", m.group(1) + claim[m.end(): m.end() + 4])
        # (and the head of a possessive phrase, 所有企业的信息系统 → 信息系统: "every company's system" quantifies the systems,
        # which 为国家机关提供服务的信息系统 restricts, 网络数据安全管理条例第十七条)
        owned = _POSSESSED_ZH.match(claim, m.start(1))
        if owned and re.search(r"(?:所有|一切|全部|任何|各)(?:的)?" + re.escape(claim[m.start(1) : owned.start(1)]), clause_text):
            owned = None  # (the clause says it of every such owner itself: 不受任何单位和个人的侵犯, 商业银行法第六条)
        for noun in [noun] + ([owned.group(1)] if owned else []):
            for size in (4, 3, 2):
                head = noun[:size]
                if len(head) < size or re.search(r"(?:所有|一切|全部|任何|各)(?:的)?" + head, clause_text):
                    continue
                if "的" + head in clause_text or re.search(r"[\u4e00-\u9fff]{2,6}[、和及][\u4e00-\u9fff]{2,6}?" + head, clause_text):
                    return True
    return False


# a possessor and the noun it owns right after a universal word (所有企业的信息系统, 任何银行的客户资料): general Chinese
_POSSESSED_ZH = re.compile(r"[\u4e00-\u9fff]{1,6}?的([\u4e00-\u9fff]{2,6})")


# "every / all / each N" of an English claim, and the words after it that name N (up to the sub-clause's end)
_QUANTIFIED_EN = re.compile(r"\b(?:every|all|each)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?([a-z][a-z -]{2,30})", re.I)


def _restricted_noun_across(claim: str, clause_text: str) -> bool:
    """`_restricted_noun` for an English claim on a Chinese clause, its noun bridged by the lexicon: "Every model … has to
    be validated" against a clause that says it of 高风险模型和中风险模型 (the kinds it lists) is said of more than the
    clause says. Only a Chinese noun the clause holds, never quantified there itself (所有 / 任何 / 各 N)."""
    from ..lexis.lexicon import load_lexicon

    for m in _QUANTIFIED_EN.finditer(claim):
        for noun in load_lexicon().chinese_words(m.group(1).split(",")[0]):
            if len(noun) < 2 or noun not in clause_text or re.search(r"(?:所有|一切|全部|任何|各)(?:的)?" + noun, clause_text):
                continue
            if "的" + noun in clause_text or re.search(r"[\u4e00-\u9fff]{2,6}[、和及][\u4e00-\u9fff]{2,6}?" + noun, clause_text):
                return True
    return False


# a measure or level word between a universal word and its noun (任何一级, 所有各类, 一切种类的): general usage
_MEASURE_ZH = re.compile(r"^(?:一级|各级|一类|各类|一种|各种|种类的|类型的|一家|各家)")


_CASE_PART_ZH = re.compile(r"[^，,。；;：:]{2,160}?的[，,]")

_CASE_PART_EN = re.compile(r"\b(?:where|if|when|in (?:the )?cases? where)\b[^,;]{3,160},", re.I)


def _case_of_its_own(claim: str) -> bool:
    """The claim opens a case of its own (…的，/ …时，/ where …,): it then speaks of that case."""
    return bool(re.search(r"的[，,]|时[，,]", claim)) if is_chinese(claim) else bool(_CASE_PART_EN.search(claim))


# an exception by reference: 另有规定 / 另有约定的，从其规定 / 从其约定 (电子签名法第九条 当事人对前款规定的事项另有约定的，从其约定)
_DEFERS_ZH = re.compile(r"从其(?:规定|约定)|另有(?:规定|约定)|依照其规定")


def _rule_of_its_case(claim: str, clause_text: str, readings: list[str]) -> bool:
    """A Chinese claim that restates the case of a sentence whose rule, for that case, has no condition or exception
    anywhere in the article: "未完成…备案的，一律不得上线" against "未完成依法应当完成的安全评估和备案的，不得上线"
    (policy-model-risk 第二十条). Its 一律 says only what the sentence says of that case."""
    if not _case_of_its_own(claim) or _EXCEPTION_ZH.search(clause_text) or _DEFERS_ZH.search(clause_text):
        return False
    claim_words = _wording(claim, True)
    for reading in readings:
        cases = _CASE_PART_ZH.findall(reading)
        kept = [c for c in cases if (key := _wording(c, True)) and len(key & claim_words) / len(key) >= CASE_KEPT]
        if kept and len(kept) == len(cases) and not any(w in _rule_without_cases(reading) for w in _CONDITION_ZH):
            return True
    return False


def _rule_without_cases(text: str) -> str:
    """A sentence without the cases it opens (…的，/ where …,): the rule it states for them."""
    return _CASE_PART_ZH.sub("", text) if is_chinese(text) else _CASE_PART_EN.sub("", text)


# Lists a clause makes of what a rule covers: "Articles 15, 16, 18 and 21", "points (a) and (b)", 下列 / 以下 (its items),
# 第十四条、第十六条 …
_LISTED = re.compile(r"\bArticles\s+\d+(?:\(\d+\))?(?:\s*,\s*\d+(?:\(\d+\))?)*\s+(?:and|or)\s+\d+|\bpoints\s+\([a-z]\)|"
                     r"下列|以下|" + CN_ARTICLE_LABEL + "、")

_ALL_OF_EN = re.compile(r"\b(?:all|every|each)\b", re.I)

_ALL_OF_ZH = re.compile(r"所有|全部|一切|任何")


def _all_of_a_list(claim: str, readings: list[str]) -> bool:
    """A claim saying "all / 所有" in its rule (after the case it opens with) where the sentences it paraphrases list what
    the rule covers and say no "all" themselves."""
    zh = is_chinese(claim)
    rule = claim.split("，" if zh else ",", 1)[-1]
    if not (_ALL_OF_ZH if zh else _ALL_OF_EN).search(rule):
        return False
    return any(_LISTED.search(text) for text in readings) and not any(_speaks_universally(text) for text in readings)


# "Only" turns an option into a limit: 只能通过信息主体采集 against 可以通过信息主体、企业交易对方、行业协会…采集
# (征信业管理条例第二十一条), "only against the designated controller" against "against each of the controllers" (GDPR
# Art. 26(3)). Not "only if / 只有…才" (a condition), nor "not only" (an addition).
_ONLY_ZH = re.compile(r"只能|仅能|只可|仅可|仅限|只限|唯一")

_ONLY_EN = re.compile(r"(?<!not )\b(?:only|solely|exclusively)\b(?! (?:if|where|when|after|once|to the extent|insofar)\b)", re.I)

# What in the clause already limits the act: its own "only", a condition it must meet (方可, 才), an exception or a ban
# on everything else (除…外, 以外, except, unless, shall not …)
_LIMITED_ZH = re.compile(r"只|仅|方可|才|除外|以外|不得|禁止|限于")

_LIMITED_EN = re.compile(r"\b(?:only|solely|exclusively|except|unless|other than|shall not|may not|must not|limited to)\b", re.I)


# "any one of them / each of the controllers": the clause opens the act to every one of a group (个人信息保护法第二十条
# 向其中任何一个个人信息处理者要求行使, GDPR Art. 26(3) against each of the controllers)
_ANY_OF_ZH = re.compile(r"任何一个|任何一方|任一|其中任何|每一个|各方")

_ANY_OF_EN = re.compile(r"\b(?:each|any|every|either) (?:one )?of\b", re.I)


# Alternatives a clause lists: 通过信息主体、企业交易对方、行业协会…; "in respect of or against"
_ALTERNATIVES = re.compile(r"、|或者|\bor\b", re.I)


def _opens_to_all(claim: str, sentence: str) -> bool:
    """The sentence opens the act to any one of a group, or allows it (可以 / may / a right) in any of several ways it
    lists: what an "only" in the claim would narrow. An option stated once ("may charge a reasonable fee") is not: "only"
    may paraphrase a limit set elsewhere in the article."""
    if (_ANY_OF_ZH if is_chinese(sentence) else _ANY_OF_EN).search(sentence):
        return True
    classes = _sub_clause_classes(claim, sentence)
    if "obligation" in classes and _DUTY_EITHER_WAY.search(sentence):
        # a duty the sentence lets be done either way (应当定期自行或者委托专业机构…进行合规审计, 网络数据安全管理条例第二十七条;
        # "either … or"): "only" one of the ways narrows it, unless the claim's "only" keeps the alternatives
        only = (_ONLY_ZH if is_chinese(claim) else _ONLY_EN).search(claim)
        return bool(only) and not _ALTERNATIVES.search(claim[only.end():])
    return bool(classes & {"permission", "right"}) and bool(_ALTERNATIVES.search(sentence))


# A claim that an actor may do a duty one of its ways (可以委托 / 可以自行 / "may entrust / may do it itself")
_ONE_OF_THE_WAYS = re.compile(r"(?:可以|可)(?:委托|自行(?!决定|选择|确定|判断)|通过)|\bmay (?:entrust|do (?:so|it) (?:itself|themselves)|use)\b", re.I)

# The means a duty may be done by, listed in the sentence (以电话、短信、…电子邮件或者公告等方式通知, 网络数据安全管理条例第十一条:
# 以…等方式 / 形式 / 途径, general statutory drafting), and a claim's option to use one of them (可以用 / 通过 / 采用 / 使用 …)
_MEANS_LIST_ZH = re.compile(r"以([^，,。；;]{2,60}?)等?(?:方式|形式|途径)")
_MEANS_OPTION_ZH = re.compile(r"(?:可以|可)(?:用|以|采用|通过|使用)([\u4e00-\u9fff、]{2,30})")
_MEANS_SPLIT_ZH = re.compile(r"、|或者|或|和|及|以及")


def means_chosen_from_list(claim: str, sentence: str) -> bool:
    """Whether the claim gives as an option the use of means the sentence lists for its duty: each means it names (split
    on 、 / 或者 / 和) opens with a two-character word of the sentence's list."""
    listed = [m.group(1) for m in _MEANS_LIST_ZH.finditer(normalised(sentence))]
    if not listed:
        return False
    for m in _MEANS_OPTION_ZH.finditer(normalised(claim)):
        named = [w for w in _MEANS_SPLIT_ZH.split(m.group(1)) if len(w) >= 2]
        if named and all(any(w[:2] in means for means in listed) for w in named):
            return True
    return False


# The ways a duty may be done, each open to the duty holder: 自行或者委托, 自行或委托, "either by itself or …"
_DUTY_EITHER_WAY = re.compile(r"自行或者?委托|自行或者?通过|\beither (?:itself|themselves|directly)\b|\beither\b[^.;]{1,60}\bor\b", re.I)


# "may go to arbitration only under an arbitration agreement", "only with the individual's consent": the "only" sets the
# terms of the act (a condition the clause may state in its own words), not which of the ways or parties it names
_ONLY_ON_TERMS_EN = re.compile(r"\s*(?:under|with|upon|subject to|on the (?:basis|condition|terms)|in accordance with|"
                               r"pursuant to|within|following|after|once|as)\b", re.I)


def _only_on_terms(claim: str, only: re.Match) -> bool:
    """The claim's "only" states a condition or the act's terms (在…的情况下, "only where …", "only under an agreement"),
    not which ways or parties the act is open to."""
    rest = claim[only.end():]
    return bool(re.search(r"的情况下|的情形|时[，,]|条件", rest) or _IF_EN.search(rest)
                or _ONLY_ON_TERMS_EN.match(claim, only.end()))


# The case an English sentence opens with ("Where requests from a data subject are manifestly unfounded or excessive, …")
_OPENING_CASE_EN = re.compile(r"^\W*(?:\(?\w{1,4}[.)]\s+)?(?:where|if|when|in (?:the )?cases? (?:where|of))\b([^,;]{3,200})", re.I)
# How much of what follows the claim's "only" (its first content words) the sentence's case must hold
ONLY_CASE_MATCH = 0.75


def _only_of_its_case(claim: str, only: re.Match, sentence: str) -> bool:
    """The claim's "only" names the case the sentence opens with: "only manifestly unfounded or excessive requests allow a
    fee or refusal" against "Where requests from a data subject are manifestly unfounded or excessive, … the controller
    may either: (a) charge a reasonable fee …; or (b) refuse" (GDPR Art. 12(5), whose rule for every other request is "free
    of charge"): the option is open in that case only, which the claim restates, not the ways it is open in."""
    case = _OPENING_CASE_EN.match(normalised(sentence)) if not is_chinese(sentence) else None
    if case is None or is_chinese(claim):
        return False
    words = [w for w in re.findall(r"[a-z]{4,}", claim[only.end():].lower())][:4]
    held = normalised(case.group(1)).lower()
    return len(words) >= 2 and sum(w in held for w in words) / len(words) >= ONLY_CASE_MATCH


def _narrows(claim: str, sentence: str) -> bool:
    """The claim says the act may be done only so, where the sentence allows it or opens it to all, with no limit. An
    English claim is read against a Chinese sentence too ("only organisations, not individuals, may complain" against
    任何个人、组织都有权…投诉、举报, 数据安全法第十二条), and a Chinese claim against an English sentence (只能向…所在成员国的监管
    机构投诉 against GDPR Art. 77(1)): "only" and the sentence's own limits are read each in its language."""
    zh = is_chinese(claim)
    only = (_ONLY_ZH if zh else _ONLY_EN).search(claim)
    if not only:
        return False
    if _only_on_terms(claim, only) or _only_of_its_case(claim, only, sentence):
        return False  # "can only port data where processing is based on consent": a condition restated, not narrowed
    if (_LIMITED_ZH if is_chinese(sentence) else _LIMITED_EN).search(sentence):
        return False
    return _opens_to_all(claim, sentence)


# A sentence that adds a rule to another one it names: "除应当遵守本法外，还应当遵守保密法律、行政法规的规定" (网络安全法第七十九条,
# 个人信息保护法第三十条 除本法第十七条第一款规定的事项外，还应当…告知; six articles of the corpus), "In addition to the
# information referred to in paragraph 1" (GDPR Art. 13(2)): general drafting usage of both languages
_IN_ADDITION_ZH = re.compile(r"除[^。；;，,]{1,30}外[，,][^。；;]{0,6}还")
_IN_ADDITION_EN = re.compile(r"\bin addition to\b", re.I)


def _only_where_added_to(claim: str, sentence: str) -> bool:
    """The claim says "only" (只能 / 仅 …, "only / solely / exclusively") where the sentence adds a second rule to the one
    it names (除…外，还…; "in addition to"): the claim leaves the added rule out ("governed only by the Cybersecurity Law"
    against 除应当遵守本法外，还应当遵守保密法律). An "only" that states a condition or the act's terms is left alone."""
    only = (_ONLY_ZH if is_chinese(claim) else _ONLY_EN).search(claim)
    if not only or _only_on_terms(claim, only):
        return False
    return bool((_IN_ADDITION_ZH if is_chinese(sentence) else _IN_ADDITION_EN).search(normalised(sentence)))


_UNIVERSAL_ZH = (*_SCOPE_ZH, "任何", "均", "每", "凡", "终身")  # 终身: see _UNCONDITIONAL

_UNIVERSAL_EN = re.compile(_SCOPE_EN.pattern + r"|\beach\b|\bno (?:person|one|controller|processor)\b", re.I)


_UNCONDITIONAL = re.compile(r"一律|无论|不论|任何情|任何时候|所有情[况形]|一切情[况形]|无条件|无一例外|毫无例外|从不|永远|绝不|一概|概不|随时|"
                            r"没有(?:任何)?例外|不存在例外|概无例外|不设例外|绝对|总是|始终|不管|任何条件下|"
                            # for life: 网络安全法第六十六条 "终身不得从事…关键岗位的工作" is a ban for ever ("never again")
                            r"终身|"
                            r"\b(?:under all circumstances|in no case|invariably)\b|"
                            r"\b(?:always|never|in (?:all|any|every) (?:cases?|circumstances)|under any circumstances|"
                            r"unconditionally|without (?:any )?exceptions?|no exceptions?|regardless|whatever|no matter|"
                            r"at all times|at any time|whatsoever|"
                            # GDPR Art. 26(3) "Irrespective of the terms of the arrangement", Art. 21(5) "notwithstanding"
                            r"irrespective|notwithstanding)\b|" + _AUTOMATIC_STATUS_EN, re.I)


# The strongest universal phrases: whatever the case, the reason or the circumstances (not "any" / "always", which a
# paraphrase of one rule may use)
_WHATEVER = re.compile(r"\b(?:for (?:any|whatever) reasons?|whatever the (?:reason|case|circumstances)|for no reason|"
                       r"in (?:all|every) cases?|in all circumstances|under (?:any|all) circumstances|without (?:any )?exceptions?|"
                       r"unconditionally|no matter (?:what|why|how))\b|无论(?:任何|什么)?(?:原因|理由|情况)|不论(?:任何|什么)?(?:原因|理由|情况)|"
                       r"任何情况下|一律|无条件|无一例外|毫无例外", re.I)


def _speaks_universally(text: str, unconditional: bool = False) -> bool:
    if unconditional:
        return bool(_UNCONDITIONAL.search(text))
    return any(w in text for w in _UNIVERSAL_ZH) if is_chinese(text) else bool(_UNIVERSAL_EN.search(text))


# A Chinese claim on an EU text: its 任何 / 所有 / 全部 / 一切 + noun ("配合…采取的任何行动", "提供…所需的全部信息") is licensed by
# a sentence of the article that says "any / all" of that noun itself ("cooperate … in any action those authorities take",
# AI Act Art. 23(7); "provide … all the information and documentation", Art. 24(5)), whatever sentence the glossary terms
# tied the claim to. The noun is read in English by CC-CEDICT (its first senses, as lexis/cedict.py reads it).
_UNIVERSAL_NOUN_ZH = re.compile(r"(?:任何|所有|全部|一切)的?([\u4e00-\u9fff]{2})")
# (the noun among the next four words: "all the information", "any such action", "all relevant documentation")
_UNIVERSAL_NOUN_EN = re.compile(r"\b(?:any|all|every|each)((?:\s+[a-z-]+){1,4})", re.I)
_GLOSS_SENSES = 4


@lru_cache(maxsize=1)
def _english_of() -> dict[str, frozenset[str]]:
    """Two-character Chinese word → the folded English words of its first CC-CEDICT senses."""
    from ..lexis.cedict import gloss_keys, read_entries

    found: dict[str, set[str]] = {}
    for chinese, glosses in read_entries(lambda w: len(w) == 2):
        for gloss in glosses[:_GLOSS_SENSES]:
            found.setdefault(chinese, set()).update(gloss_keys(gloss) or ())
    return {k: frozenset(v) for k, v in found.items()}


def universal_phrase_across(claim: str, sentence: str) -> bool:
    """The English sentence says "any / all" of the noun a Chinese claim's universal word governs."""
    if not is_chinese(claim) or is_chinese(sentence):
        return False
    from ..lexis.cedict import fold

    nouns = [_english_of().get(m.group(1), frozenset()) for m in _UNIVERSAL_NOUN_ZH.finditer(claim)]
    said = {fold(w) for m in _UNIVERSAL_NOUN_EN.finditer(sentence) for w in m.group(1).lower().split()}
    return any(words & said for words in nouns)


# A duty the clause leaves open in extent: 应当承担部分或者全部赔偿责任 (商业银行法第八十五条、第八十六条、第八十八条, 中国人民银行法
# 第四十八条、第四十九条). A claim that makes it the whole ("由中国人民银行承担全部赔偿责任", "must always bear the full loss")
# states one of the two as the rule; under an option (可以经营下列部分或者全部业务) "all" is one of the things allowed.
_EITHER_EXTENT_ZH = re.compile(r"部分或者?全部|全部或者?部分")
_WHOLE_ZH = re.compile(r"全部|全额|全数|足额")
_PART_ZH = re.compile(r"部分")
_WHOLE_EN = re.compile(r"\b(?:full|entire|whole|in full|wholly|fully|all (?:the|of the) (?:loss|losses|damage|compensation))\b", re.I)
_PART_EN = re.compile(r"\b(?:part|partly|partial|partially|some)\b", re.I)
_EXTENT_CONTEXT = 6  # characters either side of the alternative whose words the claim must share (承担…赔偿责任)


def whole_of_an_open_extent(claim: str, clause_text: str, chinese_words=None) -> str:
    """The clause's sub-clause that leaves a duty's extent open (部分或者全部), when the claim makes the duty the whole and
    says nothing of a part; '' otherwise. `chinese_words`: for an English claim, the lexicon's Chinese words for its words,
    one of which must stand beside the alternative (承担, 赔偿)."""
    zh = is_chinese(claim)
    if not is_chinese(clause_text) or not (_WHOLE_ZH if zh else _WHOLE_EN).search(claim) \
            or (_PART_ZH if zh else _PART_EN).search(claim):
        return ""
    for part in re.split(r"[，,；;。：:]", normalised(clause_text)):
        m = _EITHER_EXTENT_ZH.search(part)
        if not m or "obligation" not in {cls for _, cls in modal_classes(part)}:
            continue
        context = part[max(0, m.start() - _EXTENT_CONTEXT): m.start()] + part[m.end(): m.end() + _EXTENT_CONTEXT]
        words = _wording(context, True)
        if zh:
            tied = len(words & _wording(claim, True)) / len(words) >= 0.5 if words else False
        else:
            tied = any(w in context for w in (chinese_words(claim) if chinese_words else ()) if len(w) >= 2)
        if tied:
            return part
    return ""


# "Only" before one item of a list the clause's lead-in requires or allows in full: 审查数据电文作为证据的真实性，应当考虑以下
# 因素：（一）生成、储存或者传递数据电文方法的可靠性；（二）…；（四）其他相关因素 (电子签名法第八条) made "只需考虑生成、储存或者
# 传递数据电文方法的可靠性". 只需 / 仅需 "need only" (general usage) beside the 只能 / 仅限 of _ONLY_ZH.
_ONLY_ONE_ZH = re.compile(r"只能|仅能|只可|仅可|仅限|只限|只需|仅需|只须|仅须|只考虑|仅考虑|只要求|仅要求")
_LIST_LEAD_IN_ZH = re.compile(r"(?:下列|以下)[\u4e00-\u9fff]{0,8}[:：]\s*$")
# how much of one item's wording the claim's words after "only" must hold, and how much less of any other item (items of one
# list share their frame, 方法的可靠性; set, not swept)
ITEM_MATCH = 0.6
OTHER_ITEM_GAP = 0.4


def only_one_item(claim: str, clause_text: str) -> str:
    """The lead-in of a list whose every item the clause requires or allows, when a Chinese claim says "only" of one item
    of it; '' otherwise. A lead-in that limits itself (只 / 仅 / 不得 …) or bans the items is not read."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return ""
    only = _ONLY_ONE_ZH.search(claim)
    if not only:
        return ""
    said = _wording(claim[only.end():], True)
    found = [s.strip() for s in re.split(r"\n+", normalised(clause_text)) if s.strip()]
    for at, lead in enumerate(found):
        sentence = re.split(r"[。；;]", lead)[-1] if not lead.rstrip().endswith((":", "：")) else lead
        if not _LIST_LEAD_IN_ZH.search(lead) or _LIMITED_ZH.search(sentence) \
                or not {cls for _, cls in modal_classes(sentence)} & {"obligation", "permission", "right"}:
            continue
        items = []
        for item in found[at + 1:]:
            if not LIST_ITEM.match(item):
                break
            items.append(_wording(LIST_ITEM.sub("", item), True))
        if len(items) < 2 or not said:
            continue
        shares = sorted((len(item & said) / len(item) if item else 0.0) for item in items)
        if shares[-1] >= ITEM_MATCH and shares[-2] <= shares[-1] - OTHER_ITEM_GAP:
            return lead
    return ""
