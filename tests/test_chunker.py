"""The chunker on every shared regulation file and on small synthetic texts."""

import csv
import hashlib
import re

import pytest

from assistant.catalog import load_catalog
from assistant.text.articles import format_label
from assistant.settings import SHARED_REGULATIONS
from assistant.types import LawInfo
from assistant.documents.chunker import chunk_document

MAX = 1200
CATALOG = load_catalog()


def manifest_rows() -> list[dict]:
    path = SHARED_REGULATIONS / "MANIFEST.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


ROWS = manifest_rows()
needs_corpus = pytest.mark.skipif(not ROWS, reason="shared regulation corpus not found next to the checkout")


def heading_and_header(text: str) -> tuple[str, str]:
    title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), "")
    first_article = re.search(r"^(第[一二三四五六七八九十百零]+条|### Article|### Recital)", text, re.M)
    return title, text[: first_article.start() if first_article else 2000]


def zh_law(doc_id: str = "test-law", language: str = "zh") -> LawInfo:
    return LawInfo(doc_id=doc_id, title="测试法", short_title="测试法", language=language, version_date="2024-01-01",
                   effective_date="2024-02-01")


@needs_corpus
@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_every_shared_file_chunks_into_its_articles(row):
    path = SHARED_REGULATIONS / row["file"]
    text = path.read_text(encoding="utf-8")
    title, header = heading_and_header(text)
    law = CATALOG.match_file(title, str(path), header)
    assert law is not None and law.doc_id == path.stem

    clauses = chunk_document(text, law, str(path), max_chars=MAX)
    expected = int(row["article_count"])
    firsts = [c for c in clauses if c.piece == 0]
    articles = [c.article for c in firsts if c.article is not None]
    assert len(articles) == expected == len(set(articles))
    if articles:  # numbering runs on by one from the first article found
        assert articles == list(range(articles[0], articles[0] + expected))
    language = law.language
    for c in firsts:
        if c.article is not None:
            assert c.label == format_label(c.article, 0, language)

    ids = [c.chunk_id for c in clauses]
    assert len(ids) == len(set(ids))
    headers = {}
    for c in clauses:
        assert 0 <= c.start < c.end <= len(text)
        assert "<!--" not in c.text and "-->" not in c.text
        assert c.content_hash == hashlib.sha256(c.text.encode()).hexdigest()
        assert (c.doc_id, c.law, c.short_title, c.status, c.version_date) == (
            law.doc_id, law.title, law.short_title, law.status, law.version_date)
        assert c.source == str(path)
        assert len(c.text) <= MAX, c.chunk_id
        if c.piece == 0:
            headers[c.label] = c.text.split("\n", 1)[0]
            # raw span: the article starts where its header is, and ends with its last line
            raw = text[c.start:c.end]
            assert raw.lstrip("# ").startswith(headers[c.label][:8])
            assert c.text.rstrip().splitlines()[-1][-10:] in raw
        else:
            assert c.text.startswith(headers[c.label].split(" ", 1)[0] if language == "zh" else headers[c.label])
            assert c.paragraph
        if language == "zh" and c.article is not None:
            assert c.text.startswith(c.label)


@needs_corpus
def test_gdpr_recitals_are_units_without_article_numbers():
    path = SHARED_REGULATIONS / "en" / "gdpr-recitals.md"
    text = path.read_text(encoding="utf-8")
    clauses = chunk_document(text, CATALOG.by_doc_id("gdpr-recitals"), str(path))
    recitals = [c for c in clauses if c.label.startswith("Recital ") and c.piece == 0]
    assert [c.label for c in recitals] == [f"Recital {n}" for n in range(1, 174)]
    assert all(c.article is None for c in clauses)
    assert {c.chunk_id for c in recitals} >= {"gdpr-recitals:r71:0", "gdpr-recitals:r1:0"}
    r71 = next(c for c in clauses if c.chunk_id == "gdpr-recitals:r71:0")
    assert "(71) The data subject should have the right not to be subject to a decision" in r71.text
    labels = {c.label for c in clauses}
    assert {"Preamble", "Closing formula"} <= labels


