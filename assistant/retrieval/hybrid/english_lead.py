"""An English question's first two hits from two Chinese-side texts, ordered by their article's concepts (part of
hybrid retrieval; the logic in concept_lead.py)."""

from __future__ import annotations

from ..concept_lead import corpus_weights, lead_by_concepts
from .lists import CHINESE_SIDE


class EnglishLead:
    """Methods of HybridRetriever (hybrid/retriever.py): they read its view, config, `_question_concepts`,
    `_article_of` and `_articles_holding` (hybrid/lists.py)."""

    def _lead_by_english_concepts(self, query: str, hits: list, asks_figure: frozenset[str] = frozenset()) -> list:
        """`hits` with the second first when it is of another Chinese-side text whose article holds clearly more of the
        question's concepts (config.concept_lead_margin); a first article stating the figure asked (`asks_figure`,
        routing's) keeps its place against one that does not."""
        from ...lexis.quantities import figure_kinds

        def article_of(hit) -> tuple[str, frozenset[str]] | None:
            clause = hit.clause
            return self._article_of(hit) if clause.article is not None and clause.jurisdiction in CHINESE_SIDE else None

        if hits[0].clause.doc_id == hits[1].clause.doc_id or article_of(hits[0]) is None or article_of(hits[1]) is None:
            return hits  # before reading the question's concepts: most English questions stop here
        concepts = self._question_concepts(query)
        total, holding = self._chinese_side_articles()
        return lead_by_concepts(hits, concepts, corpus_weights(concepts, total, holding), article_of,
                                self.config.concept_lead_margin,
                                states_asked=lambda text: bool(asks_figure & figure_kinds(text)))

    def _chinese_side_articles(self):
        """(how many articles the Chinese-side texts hold, one Chinese word → the (text, article) keys holding it),
        the word table remembered across questions."""
        view = self.view

        def build():
            docs = sorted({c.doc_id for c in view.clauses if c.jurisdiction in CHINESE_SIDE and c.article is not None})
            return docs, sum(len(view.law_articles(d)) for d in docs), {}

        docs, total, held = view.derived("concept-lead-articles", build)

        def holding(word: str) -> frozenset:
            if word not in held:
                held[word] = frozenset((d, n) for d in docs for n in self._articles_holding(d, word))
            return held[word]
        return total, holding
