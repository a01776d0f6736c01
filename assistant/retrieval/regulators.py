"""A question naming a Chinese regulator and no law (in English, or by its Chinese everyday name): the laws that regulator
administers lead (pure logic).

"During an NFRA inspection, can the examiners …" names no law, but the NFRA administers the laws that speak of 国务院银行业
监督管理机构 (银行业监督管理法, 商业银行法). Which laws those are is read from the corpus: the texts that name the
regulator's statutory title at least `min_mentions` times. The English names → statutory titles are general
knowledge of the Chinese financial and data regulators (their official English names and former names).
"""

from __future__ import annotations

import re

from ..text.articles import CN_ARTICLE_LABEL

# English names (current and former) → the titles the laws give the regulator
_REGULATORS: tuple[tuple[re.Pattern, tuple[str, ...]], ...] = (
    (re.compile(r"\b(?:nfra|cbirc|cbrc|national financial regulatory administration|banking regulator)\b", re.I),
     ("银行业监督管理机构",)),
    (re.compile(r"\b(?:pboc|people'?s bank of china|central bank)\b", re.I),
     ("中国人民银行", "反洗钱行政主管部门", "征信业监督管理部门")),
    (re.compile(r"\b(?:cac|cyberspace administration)\b", re.I), ("网信部门",)),
)


# Chinese everyday names (abbreviations, current and former names) → the same titles: 人行 / 央行 for 中国人民银行;
# 银保监(会) and 银监(会) the former banking regulator (CBIRC, CBRC), 金融监管总局 / 金融监管局 its successor (NFRA);
# 网信办 the Cyberspace Administration. General knowledge of the regulators' names, like the English ones above.
_CHINESE_REGULATORS: tuple[tuple[re.Pattern, tuple[str, ...]], ...] = (
    (re.compile(r"银保监|银监|金融监管总局|金融监管局|国家金融监督管理总局"), ("银行业监督管理机构",)),
    (re.compile(r"(?<!个)人行(?!使|为)|央行|人民银行"), ("中国人民银行", "反洗钱行政主管部门", "征信业监督管理部门")),
    (re.compile(r"网信"), ("网信部门",)),
)


def regulator_titles(question: str, chinese: bool = False) -> tuple[str, ...]:
    """The statutory titles of the Chinese regulators a question names (English names, or Chinese ones)."""
    table = _CHINESE_REGULATORS if chinese else _REGULATORS
    return tuple(t for pattern, titles in table if pattern.search(question) for t in titles)


def administered_docs(view, titles: tuple[str, ...], min_mentions: int = 3) -> set[str]:
    """The Chinese laws naming one of `titles` at least `min_mentions` times."""
    mentions = view.derived("regulator-mentions", lambda: _mentions(view))
    return {doc for title in titles for doc, n in mentions[title].items() if n >= min_mentions}


def _mentions(view) -> dict[str, dict[str, int]]:
    """Each statutory title of the tables above → how often each Chinese law's text names it."""
    titles = {t for table in (_REGULATORS, _CHINESE_REGULATORS) for _, names in table for t in names}
    counts: dict[str, dict[str, int]] = {t: {} for t in titles}
    for clause in view.clauses:
        if clause.jurisdiction.upper() == "CN" and clause.kind != "policy":
            for title, by_doc in counts.items():
                by_doc[clause.doc_id] = by_doc.get(clause.doc_id, 0) + clause.text.count(title)
    return counts


# A regulator acting in a sentence of a law: its title in the sentence's opening stretch before the verb of what it
# does or may do (中国人民银行可以…, 国务院银行业监督管理机构应当…, 中国人民银行依法监测…, 网信部门会同…). The words
# are the laws' own modal and acting verbs (应当, 不得, 可以, 必须, 有权, 负责, 依照, 依法, 根据, 对 …作出, 会同).
_ACTING = (r"(?:^|[。；：\n]|" + CN_ARTICLE_LABEL + r"\s*)[^。；：\n]{0,6}?(%s)[^。；：\n，]{0,12}?"
           r"(?:应当|不得|可以|必须|有权|负责|依照|依法|根据|对|会同)")


# a regulator after a preposition or verb the bank acts with is its object or place (在央行那边, 向人行报告, 找人民银行批)
_OBJECT_MARK = r"(?<![在向给跟找报往到对])"


def acting_titles(question: str) -> tuple[str, ...]:
    """The statutory titles of the regulators a Chinese question names as the actor of what it asks: the name, up to five
    characters (人行分支机构让…, 人行检查组调阅…), then what it does (authority_acts.ACTS). Each by its own name only:
    中国人民银行 for 人行, not the functions it also holds in other laws (反洗钱行政主管部门, 征信业监督管理部门), which those
    laws' own subjects already point at. A regulator the bank acts towards (报人行, 找人民银行批, 在央行那边放:
    _OBJECT_MARK) is none."""
    from .authority_acts import ACTS

    return tuple(titles[0] for pattern, titles in _CHINESE_REGULATORS
                 if re.search(f"{_OBJECT_MARK}(?:{pattern.pattern})[^，。？?！!、]{{0,5}}{ACTS}", question))


def acting_shares(view, titles: tuple[str, ...]) -> dict[str, float]:
    """Each Chinese law's share of the sentences where one of `titles` acts (the largest share over the titles).

    Every bank law names the central bank and the banking regulator, but each regulator acts in its own law: 中国人民银行
    acts in 24 sentences of 中国人民银行法, 13 of 非银行支付机构监督管理条例, 1 of 商业银行法 (as a duty bearer's
    addressee it is named there 21 times); 银行业监督管理机构 in 31 of 银行业监督管理法 and 4 of 商业银行法. A question whose
    regulator does something (人行分行要我们报…, 人行检查组调阅…) is about the law in which that regulator acts. Two
    versions of one law count once (the larger count), so a law amended in place keeps its full share."""
    acting = view.derived("regulator-acting", lambda: _acting(view))
    law_of = {c.doc_id: c.law for c in view.docs()}
    shares: dict[str, float] = {}
    for title in titles:
        by_doc = acting.get(title, {})
        by_law: dict[str, int] = {}
        for doc, n in by_doc.items():
            by_law[law_of.get(doc, doc)] = max(by_law.get(law_of.get(doc, doc), 0), n)
        total = sum(by_law.values())
        for doc, n in by_doc.items():
            shares[doc] = max(shares.get(doc, 0.0), n / total)
    return shares


def _acting(view) -> dict[str, dict[str, int]]:
    """Each statutory title of the tables above → how many sentences of each Chinese law it acts in."""
    titles = sorted({t for table in (_REGULATORS, _CHINESE_REGULATORS) for _, names in table for t in names})
    pattern = re.compile(_ACTING % "|".join(map(re.escape, titles)))
    counts: dict[str, dict[str, int]] = {t: {} for t in titles}
    for clause in view.clauses:
        if clause.jurisdiction.upper() == "CN" and clause.kind != "policy":
            for m in pattern.finditer(clause.text):
                by_doc = counts[m.group(1)]
                by_doc[clause.doc_id] = by_doc.get(clause.doc_id, 0) + 1
    return counts
