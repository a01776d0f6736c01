"""The dense query of a long description with EU heading words, without embedding those words with every question.

A question about the GDPR or the AI Act gets the texts' own heading words in its dense query (`eu_dense_bridge`,
eu_terms.toml). For a case description of 400–800 characters they add 20–80 tokens to a text of 80–170, and the query
embedding's cost grows with its tokens (multilingual-e5-small on the CPU: ~1.2 ms per token on one core): the bridge
made the long descriptions the slowest searches (issue 10: search p95 103 ms against a target of 100).

The heading words are a fixed vocabulary of ~120 terms, so each term is embedded once (at warm-up, or when first met;
through the machine-wide embedding cache) and remembered, and the question is embedded on its own. e5 pools by
averaging its token vectors, so the vector of "question + terms" is close to the token-weighted sum of the parts':

    normalise(n_q · v(question) + weight · Σ n_t · v(term))      n: a text's tokens (without the special ones)

Measured on the tuning halves against embedding the whole text (Hit@5 / R@10 / MRR@10 / R@1; only the sets with
questions over 200 characters change, the top-10 lists of every other set are identical): gdpr_cases
0.631/0.558/0.478/0.190 → 0.641/0.558/0.478/0.187, gdpr_fines 0.559/0.599/0.425/0.213 → 0.559/0.602/0.426/0.213 with
weight 1.5. Other weights (an earlier sketch of the same mix, MRR on the two sets): 1.0 0.472 and 0.419, 0.7 0.475 and
0.415, 2.0 0.483 and 0.439 but gdpr_fines Hit@5 0.538 and R@10 0.578. Leaving the heading words out of the dense query
of a long description instead: MRR 0.466 and 0.413; capping them at 16 tokens: 0.473 and 0.415.

Speed, the bench's 100 questions timed interleaved with the whole-text embedding and the plain LangChain pipeline in
one process (one core, two runs): search CPU p95 174–183 ms → 126–138 ms (plain: 123–127 ms), the query embedding's
CPU p95 165 → 122 ms; counting the question's tokens costs ~1 ms, the warm-up ~1.6 s of CPU once per machine (the
vectors then come from the embedding cache).

The Chinese terms an English question about Chinese law gets (`dense_bridge`) stay in the whole text: they come from
the glossary and the lexicon, too many to embed at warm-up, and a term embedded when first met costs six tokens more
than inside the whole text; no long tuning item carries them.

Only for an embedder that can count its tokens (the e5 engine); any other embeds the whole text, as before.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from .embeddings import EmbeddingCache, embed_queries_cached

_MAX_TERMS = 4096  # the vocabularies hold a few hundred terms; the bound only guards against a runaway
_vectors: dict[tuple[str, str], tuple[np.ndarray, int]] = {}  # (model id, term) → (unit vector, tokens)
_lock = threading.Lock()


class BridgedText(str):
    """A dense query text that remembers its parts: the question and the bridge terms appended to it."""

    question: str
    terms: tuple[str, ...]

    def __new__(cls, question: str, terms) -> BridgedText:
        terms = tuple(terms)
        text = super().__new__(cls, question + " " + " ".join(terms))
        text.question, text.terms = question, terms
        return text


def can_mix(embedder) -> bool:
    return callable(getattr(embedder, "token_count", None))


def mixed_vector(embedder, question_vector: np.ndarray, text: BridgedText, weight: float,
                 cache: Path | None = None) -> np.ndarray:
    """The bridged text's vector from the question's (already embedded) and the terms' (remembered)."""
    parts = _term_parts(embedder, text.terms, cache)
    total = embedder.token_count(text.question) * np.asarray(question_vector, dtype=np.float32)
    for term in text.terms:
        vector, tokens = parts[term]
        total = total + weight * tokens * vector
    return total / (np.linalg.norm(total) or 1.0)


def preload(embedder, terms, cache: Path | None = None) -> None:
    """Remember the vectors of a vocabulary's terms now (warm-up): a term met for the first time costs its own
    embedding call, six tokens ("query: ", the special tokens) more than the same words inside the whole text."""
    if can_mix(embedder):
        _term_parts(embedder, tuple(dict.fromkeys(terms)), cache)


def _term_parts(embedder, terms: tuple[str, ...], cache: Path | None) -> dict[str, tuple[np.ndarray, int]]:
    """(vector, tokens) of each term: from memory, else the machine-wide embedding cache (`cache`), else embedded."""
    model = getattr(embedder, "model_id", "")
    with _lock:
        known = {t: _vectors[(model, t)] for t in terms if (model, t) in _vectors}
    missing = [t for t in dict.fromkeys(terms) if t not in known]
    if missing:
        if cache is not None:
            store = EmbeddingCache(cache)
            try:
                vectors = embed_queries_cached(embedder, store, missing)[0]
            finally:
                store.close()
        else:
            vectors = embedder.embed_queries(missing)
        fresh = {t: (np.asarray(v, dtype=np.float32), embedder.token_count(t)) for t, v in zip(missing, vectors)}
        known.update(fresh)
        with _lock:
            if len(_vectors) + len(fresh) > _MAX_TERMS:
                _vectors.clear()
            _vectors.update({(model, t): part for t, part in fresh.items()})
    return known
