"""The generated questions that name a clause (evals/named.py): every law in force is asked about, in the ways people
write references, and the measurement can fail."""

from __future__ import annotations

from types import SimpleNamespace

from evals.named import measure, named_clause_items, phrasings, run_named


def test_phrasings_cover_titles_abbreviations_and_english(small_assistant):
    pipl = small_assistant.catalog.by_doc_id("pipl-2021")
    asked = phrasings(pipl, 13, 0)
    assert asked["zh short title"] == "个人信息保护法第十三条规定了什么？"
    assert asked["zh full title in 《》"].startswith("《中华人民共和国个人信息保护法》第十三条")
    assert asked["zh Arabic digits"].startswith("个人信息保护法第13条")
    assert asked["zh abbreviation"].startswith("个保法第十三条")
    assert asked["en Article n"] == "What does PIPL Article 13 require?"
    gdpr = phrasings(small_assistant.catalog.by_doc_id("gdpr"), 33, 0)
    assert gdpr["en Article n"] == "What does GDPR Article 33 require?" and gdpr["zh question, English law"].startswith("GDPR第33条")
    assert "en Article n" not in phrasings(pipl, 20, 1)  # 第二十条之一 has no plain English number


def test_items_ask_about_every_law_in_force_and_skip_superseded_versions(small_assistant):
    as_of = small_assistant.settings.effective_as_of()
    items = named_clause_items(small_assistant.view, small_assistant.catalog, as_of, per_law=3)
    docs = {i["doc_id"] for i in items}
    assert {"pipl-2021", "gdpr", "aml-law-2024", "commercial-bank-law-2015"} <= docs
    assert "aml-law-2006" not in docs  # replaced by the 2024 law: "反洗钱法第三条" means the version in force
    for item in items:
        assert small_assistant.view.find_article([item["doc_id"]], item["article"], item["suffix"]) is not None
    pipl_articles = sorted({i["article"] for i in items if i["doc_id"] == "pipl-2021"})
    assert pipl_articles[0] == 1 and pipl_articles[-1] == 74 and len(pipl_articles) == 3


def test_the_shipped_retriever_puts_the_named_clause_first(small_assistant):
    result = measure(small_assistant, per_law=2)
    assert result["n"] > 40 and result["R@1"] >= 0.95, result["misses"]


def test_a_retriever_that_ranks_another_article_first_is_caught():
    items = [{"id": "x", "question": "个人信息保护法第十三条", "doc_id": "pipl-2021", "article": 13, "suffix": 0,
              "form": "zh short title"}]
    wrong = [SimpleNamespace(clause=SimpleNamespace(doc_id="pipl-2021", article=14, label="第十四条"))]
    result = run_named(lambda q: wrong, items)
    assert result["R@1"] == 0.0 and result["misses"][0]["first"] == "pipl-2021 第十四条"
    assert run_named(lambda q: [], items)["misses"][0]["first"] == "nothing"
