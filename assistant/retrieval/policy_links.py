"""Each policy article beside the law article it implements (ranking helper, pure apart from the corpus view).

The bank's policies restate the laws in the bank's words (客户, 本行, 手机银行), so a colloquial question often ranks
a policy article first and the law article it restates (客户信息保护管理办法第十四条 → 个人信息保护法第十九条) far
below. The user wants both: the rule the bank wrote and the clause it rests on, including for policy articles that
merge several law articles (第八条 on consent restates 个人信息保护法第十四至十六条).

So every policy article gets a set of *linked* law articles, from the texts themselves, once per corpus view:
  - the law articles it cites (依照《中华人民共和国个人信息保护法》第二十三条的规定);
  - the law articles sharing most of its distinctive words (idf-weighted cosine of the word sets), above `overlap`.
(Linking the law articles nearest by the in-memory vectors as well was measured and dropped: config.py.)
At query time the question chooses among them: of a policy unit's linked law articles already among the candidates,
the one that scores best for the question is placed right after it (or before it), unless it already ranks higher. Nothing is embedded at query
time; a named clause's rank 1 is untouched (exact hits precede the fused ranking in HybridRetriever._units).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

import numpy as np

from ..text.numerals import NUMBER
from .corpus_view import CorpusView, unit_key
from .law_first import rescore, unit_order
from .routing import is_final_chapter

# Tokens that only number things (第十四条, 十四, 三章): the same article number in two texts says nothing.
_NUMBERING = re.compile(rf"^第?(?:{NUMBER})?[条章节款项]?$")

PER_SOURCE = 3  # law articles the word overlap may link to one policy clause


class PolicyLinks:
    """Policy clause position → positions of the law clauses it is linked to (cited first, then nearest)."""

    def __init__(self, view: CorpusView, catalog, overlap: float, per_source: int = PER_SOURCE):
        from ..clauses import find_clause_refs

        self.links: dict[int, list[int]] = defaultdict(list)
        policy = [i for i, c in enumerate(view.clauses)
                  if c.kind == "policy" and c.article is not None and not is_final_chapter(c.chapter)]
        law = np.array([c.kind != "policy" and c.article is not None and not is_final_chapter(c.chapter)
                        for c in view.clauses], dtype=bool)
        if not policy or not law.any():
            return
        law_rows = np.flatnonzero(law)

        def add(i: int, positions) -> None:
            for j in positions:
                if j not in self.links[i]:
                    self.links[i].append(int(j))

        for i in policy:
            for ref in find_clause_refs(view.clauses[i].text, catalog):
                for doc_id in ref.doc_ids:
                    add(i, [j for j in view.articles.get((doc_id, ref.article, ref.article_suffix), []) if law[j]])
        if overlap < 1.0:
            for i, scored in zip(policy, word_overlap(view, policy, law_rows)):
                best = np.argsort(-scored)[:per_source]
                add(i, [law_rows[k] for k in best if scored[k] >= overlap])

    def of(self, position: int) -> list[int]:
        return self.links.get(position, [])


def content_words(tokens: list[str]) -> set[str]:
    return {t for t in tokens if not _NUMBERING.match(t)}


def word_overlap(view: CorpusView, rows: list[int], against: np.ndarray) -> list[np.ndarray]:
    """For each clause of `rows`, the idf-weighted cosine of its word set with each clause of `against` (binary
    vectors, idf = log(1/share of clauses holding the word)); an inverted index keeps it to the words shared."""
    words = [content_words(tokens) for tokens in view.token_lists]
    idf = {}
    postings: dict[str, list[int]] = defaultdict(list)
    for column, j in enumerate(against):
        for w in words[j]:
            postings[w].append(column)

    def weight(w: str) -> float:
        if w not in idf:
            idf[w] = math.log(1.0 / max(view.doc_freq(w), 1e-6))
        return idf[w]

    norms = np.array([math.sqrt(sum(weight(w) ** 2 for w in words[j])) or 1.0 for j in against])
    out = []
    for i in rows:
        shared = np.zeros(len(against))
        for w in words[i]:
            if w in postings:
                shared[postings[w]] += weight(w) ** 2
        norm = math.sqrt(sum(weight(w) ** 2 for w in words[i])) or 1.0
        out.append(shared / (norms * norm))
    return out


def policy_links(view: CorpusView, catalog, overlap: float) -> PolicyLinks:
    """The links of `view`, built once per view and setting, shared by every retriever over it."""
    return view.derived(f"policy-links-{overlap}", lambda: PolicyLinks(view, catalog, overlap))


def place_linked_laws(view: CorpusView, fused: dict[int, float], links: PolicyLinks, mask: np.ndarray, top: int,
                      before: bool = False) -> list[tuple]:
    """For each policy unit among the first `top` units, its linked law unit among the candidates that scores best
    for the question moves to just after it (`before`: just before it) unless it already ranks higher. Reorders
    `fused` in place; returns the law units placed."""
    order = unit_order(view, fused)
    rank_of = {key: n for n, (key, _) in enumerate(order)}
    pieces_of = dict(order)
    placed: dict[tuple, tuple] = {}  # policy unit → the law unit placed beside it
    taken: set[tuple] = set()
    for n, (key, pieces) in enumerate(order[:top]):
        if view.clauses[pieces[0]].kind != "policy":
            continue
        options: dict[tuple, float] = {}
        for piece in pieces:
            for j in links.of(piece):
                law_key = unit_key(view.clauses[j])
                if not mask[j] or law_key in taken or law_key not in pieces_of or rank_of[law_key] < n:
                    continue
                options[law_key] = max(options.get(law_key, -np.inf), max(fused[p] for p in pieces_of[law_key]))
        if options:
            chosen = max(options, key=options.get)
            placed[key] = chosen
            taken.add(chosen)
    if not placed:
        return []
    new_order: list[list[int]] = []
    for key, pieces in order:
        if key in taken:
            continue
        law_key = placed.get(key)
        if law_key is not None and before:
            new_order.append(pieces_of[law_key])
        new_order.append(pieces)
        if law_key is not None and not before:
            new_order.append(pieces_of[law_key])
    rescore(fused, new_order)
    return list(placed.values())
