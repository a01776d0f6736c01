"""More than one law in the first slots, and the unit ordering the placement helpers share (ranking helpers).

A neighbouring text with many similar articles (关键信息基础设施安全保护条例 next to 网络安全法; the algorithm provisions
next to the generative-AI measures) can fill every slot. A mild maximal-marginal-relevance rule: each further article of
a law already shown counts a little less (`law_decay` per article before it), so the best article of a second law
reaches the first slots when it is nearly as good. (The law a policy article restates is placed beside it by
policy_links.py.)
"""

from __future__ import annotations

from collections import defaultdict

from .corpus_view import CorpusView, unit_key, unit_keys  # noqa: F401  (unit_key: tests import it from here)

POOL = 60  # units the law-diversity rule chooses from (the fused list is deeper than any k shown)


def unit_order(view: CorpusView, fused: dict[int, float]) -> list[tuple[tuple, list[int]]]:
    """Units best first, each with all its candidate pieces (best piece first)."""
    units: dict[tuple, list[int]] = {}
    keys = unit_keys(view)
    for i, _ in sorted(fused.items(), key=lambda kv: (-kv[1], kv[0])):
        units.setdefault(keys[i], []).append(i)
    return list(units.items())


def rescore(fused: dict[int, float], order: list[list[int]]) -> None:
    """Scores strictly falling along `order`: each unit keeps its score unless that is not below its predecessor's,
    then it gets a hair less (relative step, exact for the unit's best piece: a one-ulp step added to every piece would
    be lost when added to a larger score, leaving ties that the index order then breaks)."""
    ceiling = float("inf")
    for pieces in order:
        best_piece = max(pieces, key=lambda i: fused[i])
        best = fused[best_piece]
        score = best if best < ceiling else ceiling - max(abs(ceiling) * 1e-9, 1e-12)
        for i in pieces:
            fused[i] = score if i == best_piece else min(fused[i] - best + score, score)
        ceiling = score


def diversify_laws(view: CorpusView, fused: dict[int, float], decay: float, window: int) -> None:
    """Mild MMR over laws in the first `window` slots: a unit's score counts `decay` less for each earlier unit of
    its law already chosen. Policies are not laws here. Only the Chinese
    texts mix: they overlap (PIPL, CSL, DSL and the 2024 regulation all govern personal information), so a second law
    often holds the answer; the EU texts do not (GDPR: data protection, AI Act: high-risk AI), and their articles
    keep their places."""
    order = unit_order(view, fused)
    if len(order) <= 1 or decay >= 1.0:
        return
    # (score of the unit's best piece, the law whose earlier units discount it: None for policies and non-CN texts,
    # the unit's pieces), read once rather than at each of the window × POOL comparisons
    remaining = []
    for _, pieces in order[:POOL]:
        clause = view.clauses[pieces[0]]
        law = None if clause.kind == "policy" or clause.jurisdiction != "CN" else clause.doc_id
        remaining.append((fused[pieces[0]], law, pieces))
    chosen: list[list[int]] = []
    shown: dict[str, int] = defaultdict(int)
    while remaining and len(chosen) < window:
        best, best_score = 0, None
        for n, (score, law, _) in enumerate(remaining):
            adjusted = score * decay ** shown[law] if law is not None else score  # the first of equal scores wins
            if best_score is None or adjusted > best_score:
                best, best_score = n, adjusted
        _, _, pieces = remaining.pop(best)
        clause = view.clauses[pieces[0]]
        if clause.kind != "policy":
            shown[clause.doc_id] += 1
        chosen.append(pieces)
    if [p[0] for p in chosen] == [p[0] for _, p in order[: len(chosen)]]:
        return
    rest = [pieces for _, _, pieces in remaining] + [pieces for _, pieces in order[POOL:]]
    rescore(fused, chosen + rest)
