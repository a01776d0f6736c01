"""English questions with no jurisdiction cue whose subject the EU texts never speak of (pure logic).

"A fintech partner wants our payment sub to lend them our payment licence so they can onboard merchants" names no law
and no place, so the Chinese texts are searched beside the EU ones (jurisdiction_default.py). But its ordinary English
words (partner, wants, data …) match the GDPR's English text far better than any Chinese text, and the first five are
GDPR articles on information duties. Its subject words — lend, merchant — occur nowhere in the GDPR or the AI Act
extract: the EU texts in the corpus cannot be what it asks about. The lexicon (lexicon.toml) holds the English words of
the legal and banking domain with the Chinese words the laws use for them; those of its keys that occur in no EU text
are words only the Chinese texts (and the bank's policies) speak of. Read from the corpus, not listed by hand: a key
the EU texts use (consent, processor, certification) never counts, and a corpus with more EU texts counts fewer keys.

A question holding at least `min_words` such words leans to the Chinese side: its EU candidates weigh less
(RetrievalConfig.domain_lean_weight). One word alone is no lean: everyday words like "vendor" or "app" are absent from
the EU texts too, and a question about an AI credit-scoring "loan" model is about the AI Act.

Except a word naming the subject of a Chinese law (subject_keys): one whose Chinese word is in that law's title
(AML → 反洗钱 of 反洗钱法, CIIO → 关键信息基础设施 of 关键信息基础设施安全保护条例, e-signature → 电子签名 of 电子签名法)
and that no EU text uses. The corpus holds no EU text on that subject at all, so the word counts as two: "Is the
anti-money-laundering authority supposed to publish how it sets AML fines?" leans on "AML" alone, though "fines"
renders the GDPR's heading words. Read from the titles and the EU texts, not listed by hand.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from .lexicon import Lexicon, _key_pattern, _plain


def eu_absent_keys(lexicon: Lexicon, eu_texts: Iterable[str]) -> dict[str, re.Pattern]:
    """The lexicon keys that match no word of the EU texts, each with its compiled pattern (lower-cased text)."""
    lines = "\n".join(eu_texts).lower().split("\n")
    lines_of: dict[str, list[int]] = {}
    for n, line in enumerate(lines):
        for word in set(re.findall(r"[a-z]+", line)):
            lines_of.setdefault(word, []).append(n)
    words = sorted(lines_of)
    absent = {}
    for key in lexicon.words:
        pattern = re.compile(_key_pattern(key))
        # only the lines holding the key's first word (or a word it starts) can match: no pass over the whole text
        if not any(pattern.search(lines[n]) for n in _lines_with_first_word(key, words, lines_of)):
            absent[key] = pattern
    return absent


def _lines_with_first_word(key: str, words: list[str], lines_of: dict[str, list[int]]) -> list[int]:
    first = re.split(r"[\s-]+", _plain(key.rstrip("$")))[0]
    found: set[int] = set()
    for word in words[bisect.bisect_left(words, first):]:
        if not word.startswith(first):
            break
        found.update(lines_of[word])
    return sorted(found)


def subject_keys(absent: dict[str, re.Pattern], lexicon: Lexicon, chinese_titles: Iterable[str]) -> frozenset[str]:
    """The EU-absent keys (plain, as domain_words gives them) one of whose Chinese words is in a Chinese law's title."""
    titles = list(chinese_titles)
    return frozenset(_plain(k.rstrip("$")) for k in absent
                     if any(w in t for w in lexicon.words.get(k, ()) for t in titles))


def domain_words(question: str, keys: dict[str, re.Pattern]) -> set[str]:
    """The distinct `keys` the question's words match ("sign-off" and "sign off" are one)."""
    lowered = question.lower()
    return {_plain(k.rstrip("$")) for k, p in keys.items() if p.search(lowered)}


def leans_chinese(question: str, keys: dict[str, re.Pattern], min_words: int, eu_heading_words: bool,
                  subjects: frozenset[str] = frozenset(), subject_weight: int = 1) -> bool:
    """At least `min_words` domain words, a word in `subjects` counting `subject_weight` times; one more when the
    question's words also render EU heading words (eu_terms.toml: "sue over a leak" renders "right to compensation
    and liability"): evidence for the EU texts."""
    words = domain_words(question, keys)
    count = len(words) + (subject_weight - 1) * len(words & subjects)
    return count >= min_words + (1 if eu_heading_words else 0)
