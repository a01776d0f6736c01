"""The EU texts' heading words for questions about the GDPR / AI Act in Chinese or everyday English (eu_terms.toml):
the data is real text, the gating keeps them off questions about Chinese law, and a Chinese question reaches the
English article its words render."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace

import pytest

from assistant.settings import PROJECT_ROOT, SHARED_REGULATIONS

DATA = PROJECT_ROOT / "assistant" / "lexis" / "eu_terms.toml"
TEXTS = {"gdpr": "en/gdpr.md", "eu-ai-act": "en/eu-ai-act-2024-chapter3-annex3.md"}


def entries() -> list[dict]:
    with DATA.open("rb") as f:
        return tomllib.load(f)["entry"]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("‘", "'").replace("’", "'")).lower()


def test_every_entry_renders_words_of_its_own_text_and_cites_the_article():
    texts = {law: _norm((SHARED_REGULATIONS / rel).read_text(encoding="utf-8")) for law, rel in TEXTS.items()}
    problems = []
    for i, e in enumerate(entries()):
        if set(e) - {"when", "en", "source", "law"} or not all(e.get(k) for k in ("when", "en", "source", "law")):
            problems.append(f"#{i}: keys {sorted(e)}")
            continue
        if e["law"] not in texts:
            problems.append(f"#{i}: unknown law {e['law']}")
            continue
        if not re.search(r"\bArticles? \d+", e["source"]):
            problems.append(f"#{i}: source cites no article: {e['source']}")
        problems += [f"#{i}: {t!r} not in {e['law']}" for t in e["en"] if _norm(t) not in texts[e["law"]]]
        problems += [f"#{i}: trigger {w!r} not lower-case" for w in e["when"] if w != w.lower()]
    assert not problems, "\n".join(problems)


def test_words_come_only_for_the_text_asked_about():
    from assistant.lexis.eu_terms import load_eu_terms

    terms = load_eu_terms()
    dpo = terms.english_terms("按GDPR要不要任命数据保护官？", {"gdpr"})
    assert "designation of the data protection officer" in dpo
    # the AI Act's words stay off a GDPR question, and both texts' words come when the question names neither
    assert "human oversight" not in terms.english_terms("人工监督 数据保护官", {"gdpr"})
    assert {"human oversight", "designation of the data protection officer"} <= set(
        terms.english_terms("人工监督 任命数据保护官", None))
    # English triggers are whole words: "fined" is no "fine", a "catalogue" has no "log"
    assert terms.english_terms("is it fine to keep a catalogue?", None) == []


def test_questions_about_chinese_law_get_no_eu_words(small_assistant):
    retriever = small_assistant.retriever
    for question in ("个保法要求什么时候指定个人信息保护负责人？", "数据泄露以后要通知谁？"):
        assert retriever._eu_words(question, retriever.route(question)) == []
    question = "GDPR 数据泄露以后要通知谁？"
    assert "notification of a personal data breach to the supervisory authority" in retriever._eu_words(
        question, retriever.route(question))


def test_an_english_question_without_cues_gets_them_in_both_queries(small_assistant):
    """An English question that names no law and has no cue is about the EU texts (the only English ones): the heading
    words go to BM25 and to the dense query; one that asks about the bank's (Chinese) policies gets none."""
    retriever = small_assistant.retriever
    question = "can a customer sue us for damages after a leak?"
    lexical, dense = retriever._query_texts(question, retriever.route(question))
    words = "receive compensation from the controller or processor for the damage suffered"
    assert words in lexical and words in dense
    question = "under our internal policy, can a customer sue us for damages after a leak?"
    lexical, dense = retriever._query_texts(question, retriever.route(question))
    assert words not in lexical and words not in dense


def _rank(retriever, question, article, **config):
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    r = HybridRetriever(retriever.view, retriever.store, retriever.embedder, retriever.catalog,
                        replace(retriever.config, **config))
    hits = r.retrieve(question, 10).hits
    return next((n for n, h in enumerate(hits, 1) if (h.clause.doc_id, h.clause.article) == ("gdpr", article)), 99)


@pytest.mark.parametrize("question, article", [
    ("公司在欧盟没有分支机构，只在网上向欧盟居民卖东西，GDPR 是否适用？", 3),
    ("GDPR 下集团内部用有约束力的公司规则做数据出境，需要谁批准？", 47),
    ("按照GDPR，客户行使反对权以后我们还能继续做直接营销吗？", 21),
])
def test_a_chinese_question_reaches_the_english_article_it_asks_about(small_assistant, question, article):
    assert _rank(small_assistant.retriever, question, article) <= 3
    # the heading words' own share, with the best-rank term (which can also lift the article) switched off
    with_terms = _rank(small_assistant.retriever, question, article, best_rank_weight=0.0)
    without = _rank(small_assistant.retriever, question, article, eu_terms=False, best_rank_weight=0.0)
    assert with_terms <= 3 and with_terms < without