@needs_corpus
def test_gdpr_article_6_pieces_keep_header_and_paragraph_ranges():
    path = SHARED_REGULATIONS / "en" / "gdpr.md"
    text = path.read_text(encoding="utf-8")
    clauses = chunk_document(text, CATALOG.by_doc_id("gdpr"), str(path), max_chars=MAX)
    a6 = [c for c in clauses if c.article == 6]
    assert len(a6) > 1 and [c.piece for c in a6] == list(range(len(a6)))
    assert all(c.text.startswith("Article 6 – Lawfulness of processing") for c in a6)
    assert all(c.chapter == "Chapter II – Principles" for c in a6)
    assert a6[0].paragraph.startswith("1")
    assert a6[-1].paragraph.endswith("4")
    assert "(a) the data subject has given consent" in a6[0].text
    # paragraphs are ordered and contiguous across pieces
    ends = [int(c.paragraph.split("-")[-1]) for c in a6]
    assert ends == sorted(ends)
    # the pieces together cover the article exactly once
    whole = text[a6[0].start:a6[-1].end]
    assert whole.startswith("### Article 6") and whole.rstrip().endswith("pseudonymisation.")
    # sections given as comments land in the chapter path; footnotes stay with their article
    a12 = next(c for c in clauses if c.article == 12)
    assert a12.chapter == "Chapter III – Rights of the data subject / Section 1 – Transparency and modalities"
    a4 = " ".join(c.text for c in clauses if c.article == 4)
    assert "[^" in a4 and "Directive (EU) 2015/1535" in a4


@needs_corpus
def test_chinese_chapter_paths_and_items():
    path = SHARED_REGULATIONS / "zh" / "pipl-2021.md"
    text = path.read_text(encoding="utf-8")
    clauses = chunk_document(text, CATALOG.by_doc_id("pipl-2021"), str(path))
    a13 = next(c for c in clauses if c.article == 13)
    assert a13.chunk_id == "pipl-2021:a13:0" and a13.label == "第十三条"
    assert a13.chapter == "第二章 个人信息处理规则 / 第一节 一般规定"
    assert "（七）法律、行政法规规定的其他情形。" in a13.text
    assert a13.text.rstrip().endswith("不需取得个人同意。")
    assert text[a13.start:a13.end] == a13.text  # no markup inside, so clean text == raw span
    pre = next(c for c in clauses if c.label == "序言")
    assert pre.article is None and pre.chunk_id == "pipl-2021:pre:0" and "2021年8月20日" in pre.text
    dsl = SHARED_REGULATIONS / "zh" / "data-security-law-2021.md"
    first = chunk_document(dsl.read_text(encoding="utf-8"), CATALOG.by_doc_id("data-security-law-2021"), str(dsl))
    assert next(c for c in first if c.article == 1).chapter == "第一章 总则"  # "总  则" spacing normalised


SYNTHETIC = """# 测试管理办法

## 第一章 总则

第一条 为了测试，制定本办法。

第二条 依照本法第十三条规定处理。

第十三条规定的情形，不适用本条。

第三条规定的事项另行规定。

第三条 本条有三项：

（一）第一项；

（二）第二项。

前款规定不适用于第四条。

第二章 附则

第四条之前不应分割。

第四条 本办法自公布之日起施行。

第四条之一 新增的条文。

第五条
独占一行的条号，内容在下一行。
"""


def test_cross_references_never_start_articles():
    clauses = chunk_document(SYNTHETIC, zh_law(), "x.md")
    labels = [c.label for c in clauses]
    assert labels == ["第一条", "第二条", "第三条", "第四条", "第四条之一", "第五条"]
    a2 = clauses[1]
    assert "第十三条规定的情形" in a2.text and "第三条规定的事项另行规定" in a2.text
    a3 = clauses[2]
    assert a3.chapter == "第一章 总则"
    assert "前款规定不适用于第四条" in a3.text and "第四条之前不应分割" not in a3.text
    a4 = clauses[3]
    assert a4.chapter == "第二章 附则" and a4.chunk_id == "test-law:a4:0"
    assert "第四条之前不应分割" not in a4.text
    assert clauses[4].chunk_id == "test-law:a4-1:0" and clauses[4].article == 4
    assert clauses[5].text == "第五条\n独占一行的条号，内容在下一行。"
    for c in clauses:
        assert SYNTHETIC[c.start:c.end] == c.text
    # the title alone is no preamble
    assert all(c.article is not None for c in clauses)


