"""The coverage gate, issue 11 round 12: laws of other jurisdictions that bear an indexed law's name (the Colorado AI
Act), regulators' rules whose titles the word segmenter cuts (银行保险机构数据安全管理办法), and enforcement records
(the largest fine so far) are not in the corpus; the indexed laws named plainly, and the bank's own rules, still are."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.gate.assess import CoverageFloors, assess
from assistant.retrieval.named_laws import regimes_in, unknown_law_mentions

# AI Act Art. 27(1), in part
CLAUSE = ("deployers that are bodies governed by public law shall perform an assessment of the impact on fundamental "
          "rights that the use of such system may produce")
TOKENS = ["deployers", "assessment", "impact", "fundamental", "rights", "system"]


def gate(question: str):
    hit = SimpleNamespace(similarity=0.9, sources=("dense",),
                          clause=SimpleNamespace(text=CLAUSE, doc_id="eu-ai-act-2024-chapter3-annex3",
                                                 chunk_id="eu-ai-act:a27:0", article=27))
    retrieval = SimpleNamespace(hits=[hit], missing_refs=[])
    return assess(question, retrieval, load_catalog(), lambda h: TOKENS, CoverageFloors(),
                  doc_freq=lambda w: 0.01 if w in TOKENS + ["ai", "act"] else 0.0)


def test_a_foreign_law_named_like_an_indexed_one_is_refused_although_the_indexed_name_is_in_it():
    refused = gate("What does the Colorado AI Act require in terms of impact assessments?")
    assert not refused.covered and refused.unknown_laws
    # a place elsewhere in the question (the customers', not the law's) leaves the EU AI Act named
    assert not regimes_in("Does the AI Act's impact assessment apply to our credit model for Colorado customers?")
    assert gate("Does the AI Act require an impact assessment on fundamental rights from deployers?").covered


def test_a_foreign_decree_is_another_jurisdictions_law():
    assert regimes_in("Under Vietnam's Decree 13, do we have to file an impact assessment dossier?")
    assert not regimes_in("Can we transfer customer data to our Vietnam branch under the GDPR?")


def test_enforcement_records_are_asked_questions_only():
    assert regimes_in("What's the biggest GDPR fine a bank has actually been hit with so far?")
    assert regimes_in("迄今为止个保法开出的最大罚单是多少？")
    # naming the GDPR does not make its enforcement record part of it
    assert not gate("What's the biggest GDPR fine a bank has actually been hit with so far?").covered
    assert not regimes_in("What is the highest fine the GDPR allows for a breach of Article 32?")
    # a fine decision told as a statement is a case, not a question about records
    assert not regimes_in("The authority imposed its largest fine so far on the bank for unlawful processing.")


def test_a_regulators_rule_cut_by_the_segmenter_is_not_indexed_but_the_banks_own_rules_are_not_refused():
    catalog = load_catalog()
    assert unknown_law_mentions("金监局发的银行保险机构数据安全管理办法，数据安全负责人必须由谁担任？", catalog) \
        == ["银行保险机构数据安全管理办法"]
    assert not unknown_law_mentions("行里的数据分类分级管理办法怎么定级？", catalog)
    assert not unknown_law_mentions("生成式人工智能服务管理暂行办法第七条怎么说？", catalog)
    # an indexed title with a word glued before it is still that title
    assert not unknown_law_mentions("人行互联网信息服务算法推荐管理规定第二十四条怎么说？", catalog)
    assert not unknown_law_mentions("电子认证服务商有没有专门的管理办法？", catalog)
