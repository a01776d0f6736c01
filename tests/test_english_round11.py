"""Round 11 (issue 10, English questions): a question whose cues say China also searches the Chinese texts on their own
(jurisdiction_default.cued_chinese_side), a company's parent is not a child's (word_senses.py), and article headings
meet the question's other word forms (english_stems.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.lexis.english_stems import light_stem, stems
from assistant.lexis.lexicon import load_lexicon
from assistant.retrieval.jurisdiction_default import cued_chinese_side, wants_both_jurisdictions
from assistant.retrieval.routing import route
from assistant.retrieval.word_senses import with_legal_senses


def test_only_english_questions_with_a_chinese_cue_and_no_law_named_take_the_cued_lists():
    q = "Do Chinese law firms carry their own AML obligations, or is it all on the bank?"
    assert cued_chinese_side(route(q, []), q, english=True)
    assert not wants_both_jurisdictions(route(q, []), q, english=True)  # the two never both apply
    assert not cued_chinese_side(route(q, ["aml-law-2024"]), q, english=True)  # a law named: searched within it
    assert not cued_chinese_side(route(q, []), q, english=False)
    eu = "Do EU law firms carry their own GDPR duties?"
    assert not cued_chinese_side(route(eu, []), eu, english=True)
    nocue = "Do law firms carry their own AML obligations?"
    assert not cued_chinese_side(route(nocue, []), nocue, english=True)
    policy = "per our internal policy in China, who approves sending customer data abroad?"
    assert not cued_chinese_side(route(policy, []), policy, english=True)


def _rank(retriever, question, doc_id, article, **config):
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    # the ranks these tests pin were measured on the small index before the concept list (concept_evidence.py),
    # which re-ranks the same candidates: each test isolates its own list's effect
    config.setdefault("concept_evidence_weight", 0.0)
    r = HybridRetriever(retriever.view, retriever.store, retriever.embedder, retriever.catalog,
                        replace(retriever.config, **config))
    hits = r.retrieve(question, 10).hits
    return next((n for n, h in enumerate(hits, 1) if (h.clause.doc_id, h.clause.article) == (doc_id, article)), 99)


def test_a_chinese_cue_searches_the_chinese_texts_on_their_own(small_assistant):
    """个人信息保护法第四十七条 (个人信息处理者应当主动删除个人信息): the English question's words match the GDPR's English
    articles best (Article 17, right to erasure); with the Chinese texts' own lists the PIPL article leads (measured on
    the small index: rank 2 without them, 1 with them), and those lists hold Chinese clauses only."""
    retriever = small_assistant.retriever
    question = "A user of our Shanghai app wants his data erased after closing the account. When must we delete it?"
    # measured without the CC-CEDICT list (cedict.py), whose noisy words (closing: 密切, 关闭) put 网络安全法第四十五条
    # first on the small index; the full index ranks the article 4th with or without it. Without the cue's lists the
    # article was 2nd until round 28; the glossary's erasure entry ("close my account") now takes "closing the account"
    # too (a trigger's verb in any tense, any determiner) and puts it first on its own
    from assistant.lexis.glossary import load_glossary
    assert load_glossary().triggers(question) == ["closing the account"]
    assert _rank(retriever, question, "pipl-2021", 47, dictionary_weight=0.0) == 1
    hits = retriever.retrieve(question, 10).hits
    cued = [h for h in hits if {"dense-cn-cue", "bm25-cn-cue"} & set(h.sources)]
    assert cued and all(h.clause.jurisdiction == "CN" for h in cued)


@pytest.mark.parametrize("question, corporate", [
    ("We send customer data to our Hong Kong parent. Can we add fields?", True),
    ("Our HK parent's FIU contact asked whether the PBOC swaps intelligence", True),
    ("Do we need our parent bank's approval?", True),
    ("A parent filed a complaint about the school's app", False),
    ("Can a 13-year-old open an account, or does their parent have to consent?", False),  # about a child
    ("parents open a savings account for their kid", False),
])
def test_a_companys_parent_is_not_a_childs(question, corporate):
    words = load_lexicon().chinese_words(with_legal_senses(question))
    assert ("父母" not in words) is corporate


def test_the_glossary_still_reads_a_parent_company_abroad():
    from assistant.lexis.glossary import load_glossary

    sensed = with_legal_senses("Can we send account data to our Hong Kong parent company abroad?")
    assert "parent-company abroad" in sensed
    assert "数据出境" in load_glossary().expansion(sensed)


def test_light_stems_meet_across_word_forms():
    assert light_stem("restriction") == light_stem("restrict") == "restrict"
    assert stems(["restrictions"]) == stems(["restrict"])
    assert stems(["representatives"]) == stems(["represent"])
    assert stems(["deployers"]) == {"deployer"}
    assert stems(["data", "ring"]) == {"data", "ring"}  # too short to cut
    assert stems(["个人信息"]) == {"个人信息"}


def test_a_heading_in_noun_form_is_met_by_the_verb(small_assistant):
    """GDPR Article 23 – Restrictions: "can national law restrict data subject rights" asks for it. Measured on the
    small index (GDPR and six Chinese laws): rank 1 with the stems, lower with plural folding only."""
    retriever = small_assistant.retriever
    question = "Can national law in an EU country restrict data subject rights, say for a tax investigation?"
    assert _rank(retriever, question, "gdpr", 23) == 1


def test_a_chinese_cue_weighs_the_chinese_texts_lists_as_much_as_no_cue_does(small_assistant):
    """A question saying China is no less about the Chinese texts than one with no cue either way: its Chinese-only
    lists (dense-cn-cue, bm25-cn-cue) weigh in the fusion what the no-cue question's Chinese-only lists weigh (dense-cn,
    bm25-cn: config.cn_default_weight); until round 40 they weighed 1.0 against 1.5."""
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    weights: dict[str, float] = {}

    class Recording(HybridRetriever):
        def _fuse_list(self, fused, ranks, name, ranked, weight=1.0):
            weights[name] = weight
            super()._fuse_list(fused, ranks, name, ranked, weight)

    base = small_assistant.retriever
    r = Recording(base.view, base.store, base.embedder, base.catalog, base.config)
    r.retrieve("A user of our Shanghai app wants his data erased after closing the account. When must we delete it?", 10)
    r.retrieve("A user of our app wants his data erased after closing the account. When must we delete it?", 10)
    assert {"dense-cn-cue", "bm25-cn-cue", "dense-cn", "bm25-cn"} <= set(weights)
    assert weights["dense-cn-cue"] == weights["bm25-cn-cue"] == weights["dense-cn"] == weights["bm25-cn"] > 1.0