def test_large_chinese_numerals_and_digits():
    body = "\n\n".join(f"第{format_label(n, 0, 'zh')[1:-1]}条 内容{n}。" for n in range(1, 111))
    clauses = chunk_document(body, zh_law(), "x.md")
    assert [c.article for c in clauses] == list(range(1, 111))
    assert clauses[104].label == "第一百零五条" and clauses[104].text == "第一百零五条 内容105。"
    digits = chunk_document("第1条 甲。\n\n第2条 乙。\n第3条规定的内容。\n\n第3条 丙。", zh_law(), "x.md")
    assert [c.article for c in digits] == [1, 2, 3]
    assert digits[1].text == "第2条 乙。\n第3条规定的内容。"


def test_a_gap_in_numbering_is_bridged_only_by_a_real_header():
    text = "第一条 甲。\n\n第二条 乙，见第九条。\n\n第四条 丁（第三条已删除）。\n\n第五条 戊。"
    assert [c.article for c in chunk_document(text, zh_law(), "x.md")] == [1, 2, 4, 5]
    # an extract that starts in the middle of a law
    extract = "第二十条 甲。\n\n第二十条之一 乙。\n\n第二十一条 丙。"
    clauses = chunk_document(extract, zh_law(), "x.md")
    assert [(c.article, c.label) for c in clauses] == [(20, "第二十条"), (20, "第二十条之一"), (21, "第二十一条")]


def test_long_chinese_article_splits_at_paragraphs_with_header():
    paragraphs = ["第七条 " + "甲" * 300 + "。"] + ["乙" * 300 + "。" for _ in range(5)]
    text = "第六条 前一条。\n\n" + "\n\n".join(paragraphs) + "\n\n第八条 后一条。"
    clauses = chunk_document(text, zh_law(), "x.md", max_chars=700)
    a7 = [c for c in clauses if c.article == 7]
    assert len(a7) == 3
    assert [c.paragraph for c in a7] == ["1-2", "3-4", "5-6"]
    assert a7[1].text.startswith("第七条\n\n乙")
    assert all(len(c.text) <= 700 for c in a7)
    assert a7[0].start == text.index("第七条") and a7[-1].end == text.index("\n\n第八条")
    assert [c.chunk_id for c in a7] == ["test-law:a7:0", "test-law:a7:1", "test-law:a7:2"]


def test_items_stay_in_their_paragraph():
    text = "第一条 总述：\n\n（一）甲；\n\n（二）乙。\n\n第二款内容。\n\n（一）丙。"
    clauses = chunk_document(text, zh_law(), "x.md", max_chars=20)
    assert [c.paragraph for c in clauses] == ["1", "1", "2"]
    assert [c.text for c in clauses][1:] == ["第一条\n\n（二）乙。", "第一条\n\n第二款内容。\n\n（一）丙。"]


