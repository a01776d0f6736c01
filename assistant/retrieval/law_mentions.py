"""Which laws a question names as its subject: the catalog's names, names typed one character off, and not the laws it
only compares with.

- People type fast: 个宝法 (个保法), 反洗前法 (反洗钱法). A Chinese word ending like a law name (…法, …条例, …办法, …规定)
  that is one character off a catalog name of the same length, first and last characters kept, names that law
  (`Catalog.resolve_typo`, the rule the coverage gate already uses to avoid refusing a typo as an unknown law).
- "Under PIPL, is there a 72-hour clock like GDPR?" is about the PIPL: a law named right after a comparison word
  (like, unlike, similar to, stricter than, 像, 类似, 参照 …) is a point of reference, not the subject, as long as the
  question names another law without one. "PIPL vs GDPR" and 与GDPR相比 ask about both and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The endings of Chinese law titles (statutes, regulations, measures, provisions). A 法 that starts a longer word is no
# title's end: 法律, 法院, 法治, 法官, 法规 (but 法规定 is 法 + 规定), 法定 (but 法定义 is 法 + 定义): 这个有法律依据吗 holds
# 个有法, one character off 个保法.
_LAW_WORD = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:法(?![律院治官])(?!规(?!定))(?!定(?!义))|条例|办法|规定)")
# A comparison right before a law name: the law is what the question compares with.
_COMPARISON = re.compile(
    r"(?:\b(?:like|unlike|similar to|same as|as (?:in|under|with)|stricter than|than(?: under)?|as opposed to)\s+"
    r"(?:the\s+|in\s+|under\s+)?|像|类似于?|参照|比照|不同于)\s*《?$",
    re.IGNORECASE)


@dataclass(frozen=True)
class NamedLaw:
    start: int
    end: int
    text: str
    doc_ids: tuple[str, ...]
    compared: bool = False  # named only as a point of comparison


def _shortenings(catalog) -> set[str]:
    """Every catalog name: a word inside one (银行法 in 商业银行法) is a shortening, not a typo of another law."""
    return {n for law in catalog.entries for n in (law.title, law.short_title, *law.aliases) if n}


def _typo_mentions(question: str, catalog, taken: list[tuple[int, int]]) -> list[NamedLaw]:
    found = []
    names = None
    for m in _LAW_WORD.finditer(question):
        # try the shortest tail first: in 按个宝法 the law word is 个宝法, not 按个宝法
        for start in range(m.end() - 3, m.start() - 1, -1):
            if any(s < m.end() and start < e for s, e in taken):
                break
            word = question[start:m.end()]
            laws = catalog.resolve_typo(word, same_first=True)
            if laws:
                names = _shortenings(catalog) if names is None else names
                if any(word in n for n in names):
                    break
                found.append(NamedLaw(start, m.end(), question[start:m.end()], tuple(law.doc_id for law in laws)))
                break
    return found


def named_laws(question: str, catalog) -> list[NamedLaw]:
    """The laws `question` names, in order, each marked when it is named only as a point of comparison."""
    mentions = [NamedLaw(m.start, m.end, m.text, tuple(m.doc_ids)) for m in catalog.find_mentions(question)]
    mentions += _typo_mentions(question, catalog, [(m.start, m.end) for m in mentions])
    mentions.sort(key=lambda m: m.start)
    return [NamedLaw(m.start, m.end, m.text, m.doc_ids, bool(_COMPARISON.search(question[max(0, m.start - 20):m.start])))
            for m in mentions]


def subject_doc_ids(question: str, catalog) -> set[str]:
    """Doc ids of the laws the question is about: every named law, except those only compared with when another law
    is named plainly."""
    laws = named_laws(question, catalog)
    plain = [m for m in laws if not m.compared]
    return {d for m in (plain or laws) for d in m.doc_ids}
