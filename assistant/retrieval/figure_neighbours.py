"""A figure asked for that the best articles do not state: their neighbours that state one join the ranking (pure).

Laws and policies put a right or a duty in one article and the time limit for honouring it in the next: a bank's
policy lists the customer's rights (查阅、复制、删除 …) and then "自收到客户行使权利的请求之日起十五个工作日内处理并答复";
征信业管理条例 gives the right to object (第二十五条) with its 二十日 in the same article, but 反洗钱法第三十四条's
十年 sits in a paragraph after the duty to keep records. A question "how many days do we have to handle a deletion
request" matches the rights article in words and misses the deadline article, which shares none of them. So when the
question asks for a figure of some kind and none of the first articles states one, the articles within `reach` of
them in the same chapter that state it are lifted to just below the article they neighbour.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .corpus_view import CorpusView
from .law_first import unit_order


def lift_figure_neighbours(view: CorpusView, fused: dict[int, float], asked: frozenset[str], mask: np.ndarray,
                           kinds_of: Callable[[str], frozenset[str]], top: int = 3, reach: int = 1,
                           share: float = 0.995) -> list[int]:
    """Lift in place; returns the positions lifted. `kinds_of(text)`: the figure kinds a text states."""
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
        for step in range(1, reach + 1):
            for article in (clause.article + step, clause.article - step):
                for j in view.articles.get((clause.doc_id, article, 0), []):
                    neighbour = view.clauses[j]
                    if not mask[j] or neighbour.chapter != clause.chapter or not asked & kinds_of(neighbour.text):
                        continue
                    target = fused[i] * share
                    if fused.get(j, 0.0) < target:
                        fused[j] = target
                        lifted.append(j)
    return lifted
