"""Which laws a question names as its subject: the catalog's names, names typed one character off, and not the laws it
only compares with.

- People type fast: 个宝法 (个保法), 反洗前法 (反洗钱法). A Chinese word ending like a law name (…法, …条例, …办法, …规定)
  that is one character off a catalog name of the same length, first and last characters kept, names that law
  (`Catalog.resolve_typo`, the rule the coverage gate already uses to avoid refusing a typo as an unknown law).
  个 after a demonstrative or a numeral is the classifier (那个办法, 这个说法, 好几个说法), not the first character of
  个保法 typed wrong.
- Spoken Chinese points at a law with a demonstrative between its subject and its kind: 生成式AI那个办法, 征信那个条例,
  两高侵犯公民个人信息那个司法解释. Read without the demonstrative (生成式AI办法, 征信条例), a catalog name that ends with
  the kind word names that law.
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


# A law pointed at in speech: up to 14 characters of its subject, a demonstrative (那个, 这个, 那部, 这部 …: general usage),
# and the kind of text (办法, 条例, 规定, 司法解释, 法 as a title's end, as in _LAW_WORD).
_POINTED = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,14}?)(?:那个|这个|那部|这部|那一部|这一部|那条|这条)"
                      r"((?:司法)?解释|办法|条例|规定|法(?![律院治官])(?!规(?!定))(?!定(?!义)))")


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


# what a classifier 个 follows: demonstratives, question words, numerals (general grammar)
_BEFORE_CLASSIFIER = frozenset("这那哪一两几每各某整半单俩三四五六七八九十百千")


def _classifier(question: str, start: int) -> bool:
    """Whether the word starting at `start` begins with the classifier 个 (那个办法: "that measure")."""
    return question[start] == "个" and start > 0 and question[start - 1] in _BEFORE_CLASSIFIER


def _typo_mentions(question: str, catalog, taken: list[tuple[int, int]]) -> list[NamedLaw]:
    found = []
    names = None
    for m in _LAW_WORD.finditer(question):
        # try the shortest tail first: in 按个宝法 the law word is 个宝法, not 按个宝法
        for start in range(m.end() - 3, m.start() - 1, -1):
            if any(s < m.end() and start < e for s, e in taken):
                break
            if _classifier(question, start):
                continue
            word = question[start:m.end()]
            laws = catalog.resolve_typo(word, same_first=True)
            if laws:
                names = _shortenings(catalog) if names is None else names
                if any(word in n for n in names):
                    break
                found.append(NamedLaw(start, m.end(), question[start:m.end()], tuple(law.doc_id for law in laws)))
                break
    return found


# An English law named by its title shortened: "the PI law" (Personal Information Protection Law), "China's DS law" (Data
# Security Law; "data law" is not: half a title may fit more laws), "the e-signature law". The words right before "law", back to
# a word that is no part of a title (the, under, China's …), must be the title's first word and most of the others, in
# order, an acronym standing for consecutive words (PI: Personal Information, as in "PI" / "PII"), and fit one law only.
_LAW_WORD_EN = re.compile(r"(?<![\w-])law\b", re.IGNORECASE)
_TITLE_TAIL = re.compile(r"\s+of\s+the\s+People's\s+Republic\s+of\s+China$", re.IGNORECASE)
_TITLE_FILLER = frozenset("of the on and for".split())
_MAX_SHORT_WORDS = 3


def _title_words(catalog) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(English title words before "Law", lower case, fillers dropped; doc ids) of every indexed law."""
    titles = {}
    for law in catalog.entries:
        if not catalog.is_indexed(law.doc_id):
            continue
        for alias in law.aliases:
            name = _TITLE_TAIL.sub("", alias.strip())
            words = [w.lower() for w in re.split(r"[\s-]+", name) if w]
            if len(words) >= 2 and words[-1] == "law" and all(w.isascii() for w in words):
                key = tuple(w for w in words[:-1] if w not in _TITLE_FILLER)
                titles.setdefault(key, set()).update(law.doc_id for law in catalog.resolve(alias))
    return [(k, tuple(sorted(v))) for k, v in titles.items()]


