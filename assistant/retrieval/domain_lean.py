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
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ..lexis.lexicon import Lexicon, first_word_forms, key_pattern, plain_form


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
        pattern = re.compile(key_pattern(key))
        # only the lines holding the key's first word (or a word it starts) can match: no pass over the whole text
        if not any(pattern.search(lines[n]) for n in _lines_with_first_word(key, words, lines_of)):
            absent[key] = pattern
    return absent


def _lines_with_first_word(key: str, words: list[str], lines_of: dict[str, list[int]]) -> list[int]:
    found: set[int] = set()
    for first in first_word_forms(key):  # took over, written off: a verb phrase's first word in any of its forms
        for word in words[bisect.bisect_left(words, first):]:
            if not word.startswith(first):
                break
            found.update(lines_of[word])
    return sorted(found)


def domain_words(question: str, keys: dict[str, re.Pattern]) -> set[str]:
    """The distinct `keys` the question's words match ("sign-off" and "sign off" are one)."""
    lowered = question.lower()
    return {plain_form(k.rstrip("$")) for k, p in keys.items() if p.search(lowered)}


def leans_chinese(question: str, keys: dict[str, re.Pattern], min_words: int, eu_heading_words: bool) -> bool:
    """At least `min_words` domain words; one more when the question's words also render EU heading words
    (eu_terms.toml: "sue over a leak" renders "right to compensation and liability"): evidence for the EU texts."""
    return len(domain_words(question, keys)) >= min_words + (1 if eu_heading_words else 0)


# what a Chinese law's title says besides its subject (中华人民共和国…法, …管理条例, …暂行办法)
_TITLE_FRAME = re.compile(r"中华人民共和国|管理|条例|规定|暂行|办法|措施|法$")


def title_subject_keys(lexicon: Lexicon, absent: dict[str, re.Pattern], chinese_titles: Iterable[str],
                       min_shared: int = 3) -> dict[str, re.Pattern]:
    """The `absent` keys (words no EU text uses) whose Chinese words name the subject of a Chinese law: the word is in
    the law's title (e-signature → 电子签名, 电子签名法; AML → 反洗钱) or starts with at least `min_shared` characters of
    it (consumer association → 消费者组织, 消费者权益保护法). A question about such a subject is about that Chinese law
    even when it names no law or place. Read from the catalog's titles and the lexicon, not listed by hand."""
    titles = [t for t in (_TITLE_FRAME.sub("", title) for title in chinese_titles) if t]
    return {key: pattern for key, pattern in absent.items()
            if any(_names_title(word, titles, min_shared) for word in lexicon.words[key])}


def _names_title(word: str, titles: list[str], min_shared: int) -> bool:
    return len(word) >= 2 and any(word in title or _shared_start(word, title) >= min_shared for title in titles)


def _shared_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n
