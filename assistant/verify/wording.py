"""Sentences of a clause and the wording a claim shares with them (pure).

Every check of polarity.py first finds the sentence of the cited clause a claim paraphrases. That needs: the clause cut
into sentences (Chinese at 。；, English at a full stop before a capital, not after "Art." or a paragraph number); what a
text says with its modal and universal words taken out (those are judged, not matched); character bigrams of Chinese
and content words (crudely stemmed) of English; the claim without the citation it opens with. Kept apart so that
edits.py and grounding.py read claims with the same wording as the contradiction checks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.articles import CN_ARTICLE_LABEL, NUMBER
from ..text.tokens import STOP_EN
from .actors.holders import LIST_ITEM
from ..language import is_chinese
from .modality import MODAL_STRIP_EN, MODAL_STRIP_ZH, normalised


_SCOPE_ZH = ["所有", "一律", "任何情况", "任何情形", "无需任何", "无任何", "无条件", "均可", "全部", "一切", "无论如何",
             "随时均可", "从不", "永远", "完全不", "都可以", "都不", "无论", "不论", "一概", "概不", "无一例外", "毫无例外",
             "绝不", "均不", "均应", "均须", "均无需", "凡是", "任何时候", "随时", "全都", "任何",
             # the negation of 除外 / 不在此限 (the words the laws close an exception with): "no exception"
             "没有例外", "没有任何例外", "不存在例外", "概无例外", "不设例外", "绝对",
             # always, whatever the case: 总是 / 始终 / 不管…都 / 任何条件下
             "总是", "始终", "不管", "任何条件下"]

_AUTOMATIC_STATUS_EN = (r"(?:(?<=\bis )|(?<=\bare )|(?<=\bbe )|(?<=\bbecome )|(?<=\bbecomes ))automatically\b(?!\s+(?:generated|created|produced))|"
                        r"\bautomatically(?=\s+(?:becomes?|is|are|be|has|have|gets?|acquires?|obtains?|enjoys?|counts?|"
                        r"qualif\w*|considered|deemed|treated|regarded|classed|classified|falls?|applies|apply|"
                        r"entitled)\b)")
_SCOPE_EN = re.compile(r"\b(?:all|any|always|never|every|without any|in all cases|in any case|unconditionally|"
                       r"whatever|no matter|under any circumstances|at any time|entirely|completely|without exception|"
                       r"regardless|in every case|in all circumstances|whatsoever|at all times|no exceptions?|"
                       r"under all circumstances|in no case|invariably)\b|"
                       # a status or effect said to follow "automatically" (ordinary English: by itself, whatever else
                       # holds), "becomes its provider automatically": not "the automatically generated logs", a manner
                       + _AUTOMATIC_STATUS_EN, re.I)

_SCOPE_STRIP_ZH = re.compile("|".join(sorted(map(re.escape, _SCOPE_ZH), key=len, reverse=True)))

_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?|[^.\n]+(?:\.(?!\d)|$)")


def _bigrams(text: str, figures_alike: bool = True) -> set[str]:
    text = normalised(text)
    text = re.sub(r"[\W_]+", "", (_figures_alike(text) if figures_alike else text).lower())
    return {text[i : i + 2] for i in range(len(text) - 1)}


# A count before a unit of time, money or number, in Chinese numerals or digits (十五日, 15天, 两年, 10个工作日): written
# either way, and 天 for the statutes' 日 (a day, in everyday Chinese), the same figure shares its wording
_COUNT_BEFORE_UNIT = re.compile(r"([零〇一二两三四五六七八九十百千]+|\d+)(?=个?(?:工作日|自然日|日|天|年|月|小时|周|星期|万|元|倍|次|人|名))")
_DAY_AFTER_COUNT = re.compile(r"(?<=\d)(个?)天")


def _figures_alike(text: str) -> str:
    """Counts in digits and 天 as 日: "金融机构应在15天内处理" and "金融机构应当在十五日内进行处理" share 15日内."""
    from ..text.numerals import cn_to_int

    def digits(m: re.Match) -> str:
        try:
            return str(cn_to_int(m.group(1)))
        except ValueError:
            return m.group(1)

    return _DAY_AFTER_COUNT.sub(r"\1日", _COUNT_BEFORE_UNIT.sub(digits, text))


# English function words (the lexical index's list) and words every legal sentence shares
_EN_STOP = STOP_EN | set("has have had without under their his her our your they them there where when also only nor but per via upon "
                          "about above after before between within gdpr article paragraph point can".split())


def _words(text: str, stem: bool = False) -> set[str]:
    words = {w for w in re.findall(r"[a-z]{3,}", normalised(text).lower()) if w not in _EN_STOP}
    return {_stem(w) for w in words} if stem else words


_SUFFIX_EN = re.compile(r"(?:ing|ed|es|s)$")


def _stem(word: str) -> str:
    """(edits.py aligns claims on this stem too: its own copy, -ies/-es/-s/-ed/-ing off any word of five letters or more,
    made "process" and "processes" two tokens; with this one the claim files judge identically, 545 false / 6 missed,
    620 true / 4 flagged.) A crude English stem, so a paraphrase's inflections meet the clause's words: withdrawing / withdraw, giving / give,
    consented / consent, processes / processing / process (a trailing e goes too: give, giv-ing)."""
    if len(word) > 4 and not word.endswith("ss"):
        word = _SUFFIX_EN.sub("", word) if len(_SUFFIX_EN.sub("", word)) >= 3 else word
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def _content(text: str) -> str:
    """What a text says with its modal and universal words taken out: "对所有个人信息都必须全部删除，没有例外" says
    删除个人信息 (the universal words are judged by the scope check, they are not wording to be found in the clause)."""
    text = _SCOPE_STRIP_ZH.sub(" ", MODAL_STRIP_ZH.sub(" ", normalised(text)))
    return _SCOPE_EN.sub(" ", MODAL_STRIP_EN.sub(" ", text))


def _wording(text: str, zh: bool, stem: bool = False, figures_alike: bool = True) -> set[str]:
    """What a text says, modal words aside: character bigrams of Chinese, content words of English."""
    content = _content(text)
    return _bigrams(content, figures_alike) if zh else _words(content, stem)


# An English sentence ends at a full stop after a word and before a capital ("…for performing his tasks. The data
# protection officer shall …", GDPR Art. 38(3)); not after a paragraph number ("3. The controller") or an abbreviation.
_EN_STOP_SPLIT = re.compile(r"(?<=[a-z)])(?<!\be\.g)(?<!\bi\.e)(?<!\bArt)(?<!\bNo)(?<!\bcf)(?<!\bpara)\.\s+(?=[A-Z])")


def sentences(text: str) -> list[str]:
    return list(_sentences(text))


@lru_cache(maxsize=512)
def _sentences(text: str) -> tuple[str, ...]:  # cached: every reading of a claim looks up its neighbours
    found = [s.strip() for s in _SENTENCE.findall(normalised(text))]
    found = [part.strip() for s in found for part in (_EN_STOP_SPLIT.split(s) if not is_chinese(s) else [s])]
    return tuple(s for s in found if len(s) >= 4)


def wording_share(claim: str, text: str) -> float:
    """How much of the claim's wording (modal words aside) occurs anywhere in `text` (0–1)."""
    zh = is_chinese(_content(claim))
    key, other = _wording(claim, zh), _wording(text, zh)
    return len(key & other) / len(key) if key else 0.0


