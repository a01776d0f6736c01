"""State organs a claim names that the cited article never names (pure).

The laws name every body that acts, approves, guides or receives under them; a drafting model that gets the body wrong
names one the article does not mention at all (地方人民政府 where the article says 中国人民银行). The actor lexicon
(actors/) knows the laws' usual parties; these checks know state organs by the head nouns of their names, so a body no
list foresaw is still caught. Chinese claims against Chinese articles by the body's own name; English claims against
Chinese articles by the Chinese head noun of the organ's English name.
"""

from __future__ import annotations

import re

from ..lexis.parties import actors_in, same_side
from .actors.findings import _PARTY_TAIL
from .actors.holders import _BY_AGENT_EN
from ..language import is_chinese
from .modality import Finding, normalised
from .subject_phrases_en import in_compound, subject_words_en

# The public bodies of the Chinese state by the head nouns of their names (宪法第三章 国家机构: 全国人民代表大会, 国务院 and its
# 部门 / 委员会, 地方各级人民政府, 人民法院, 人民检察院; 机关 as in 公安机关, 国家机关): a claim's sentence opening with one
# names who acts in it, with or without a modal verb ("地方人民政府按照规定对非银行支付机构进行分类评级" against 中国人民银行
# …, 非银行支付机构监督管理条例第三十八条; "地方人民政府在履行职责中发现…的，应当…" against 第四十二条)
# The State Council's bureaus named 局 (国家市场监督管理总局, 互联网信息服务算法推荐管理规定第三十五条; 国家统计局, 国家外汇管理局,
# 公安局, 税务局 as general vocabulary of the 国务院 organs): only after the words that make 局 a bureau, so 局部 / 格局 / 布局
# never read as one
_BUREAU_ZH = r"(?:总|统计|管理|公安|税务)局"
_BODY_KINDS_ZH = rf"(人民政府|政府|部门|机关|委员会|法院|检察院|代表大会|{_BUREAU_ZH})"
_OPENING_BODY_ZH = re.compile(r"([\u4e00-\u9fff]{1,12}?)" + _BODY_KINDS_ZH + r"(?=[\u4e00-\u9fff])")
# … and named after the words that introduce the body which guides, approves, receives a report or acts with a party
# (在反洗钱行政主管部门的指导下, 反洗钱法第三十六条; 经国务院银行业监督管理机构批准; 向有关主管部门报告; 会同; 由)
_GOVERNING_BODY_ZH = re.compile(r"(?:在|经|由|向|会同|报经?)([\u4e00-\u9fff]{1,12}?)" + _BODY_KINDS_ZH +
                                r"(?=[\u4e00-\u9fff])")


# A body after a coverb is its object, not who acts: 帮政府建电子政务系统的受托方 (the contractor acts, 数据安全法第四十条),
# 替 / 为 / 给 / 代 / 向 / 对 / 跟 / 和 / 与 / 同 / 受 (受政府委托) the body (general grammar of Chinese coverbs)
_COVERB_ZH = re.compile(r"^(?:帮|替|为|给|代|向|对|跟|和|与|同|受)")


def _known_to_the_article(noun: str, article: str) -> bool:
    """A body the lexicon knows, except the people's governments (人民政府, "government") when the article names no state
    organ: the lexicon learnt them after this check was written for bodies it did not know, and a government opening a
    claim on an article that only the central bank acts in (中国人民银行按照规定对非银行支付机构进行分类评级, 非银行支付机构
    监督管理条例第三十八条) is still a body the article does not name."""
    names = actors_in(noun, subjects_only=False)
    if "government" not in names:
        return bool(names)
    return any(same_side("government", t) for t in actors_in(article, subjects_only=False))


