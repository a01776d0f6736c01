"""Is an English claim about the Chinese article it cites at all? Its concepts, word by word, against every article of
that law.

An English claim on a Chinese article cannot be compared word for word (grounding._check_wording), and counting its
glossary terms in the article beside the cited one (grounding._check_neighbour_terms) misses most wrong citations: a
true statement cited to an article that does not say it (a drafting model's common slip: 商业银行法第六十二条 cited for
the secrecy duty of 第五十三条, 电子签名法第四条's "written form" for 第六条's "keeping documents") shares the law's
vocabulary with the cited article, and the words that tell the two apart (secrets, experience, training) are in no
glossary entry.

So each content word of the claim is a concept, with every Chinese word the bridges give for it: CC-CEDICT read
backwards (cedict.py), the lexicon and the glossary (a phrase's words share its terms). A concept is found in an
article when any of its Chinese words occurs there; it weighs by how few of the law's articles hold it (a concept
every article holds, 商业银行 in the Commercial Banking Law, tells none apart). When the cited article holds little of
the claim's weight and another article of the same law holds much more, the claim most likely cites the wrong
article: not supported, not contradicted (the claim may be true, of the other article).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

# Words that say how a clause binds, not what it is about: modality.py compares them. Their dictionary words (必要,
# 条件, 要求 for "required") are in half of any law and would count as concepts the cited article lacks.
# Source: the English modal verbs and the participles and adjectives that stand for them (general English grammar).
MODAL_WORDS = frozenset(
    "must shall may might can cannot could should would need needs needed required require requires requiring "
    "obliged obligated allowed allow allows permitted permit permits prohibited prohibit prohibits forbidden forbid "
    "barred bar bars entitled able unable".split())
# A claim needs this many concepts that the law's text holds at all: with fewer, one untranslated word (an English
# claim on 中国人民银行法第十一条 whose "governor" the dictionary does not give as 行长) decides the share.
MIN_CONCEPTS = 3
# The cited article holds less than CITED_SHARE_MAX of the claim's concept weight, another article of the law at least
# LEAD_MIN more. Set on the tuning claim files (447 English claims on Chinese articles; 246 true, 20 wrong-article):
# true claims whose cited article holds under 0.45 are paraphrases with several words the dictionary renders loosely,
# and another article led them by 0.33 at most but for one (0.86: "on a consolidated basis", 并表 not in the
# dictionary); wrong-article claims' cited articles held 0.01–0.42 with leads of 0.50–1.00 for 17 of 20.
CITED_SHARE_MAX = 0.45
LEAD_MIN = 0.5

_WORD = re.compile(r"[a-z](?:[a-z'-]*[a-z])?")  # "records'" is records
_POSSESSIVE = re.compile(r"'s\b")
_ARTICLE_REF = re.compile(r"(?i)\b(?:articles?|art\.)\s*\d+[a-z]?(?:\s*\(\d+\))*")
_MAX_WORDS = 3  # cedict's longest key (a gloss of up to three words)


@dataclass(frozen=True)
class Concept:
    word: str  # the claim's English word
    chinese: frozenset[str]  # the Chinese words the bridges give for it


@dataclass(frozen=True)
class BetterArticle:
    article: int  # the article of the law that holds the claim's concepts
    cited_share: float
    share: float


def claim_concepts(claim: str, dictionary: Mapping[tuple[str, ...], tuple[str, ...]],
                   phrases: Iterable[tuple[int, int, Iterable[str]]] = (),
                   says_nothing: Callable[[str], bool] = lambda w: False) -> list[Concept]:
    """The claim's content words with their Chinese words (pure). `dictionary`: CC-CEDICT reversed (folded English
    gloss words → Chinese words); `phrases`: (start, end, Chinese words) of the glossary's and the lexicon's matches in
    `claim`, given to every word inside them. Law names and article numbers should be blanked out by the caller."""
    from .cedict import FUNCTION_WORDS, fold

    low = _POSSESSIVE.sub(lambda m: " " * len(m.group(0)), claim.lower())
    words = [m for m in _WORD.finditer(low) if m.group(0) not in FUNCTION_WORDS]
    keys = [fold(m.group(0)) for m in words]
    found: list[set[str]] = [set() for _ in words]
    for i in range(len(words)):
        for n in range(1, _MAX_WORDS + 1):  # every dictionary phrase the word is part of
            for j in range(max(0, i - n + 1), min(i, len(words) - n) + 1):
                found[i].update(dictionary.get(tuple(keys[j:j + n]), ()))
    for start, end, chinese in phrases:
        for i, m in enumerate(words):
            if m.start() >= start and m.end() <= end:
                found[i].update(chinese)
    concepts: dict[str, Concept] = {}  # a word said twice is one concept
    for m, chinese in zip(words, found):
        word = m.group(0)
        # a single character is no word of its own: as a substring it is in every article (指 in 是指, 指定)
        chinese = frozenset(w for w in chinese if len(w) > 1)
        if chinese and len(word) >= 3 and word not in MODAL_WORDS and not says_nothing(word):
            concepts.setdefault(word, Concept(word, chinese))
    return list(concepts.values())


def holds(text: str, tokens: frozenset[str], word: str) -> bool:
    """Whether an article holds a Chinese word: a word of two characters as one of its tokens (合法 is not in 符合法律,
    cut 符合 / 法律), a longer one anywhere in its text (a glossary phrase such as 取得个人的同意 is no single token)."""
    return word in text if len(word) > 2 else word in tokens


def article_shares(concepts: list[Concept], articles: Mapping[int, str],
                   tokens: Mapping[int, frozenset[str]]) -> dict[int, float]:
    """Each article's share of the claim's concept weight (pure; `tokens`: each article's tokens): a concept counts
    where any of its Chinese words occurs (`holds`), weighted by the inverse of how many of the law's articles hold it.
    Concepts no article holds are left out; empty when fewer than MIN_CONCEPTS remain."""
    held = [{n for n, text in articles.items() if any(holds(text, tokens[n], w) for w in c.chinese)} for c in concepts]
    held = [h for h in held if h]
    if len(held) < MIN_CONCEPTS:
        return {}
    total = len(articles)
    weights = [math.log((total + 1) / (len(h) + 0.5)) for h in held]
    whole = sum(weights) or 1.0
    return {n: sum(w for h, w in zip(held, weights) if n in h) / whole for n in articles}


def better_article(concepts: list[Concept], cited: Iterable[int], articles: Mapping[int, str],
                   tokens: Mapping[int, frozenset[str]] | None = None) -> BetterArticle | None:
    """Another article of the law that holds the claim's concepts much better than every cited one, or None (pure
    but for tokenising the articles when `tokens` is not given)."""
    shares = article_shares(concepts, articles, tokens if tokens is not None else article_tokens(articles))
    cited = [n for n in cited if n in shares]
    if not cited:
        return None
    mine = max(shares[n] for n in cited)
    if mine >= CITED_SHARE_MAX:
        return None
    best = max((n for n in shares if n not in cited), key=lambda n: shares[n], default=None)
    if best is None or shares[best] < mine + LEAD_MIN:
        return None
    return BetterArticle(best, mine, shares[best])


def blank_references(claim: str, catalog=None) -> str:
    """The claim with law names and article numbers blanked (same length): translated word by word, a law's title
    gives the words of titles and scope articles, not the claim's topic."""
    if catalog is not None:
        for mention in reversed(catalog.find_mentions(claim)):
            claim = claim[:mention.start] + " " * (mention.end - mention.start) + claim[mention.end:]
    return _ARTICLE_REF.sub(lambda m: " " * len(m.group(0)), claim)


