"""The coverage gate, issue 11 round 10: fewer answerable questions refused.

- A procedure sentence states the deadline for "a request under Articles 15 to 22" (GDPR Art. 12(3)): it is about what
  a retrieved Article 15 (right of access) is about, though it shares none of the question's words.
- Everyday consumer-law words (商家, 网购, 退钱, 假货) are bridged to the law's own terms (经营者, 网络…销售商品,
  返还…价款, 欺诈行为), and 消法 names the consumer protection law.
"""

from assistant.catalog import load_catalog
from assistant.lexis.glossary import load_glossary
from assistant.retrieval.gate import assess as gate
from assistant.retrieval.gate.delegation import _cited_articles


def test_a_sentence_names_the_articles_of_its_own_law_it_serves():
    cites = _cited_articles(load_catalog())
    sentence = ("3. The controller shall provide information on action taken on a request under Articles 15 to 22 "
                "to the data subject without undue delay and in any event within one month of receipt of the request")
    assert set(range(15, 23)) <= cites(sentence, "gdpr")
    assert cites("依照本法第四十四条至第四十七条的规定行使权利的请求，应当在十五日内处理", "pipl-2021") >= {44, 45, 46, 47}
    assert cites("within one month of receipt of the request", "gdpr") == set()
    assert _cited_articles(object()) is None  # a stub catalog: no cross-references


def test_the_access_deadline_is_answered_from_the_procedure_article(small_assistant, monkeypatch):
    question = "A customer in Germany asked for a copy of their data: how long do we have to respond?"
    retrieval = small_assistant.search(question)
    assert any(h.clause.doc_id == "gdpr" and h.clause.article == 12 for h in retrieval.hits[:5])
    assert small_assistant.coverage(question, retrieval).covered
    # without the cross-reference the deadline's sentence shares no word with the question: refused as before
    monkeypatch.setattr(gate, "_cited_articles", lambda catalog: None)
    refused = small_assistant.coverage(question, retrieval)
    assert not refused.covered and refused.kind == "figure"


def test_everyday_consumer_words_reach_the_laws_terms():
    glossary = load_glossary()
    assert "经营者" in glossary.expansion("商家不给退怎么办？")
    assert "网络、电视、电话、邮购等方式销售商品" in glossary.expansion("网购的东西几天内能退？")
    assert "返还消费者支付的商品价款" in glossary.expansion("退货以后多久退钱？")
    assert "欺诈行为" in glossary.expansion("买到假货能赔多少？")
    assert "merchant" in glossary.triggers("Can the merchant refuse a refund?")
    assert load_catalog().doc_ids_for("消法")


def test_a_colloquial_question_is_tied_to_the_clause_by_the_glossarys_legal_phrase(small_assistant):
    # 抵债, 房子, 处置掉: no word of the question is the law's; 商业银行法第四十二条 says 「因行使抵押权、质权而取得的不动产
    # 或者股权，应当自取得之日起二年内予以处分」, the phrase the glossary gives for 抵债
    question = "抵债拿到的房子要在多长时间内处置掉？"
    assert "行使抵押权、质权而取得的不动产或者股权" in load_glossary().expansion(question)
    assert small_assistant.coverage(question, small_assistant.search(question)).covered
