"""What a pasted chat, ticket or meeting note says that no indexed text can match (pure text logic): the dense query
of a long message without it.

People paste a thread ("@ops-wang: 昨晚23:40发现…"), a ticket (PRJ-2231, CX-88120) or design notes (redis, vue2,
Salesforce, XGBoost) and ask a short question at the end. The facts the answer turns on are in the laws' words; the
speaker tags, ticket numbers, clock times and the names of tools and products are words no clause holds. One
embedding of the whole message spends part of itself on them (a small model weighs every token), and a tool name
drags the vector towards whatever clause is nearest to it. BM25 ignores a word no clause holds already; the dense
query is where the noise costs. Removed here by their form (general chat and ticket conventions, no word list):
speaker tags, ticket ids, clock times, versions; and a Latin word when all of these hold:
- the message is Chinese (a Latin word inside Chinese text is a name or jargon), or the word is written as a name
  (capitalised inside a sentence: everyday_english.written_as_names); a plain English word stays, the asker's wording;
- not in capitals: an acronym (EDPB, PBOC, CSL, DPA) names a body or a law as often as a tool (dropping them moved
  10 of round 46's English pool questions down);
- no clause uses it, and neither the lexicon nor the glossary gives the texts' words for it (vendor, KYC, STR, model
  stay: jargon naming a legal thing);
- it is no common English word (below RARE_ZIPF: redis, vue2, XGBoost, Salesforce go; screening, budget, owner
  stay: the asker's words for a thing the texts name in Chinese).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..language import has_cjk
from ..lexis.glossary import load_glossary
from ..lexis.lexicon import load_lexicon
from .everyday_english import written_as_names

# a speaker tag of a chat paste: "@ops-wang:", "@li：" (Slack, WeCom, Jira mentions)
_SPEAKER = re.compile(r"@[\w.\-]+\s*[:：]?")
# a ticket or requirement id: capitals, a hyphen, digits (PRJ-2231, CX-88120, DATA-4471, REQ-5120: Jira's issue key,
# whose project key is in capitals); level-5 or covid-19 is no id
_TICKET = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]*(?:-[A-Z]+)*-\d[A-Za-z0-9\-]*")
# a clock time (23:40, 09:12) and a version (v2.7, V3.2, 6.8版本 keeps its digits: figures may be the facts)
_CLOCK = re.compile(r"(?<![\d.])\d{1,2}:\d{2}(?![\d])")
_VERSION = re.compile(r"(?<![A-Za-z])[vV]\d+(?:\.\d+)+")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
# wordfreq's Zipf scale: 3 is a word used once per million words (wordfreq's README); below it a Latin word is a
# product, tool or company name rather than the asker's English
RARE_ZIPF = 3.0
_SPACES = re.compile(r"[ \t]{2,}")
_EMPTY_BRACKETS = re.compile(r"[（(]\s*[)）]")


def without_noise(text: str, doc_freq: Callable[[str], float]) -> str:
    """`text` without speaker tags, ticket ids, clock times, versions and Latin words no indexed clause holds
    (`doc_freq` of the lower-cased word 0) that are names (see the module's docstring); the rest as written."""
    cleaned = _SPEAKER.sub(" ", text)
    cleaned = _TICKET.sub(" ", cleaned)
    cleaned = _CLOCK.sub(" ", cleaned)
    cleaned = _VERSION.sub(" ", cleaned)
    chinese = has_cjk(text)
    names = set() if chinese else written_as_names(text)

    def unknown(m: re.Match) -> str:
        word = m.group(0)
        lower = word.lower()
        if word.isupper() or not (chinese or lower in names) or doc_freq(lower) > 0 or _bridged(word) or \
                _common_english(lower):
            return word
        return " "

    cleaned = _LATIN_WORD.sub(unknown, cleaned)
    cleaned = _EMPTY_BRACKETS.sub(" ", cleaned)
    return _SPACES.sub(" ", cleaned).strip()


def _bridged(word: str) -> bool:
    """Whether the lexicon or the glossary gives the texts' words for `word` (vendor 服务提供商, KYC, SaaS)."""
    return bool(load_lexicon().chinese_words(word)) or bool(load_glossary().triggers(word))


def _common_english(word: str) -> bool:
    """Whether `word` is an English word in common use (Zipf RARE_ZIPF or more); without wordfreq every word is."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - a declared dependency (pyproject.toml)
        return True
    return zipf_frequency(word, "en") >= RARE_ZIPF
