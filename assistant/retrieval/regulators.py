"""A question naming a Chinese regulator and no law (in English, or by its Chinese everyday name): the laws that regulator
administers lead (pure logic).

"During an NFRA inspection, can the examiners …" names no law, but the NFRA administers the laws that speak of 国务院银行业
监督管理机构 (银行业监督管理法, 商业银行法). Which laws those are is read from the corpus: the texts that name the
regulator's statutory title at least `min_mentions` times. The English names → statutory titles are general
knowledge of the Chinese financial and data regulators (their official English names and former names).
"""

from __future__ import annotations

import re

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
