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


def _key_pattern(key: str) -> str:
    body = r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", key.rstrip("$"))))
    return r"(?<![a-z])" + body + (r"(?![a-z])" if key.endswith("$") else r"[a-z]*") + r"(?!-[a-z])"


class Lexicon:
    def __init__(self, words: dict[str, list[str]]):
        self.words = words
        # a key matches a word starting with it (automat → automated), or the whole word only when it ends in $
        # (minor$ is not minority); hyphen or space alike inside phrases; the first part of a hyphenated word is not
        # the word (fine-tuned is not fine)
        keys = sorted(words, key=len, reverse=True)
        self._pattern = re.compile("|".join(_key_pattern(k) for k in keys) or r"(?!)")
        self._starts = [(re.sub(r"[\s-]+", " ", k.rstrip("$")), k) for k in keys]

    def chinese_words(self, question: str) -> list[str]:
        """The Chinese words for the question's English words, in order, without repeats."""
        out: list[str] = []
        for m in self._pattern.finditer(question.lower()):
            found = re.sub(r"[\s-]+", " ", m.group(0))
            key = next(k for norm, k in self._starts if found.startswith(norm) and (not k.endswith("$") or found == norm))
            out.extend(t for t in self.words[key] if t not in out)
        return out


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    text = resources.files("assistant.retrieval").joinpath("lexicon.toml").read_text(encoding="utf-8")
    return Lexicon({str(k).lower(): list(v) for k, v in tomllib.loads(text).get("words", {}).items()})
