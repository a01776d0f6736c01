"""How much of a question's wording the indexed texts hold: the share of its content words that are BM25 terms of the
index, directly or through a bridge the retriever used (glossary, lexicon, CC-CEDICT), and the words that are neither.

A question in everyday words the laws never use (刷单, 撞库, "ghost accounts") is searched mostly by meaning, and the
right clause is then missed more often: on the tuning pool the share predicts whether the gold clause is in the first
five (config.wording_hint_below, evals/wording_bands.py). The answer then says so and names the legal terms the
retriever itself derived, so the user can ask again in the texts' words.

Pure: the caller (hybrid/query_words.py) tokenises with the retriever's own tokeniser and supplies the index's
vocabulary and the bridges it used.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass

from ..types import WordingFit


@dataclass(frozen=True)
class Bridge:
    """One bridge the retriever used: the question's tokens it starts from (a glossary trigger's, a lexicon key's,
    a dictionary word's) and the legal terms it gives, each with its BM25 tokens."""

    words: frozenset[str]
    terms: tuple[tuple[str, tuple[str, ...]], ...]  # (term as written, its tokens)
    suggest: bool = True  # its terms are legal terms (glossary, lexicon), worth suggesting; a dictionary's are not


def wording_fit(content: Sequence[str], vocabulary: Container[str], bridges: Iterable[Bridge] = (),
                telling: Callable[[str], int] = lambda word: 0, max_terms: int = 6) -> WordingFit:
    """The share of `content` (the question's content tokens, in order) the index holds: a token in `vocabulary`, or
    one a bridge starts from whose terms the index holds. `missing`: the tokens held neither way, those inside a longer
    one left out (jieba's search mode gives 一刀切 and its pieces 一刀, 刀切), ordered by `telling` (lower first: the
    caller's judgement of which words show the user best what the texts lack), then as asked; `terms`: the bridges'
    legal terms the index holds (up to `max_terms`, first bridge first), the ones to suggest."""
    words = list(dict.fromkeys(t for t in content if t))
    bridged: set[str] = set()
    terms: list[str] = []
    for bridge in bridges:
        held_terms = [term for term, tokens in bridge.terms if tokens and all(t in vocabulary for t in tokens)]
        if not held_terms:
            continue  # a bridge into words no text uses reaches nothing
        bridged |= bridge.words
        if bridge.suggest:
            terms.extend(t for t in held_terms if t not in terms)
    missing = [w for w in words if w not in vocabulary and w not in bridged]
    share = 1.0 - len(missing) / len(words) if words else 1.0
    shown = sorted((w for w in missing if not any(w != longer and w in longer for longer in missing)), key=telling)
    return WordingFit(share=round(share, 4), words=len(words), missing=shown, terms=terms[:max_terms])


def far_from_texts(fit: WordingFit | None, below: float) -> bool:
    """Whether the answer should say the question's wording is far from the texts' (config.wording_hint_below)."""
    return fit is not None and fit.words > 0 and fit.share < below
