"""Concept evidence: an English question about a Chinese law, its concepts bridged word by word, finds the article
with one sentence holding its act and object (real law texts)."""

import pytest

from assistant.catalog import load_catalog
from assistant.documents import chunk_file
from assistant.lexis.concepts import article_tokens, bridge_phrases, claim_concepts, texts_dictionary
from assistant.retrieval.concept_evidence import asks_structure, concept_weights, ranked_by_concepts
from assistant.settings import SHARED_REGULATIONS


@pytest.fixture(scope="module")
def commercial_bank_law() -> dict[int, str]:
    clauses = chunk_file(SHARED_REGULATIONS / "zh" / "commercial-bank-law-2015.md", load_catalog())
    texts: dict[int, list[str]] = {}
    for c in clauses:
        if c.article is not None:
            texts.setdefault(c.article, []).append(c.text)
    return {a: "\n".join(parts) for a, parts in texts.items()}


def _concepts(question: str, articles: dict[int, str]):
    tokens = article_tokens(articles)
    dictionary = texts_dictionary([list(t) for t in tokens.values()])
    return claim_concepts(question, dictionary, bridge_phrases(question)), tokens


def test_the_sentence_stating_the_act_and_its_object_outranks_the_law_s_setting_words(commercial_bank_law):
    question = "Are bank employees barred from disclosing commercial secrets they learned while in office?"
    concepts, tokens = _concepts(question, commercial_bank_law)
    weights = concept_weights(concepts, commercial_bank_law, tokens)
    # 第五十三条: 「商业银行的工作人员不得泄露其在任职期间知悉的国家秘密、商业秘密」 in one sentence; 第五十二条 lists what the
    # staff must not do (bribes, kickbacks …) and 第二十九条 is about savers' deposits: the staff and the bank are in
    # many articles, the secrets and their disclosure in few
    order = ranked_by_concepts(concepts, [52, 29, 53], commercial_bank_law.__getitem__, lambda i: weights, 0.3, 2)
    assert order[0] == 53


def test_a_concept_every_article_holds_weighs_little(commercial_bank_law):
    concepts, tokens = _concepts("commercial bank secrets", commercial_bank_law)
    weights = dict(zip((c.word for c in concepts), concept_weights(concepts, commercial_bank_law, tokens)))
    assert weights["secrets"] > 2 * weights["bank"]


def test_questions_asking_commencement_or_a_term_s_meaning_are_left_to_their_own_lifts():
    assert asks_structure("When did the credit reporting regulation take effect?")
    assert asks_structure("How does the regulation define network data?")
    assert not asks_structure("Must we keep loan contracts?")


def test_the_list_joins_the_fusion_for_english_questions_about_chinese_texts_only(small_assistant):
    cn = small_assistant.search("Under the Commercial Bank Law, may staff disclose commercial secrets?", k=10).hits
    assert any("concept-evidence" in h.sources for h in cn)
    assert all(h.clause.jurisdiction != "EU" for h in cn if "concept-evidence" in h.sources)
    eu = small_assistant.search("Can a customer take the supervisory authority to court over an unhandled complaint?",
                                k=10).hits
    assert not any("concept-evidence" in h.sources for h in eu)
    chinese = small_assistant.search("商业银行的工作人员可以泄露商业秘密吗？", k=10).hits
    assert not any("concept-evidence" in h.sources for h in chinese)