def test_plain_text_from_pdf_english_articles_and_sections():
    text = (
        "INTERNAL DATA POLICY\n\nCHAPTER I\n\nArticle 1\nPurpose\n\nThis policy sets rules.\n\nIt is short but makes the article long.\n\n"
        "Article 2 – Scope\n\n1. It applies to staff.\n\n(a) employees;\n\n2. It applies to vendors.\n\n"
        "Article 2 shall be read with Article 1.\n\nArticle 3 - Retention\n\nKeep records five years.\n"
    )
    clauses = chunk_document(text, zh_law("policy", "en"), "p.txt")
    assert [c.label for c in clauses] == ["Preamble", "Article 1", "Article 2", "Article 3"]
    assert clauses[1].chapter == "CHAPTER I"
    assert "Article 2 shall be read with Article 1." in clauses[2].text
    long = chunk_document(text, zh_law("policy", "en"), "p.txt", max_chars=60)
    a2 = [c for c in long if c.article == 2]
    assert all(c.text.startswith("Article 2 – Scope") for c in a2)
    assert [c.paragraph for c in a2][-1].endswith("2")
    a1 = [c for c in long if c.article == 1]
    assert a1[0].text.startswith("Article 1\nPurpose") and a1[-1].text == "Article 1 – Purpose\n\nIt is short but makes the article long."


def test_english_policy_numbered_by_sections():
    text = "# Data Retention Policy\n\n## Section 1 – Purpose\n\nWhy.\n\n## Section 2 – Rules\n\nKeep it.\n"
    clauses = chunk_document(text, zh_law("retention", "en"), "p.md")
    assert [(c.article, c.label) for c in clauses] == [(1, "Section 1"), (2, "Section 2")]
    assert clauses[1].text == "Section 2 – Rules\n\nKeep it."


def test_document_without_articles_is_cut_by_headings_and_windows():
    text = "---\ntitle: 备忘\n---\n# 备忘录\n\n开头说明。\n\n## 背景\n\n" + "\n\n".join("段落" * 40 for _ in range(6)) + "\n\n## 结论\n\n结束。"
    clauses = chunk_document(text, zh_law("memo"), "memo.md", max_chars=200)
    assert all(c.article is None for c in clauses)
    assert "title: 备忘" not in " ".join(c.text for c in clauses)
    labels = [c.label for c in clauses]
    assert labels[0] == "备忘录" and "背景" in labels and labels[-1] == "结论"
    background = [c for c in clauses if c.label == "背景"]
    assert len(background) > 1 and all(c.text.startswith("背景") and len(c.text) <= 200 for c in background)
    assert len({c.chunk_id for c in clauses}) == len(clauses)
    assert chunk_document("", zh_law(), "x.md") == []
    plain = chunk_document("just a note without structure", zh_law("n", "en"), "n.txt")
    assert [(c.label, c.text) for c in plain] == [("Full text", "just a note without structure")]


def test_plain_text_title_line_is_no_preamble_and_crlf_is_handled():
    text = "测试法\r\n\r\n第一章　总　则\r\n\r\n第一条　为了测试。\r\n第二条　内容，\r\n第三条规定的情形除外。\r\n\r\n第二章 附则\r\n第三条 施行。\r\n"
    clauses = chunk_document(text, zh_law(), "x.txt")
    assert [(c.label, c.chapter) for c in clauses] == [
        ("第一条", "第一章 总则"), ("第二条", "第一章 总则"), ("第三条", "第二章 附则")]
    assert clauses[1].text == "第二条\u3000内容，\n第三条规定的情形除外。"
    assert text[clauses[1].start:clauses[1].end] == "第二条\u3000内容，\r\n第三条规定的情形除外。"


def test_comments_are_removed_but_offsets_refer_to_original():
    text = "# T\n\n<!-- INFO END -->\n\n第一条 甲<!-- note -->乙。\n\n第二条 丙。"
    clauses = chunk_document(text, zh_law(), "x.md")
    assert clauses[0].text == "第一条 甲乙。"
    assert text[clauses[0].start:clauses[0].end] == "第一条 甲<!-- note -->乙。"


def test_oversized_single_paragraph_is_cut_at_sentences():
    sentence = "This is one sentence of an article. "
    text = "### Article 1 – Long\n\n1. " + sentence * 60 + "\n"
    clauses = chunk_document(text, zh_law("long", "en"), "l.md", max_chars=400)
    assert len(clauses) > 3
    assert all(len(c.text) <= 400 and c.text.startswith("Article 1 – Long") for c in clauses)
    for c in clauses[1:]:
        assert text[c.start:c.end] in text and text[c.start:c.end].strip() in c.text
