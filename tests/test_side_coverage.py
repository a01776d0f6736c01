"""Side coverage: an unnamed English question's concepts held by one Chinese or one English sentence (real law
texts: the credit reporting regulation, the GDPR)."""

import pytest

from assistant.catalog import load_catalog
from assistant.documents import chunk_file
from assistant.lexis.concepts import article_tokens, bridge_phrases, claim_concepts, texts_dictionary
from assistant.lexis.english_stems import stems
from assistant.retrieval.side_coverage import SideCoverage, chinese_lead, home_side_holds, side_coverage
from assistant.settings import SHARED_REGULATIONS
from assistant.text.tokens import tokenize


def _articles(path) -> dict[int, str]:
    texts: dict[int, list[str]] = {}
    for c in chunk_file(path, load_catalog()):
        if c.article is not None:
            texts.setdefault(c.article, []).append(c.text)
    return {a: "\n".join(parts) for a, parts in texts.items()}


@pytest.fixture(scope="module")
def texts():
    credit = _articles(SHARED_REGULATIONS / "zh" / "credit-reporting-regulation-2013.md")
    gdpr = _articles(SHARED_REGULATIONS / "en" / "gdpr.md")
    dictionary = texts_dictionary([list(t) for t in article_tokens(credit).values()])
    vocabulary = frozenset(s for text in gdpr.values() for s in stems(tokenize(text)))
    return credit, gdpr, dictionary, vocabulary


def _coverage(question, texts, chinese_articles, english_articles) -> SideCoverage:
    credit, gdpr, dictionary, vocabulary = texts
    concepts = claim_concepts(question, dictionary, bridge_phrases(question))
    return side_coverage(concepts, [frozenset(stems(tokenize(c.word))) for c in concepts], vocabulary,
                         [credit[a] for a in chinese_articles], [gdpr[a] for a in english_articles])


def test_a_credit_bureau_objection_is_held_by_the_chinese_sentence(texts):
    # 征信业管理条例第二十五条: 征信机构或者信息提供者收到异议，应当……自收到异议之日起20日内进行核查和处理; GDPR Art. 21 is
    # the right to object, which holds the objection but not the credit bureau or its handling
    question = "Within what period must a credit bureau check and handle an objection to its records?"
    coverage = _coverage(question, texts, [25, 17], [21, 12])
    assert coverage.chinese > coverage.english
    assert chinese_lead(coverage, 0.3, 0.1)


def test_a_marketing_objection_is_held_by_the_gdpr_sentence(texts):
    # GDPR Art. 21(2)-(3): objecting to processing for direct marketing; the credit reporting regulation has no
    # marketing
    coverage = _coverage("Can a customer object to direct marketing?", texts, [25, 17], [21, 12])
    assert not chinese_lead(coverage, 0.3, 0.1)


def test_the_known_share_counts_only_concepts_the_eu_texts_use():
    # a lead over words no EU text uses ("vendor", "cloud") is not enough: the known shares must lead as well
    everyday = SideCoverage(chinese=1.0, english=0.3, known_chinese=0.5, known_english=0.5)
    assert not chinese_lead(everyday, 0.3, 0.1)
    assert chinese_lead(SideCoverage(chinese=1.0, english=0.3, known_chinese=0.8, known_english=0.5), 0.3, 0.1)


def test_the_home_side_holds_more_and_not_a_level_or_english_lead():
    # the edge lean (config.coverage_edge_weight): the Chinese side ahead over all concepts, level over the known ones
    assert home_side_holds(SideCoverage(chinese=0.6, english=0.5, known_chinese=0.5, known_english=0.5))
    assert not home_side_holds(SideCoverage(chinese=0.5, english=0.5, known_chinese=0.5, known_english=0.5))
    assert not home_side_holds(SideCoverage(chinese=0.8, english=0.5, known_chinese=0.4, known_english=0.5))


def test_a_marketing_objection_gives_the_chinese_side_no_edge(texts):
    # GDPR Art. 21 holds direct marketing, the credit reporting regulation does not: the EU side leads
    coverage = _coverage("Can a customer object to direct marketing?", texts, [25, 17], [21, 12])
    assert not home_side_holds(coverage)