def matching_sentences(claim: str, clause_text: str, bridge: str = "", stem: bool = False) -> list[tuple[str, float, float]]:
    """Clause sentences ranked by how well each matches the claim's wording, modal words aside: the F2 of shared
    bigrams (or words), so a long sentence that happens to contain the claim's words does not beat the short
    sentence the claim paraphrases. Returns (sentence, share of the claim's wording it holds, F2)."""
    zh = is_chinese(_content(bridge or claim))
    # (a bridge's glossary terms carry figures of their own, 至少保存十年: not the claim's, so no figure is matched on them)
    key = _wording(bridge or claim, zh, stem, not bridge)
    scored = []
    for sentence in sentences(clause_text):
        other = _wording(sentence, zh, stem, not bridge)
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

# How close to the best-matching sentence another sentence must be to count as a reading of the claim.
AMBIGUITY = 0.1


# A citation opening a claim: a quoted title or a capitalised one, its article label (第…条, "Article 30", "Art. 12(3)"),
# and for an English label the title it names after "of" ("Under Art. 40 of the Commercial Bank Law, …"); its words are
# no part of what the claim says (the short "Art." label left in place would hide a condition the claim opens with)
_CITATION_PREFIX = re.compile(rf"^\s*(?:《[^》]{{1,60}}》|[A-Z][\w .()/-]{{0,40}}?)\s*(?:{CN_ARTICLE_LABEL}|"
                              r"Art(?:icle\s+|\.\s*)\d+[\w()]*|Recital\s+\d+)"
                              r"(?:\s+of\s+(?:the\s+)?[^,:：，]{1,80}?(?=\s*[:：,，]))?\s*[:：,，]?\s*")
