"""An English question's same-law hits on the Chinese side, ordered by how many of its distinct concepts each article
holds, each concept once (concept_neighbours.py; real law texts)."""

from types import SimpleNamespace

import pytest

from assistant.catalog import load_catalog
from assistant.documents import chunk_file
from assistant.lexis.concepts import article_tokens, bridge_phrases, claim_concepts, texts_dictionary
from assistant.retrieval.concept_evidence import concept_weights
from assistant.retrieval.concept_neighbours import concept_share, order_by_concepts
from assistant.settings import SHARED_REGULATIONS

QUESTION = "Are bank employees barred from disclosing commercial secrets they learned while in office?"


@pytest.fixture(scope="module")
def law():
    clauses = chunk_file(SHARED_REGULATIONS / "zh" / "commercial-bank-law-2015.md", load_catalog())
    texts: dict[int, list[str]] = {}
    for c in clauses:
        if c.article is not None:
            texts.setdefault(c.article, []).append(c.text)
    articles = {a: "\n".join(parts) for a, parts in texts.items()}
    tokens = article_tokens(articles)
    dictionary = texts_dictionary([list(t) for t in tokens.values()])
    concepts = claim_concepts(QUESTION, dictionary, bridge_phrases(QUESTION))
    return SimpleNamespace(articles=articles, tokens=tokens, concepts=concepts,
                           weights=concept_weights(concepts, articles, tokens))


def _hit(article: int, doc: str = "commercial-bank-law-2015", **sources):
    return SimpleNamespace(clause=SimpleNamespace(doc_id=doc, article=article), sources=sources)


def _order(law, hits, margin=0.3, head_start=0.0):
    return order_by_concepts(hits, law.concepts, margin, 10,
                             lambda h: h.clause.doc_id if h.clause.doc_id.startswith("commercial") else None,
                             lambda h: (law.articles[h.clause.article], law.tokens[h.clause.article]),
                             lambda doc: law.weights, head_start, ("dense", "dense-paragraph"))


def test_a_concept_said_many_times_counts_once(law):
    text = law.articles[53]
    once = concept_share(law.concepts, law.weights, text, law.tokens[53])
    repeated = text + "\n" + "商业银行的工作人员。" * 10
    assert concept_share(law.concepts, law.weights, repeated, article_tokens({0: repeated})[0]) == once


def test_the_article_holding_more_of_the_question_s_concepts_leads_its_law(law):
    # 第五十三条 states that staff must not disclose the secrets they learned in office; 第五十二条 lists what staff must
    # not do (bribes, kickbacks …) and says 工作人员 and 商业银行 as often: the concept of secrets and their disclosure
    # is in few articles of the law (shares 0.61 and 0.29)
    order = [h.clause.article for h in _order(law, [_hit(52), _hit(53)])]
    assert order == [53, 52]


def test_another_law_s_hit_keeps_its_slot_and_exact_references_stay_first(law):
    hits = [_hit(29, exact=1), _hit(52), _hit(7, doc="gdpr"), _hit(53)]
    assert [(h.clause.doc_id[:4], h.clause.article) for h in _order(law, hits)] == \
        [("comm", 29), ("comm", 53), ("gdpr", 7), ("comm", 52)]


def test_only_a_lead_of_the_margin_moves_an_article(law):
    shares = {a: concept_share(law.concepts, law.weights, law.articles[a], law.tokens[a]) for a in (52, 53)}
    gap = shares[53] - shares[52]
    assert gap > 0
    assert [h.clause.article for h in _order(law, [_hit(52), _hit(53)], margin=gap + 0.01)] == [52, 53]


def test_the_meaning_lists_head_start_can_keep_the_first_article(law):
    hits = [_hit(52, **{"dense": 1, "dense-paragraph": 1}), _hit(53)]
    assert [h.clause.article for h in _order(law, hits, margin=0.1, head_start=1.0)] == [52, 53]



def test_an_english_question_s_article_holding_its_concepts_rises_within_its_law(small_assistant):
    import copy
    import dataclasses

    question = "Under the Commercial Bank Law, may " + QUESTION[4:]
    on = [h.clause.article for h in small_assistant.search(question, k=10).hits]
    # 第八十六条 and 第八十八条 (penalties for the bank's and its staff's misconduct) say 工作人员 and 商业银行 again
    # and again; 第五十三条 holds the secrets, their disclosure and the time in office once each
    assert on.index(53) < on.index(86) and on.index(53) < on.index(88)
    off = copy.copy(small_assistant.retriever)
    off.config = dataclasses.replace(off.config, concept_neighbour_margin=1.0)
    before = [h.clause.article for h in off.retrieve(question, 10).hits]
    assert before.index(53) > before.index(86)
    assert sorted(on) == sorted(before)  # only reordered


def test_a_chinese_question_is_left_to_the_word_order(small_assistant):
    import copy
    import dataclasses

    question = "商业银行的工作人员可以泄露在任职期间知悉的商业秘密吗？"
    off = copy.copy(small_assistant.retriever)
    off.config = dataclasses.replace(off.config, concept_neighbour_margin=1.0)
    assert [h.clause.chunk_id for h in small_assistant.search(question, k=10).hits] == \
        [h.clause.chunk_id for h in off.retrieve(question, 10).hits]
