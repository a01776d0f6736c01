"""Parties of the actor lexicon that a claim names and the cited article nowhere names (pure).

bodies.py catches state organs the lexicon does not know; the lexicon's own parties were left to the duty-holder
comparison (actors/findings.py), which needs a sentence of the article that names its holder. Two slips escape it:

- a Chinese claim that hands the approval, the report or the order to a named authority the article never mentions:
  "报告公安机关" for 报告保护工作部门 (关键信息基础设施安全保护条例第二十一条), "由公安机关责令改正" for 由其上级机关或者有关
  机关责令改正 (网络安全法第七十四条). Each law names the body that receives, approves or orders, as it names the duty holder;
- an English claim on a Chinese article whose duty holder is a lexicon party the article never names in any of its Chinese
  words: "Credit reporting agencies must provide credit information to the database" against 从事信贷业务的机构应当…提供
  信贷信息 (征信业管理条例第二十九条; 征信机构 nowhere in it). The article names every party it binds.

Generic parties (an authority, a body, a business, anyone) agree with every named one and are never flagged.
"""

from __future__ import annotations

import re

from ..lexis.parties import ACTORS_ZH, actors_in, same_side, specific
from ..text.articles import CN_ARTICLE_LABEL
from .actors.findings import _UNNAMED_PARTY_ZH
from .actors.holders import _duty_pairs
from ..language import is_chinese
from .modality import Finding, normalised, modal_classes

# The words before a body that make it the one receiving a report, approving, ordering or acting with the party: 向 /
# 报告 / 报送 / 报经 (a report), 经 (approval), 由 (the agent), 会同 (acting with), 按照…的要求 (whose requirements)
_GOVERNING_ZH = re.compile(r"(?:向|报告|报送|报经|经|由|会同|按照)([\u4e00-\u9fff]{2,14})")


# a determiner before the party (由各商业银行, 向有关主管部门): general usage
_DETERMINER_ZH = re.compile(r"^(?:各|有关|相关|该|其|各级)")


# fields listed before one shared head noun: 向网信、电信、公安等部门举报 (网络安全法第十五条) names 网信部门, 电信部门 and
# 公安部门 (the statutes' drafting: a list of fields, 、-joined, then 等 and the head 部门 / 机关 / 机构 they share)
_FIELDS_SHARING_A_HEAD_ZH = re.compile(r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})等(部门|机关|机构)")


def _with_listed_heads(article: str) -> str:
    """The article with each field of such a list written out with its head (公安部门 for 公安 in 网信、电信、公安等部门)."""
    spelled = [field + m.group(2) for m in _FIELDS_SHARING_A_HEAD_ZH.finditer(article) for field in m.group(1).split("、")]
    return article + ("。" + "、".join(spelled) if spelled else "")


def _named(name: str, article: str) -> bool:
    """Whether the article names the lexicon party `name` by any of its Chinese words, not counting a word inside a longer
    name of another party (银行 in 中国人民银行 names no commercial bank)."""
    article = _with_listed_heads(article)
    words = [word for word, other in ACTORS_ZH if other == name]
    for longer, other in sorted(ACTORS_ZH, key=lambda p: -len(p[0])):
        if other != name and any(w in longer and w != longer for w in words):
            article = article.replace(longer, "□" * len(longer))
    return any(word in article for word in words)


