"""The glossary's sources as text evidence (retrieval/glossary_texts.py): real catalog, glossary and law texts."""

import pytest

from assistant.catalog import load_catalog
from assistant.documents import chunk_file
from assistant.lexis.glossary import load_glossary
from assistant.retrieval.glossary_texts import GlossaryTexts, cited_texts, order_by_text_votes, text_votes
from assistant.settings import PROJECT_ROOT, SHARED_REGULATIONS
from assistant.types import Hit

INDEXED = frozenset({"pipl-2021", "gdpr", "policy-customer-information", "generative-ai-measures-2023"})


@pytest.fixture(scope="module")
def hits() -> list[Hit]:
    """Three articles of the bank's customer-information policy, then three of the PIPL, as a search ranks them."""
    catalog = load_catalog()
    policy = chunk_file(PROJECT_ROOT / "corpus" / "policies" / "policy-customer-information.md", catalog)
    pipl = chunk_file(SHARED_REGULATIONS / "zh" / "pipl-2021.md", catalog)
    first = [c for c in policy if c.article is not None and c.piece == 0][:4]
    second = [c for c in pipl if c.article is not None and c.piece == 0][:2]
    return [Hit(clause=c, score=1.0 - 0.1 * n) for n, c in enumerate(first + second)]


def test_an_entry_cites_the_indexed_texts_its_source_names():
    assert cited_texts("个人信息保护法第十三条第一款第一项; GDPR Article 4(11), Article 7", load_catalog(), INDEXED) == (
        "pipl-2021", "gdpr")
    assert cited_texts("general banking usage", load_catalog(), INDEXED) == ()


def test_an_entry_splits_its_vote_among_its_texts():
    votes = text_votes([("pipl-2021", "gdpr"), ("pipl-2021",)])
    assert votes == {"gdpr": 0.5, "pipl-2021": 1.5}


def test_a_business_word_votes_for_the_texts_its_entry_cites():
    votes = GlossaryTexts(load_glossary(), load_catalog(), INDEXED).votes("客户数据能不能给合作方用？")
    assert votes.get("pipl-2021", 0.0) > 0.0
    assert "generative-ai-measures-2023" not in votes


def test_a_voted_text_moves_up_among_nearby_ranks_only(hits):
    ordered = order_by_text_votes(hits, {"pipl-2021": 1.0}, offset=2.0, weight=0.2)
    # the PIPL's first article (fifth) passes the policy's fourth; the first three stay where they were
    assert [h.clause.doc_id for h in ordered] == ["policy-customer-information"] * 3 + [
        "pipl-2021", "policy-customer-information", "pipl-2021"]
    assert ordered[:3] == hits[:3]


def test_no_vote_for_a_shown_text_changes_nothing(hits):
    assert order_by_text_votes(hits, {"gdpr": 1.0}, offset=2.0, weight=0.2) == hits
    assert order_by_text_votes(hits, {}, offset=2.0, weight=0.2) == hits
