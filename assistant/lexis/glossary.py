"""Business words → legal terms, both languages (data in glossary.toml, each entry with its source).

People ask "刷脸开户要注意什么" or "can we outsource the call centre abroad"; the laws say 人脸识别/生物识别信息 and
委托处理/向境外提供. Expansion adds the legal terms of every entry whose words occur in the question, so BM25 finds
the clauses and an English question about a Chinese law reaches the Chinese text.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..language import has_cjk
from .lexicon import DETERMINERS
from .verb_phrases import is_verb_phrase, verb_pattern


@dataclass(frozen=True)
class Entry:
    when: tuple[str, ...]
    zh: tuple[str, ...]
    en: tuple[str, ...]
    source: str
    pattern: re.Pattern
    # one literal of each trigger that any match of `pattern` contains (in `_folded` form); None: no such literal
    # known, the pattern is always searched
    clues: tuple[str, ...] | None = None


# The characters outside ASCII that re.IGNORECASE matches to an ASCII letter (found by scanning every code point;
# tests/test_glossary_clues.py checks it): folded to that letter so that a clue test never misses a match.
_RE_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})


def _folded(text: str) -> str:
    return text.translate(_RE_FOLDS).lower()


def _clue(phrase: str) -> str | None:
    """The longest literal part of a trigger's pattern (both _pattern branches join the escaped parts by optional
    separators), in `_folded` form; None when a part holds a cased character outside ASCII (é), whose matches under
    IGNORECASE the fold does not cover."""
    parts = phrase.split() if has_cjk(phrase) else re.split(r"[\s-]+", phrase.strip())
    if not has_cjk(phrase):
        if is_verb_phrase([p.lower() for p in parts]):
            parts = parts[1:]  # the verb is written in any of its forms (took over): not a literal of every match
        parts = [p for p in parts if p.lower() not in DETERMINERS] or parts  # any determiner stands in for one
    part = max(parts, key=len, default="")
    if not part or any(not c.isascii() and (c.lower() != c or c.upper() != c) for c in part):
        return None
    return part.lower()


def _clues(words: tuple[str, ...]) -> tuple[str, ...] | None:
    clues = tuple(_clue(w) for w in words)
    return None if None in clues else clues


_ANY_DETERMINER = "(?:" + "|".join(DETERMINERS) + ")"


def _latin_body(phrase: str) -> str:
    """An English trigger as people write it: hyphen, space or nothing between its words (third-party, third party),
    its last word also in the plural or possessive (kid → kids, kid's; vendor → vendors), and the verb a verb phrase
    starts with in any tense (take it to court → took it to court, taking it to court); a determiner inside it stands
    for any determiner (shut down the bank → shut down a bank, shut down our bank)."""
    words = [p for p in re.split(r"[\s-]+", phrase.strip()) if p]
    parts = [_ANY_DETERMINER if 0 < n < len(words) - 1 and p.lower() in DETERMINERS else re.escape(p)
             for n, p in enumerate(words)]
    if is_verb_phrase([w.lower() for w in words]):
        parts[0] = verb_pattern(words[0].lower())
    body = r"[\s-]*".join(parts)
    return body + r"(?:s|es|'s)?" if phrase[-1:].isalpha() else body


def _pattern(words: tuple[str, ...]) -> re.Pattern:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        if has_cjk(w):
            parts.append(r"\s*".join(re.escape(p) for p in w.split()))
        else:
            parts.append(r"(?<![A-Za-z])" + _latin_body(w) + r"(?![A-Za-z])")
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


class Glossary:
    def __init__(self, entries: list[Entry]):
        self.entries = entries
        # each distinct clue once, with the entries it admits; entries without clues are always searched
        by_clue: dict[str, list[int]] = {}
        for n, e in enumerate(entries):
            for clue in e.clues or ():
                by_clue.setdefault(clue, []).append(n)
        self._by_clue = list(by_clue.items())
        self._unclued = {n for n, e in enumerate(entries) if e.clues is None}
        # retrieval and the coverage gate both expand the same question: match the ~200 patterns once
        self.matches = lru_cache(maxsize=256)(self._matches)

    def _matches(self, question: str) -> list[Entry]:
        # a substring test of the clues first: most of the ~230 patterns (lookbehinds, IGNORECASE) cannot match, and
        # searching them all cost ~10 ms per question on a loaded machine (a third of retrieval outside the embedding)
        folded = _folded(question)
        admitted = set(self._unclued)
        for clue, entries in self._by_clue:
            if clue in folded:
                admitted.update(entries)
        return [self.entries[n] for n in sorted(admitted) if self.entries[n].pattern.search(question)]

    def expansion(self, question: str, chinese: bool = True) -> list[str]:
        """Legal terms (Chinese and English; English only when `chinese` is False) of the entries the question
        triggers, without repeats and without terms the question already contains."""
        out: list[str] = []
        lowered = question.lower()
        for entry in self.matches(question):
            for term in (*(entry.zh if chinese else ()), *entry.en):
                if term.lower() not in lowered and term not in out:
                    out.append(term)
        return out

    def triggers(self, question: str) -> list[str]:
        """The question's own words that triggered an entry (kid's, 征信报告): the words the glossary bridges to
        the texts' legal terms."""
        return [m.group(0) for entry in self.matches(question) for m in entry.pattern.finditer(question)]

    def expand(self, question: str, chinese: bool = True) -> str:
        terms = self.expansion(question, chinese)
        return f"{question} {' '.join(terms)}" if terms else question


def parse_glossary(data: dict) -> Glossary:
    entries = []
    for raw in data.get("entry", []):
        when = tuple(str(w) for w in raw.get("when", []) if str(w).strip())
        if not when:
            continue
        entries.append(Entry(when, tuple(raw.get("zh", [])), tuple(raw.get("en", [])), str(raw.get("source", "")),
                             _pattern(when), _clues(when)))
    return Glossary(entries)


@lru_cache(maxsize=1)
def load_glossary() -> Glossary:
    text = resources.files("assistant.lexis").joinpath("glossary.toml").read_text(encoding="utf-8")
    return parse_glossary(tomllib.loads(text))