def unnamed_authority(claim: str, clause_text: str) -> Finding | None:
    """A Chinese claim naming, as the body that receives, approves or orders, a particular authority of the lexicon
    (公安机关, 中国人民银行, 网信部门, 人民法院 …) that the Chinese article names by none of its words."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return None
    text, article = normalised(claim), normalised(clause_text)
    for m in _GOVERNING_ZH.finditer(text):
        phrase = _DETERMINER_ZH.sub("", m.group(1))
        found = actors_in(phrase, subjects_only=False)
        if not found:
            continue
        name = found[0]
        department = _state_council_department(phrase) if name == "authority:state_council" else None
        if department:
            # the lexicon knows 国务院 only: one of its departments, told apart by its field
            if department[1] not in article:
                return Finding("actor", f"the claim names {department[0]}, an authority the article does not name")
            continue
        word = next((w for w, other in sorted(ACTORS_ZH, key=lambda p: -len(p[0])) if other == name and w in phrase), "")
        # 由 names the agent, whoever it is (由各商业银行…弥补 against 由中央财政拨款弥补, 中国人民银行法第三十九条): any
        # particular party of the lexicon; the other governing words only an authority (向客户报告 names no body)
        agent = m.group(0).startswith("由") and specific(name)
        if not (name.startswith("authority:") or name == "court" or agent) or not word or not phrase.startswith(word):
            continue  # a specific authority named right after the governing word, not a party deeper in the phrase
        if not _named(name, article):
            kind = "an authority" if name.startswith("authority:") or name == "court" else "a party"
            return Finding("actor", f"the claim names {word}, {kind} the article does not name")
    # the authority the claim makes the holder of its modal verb ("金融监管总局可以责令…" against 中国人民银行可以…,
    # 非银行支付机构监督管理条例第四十四条), which a loose paraphrase may tie to no sentence of the article
    for name, _ in _duty_pairs(text, reciprocal=False, pronouns=False):
        if name and (name.startswith("authority:") or name == "court") and not _named(name, article):
            word = next((w for w, other in sorted(ACTORS_ZH, key=lambda p: -len(p[0])) if other == name and w in text), name)
            return Finding("actor", f"the claim puts this on {word}, an authority the article does not name")
    return None


# A department of the State Council named by its field: 国务院 + the field it is in charge of + 主管部门 / 监督管理部门 /
# 监督管理机构 / 管理部门 (国务院商务主管部门, 国务院征信业监督管理部门: the statutes' way of naming the ministry in charge
# without naming it). It is not the State Council itself, and the field tells one department from another; 有关 / 其他
# (国务院有关部门) names no field.
_STATE_COUNCIL_DEPARTMENT_ZH = re.compile(r"^国务院([\u4e00-\u9fff]{2,8}?)(?:行政)?(?:主管部门|监督管理部门|监督管理机构|管理部门)")
_NO_FIELD_ZH = re.compile(r"^(?:有关|其他|相关|各)")


def _state_council_department(phrase: str) -> tuple[str, str] | None:
    """(the department's name, its field) when `phrase` opens with a State Council department named by its field."""
    m = _STATE_COUNCIL_DEPARTMENT_ZH.match(phrase)
    if not m or _NO_FIELD_ZH.match(m.group(1)):
        return None
    return m.group(0), m.group(1)


# 由 + the party that acts + its act: 由其所在单位或者上级机关给予行政处分 (消费者权益保护法第六十一条) names who acts
# with no modal verb (the penalty clauses' drafting)
_AGENT_ACTS_ZH = re.compile(r"由([\u4e00-\u9fff、]{2,16}?)(?:给予|负责|承担|履行|作出|决定|责令|没收|处以|予以|依法)")


# a penalty article's case opens with the party at fault: 网信部门和有关部门违反本法第三十二条规定… (网络安全法第七十五条), 中国人民银行
# 有下列行为之一的 (the statutes' drafting of liability clauses)
_OFFENDER_ZH = re.compile(rf"^(?:{CN_ARTICLE_LABEL}\s*)?([\u4e00-\u9fff、]{{2,20}}?)(?:违反|未按照|未依照|有下列)")


def _names_who_acts(article: str) -> bool:
    """Whether some modal sub-clause of the article opens with a party noun (a lexicon party, or one ending in 者 / 机构 /
    部门 …), a penalty clause's case opens with the party at fault, or 由 names the party that acts: 个人信息保护法第二十九条 "处理敏感个人信息应当取得个人的单独同意" names
    nobody, so it cannot tell a bank from the 个人信息处理者 its law means."""
    for m in _AGENT_ACTS_ZH.finditer(article):
        if actors_in(m.group(1), subjects_only=False) or _UNNAMED_PARTY_ZH.search(m.group(1)):
            return True
    for part in re.split(r"[，,；;。]", article):
        case = _OFFENDER_ZH.match(part.strip())
        if case and (actors_in(case.group(1), subjects_only=False) or _UNNAMED_PARTY_ZH.search(case.group(1))):
            return True
        modals = modal_classes(part)
        if modals:
            head = part[: modals[0][0]]
            if actors_in(head) or _UNNAMED_PARTY_ZH.search(head):
                return True
    return False


# a rule opening with its case and no subject, whose modal verb binds whoever does the case's act: 向征信机构查询个人信息的，
# 应当取得信息主体本人的书面同意 (征信业管理条例第十八条; the statutes' drafting of a duty on anyone acting so)
_SUBJECTLESS_RULE_ZH = re.compile(rf"(?:^|[。；;])\s*(?:{CN_ARTICLE_LABEL}\s*)?([^，,。；;]{{2,40}}?的)[，,]\s*"
                                  r"(?:应当|必须|须|不得|可以)")


def _rule_for_whoever_acts(claim: str, article: str) -> bool:
    """Whether the article binds whoever does an act the English claim names (its Chinese word, from the lexicon, in the
    case of a rule with no subject): any party doing it is bound, so "a bank may query … only where the law allows it" names
    no party the article leaves out, though the article names 征信机构 in another sentence."""
    from ..lexis.lexicon import load_lexicon

    # (not a word a rule on a named party holds too: "provide personal information" shares 个人信息 with the case of
    # 查询个人信息的 and with 征信机构不得…提供个人信息, so it tells neither rule)
    named_rules = [part for part in re.split(r"[。；;\n]", article)
                   if any(actors_in(part[: at]) for at, _ in modal_classes(part))]
    words = [w for w in load_lexicon().chinese_words(claim) if len(w) >= 2 and not actors_in(w, subjects_only=False)
             and not any(w in rule for rule in named_rules)]
    for m in _SUBJECTLESS_RULE_ZH.finditer(article):
        case = m.group(1)
        if not actors_in(case) and any(w in case for w in words):
            return True
    return False


def absent_party_across(claim: str, clause_text: str) -> Finding | None:
    """An English claim on a Chinese article whose duty holder (the subject of its modal verb) is a particular party of
    the lexicon that the article names by none of its Chinese words."""
    if is_chinese(claim) or not is_chinese(clause_text):
        return None
    article = normalised(clause_text)
    if not _names_who_acts(article):
        return None
    holders = [name for name, _ in _duty_pairs(claim, reciprocal=False, pronouns=False) if name]
    if not holders:
        # a claim stated without a modal verb ("Information providers keep negative information for five years"): the
        # party its opening words name (after a citing "Under the …, ") is who it says acts
        from .bodies import _actor_words_en

        holders = actors_in(_actor_words_en(claim)[0])[:1]
    named = set(actors_in(article, subjects_only=False))
    for name in dict.fromkeys(holders):
        # a party the article names in a role of the same side counts as named: a bank is the 个人信息处理者 of 个人信息保护法
        # 第二十九条 (lexis.parties._SIDES: the organisations that process, operate or provide)
        if specific(name) and any(other == name for _, other in ACTORS_ZH) and not _named(name, article) \
                and not any(same_side(name, other) for other in named):
            # (read last: it looks up the claim's words in the lexicon and the article's rules, and matters only here)
            if _rule_for_whoever_acts(claim, article):
                return None
            return Finding("actor", f"the claim puts this on a party ({name}) the article does not name")
    return None


# a law's name, not its authority ("the People's Bank of China Law", "the PBOC Law")
_LAW_NAME_AFTER_EN = re.compile(r"\s*(?:Law|Act|Regulations?|Measures)\b")


def absent_authority_across(claim: str, clause_text: str) -> Finding | None:
    """An English claim on a Chinese article that names a particular authority of the lexicon anywhere (the one reported
    to, approving, ordering: "must report it to the public security organs") that the article names by none of its words.
    Each law names the body that receives, approves or orders, as it names the duty holder (see unnamed_authority)."""
    if is_chinese(claim) or not is_chinese(clause_text):
        return None
    from ..lexis.parties import ACTORS_EN_RE

    article, text = normalised(clause_text), normalised(claim)
    for pattern, name in ACTORS_EN_RE:
        if not (name.startswith("authority:") or name == "court") or not any(other == name for _, other in ACTORS_ZH):
            continue  # (the Chinese state's authorities only: "commission" is a verb as often as the EU's Commission)
        for m in pattern.finditer(text):
            if _LAW_NAME_AFTER_EN.match(text, m.end()) or any(other == name for other in actors_in(article, False)):
                continue
            if not _named(name, article):
                return Finding("actor", f"the claim names {m.group(0)}, an authority the article does not name")
    return None
