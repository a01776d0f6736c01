"""Citation markers and sentence splitting (pure).

An answer cites retrieved clauses with markers: `[1]`, `[1][2]`, `[1, 2]`, `【1】`. Here we find
them, split an answer into sentences (each sentence keeps the markers that follow it), map
markers to the clauses the model was shown, drop markers that point at nothing, and renumber
the rest densely in order of first appearance, written uniformly as `[1][2]`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..text.tokens import bigram_terms
from ..types import Citation, Claim, Clause

# Up to three digits: "[2016]" is a year in brackets, not a citation.
MARKER = re.compile(r"[\[【［]\s*(\d{1,3}(?:\s*[,，、]\s*\d{1,3})*)\s*[\]】］]")

_TERMINATORS = set("。！？；!?;")
_CLOSERS = set("」』”’\"')）")
_OPEN_QUOTES = {"「": "」", "『": "』", "“": "”"}
_ABBREVIATIONS = {"art", "arts", "no", "nos", "para", "paras", "e.g", "i.e", "cf", "vs", "p", "pp", "mr", "ms", "dr", "st"}


def parse_markers(text: str) -> list[int]:
    """Marker numbers in order of first appearance, without repeats."""
    seen: list[int] = []
    for match in MARKER.finditer(text):
        for number in _numbers(match.group(1)):
            if number not in seen:
                seen.append(number)
    return seen


def strip_markers(text: str) -> str:
    return re.sub(r"[ \t]+([。！？；，,.!?;:：])", r"\1", MARKER.sub("", text)).strip()


def _numbers(group: str) -> list[int]:
    return [int(n) for n in re.split(r"[\s,，、]+", group) if n]


def _is_full_stop(text: str, i: int) -> bool:
    """Whether the '.' at i ends an English sentence (not 6.1, Art. 6, e.g.)."""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if nxt and not (nxt.isspace() or nxt in _CLOSERS or nxt in "[【"):
        return False
    if re.search(r"(?:^|\n)[ \t]*\d{1,3}$", text[:i]):
        return False  # "1. Processing shall be lawful …": paragraph numbering
    word = re.search(r"([A-Za-z.]+)$", text[:i])
    return not (word and word.group(1).lower() in _ABBREVIATIONS)


def _opens_list(text: str, i: int) -> bool:
    """A colon right before an enumeration ("下列情形之一的：（一）…") ends the lead-in sentence."""
    rest = text[i + 1 : i + 4].lstrip(" \t")
    return rest.startswith(("（", "("))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace-trimmed. A sentence ends at 。！？；.!? or a line
    break, keeps closing quotes and the citation markers right after its terminator, and is not
    split inside 「」『』“” quotes (a quoted clause is one claim)."""
    spans: list[tuple[int, int]] = []
    start, i, n = 0, 0, len(text)
    closing: list[str] = []

    def push(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))

    while i < n:
        ch = text[i]
        if ch == "\n":
            push(start, i)
            start, closing = i + 1, []
        elif ch in _OPEN_QUOTES:
            closing.append(_OPEN_QUOTES[ch])
        elif closing and ch == closing[-1]:
            closing.pop()
        elif not closing and (
            ch in _TERMINATORS
            or (ch == "." and _is_full_stop(text, i))
            or (ch in "：:" and _opens_list(text, i))
        ):
            j = i + 1
            while j < n and text[j] in _CLOSERS:
                j += 1
            while True:  # markers after the terminator belong to this sentence
                k = j
                while k < n and text[k] in " \t":
                    k += 1
                match = MARKER.match(text, k)
                if not match:
                    break
                j = match.end()
            push(start, j)
            start = i = j
            continue
        i += 1
    push(start, n)
    return spans


def split_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def is_claim(sentence: str) -> bool:
    """Whether a sentence asserts something (not a heading, a label or a stray symbol)."""
    body = strip_markers(sentence).strip()
    if body.startswith("#"):
        return False
    if body.endswith((":", "：")) and not MARKER.search(sentence):
        return False
    return len(re.findall(r"[\w\u4e00-\u9fff]", body)) >= 2


def claim_text(sentence: str) -> str:
    """The sentence without markers, list bullets or markdown emphasis."""
    body = strip_markers(sentence)
    body = re.sub(r"^\s*(?:[-*•]\s+|\d{1,2}[.)、]\s*)", "", body)
    return body.replace("**", "").strip()


def claims_of(text: str) -> list[Claim]:
    return [Claim(text=claim_text(s), markers=parse_markers(s)) for s in split_sentences(text) if is_claim(s)]


# Relevance (used to pick quotes and sentences) ------------------------------------------

_STOPWORDS = {"the", "and", "for", "what", "does", "are", "is", "of", "to", "in", "on", "a", "an", "or", "be", "by",
              "with", "about", "how", "which", "that", "this", "it", "can", "do", "under", "as", "at", "from"}


def terms(text: str) -> set[str]:
    """CJK character bigrams (a lone character too) plus lower-cased Latin words and numbers, question words aside."""
    return bigram_terms(text, stop=_STOPWORDS, single_chars=True)


def relevance(query_terms: set[str], sentence: str, terms_of=terms) -> float:
    """Shared terms, mildly normalised by sentence length so long sentences do not win by size; `terms_of`: how the
    sentence's terms are read (the offline answerer folds English words)."""
    own = terms_of(sentence)
    if not own:
        return 0.0
    return len(query_terms & own) / math.sqrt(len(own))


def best_quote(clause_text: str, claim: str) -> str:
    """The clause sentence that best supports `claim`, verbatim."""
    sentences = split_sentences(clause_text)
    if not sentences:
        return ""
    wanted = terms(claim)
    return max(sentences, key=lambda s: relevance(wanted, s))


# Mapping markers to clauses -------------------------------------------------------------


@dataclass
class Resolved:
    text: str  # markers renumbered densely, unknown ones removed
    claims: list[Claim]
    citations: list[Citation]
    notices: list[str] = field(default_factory=list)
    renumbered: dict[int, int] = field(default_factory=dict)  # old marker → new marker
    dropped: list[int] = field(default_factory=list)


def resolve_markers(text: str, numbered: Mapping[int, Clause]) -> Resolved:
    """Keep markers that point at a clause in `numbered`, drop and flag the rest, renumber 1..n."""
    order: list[int] = []
    dropped: list[int] = []

    def rewrite(match: re.Match) -> str:
        kept: list[int] = []
        for number in _numbers(match.group(1)):
            if number not in numbered:
                if number not in dropped:
                    dropped.append(number)
                continue
            if number not in order:
                order.append(number)
            new = order.index(number) + 1
            if new not in kept:
                kept.append(new)
        return "".join(f"[{k}]" for k in kept)

    new_text = MARKER.sub(rewrite, text)
    new_text = re.sub(r"[ \t]+([。！？；，,.!?;:：])", r"\1", new_text)
    renumbered = {old: i + 1 for i, old in enumerate(order)}
    claims = claims_of(new_text)
    citations = []
    for old, new in renumbered.items():
        clause = numbered[old]
        citing = " ".join(c.text for c in claims if new in c.markers)
        citations.append(Citation.from_clause(new, clause, quote=best_quote(clause.text, citing)))
    notices = [f"marker [{n}] pointed at nothing retrieved; dropped" for n in dropped]
    return Resolved(new_text.strip(), claims, citations, notices, renumbered, dropped)