def bridge_phrases(claim: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, Chinese words) of the lexicon's and the glossary's matches in `claim`."""
    from .glossary import load_glossary
    from .lexicon import load_lexicon

    out = load_lexicon().spans(claim)
    for entry in load_glossary().matches(claim):
        out += [(m.start(), m.end(), list(entry.zh)) for m in entry.pattern.finditer(claim)]
    return out


def texts_dictionary(token_lists: Iterable[list[str]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """CC-CEDICT read backwards over the Chinese words the given texts' tokens hold (0.6 s; build once per index)."""
    from .cedict import read_entries, reverse

    used = {t for tokens in token_lists for t in tokens if not t.isascii()}
    dictionary = reverse(read_entries(used.__contains__))
    for key, chinese in concept_glosses().items():  # the laws' words CC-CEDICT does not give for them (并表 for consolidated)
        dictionary[key] = tuple(dict.fromkeys((*dictionary.get(key, ()), *chinese)))
    return dictionary


def concept_glosses() -> dict[tuple[str, ...], tuple[str, ...]]:
    """concept_glosses.toml: folded English key → Chinese words (see the file for each entry's source)."""
    import tomllib
    from importlib import resources

    from .cedict import fold

    data = tomllib.loads(resources.files(__package__).joinpath("concept_glosses.toml").read_text(encoding="utf-8"))
    return {tuple(fold(w) for w in entry["en"].lower().split()): tuple(entry["zh"]) for entry in data["gloss"]}


def article_tokens(articles: Mapping[int, str]) -> dict[int, frozenset[str]]:
    """Each article's tokens (the index's tokeniser: jieba's search cut, which also gives a long word's parts)."""
    from ..text.tokens import tokenize

    return {n: frozenset(tokenize(text)) for n, text in articles.items()}