def unnamed_body(claim: str, clause_text: str) -> Finding | None:
    """A Chinese claim naming a state organ the lexicon does not know and the article nowhere names, as the body a sentence
    opens with or the one that guides, approves or receives (see _OPENING_BODY_ZH, _GOVERNING_BODY_ZH)."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return None
    text, article = normalised(claim), normalised(clause_text)
    for sentence in re.split(r"[。；;]", text):
        # the public body a sentence opens with is who acts in it, whatever its verb (no modal verb needed)
        m = _OPENING_BODY_ZH.match(sentence.strip())
        if not m or _COVERB_ZH.match(m.group(1)) or _known_to_the_article(m.group(0), article):
            continue
        noun, modifier, kind = m.group(0), m.group(1), m.group(2)
        if noun in article or noun[-_PARTY_TAIL:] in article or (modifier in article and kind in article):
            continue
        return Finding("actor", f"the claim puts this on {noun}, a body the article does not name")
    for m in _GOVERNING_BODY_ZH.finditer(text):
        # the body that guides, approves, receives or acts with the party (在…的指导下, 经…批准, 向…报告, 会同, 由): the
        # law names it as it names the duty holder
        noun, modifier, kind = m.group(1) + m.group(2), m.group(1), m.group(2)
        if actors_in(noun, subjects_only=False) or noun in article or noun[-_PARTY_TAIL:] in article \
                or (modifier in article and kind in article):
            continue
        return Finding("actor", f"the claim names {noun}, a body the article does not name")
    return None


# The state organs of China by their usual English names, with the Chinese head noun the statutes name them by (宪法第三章
# 国家机构: 人民代表大会, 国务院, 人民政府, 人民法院, 人民检察院; the State Council's departments as their English names go)
_BODIES_EN_ZH = [
    (r"(?:national )?people's congress(?:es)?", "人民代表大会"), (r"state council", "国务院"),
    # (not "government officials / staff": the persons who work for a body, 国家机关工作人员, 消费者权益保护法第六十一条)
    (r"(?:local |provincial |municipal |county(?:-level)? |people's )*governments?(?!\s+(?:officials?|employees?|staff|"
     r"workers?|personnel|functionar(?:y|ies)))", "政府"),
    (r"(?:people's )?courts?", "法院"), (r"procuratorates?|prosecutors?", "检察院"),
    (r"(?:state administration for )?market regulation(?: (?:authorit(?:y|ies)|departments?|administration))?", "市场监督管理"),
    (r"(?:ministry of )?finance(?: departments?| ministry)", "财政"), (r"tax (?:authorit(?:y|ies)|departments?|bureaus?)", "税务"),
    (r"ministry of industry and information technology|MIIT|telecommunications? (?:authorit(?:y|ies)|departments?|regulators?)",
     "电信|工业和信息化"),
    (r"(?:state security|national security) (?:organs?|authorit(?:y|ies)|ministry)|ministry of state security", "国家安全"),
]
_BODIES_EN_ZH_RE = [(re.compile(rf"\b(?:{p})\b", re.I), zh) for p, zh in _BODIES_EN_ZH]
# "Under the PIPL, …" / "According to Article 5, …": the law a claim cites is no party
_CITING_OPENER_EN = re.compile(r"^\W*(?:under|according to|pursuant to|in accordance with|as per)\b[^,]{3,100},\s*", re.I)
# how many words open an English claim's subject (its actor), after the citing opener
_SUBJECT_WORDS_EN = 8


def _actor_words_en(claim: str) -> tuple[str, str]:
    """Where an English claim names who acts: its opening words (after a citing opener) and its "by" agents."""
    text = _CITING_OPENER_EN.sub("", normalised(claim))
    # (up to the subject's first post-modifier: "A contractor maintaining an e-government system" names the contractor)
    opening = subject_words_en(" ".join(text.split()[:_SUBJECT_WORDS_EN]))
    return opening, " ".join(m.group(0) for m in _BY_AGENT_EN.finditer(text))


def unnamed_body_across(claim: str, clause_text: str) -> Finding | None:
    """An English claim on a Chinese article whose actor (its opening words, or a "by" agent) is a state organ the article
    nowhere names: "Local governments classify and rate non-bank payment institutions" against 中国人民银行…分类评级
    (非银行支付机构监督管理条例第三十八条). The Chinese head noun of the organ (政府, 法院, 国务院 …) must occur in the article."""
    if is_chinese(claim) or not is_chinese(clause_text):
        return None
    opening, agents = _actor_words_en(claim)
    article = normalised(clause_text)
    for pattern, zh in _BODIES_EN_ZH_RE:
        # (a body's name inside a hyphenated compound, "e-government", "government-owned", modifies another word)
        m = next((m for text in (opening, agents) for m in pattern.finditer(text)
                  if not in_compound(text, m.start(), m.end())), None)
        if m and not re.search(zh, article):
            return Finding("actor", f"the claim puts this on {m.group(0)} ({zh.split('|')[0]}), a body the article does not name")
    return None


# Public bodies in EU drafting by their head nouns (TEU Art. 13 institutions: the Parliament, the Council, the Commission,
# the Court of Justice; GDPR Arts. 68, 51, 78: the Board, supervisory authorities, courts; the European Data Protection
# Supervisor, Art. 68(3); AI Act Art. 64: the AI Office), as stems the article's text is searched for
# the Board and the Supervisor by their usual acronyms too (EDPB, GDPR Art. 68 "European Data Protection Board"; EDPS, Art.
# 68(3) "European Data Protection Supervisor"), searched for by the head noun the articles use
_BODY_HEADS_EN = re.compile(r"\b(supervisor|court|tribunal|parliament|council|commission|board|office|agenc(?:y|ies)|"
                            r"ombudsm[ae]n|government|ministr(?:y|ies)|edpb|edps)s?\b", re.I)
_BODY_STEM_EN = {"agencies": "agenc", "agency": "agenc", "ombudsman": "ombudsm", "ombudsmen": "ombudsm",
                 "ministry": "ministr", "ministries": "ministr", "edpb": "board", "edps": "supervisor"}


def unnamed_body_en(claim: str, clause_text: str) -> Finding | None:
    """An English claim on an English article whose actor (its opening words, or a "by" agent) is a public body the
    article nowhere names by its head noun: "The European Data Protection Supervisor shall draw up an annual report"
    against GDPR Art. 71 (the Board)."""
    if is_chinese(claim) or is_chinese(clause_text):
        return None
    opening, agents = _actor_words_en(claim)
    article = clause_text.lower()
    for m in [m for text in (opening, agents) for m in _BODY_HEADS_EN.finditer(text)
              if not in_compound(text, m.start(), m.end())]:
        head = m.group(1).lower()
        if _BODY_STEM_EN.get(head, head) not in article:
            return Finding("actor", f"the claim puts this on the {m.group(0)}, a body the article does not name")
    return None