def _fits_title(units: list[str], title: tuple[str, ...]) -> bool:
    """Whether the question's words (a single letter: one initial) are the title's first word and later ones, in
    order, initials on consecutive words, and more than half of the title's words."""
    from ..lexis.english_stems import stem

    at = 0
    for n, unit in enumerate(units):
        if len(unit) == 1:
            if at >= len(title) or not title[at].startswith(unit):
                return False
            at += 1
            continue
        found = next((k for k in range(at, len(title)) if stem(title[k]) == stem(unit)), None)
        if found is None or (n == 0 and found != 0):
            return False
        at = found + 1
    return 2 * len(units) > len(title)  # most of the title: "data law" could be more than one law


def _name_units(words: list[str]) -> list[str]:
    """Question words as title units: an acronym (PI, AML) as its initials, a word in lower case."""
    units = []
    for word in words:
        for part in filter(None, word.split("-")):
            units += list(part.lower()) if part.isupper() and 2 <= len(part) <= 5 or len(part) == 1 else [part.lower()]
    return units


def _pointed_mentions(question: str, catalog, taken: list[tuple[int, int]]) -> list[NamedLaw]:
    """Laws named with a demonstrative between subject and kind (生成式AI那个办法): the catalog name the words form
    without it, when that name ends with the kind word."""
    found = []
    for m in _POINTED.finditer(question):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        joined = m.group(1) + m.group(2)
        ending = [n for n in catalog.find_mentions(joined) if n.end == len(joined) and n.start < len(m.group(1))]
        if ending:
            name = min(ending, key=lambda n: n.start)  # the longest name ending there
            start = m.start(1) + name.start
            found.append(NamedLaw(start, m.end(), question[start:m.end()], tuple(name.doc_ids)))
    return found


def shortened_mentions(question: str, catalog, taken: list[tuple[int, int]]) -> list[NamedLaw]:
    """Laws named by a shortening of their English title before "law" (the PI law, the e-signature law) that fits one
    law only, outside the spans `taken`."""
    found = []
    titles = None
    for m in _LAW_WORD_EN.finditer(question):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        words = re.findall(r"[A-Za-z][A-Za-z'-]*", question[max(0, m.start() - 60):m.start()])
        run: list[str] = []
        for word in reversed(words):
            if len(run) == _MAX_SHORT_WORDS or "'" in word or word.lower() in _NOT_TITLE_WORDS:
                break
            run.insert(0, word)
        if not run:
            continue
        titles = _title_words(catalog) if titles is None else titles
        laws = {docs for title, docs in titles if _fits_title(_name_units(run), title)}
        if len(laws) == 1:
            start = question.rfind(run[0], 0, m.start())
            found.append(NamedLaw(start, m.end(), question[start:m.end()], next(iter(laws))))
    return found


# words before "law" that are no part of a law's title: articles, prepositions, possessives, the jurisdiction
_NOT_TITLE_WORDS = frozenset("the a an this that these those our its their your his her my under per by of in to "
                             "with from and or on for new old current relevant applicable chinese china prc "
                             "mainland national local".split())


def named_laws(question: str, catalog) -> list[NamedLaw]:
    """The laws `question` names, in order, each marked when it is named only as a point of comparison."""
    mentions = [NamedLaw(m.start, m.end, m.text, tuple(m.doc_ids)) for m in catalog.find_mentions(question)]
    mentions += _typo_mentions(question, catalog, [(m.start, m.end) for m in mentions])
    mentions += _pointed_mentions(question, catalog, [(m.start, m.end) for m in mentions])
    mentions += shortened_mentions(question, catalog, [(m.start, m.end) for m in mentions])
    mentions.sort(key=lambda m: m.start)
    return [NamedLaw(m.start, m.end, m.text, m.doc_ids, bool(_COMPARISON.search(question[max(0, m.start - 20):m.start])))
            for m in mentions]


def subject_doc_ids(question: str, catalog) -> set[str]:
    """Doc ids of the laws the question is about: every named law, except those only compared with when another law
    is named plainly."""
    laws = named_laws(question, catalog)
    plain = [m for m in laws if not m.compared]
    return {d for m in (plain or laws) for d in m.doc_ids}
