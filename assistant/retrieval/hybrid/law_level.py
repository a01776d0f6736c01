"""Law-level ranking (part of hybrid retrieval): each law's share of the evidence, the checklist's
obligations of the leading laws, more than one law in the first slots, and the law article a policy implements
placed beside it.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from ..routing import Route


class LawLevel:
    """Methods of HybridRetriever (hybrid/retriever.py): they read its view, catalog, embedder and config."""

    def _law_shares(self, fused: dict[int, float]) -> dict[str, float]:
        """Each law's share of the top fused evidence (policies count on their own)."""
        mass: dict[str, float] = defaultdict(float)
        for i, score in sorted(fused.items(), key=lambda kv: -kv[1])[: self.config.law_evidence_depth]:
            mass[self.view.clauses[i].doc_id] += score
        total = sum(mass.values()) or 1.0
        return {doc: m / total for doc, m in mass.items()}

    def _weigh_laws(self, fused: dict[int, float]) -> None:
        """Law-level ranking before article-level ranking: an article of a law that holds much of the evidence
        outranks an equally similar article of a law that appears once."""
        shares = self._law_shares(fused)
        for i in fused:
            clause = self.view.clauses[i]
            if clause.kind == "policy":
                continue  # a short policy concentrates evidence without being "the law" a question is about
            fused[i] *= 1.0 + self.config.law_weight * shares.get(clause.doc_id, 0.0)

    def _top_laws(self, fused: dict[int, float], n: int = 1) -> set[str]:
        shares = self._law_shares(fused)
        return {doc for doc, _ in sorted(shares.items(), key=lambda kv: -kv[1])[:n]}

    def _add_obligations(self, query, fused, ranks, mask, laws: set[str]) -> None:
        """The checklist's articles for the laws the question is about, fused as one more ranked list."""
        from ..obligations import load_checklist

        checklist = load_checklist()
        rank = 0
        for doc_id in sorted(laws):
            for article in checklist.engaged(checklist.canonical(doc_id), query):
                pieces = [i for i in self.view.articles.get((doc_id, article, 0), []) if mask[i]]
                if not pieces:
                    continue
                rank += 1
                i = pieces[0]
                fused[i] = fused.get(i, 0.0) + self.config.obligation_weight / (self.config.rrf_k + rank)
                ranks[i]["obligation"] = rank

    def _law_first(self, fused: dict[int, float], routed: Route) -> None:
        """More than one law in the first slots (law_first.py)."""
        from ..law_first import diversify_laws

        cfg = self.config
        if not cfg.routing or not fused:
            return
        if not routed.named and cfg.law_decay < 1.0:
            diversify_laws(self.view, fused, cfg.law_decay, cfg.law_window)

    def _place_policy_links(self, fused: dict[int, float], routed: Route, mask: np.ndarray) -> None:
        """The law article a ranked policy article implements, beside it (policy_links.py); not when the question asks
        about the bank's own rules or names a policy."""
        from ..policy_links import place_linked_laws, policy_links

        cfg = self.config
        if not cfg.routing or not fused or routed.wants_policy:
            return
        if any(c.kind == "policy" for c in self.view.docs() if c.doc_id in routed.named):
            return
        links = policy_links(self.view, self.catalog, cfg.policy_link_overlap)
        place_linked_laws(self.view, fused, links, mask, cfg.policy_link_top, cfg.policy_link_before)
