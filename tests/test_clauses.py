"""Clause references in questions and specs."""

import pytest

from assistant.catalog import load_catalog
from assistant.clauses import find_clause_refs
from assistant.text.articles import format_label

CATALOG = load_catalog()
AML = ["aml-law-2024", "aml-law-2006"]


def refs(text: str, **kw) -> list[tuple]:
    return [(r.doc_ids, r.article, r.article_suffix, r.paragraph, r.point) for r in find_clause_refs(text, CATALOG, **kw)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("个人信息保护法第十三条", [(["pipl-2021"], 13, 0, None, None)]),
        ("个保法第13条", [(["pipl-2021"], 13, 0, None, None)]),
        ("《个人信息保护法》第十三条第一款第（一）项", [(["pipl-2021"], 13, 0, 1, "1")]),
        ("《中华人民共和国个人信息保护法》 第 13 条", [(["pipl-2021"], 13, 0, None, None)]),
        ("PIPL Art. 13", [(["pipl-2021"], 13, 0, None, None)]),
        ("PIPL Article 13", [(["pipl-2021"], 13, 0, None, None)]),
        ("PIPL第13条", [(["pipl-2021"], 13, 0, None, None)]),
        ("GDPR Article 6(1)(a)", [(["gdpr"], 6, 0, 1, "a")]),
        ("Art. 6 GDPR", [(["gdpr"], 6, 0, None, None)]),
        ("Article 6 of the GDPR", [(["gdpr"], 6, 0, None, None)]),
        ("Art.14 of the GDPR", [(["gdpr"], 14, 0, None, None)]),
        ("Art. 5 (1) c) GDPR", [(["gdpr"], 5, 0, 1, "c")]),
        ("what does the AI Act Article 9 require?", [(["eu-ai-act-2024-chapter3-annex3"], 9, 0, None, None)]),
        ("商业银行法第三十九条规定了什么", [(["commercial-bank-law-2015"], 39, 0, None, None)]),
        ("民法商法电子签名法第二十二条的内容是什么？", [(["electronic-signature-law-2019"], 22, 0, None, None)]),
        ("刑法第二百五十三条之一", [(["criminal-law"], 253, 1, None, None)]),
        ("反洗钱法第二十条之一", [(AML, 20, 1, None, None)]),
        ("网安法第一百零五条", [(["cybersecurity-law-2025-amended", "cybersecurity-law-2016"], 105, 0, None, None)]),
        ("银监法第四十六条第（五）项", [(["banking-supervision-law-2006"], 46, 0, None, "5")]),
        ("消费者权益保护法的第五十五条", [(["consumer-protection-law-2013"], 55, 0, None, None)]),
    ],
)
def test_reference_forms(text, expected):
    assert refs(text) == expected


def test_chains_and_lists_keep_the_law():
    text = "《中华人民共和国银行业监督管理法》第二十一条第三款第四十六条第（五）项、《中国银行业监督管理委员会行政处罚办法》第十五条第一款"
    assert refs(text) == [(["banking-supervision-law-2006"], 21, 0, 3, None), (["banking-supervision-law-2006"], 46, 0, None, "5")]
    assert [r[1] for r in refs("《中华人民共和国商业银行法》第四十七条第五十条第七十三条")] == [47, 50, 73]
    assert [r[1] for r in refs("《中国银行业监督管理法》第四十五条四十七条")] == [45, 47]
    assert [r[1] for r in refs("反洗钱法第十条至第十二条")] == [10, 11, 12]
    assert [r[1] for r in refs("商业银行法第三十九条、第四十条和第四十一条")] == [39, 40, 41]
    assert [(r[0], r[1]) for r in refs("Art. 5 GDPR|Art. 6 GDPR|Art. 32 GDPR")] == [(["gdpr"], 5), (["gdpr"], 6), (["gdpr"], 32)]
    assert [r[1] for r in refs("Articles 5 and 6 GDPR")] == [5, 6]
    assert [r[1] for r in refs("GDPR Articles 12 to 14")] == [12, 13, 14]
    # two laws in one sentence keep their own articles
    mixed = refs("依据个保法第十三条和GDPR Article 6(1)(b)")
    assert mixed == [(["pipl-2021"], 13, 0, None, None), (["gdpr"], 6, 0, 1, "b")]


def test_spans_point_at_the_reference():
    text = "请问：民法商法电子签名法第二十二条的内容是什么？"
    (ref,) = find_clause_refs(text, CATALOG)
    assert text[ref.span[0]:ref.span[1]] == "电子签名法第二十二条" and ref.law_mention == "电子签名法"
    text = "Was Art. 6 (1) GDPR breached?"
    (ref,) = find_clause_refs(text, CATALOG)
    assert text[ref.span[0]:ref.span[1]] == "Art. 6 (1) GDPR"
    text = "《个人信息保护法》第十三条第一款第（一）项"
    (ref,) = find_clause_refs(text, CATALOG)
    assert ref.span == (0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "2021年8月20日通过的规定",
        "罚款二十万元以上一百万元以下",
        "第1季度报告",
        "第三方机构应当配合",
        "依照本法第十三条规定处理",
        "第十三条规定了什么？",
        "Article 6(1)(a) says so",
        "《个人贷款管理暂行办法》第十三条",
        "Article 8 of the Charter, GDPR aside",
        "In 2021, 6 GDPR fines were issued",
        "state-of-the-art 3D systems under GDPR",
    ],
)
def test_no_false_hits(text):
    assert refs(text) == []


def test_default_law_for_references_without_a_law_name():
    assert refs("依照本法第十三条规定处理", default_law="pipl-2021") == [(["pipl-2021"], 13, 0, None, None)]
    assert refs("第十三条规定了什么？", default_law="个保法") == [(["pipl-2021"], 13, 0, None, None)]
    assert refs("Article 6(1)(a) says so", default_law="GDPR") == [(["gdpr"], 6, 0, 1, "a")]
    assert refs("referred to in Article 23(1) of this Regulation", default_law="gdpr") == [(["gdpr"], 23, 0, 1, None)]
    # a named law still wins over the default, and an unknown named law is never given the default
    assert refs("刑法第二百五十三条之一", default_law="pipl-2021") == [(["criminal-law"], 253, 1, None, None)]
    assert refs("《个人贷款管理暂行办法》第十三条", default_law="pipl-2021") == []
    assert refs("根据公司章程管理规定第五条", default_law="pipl-2021") == []
    (ref,) = find_clause_refs("依照本法第十三条", CATALOG, default_law="pipl-2021")
    assert ref.law_mention == "本法"


def test_unknown_laws_on_request():
    (ref,) = find_clause_refs("《个人贷款管理暂行办法》第十三条", CATALOG, include_unknown=True)
    assert (ref.law_mention, ref.doc_ids, ref.article) == ("个人贷款管理暂行办法", [], 13)


def test_format_label():
    assert format_label(13) == "第十三条"
    assert format_label(20, 1) == "第二十条之一"
    assert format_label(105) == "第一百零五条"
    assert format_label(13, language="en") == "Article 13"
    assert format_label(10, 1, "en") == "Article 10a"
