"""An article titled "Definitions" weighs like final provisions (hybrid._is_definitions_article): what the law's words
mean, leading only when the question asks what a term means."""

from __future__ import annotations

from assistant.retrieval.hybrid.reweigh import _is_definitions_article


def test_an_article_titled_definitions_is_recognised_by_its_heading():
    assert _is_definitions_article("Article 4 – Definitions\nFor the purposes of this Regulation: (1) ...")
    assert _is_definitions_article("Article 3 - Definition\n...")


def test_other_articles_and_articles_without_headings_are_not():
    assert not _is_definitions_article("Article 5 – Principles relating to processing of personal data\n...")
    assert not _is_definitions_article("Article 6 – Lawfulness of processing\nThe definitions in Article 4 apply.")
    assert not _is_definitions_article("第七十三条 本法下列用语的含义：")  # a 附则 is weighed by its chapter
