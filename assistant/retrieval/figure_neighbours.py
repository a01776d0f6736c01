"""A figure asked for that the best articles do not state: their neighbours that state one join the ranking (pure).

Laws and policies put a right or a duty in one article and the time limit for honouring it in the next: a bank's
policy lists the customer's rights (查阅、复制、删除 …) and then "自收到客户行使权利的请求之日起十五个工作日内处理并答复";
征信业管理条例 gives the right to object (第二十五条) with its 二十日 in the same article, but 反洗钱法第三十四条's
十年 sits in a paragraph after the duty to keep records. A question "how many days do we have to handle a deletion
request" matches the rights article in words and misses the deadline article, which shares none of them. So when the
question asks for a figure of some kind and none of the first articles states one, the articles within `reach` of
them in the same chapter that state it are lifted to just below the article they neighbour.

A procedure article may also stand far from the rights it serves and name them as its scope: GDPR Art. 12(3) gives
"one month" for "action taken on a request under Articles 15 to 22", eight articles from the right of access. With
`cites(sentence, doc_id)` (the articles of its own law a sentence refers to: delegation._cited_articles), an article of
the same law whose sentence states a figure of the kind asked and names one of the first articles as its scope is
lifted the same way, wherever it stands.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .corpus_view import CorpusView
from .gate.stated import FIGURE_SENTENCE  # the sentences the gate reads a figure in
from .law_first import unit_order


def lift_figure_neighbours(view: CorpusView, fused: dict[int, float], asked: frozenset[str], mask: np.ndarray,
                           kinds_of: Callable[[str], frozenset[str]], top: int = 3, reach: int = 1,
                           share: float = 0.995,
                           cites: Callable[[str, str], set[int]] | None = None) -> list[int]:
    """Lift in place; returns the positions lifted. `kinds_of(text)`: the figure kinds a text states; `cites`: the
    articles of its own law a sentence names (None: neighbours only)."""
    if not asked or not fused:
        return []
    first = [pieces[0] for _, pieces in unit_order(view, fused)[:top]]  # each unit's best piece
    if any(asked & kinds_of(view.clauses[i].text) for i in first):
        return []
    lifted = []
    for i in first:
        clause = view.clauses[i]
        if clause.article is None:
            continue
        neighbours = [j for step in range(1, reach + 1) for article in (clause.article + step, clause.article - step)
                      for j in view.articles.get((clause.doc_id, article, 0), [])
                      if view.clauses[j].chapter == clause.chapter and asked & kinds_of(view.clauses[j].text)]
        if cites is not None:
            neighbours += [j for j, kinds, cited in _scoped_figures(view, clause.doc_id, kinds_of, cites)
                           if clause.article in cited and asked & kinds and view.clauses[j].article != clause.article]
        for j in neighbours:
            target = fused[i] * share
            if mask[j] and fused.get(j, 0.0) < target:
                fused[j] = target
                lifted.append(j)
    return lifted


def _scoped_figures(view: CorpusView, doc_id: str, kinds_of, cites) -> list[tuple[int, frozenset[str], set[int]]]:
    """(position, figure kinds, articles named) of each sentence of the law `doc_id` that states a figure and names
    articles of its own law; derived once per law and view."""
    def build() -> list[tuple[int, frozenset[str], set[int]]]:
        out = []
        for j, clause in enumerate(view.clauses):
            if clause.doc_id != doc_id or clause.article is None:
                continue
            for sentence in FIGURE_SENTENCE.split(clause.text):
                kinds = kinds_of(sentence) if sentence.strip() else frozenset()
                if kinds and (cited := cites(sentence, doc_id)):
                    out.append((j, kinds, cited))
        return out

    return view.derived(f"scoped-figures:{doc_id}", build)

