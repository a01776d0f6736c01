"""The law before the policy that restates it, and more than one law in the first slots (ranking helpers).

Two failure modes of a question that names neither a law nor the bank's own rules:

- The bank's internal policies restate the laws they implement, in the bank's own words (客户, 手机银行, 授权). A
  colloquial question matches that wording better than the statute's, so five policy articles can push out the law
  article the question asks about. Someone who does not ask about the bank's rules wants the law first; the policy
  may follow. So a policy article's *law twins* — the law articles it cites (依照《个人信息保护法》第二十三条的规定)
  and the law article nearest to it in the dense space, when near enough to be a restatement — rank just above it.
  A cruder rule, at most `policy_cap` policy articles in the first `window` slots, is a switch (off: it pushes out
  policy answers to questions that carry no cue word, measured in hybrid.RetrievalConfig).
- A neighbouring text with many similar articles (关键信息基础设施安全保护条例 next to 网络安全法; the algorithm
  provisions next to the generative-AI measures) can fill every slot. A mild maximal-marginal-relevance rule: each
  further article of a law already shown counts a little less (`law_decay` per article before it), so the best
  article of a second law reaches the first slots when it is nearly as good.

Twins are computed once per corpus view (citations parsed, one matrix product over the policy rows).
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from ..text.articles import label_suffix
from .corpus_view import CorpusView, unit_key, unit_keys  # noqa: F401  (unit_key: tests import it from here)
from .routing import is_final_chapter

# Cosine similarity of a policy clause and a law clause above which the policy restates that law article. With the
# shipped multilingual-e5-small every pair of Chinese legal clauses is at 0.88–0.94; a policy clause restating an article
# (客户信息保护管理办法第十三条 and 个人信息保护法第二十四条, 外包与数据跨境管理办法第十五条 and 个人信息保护法第三十九条) is at
# 0.95 or more and stands out from its second-nearest article by a margin.
TWIN_SIMILARITY = 0.945
TWIN_MARGIN = 0.01  # … and ahead of the next-nearest other article by this much (a policy clause merging several
# articles, 客户信息保护管理办法第八条 with 个人信息保护法第十四至十六条, restates none of them alone)
POOL = 60  # units the law-diversity rule chooses from (the fused list is deeper than any k shown)


class LawTwins:
    """Policy clause position → positions of the law clauses it restates or cites."""

    def __init__(self, view: CorpusView, catalog, similarity: float = TWIN_SIMILARITY, margin: float = TWIN_MARGIN):
        from ..clauses import find_clause_refs

        self.twins: dict[int, set[int]] = defaultdict(set)
        policy = [i for i, c in enumerate(view.clauses) if c.kind == "policy"]
        for i in policy:
            for ref in find_clause_refs(view.clauses[i].text, catalog):
                for doc_id in ref.doc_ids:
                    self.twins[i].update(view.articles.get((doc_id, ref.article, ref.article_suffix), []))
        if view.vectors is None or not policy:
            return
        # final provisions (本办法自…施行) resemble each other in every text: no restatement
        law = np.array([c.kind != "policy" and c.article is not None and not is_final_chapter(c.chapter)
                        for c in view.clauses])
        if not law.any():
            return
        law_rows = np.flatnonzero(law)
        sims = np.einsum("ij,kj->ik", view.vectors[policy], view.vectors[law_rows])
        def article_of(position: int) -> tuple:  # the versions of one law share their short title
            clause = view.clauses[position]
            return clause.short_title, clause.article, label_suffix(clause.label)

        for row, i in enumerate(policy):
            order = np.argsort(-sims[row])
            best = int(law_rows[order[0]])
            # the next-nearest clause of another article (another version or piece of the same article does not count)
            runner_up = next((sims[row][j] for j in order[1:] if article_of(int(law_rows[j])) != article_of(best)), 0.0)
            if sims[row][order[0]] >= similarity and sims[row][order[0]] - runner_up >= margin:
                self.twins[i].add(best)

    def of(self, position: int) -> set[int]:
        return self.twins.get(position, set())


def law_twins(view: CorpusView, catalog) -> LawTwins:
    """The twins of `view`, built once per view and shared by every retriever over it."""
    return view.derived("law-twins", lambda: LawTwins(view, catalog))


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


def lift_twins(view: CorpusView, fused: dict[int, float], twins: LawTwins, mask: np.ndarray, depth: int) -> None:
    """Each law twin (in force, allowed by the filters) of a policy unit among the first `depth` units scores just
    above that policy unit: the law first, the policy that restates it next."""
    order = unit_order(view, fused)
    lifted: dict[int, float] = {}
    for _, pieces in order[:depth]:
        head = pieces[0]
        if view.clauses[head].kind != "policy":
            continue
        for piece in pieces:
            for twin in twins.of(piece):
                if mask[twin] and fused.get(twin, 0.0) <= fused[head]:
                    lifted[twin] = max(lifted.get(twin, 0.0), float(np.nextafter(fused[head], np.inf)))
    fused.update(lifted)


def cap_policies(view: CorpusView, fused: dict[int, float], cap: int, window: int) -> None:
    """At most `cap` policy units among the first `window`; the others move to just after the window."""
    order = unit_order(view, fused)
    kept, deferred, shown = [], [], 0
    for key, pieces in order:
        if len(kept) >= window:
            break
        if view.clauses[pieces[0]].kind == "policy":
            if shown >= cap:
                deferred.append(pieces)
                continue
            shown += 1
        kept.append(pieces)
    if not deferred:
        return
    rest = [pieces for _, pieces in order[len(kept) + len(deferred):]]
    rescore(fused, kept + deferred + rest)


def diversify_laws(view: CorpusView, fused: dict[int, float], decay: float, window: int) -> None:
    """Mild MMR over laws in the first `window` slots: a unit's score counts `decay` less for each earlier unit of
    its law already chosen. Policies are not laws here (their share is `cap_policies`' business). Only the Chinese
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
