"""Places outside the Chinese mainland named in a question ("our Singapore parent", "新加坡母公司", "the Frankfurt team").

The Chinese laws never name a country: they say 境外 for all of them (个人信息保护法第三章, 数据安全法第三十一条, 网络数据
安全管理条例第三十五条, 非银行支付机构监督管理条例's domestic processing). A question about the Chinese texts that names
one is searched with that word too (hybrid/query_words.py). Data and sources: foreign_places.toml.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..language import has_cjk
from ..text.tokens import segment

# the laws' one word for every place outside the mainland (个人信息保护法第三章, 数据安全法第三十一条)
ABROAD_ZH = "境外"
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
# where something goes or comes from: "send data to Tokyo", "access from Frankfurt", "bring it into Hong Kong"
_DIRECTION_BEFORE = re.compile(r"\b(?:to|from|into|out of)\s+(?:the\s+)?$", re.IGNORECASE)
# the word after a place that qualifies a noun ("a Singapore certificate authority"); not a function word or verb
# after a place named as a subject or object ("Singapore is", "Singapore and", "in Singapore?")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][A-Za-z-]*)")
_NOT_QUALIFIED = frozenset("is are was were be been has have had does do did will would can could may might must shall "
                           "should and or but nor to from in into on at by for with of as than that which who whose "
                           "where when if so then too also under over".split())


@dataclass(frozen=True)
class NamedPlaces:
    """Which kinds of foreign place a question names."""

    eu: bool = False  # an EU / EEA member state or one of its cities
    outside: bool = False  # any other foreign country, territory or city (Hong Kong, Macao and Taiwan included)

    @property
    def any(self) -> bool:
        return self.eu or self.outside


@dataclass(frozen=True)
class _Group:
    english: re.Pattern
    chinese: frozenset[str]


def _english_pattern(names: list[str], cased: list[str]) -> re.Pattern:
    def alternatives(words: list[str]) -> str:
        # longest first, so that "South Korea" wins over "Korea"; spaces match any run of blanks or a hyphen
        return "|".join(r"[\s-]+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))

    parts = []
    if names:
        parts.append(rf"(?i:(?<![A-Za-z])(?:{alternatives(names)})(?![A-Za-z]))")
    if cased:
        parts.append(rf"(?<![A-Za-z.])(?:{alternatives(cased)})(?![A-Za-z])")
    return re.compile("|".join(parts) or r"(?!)")


def _group(raw: dict) -> _Group:
    return _Group(_english_pattern(list(raw.get("en", [])), list(raw.get("en_cased", []))),
                  frozenset(raw.get("zh", [])))


class Places:
    def __init__(self, data: dict):
        self._eu = _group(data.get("eu", {}))
        self._outside = _group(data.get("outside", {}))

    def named(self, question: str) -> NamedPlaces:
        words = _chinese_words(question) if has_cjk(question) else frozenset()
        return NamedPlaces(eu=self._names(self._eu, question, words), outside=self._names(self._outside, question, words))

    def english_settings(self, question: str) -> list[str]:
        """The foreign places an English question names as the setting of its case: before the noun they qualify (a
        Singapore certificate authority, our Hong Kong team) or as where something goes or comes from (data sent to
        Tokyo, access from Frankfurt). Not a place whose rules are asked (Singapore's PDPA, which regimes.toml
        reads) nor one a question is asked in ("… personal data in London?": another jurisdiction's law)."""
        return [m.group(0) for group in (self._eu, self._outside) for m in group.english.finditer(question)
                if _DIRECTION_BEFORE.search(question, 0, m.start())
                or ((after := _WORD_AFTER.match(question, m.end())) and after.group(1).lower() not in _NOT_QUALIFIED)]

    def outside_mentions(self, question: str) -> list[tuple[str, int, int]]:
        """Each mention of a place outside the mainland and the EU: (name as written, start, end), in order; a Chinese
        name only where jieba cuts it as a whole word (the rule of `named`)."""
        found = [(m.group(0), m.start(), m.end()) for m in self._outside.english.finditer(question)]
        if has_cjk(question):
            position = 0
            for run in _CJK_RUN.finditer(question):
                position = run.start()
                for word in segment(run.group(0), hmm=False):
                    if word in self._outside.chinese:
                        found.append((word, position, position + len(word)))
                    position += len(word)
        return sorted(found, key=lambda mention: mention[1])

    @staticmethod
    def _names(group: _Group, question: str, words: frozenset[str]) -> bool:
        return bool(words & group.chinese) or bool(group.english.search(question))


def _chinese_words(question: str) -> frozenset[str]:
    """The question's Chinese words as jieba cuts them without guessing: a place name counts only as a whole word
    (法国 is not in 依法国家机关)."""
    return frozenset(w for run in _CJK_RUN.findall(question) for w in segment(run, hmm=False))


@lru_cache(maxsize=1)
def load_places() -> Places:
    text = resources.files("assistant.retrieval").joinpath("foreign_places.toml").read_text(encoding="utf-8")
    return Places(tomllib.loads(text))