# The same citation with the law's title unquoted, as people write it ("个人信息保护法第十九条：…", "按网络安全法第四十四条，…"):
# a title ending in the words Chinese laws and rules are named by (法, 条例, 办法, 规定 …), its article label, then a colon
# or comma; a title naming a party (商业银行法) would otherwise be read as the claim's duty holder, and the label tie the
# claim to the article's first sentence. Not "违反本法第三十条，…" (a case the claim states), nor a title after the claim's
# own words (银行依照个人信息保护法第十三条，…: the bank stays its subject).
_BARE_CITATION_ZH = re.compile(rf"^\s*(?:按照?|根据|依照|依据)?(?:(?!本法|违反|依照|依据|按照|根据|适用)[\u4e00-\u9fff]){{2,30}}?"
                               rf"(?:法|条例|办法|规定|细则|措施|决定|解释|规则)(?:\(\d{{4}}\))?{CN_ARTICLE_LABEL}"
                               rf"(?:第{NUMBER}款)?(?:规定)?\s*[:：,，]\s*")


# "Under the Commercial Banking Law, …", "According to GDPR Article 30, …", "根据《征信业管理条例》，…", "按照本行制度，…"
# (and the article label written after the title, "Under the AML Law, Art. 39, …")
_SOURCE_OPENER = re.compile(r"^\s*(?:(?:under|according to|pursuant to|as per|in line with)\s+[^,]{0,80}?"
                            r"(?:law|regulation|act|gdpr|pipl|dsl|csl|\bart(?:icle|\.)?\s*\d+[\w()]*|rules?|measures|provisions|policy)\s*,\s*"
                            r"(?:art(?:icle|\.)\s*\d+[\w()]*\s*,\s*)?"
                            r"|(?:根据|依照|依据|按照|按|参照)(?:《[^》]{1,60}》|本行|本法|该法|该条例|我国)[^，,。]{0,30}[，,]\s*)", re.I)


def statement(claim: str) -> str:
    """What the claim says, without the citation it opens with (《商业银行法》第八十八条：「…」 → the quoted words;
    "Under the Commercial Banking Law, …"): law titles name no duty holder."""
    text = normalised(claim).strip()
    text = _CITATION_PREFIX.sub("", text, count=1)
    text = _BARE_CITATION_ZH.sub("", text, count=1)
    text = _SOURCE_OPENER.sub("", text, count=1)
    quoted = re.fullmatch(r"[「“\"『](.+)[」”\"』]\s*[。.]?", text.strip(), re.S)
    return (quoted.group(1) if quoted else text).strip()


def _squash(text: str) -> str:
    return re.sub(r"[\s，,。.；;：:、「」“”\"'『』]+", "", normalised(text))


def _sentence_index(sentence: str, clause_text: str) -> int:
    found = sentences(clause_text)
    return found.index(sentence) if sentence in found else -1


def _sentence_before(clause_text: str, at: int) -> str:
    return sentences(clause_text)[at - 1] if at > 0 else ""


def _lead_in(clause_text: str, at: int, past_run_ons: bool = False) -> str:
    """The sentence that introduces the list item at `at`: the nearest one before it ending with a colon, over the
    items before it. `past_run_ons`: over the sentences an item runs on with too ("(b) promote public awareness … .
    Activities addressed specifically to children shall …", GDPR Art. 57(1)), stopping only at a numbered paragraph."""
    found = sentences(clause_text)
    for before in reversed(found[:at] if at > 0 else []):
        if before.rstrip().endswith((":", "：")):
            return before
        if _NUMBERED_PARAGRAPH.match(before) if past_run_ons else not LIST_ITEM.match(before):
            return ""
    return ""


# A numbered paragraph's opening ("2. ", "（二）" is a list item, not this): where a list's lead-in search stops
_NUMBERED_PARAGRAPH = re.compile(r"^\s*\d+\.\s")


def _sentence_after(clause_text: str, at: int) -> str:
    found = sentences(clause_text)
    return found[at + 1] if 0 <= at < len(found) - 1 else ""


def _whole_words(text: str, words: list[str]) -> list[str]:
    """The words that occur in `text` as whole words (jieba's segmentation): 从不良行为 does not say 从不 (never)."""
    from ..text.tokens import initialised_jieba

    bounds, at = {0}, 0
    for token in initialised_jieba().cut(text):
        at += len(token)
        bounds.add(at)
    return [w for w in words if any(m.start() in bounds and m.end() in bounds for m in re.finditer(re.escape(w), text))]


def _short(text: str, limit: int = 60) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
