"""English words → the Chinese words the laws use (data in lexicon.toml), so BM25 can match an English question
about a Chinese text word by word, not only through the glossary's whole phrases.

"can a customer in China refuse a decision made only by the algorithm?" triggers no glossary entry; its words
(refuse, decision, algorithm) give 拒绝, 决策, 算法, which is what 个人信息保护法第二十四条 says.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from .verb_phrases import is_verb_phrase, verb_forms, verb_pattern


# an article or possessive between a phrase key's words ("close their account" is "close account"): the phrase is the
# same legal act whoever's object it is, so one key covers every wording instead of one key per determiner
DETERMINERS = ("the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "this", "that", "these", "those")
_GAP = r"[\s-]+(?:(?:" + "|".join(DETERMINERS) + r")\s+)?"


def plain_form(phrase: str) -> str:
    """`phrase` in the form keys are compared in: single spaces, no determiners between its words."""
    words = re.split(r"[\s-]+", phrase.strip())
    return " ".join(w for i, w in enumerate(words) if i == 0 or w not in DETERMINERS)


_WORD_START = r"(?<![a-z])"


def key_pattern(key: str) -> str:
    """The regex that finds `key` where a word starts (a verb phrase in any of its verb forms)."""
    return _WORD_START + _key_body(key)


def first_word_forms(key: str) -> list[str]:
    """The forms a key's first word is written in: its verb forms for a verb phrase, else the word itself."""
    words = plain_form(key.rstrip("$")).split(" ")
    return verb_forms(words[0]) if is_verb_phrase(words) else [words[0]]


def _key_body(key: str) -> str:
    """A key's pattern after the word start that every key shares (Lexicon factors it out of its alternation)."""
    words = plain_form(key.rstrip("$")).split(" ")
    parts = list(map(re.escape, words))
    if is_verb_phrase(words):
        parts[0] = verb_pattern(words[0])
    body = _GAP.join(parts)
    return body + (r"(?![a-z])" if key.endswith("$") else r"[a-z]*") + r"(?!-[a-z])"


class Lexicon:
    def __init__(self, words: dict[str, list[str]], other_words: frozenset[str] = frozenset()):
        self.words = words
        # whole words that start with a prefix key but are another word (relatively is not relative, kidney not kid,
        # directory not director): a prefix key's match that is one of them is no match
        self.other_words = other_words
        # a key matches a word starting with it (automat → automated), or the whole word only when it ends in $
        # (minor$ is not minority); hyphen or space alike inside phrases; the first part of a hyphenated word is not
        # the word (fine-tuned is not fine)
        keys = sorted(words, key=len, reverse=True)
        # the word-start lookbehind once before the alternation, not in each of its ~450 branches: same matches, and
        # the regex engine no longer tries every branch at every character (3.1 -> 0.2 ms per question)
        self._pattern = re.compile(f"{_WORD_START}(?:{'|'.join(map(_key_body, keys))})" if keys else r"(?!)")
        # each key's own pattern, in the alternation's order: which key a matched text (in its plain_form) came from
        self._bodies = [(k, re.compile(_key_body(k))) for k in keys]
        self._key_of: dict[str, str] = {}  # matched text (plain) → its key, the first of _bodies that fits it

    def chinese_words(self, question: str) -> list[str]:
        """The Chinese words for the question's English words, in order, without repeats."""
        out: list[str] = []
        for _, _, words in self.spans(question):
            out.extend(t for t in words if t not in out)
        return out

    def spans(self, question: str) -> list[tuple[int, int, list[str]]]:
        """(start, end, Chinese words) of each English word or phrase of the question the lexicon has, in order."""
        out = []
        for m in self._pattern.finditer(question.lower()):
            found = plain_form(m.group(0))
            if found.rsplit(" ", 1)[-1] in self.other_words:
                continue
            if (key := self._key_of.get(found)) is None:
                key = next((k for k, body in self._bodies if body.fullmatch(found)), "")
                self._key_of[found] = key
            if not key:  # no key's own pattern fits the text the alternation matched: not to be guessed at
                continue
            out.append((m.start(), m.end(), self.words[key]))
        return out


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    text = resources.files("assistant.lexis").joinpath("lexicon.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return Lexicon({str(k).lower(): list(v) for k, v in data.get("words", {}).items()},
                   frozenset(str(w).lower() for w in data.get("other_words", {}).get("words", [])))
