"""The dense query of a long description with bridge words, without embedding the bridge words again each time.

An English question about Chinese law gets the glossary's Chinese terms in its dense query (`dense_bridge`), a question
about the GDPR or the AI Act the texts' own heading words (`eu_dense_bridge`). For a case description of 400–800
characters those words add 20–80 tokens to a text of 80–170, and the query embedding's cost grows with its tokens
(multilingual-e5-small on the CPU: ~1.2 ms per token on one core): the bridge made the long descriptions the slowest
searches (issue 10: search p95 103 ms against a target of 100).

The bridge words come from a fixed vocabulary (glossary.toml, eu_terms.toml), so each term is embedded once per process
and remembered; the question is embedded on its own. e5 pools by averaging its token vectors, so the vector of
"question + terms" is close to the token-weighted sum of the parts' vectors:

    normalise(n_q · v(question) + weight · Σ n_t · v(term))      n: a text's tokens (without the special ones)

Measured on the tuning halves against embedding the whole text (Hit@5 / R@10 / MRR@10 / R@1; only the sets with
questions over 200 characters change, top-10 lists of every other set are identical): gdpr_cases 0.631/0.558/0.478/0.190
→ 0.641/0.558/0.478/0.187, gdpr_fines 0.559/0.599/0.425/0.213 → 0.559/0.602/0.426/0.213 with weight 1.5. Other weights
(an earlier sketch of the same mix, MRR on the two sets):
1.0 0.472 and 0.419, 0.7 0.475 and 0.415, 2.0 0.483 and 0.439 but gdpr_fines Hit@5 0.538 and R@10 0.578. Leaving the
bridge out of the dense query of a long description instead: MRR 0.466 and 0.413; capping it at 16 tokens: 0.473 and
0.415. All those long tuning items carry EU heading words; none carries the Chinese bridge (an English description
with a cue for Chinese law), which is mixed the same way.

Only for an embedder that can count its tokens (the e5 engine); any other gets the whole text embedded, as before.
"""

from __future__ import annotations

import threading

import numpy as np

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


def mixed_vector(embedder, question_vector: np.ndarray, text: BridgedText, weight: float) -> np.ndarray:
    """The bridged text's vector from the question's (already embedded) and the terms' (embedded once each)."""
    model = getattr(embedder, "model_id", "")
    with _lock:
        known = {t: _vectors[(model, t)] for t in text.terms if (model, t) in _vectors}
    missing = [t for t in dict.fromkeys(text.terms) if t not in known]
    if missing:
        fresh = {t: (v, embedder.token_count(t)) for t, v in zip(missing, embedder.embed_queries(missing))}
        known.update(fresh)
        with _lock:
            if len(_vectors) + len(fresh) > _MAX_TERMS:
                _vectors.clear()
            _vectors.update({(model, t): part for t, part in fresh.items()})
    parts = [known[t] for t in text.terms]
    total = embedder.token_count(text.question) * np.asarray(question_vector, dtype=np.float32)
    for vector, tokens in parts:
        total = total + weight * tokens * vector
    return total / (np.linalg.norm(total) or 1.0)
