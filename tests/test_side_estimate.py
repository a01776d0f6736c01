"""A no-cue English question's Chinese-side lists weigh more when the Chinese side's best article scores nearly as high
as the EU side's on the same query vector (side_estimate.py, hybrid/lists.py)."""

import dataclasses

import pytest

from assistant.types import Filters
from assistant.retrieval.side_estimate import best_score, chinese_side_weight


def test_the_chinese_side_is_lifted_only_when_the_eu_lead_is_short():
    assert chinese_side_weight(0.85, 0.83, 1.5, 2.5, 0.04) == 2.5  # the EU side leads by 0.02: the language's lead
    assert chinese_side_weight(0.80, 0.84, 1.5, 2.5, 0.04) == 2.5  # the Chinese side leads outright
    assert chinese_side_weight(0.88, 0.80, 1.5, 2.5, 0.04) == 1.5  # a clear EU lead: the question's own
    assert chinese_side_weight(None, 0.80, 1.5, 2.5, 0.04) == 1.5  # a side without scores: no evidence
    assert chinese_side_weight(0.85, 0.83, 1.5, 2.5, 0.0) == 1.5  # margin 0: off
    assert best_score([]) is None and best_score([0.2, 0.7, 0.5]) == 0.7


@pytest.fixture(scope="module")
def retriever(small_assistant):
    return getattr(small_assistant.retriever, "base", small_assistant.retriever)


def test_the_fusion_weight_of_the_no_cue_lists_follows_both_sides_best_scores(retriever):
    """The real Chinese-side dense list on a real query vector; the EU side's best article placed just above the
    Chinese side's best (a short lead) or far above it (a clear lead)."""
    question = "Can treasury use overnight interbank borrowings to fund a fixed-asset loan?"
    routed = retriever.route(question)
    assert not routed.named and routed.jurisdiction is None
    view, cfg = retriever.view, retriever.config
    eu_article = next(i for i, c in enumerate(view.clauses) if c.jurisdiction.upper() == "EU" and c.article is not None)
    filters, as_of = Filters(), retriever.default_as_of()
    mask = retriever._mask(filters, as_of)
    vector = retriever.embedder.embed_queries([question])[0]
    chinese = [i for i, c in enumerate(view.clauses) if c.jurisdiction.upper() in ("CN", "INTERNAL")]
    scores = retriever._dense_within(mask & retriever._chinese_side(True), filters, as_of, vector)
    best_chinese = max(s for i, s in scores.items() if i in set(chinese) and view.clauses[i].article is not None)

    def weight(eu_lead: float, **config) -> float:
        saved = retriever.config
        retriever.config = dataclasses.replace(saved, **config)
        try:
            return retriever._chinese_default_lists(question, routed, filters, as_of, mask, {},
                                                    {eu_article: best_chinese + eu_lead}, vector)
        finally:
            retriever.config = saved

    assert weight(cfg.cn_lift_margin / 2) == cfg.cn_lifted_weight > cfg.cn_default_weight
    assert weight(cfg.cn_lift_margin * 3) == cfg.cn_default_weight
    assert weight(cfg.cn_lift_margin / 2, cn_lift_margin=0.0) == cfg.cn_default_weight
