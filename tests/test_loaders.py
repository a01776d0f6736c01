"""Loaders: one document in, normalised text or exactly one clear UnreadableDocument out."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import UnreadableDocument, UploadTooLarge
from assistant.documents.loaders import SUPPORTED_SUFFIXES, decode_text, iter_documents, load_document
from assistant.documents.normalize import join_wrapped_lines, normalize_text
from assistant.documents.pdf_sandbox import extract_pdf_text

try:
    from tests import fixtures_docs as fx
except ImportError:  # tests/ collected as rootdir-relative modules
    import fixtures_docs as fx

LAW = "第一条　为了规范商业银行的经营行为，保护存款人和其他客户的合法权益，制定本法。"
LAW_TRADITIONAL = "第一條　為了規範商業銀行的經營行為，保護存款人和其他客戶的合法權益，制定本法。"


def reason_of(path: Path, **kwargs) -> str:
    with pytest.raises(UnreadableDocument) as caught:
        load_document(path, **kwargs)
    assert caught.value.path == str(path)
    return caught.value.reason


# --- normalize_text ------------------------------------------------------------


def test_kangxi_and_supplement_radicals_become_ideographs():
    # ⼗ U+2F17, ⼈ U+2F08 (Kangxi); ⻔ U+2ED4, ⻓ U+2ED3, ⻋ U+2ECB, ⻅ U+2EC5, ⻚ U+2EDA (supplement)
    raw = "\u2f17\u2f08 \u2ed4\u2ed3\u2ecb\u2ec5\u2eda \u2ee2\u2ee5\u2ee6\u2ee9\u2eec\u2eee\u2ef3"
    assert normalize_text(raw) == "十人 门长车见页 马鱼鸟黄齐齿龟"


def test_every_radical_in_both_blocks_maps_to_a_unified_ideograph():
    import unicodedata

    unmapped = []
    for cp in [*range(0x2E81, 0x2EF4), *range(0x2F00, 0x2FD6)]:
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":  # U+2E9A is unassigned
            continue
        out = normalize_text(ch)
        if len(out) != 1 or not unicodedata.name(out, "").startswith("CJK UNIFIED IDEOGRAPH"):
            unmapped.append(f"U+{cp:04X}")
    assert unmapped == []


def test_full_width_punctuation_and_ideographic_space_are_kept():
    text = "第一条　数据（含个人信息）：应当“合法”；不得泄露，否则处罚。"
    assert normalize_text(text) == text


def test_invisible_characters_newlines_and_trailing_spaces():
    raw = "个人\u200b信息\u00ad保护\ufeff  \r\n第二条\u200d 内容\t\r末行\ud800"
    assert normalize_text(raw) == "个人信息保护\n第二条 内容\n末行\ufffd"


def test_join_wrapped_lines_only_inside_chinese_sentences():
    lines = [
        "第一条　为了规范商业银行的经营行为，保护存款人",
        "和其他客户的合法权益，",
        "制定本法。",
        "第二条　商业银行应当遵守下列规定：",
        "（一）不得损害国家利益",
        "（二）不得损害社会公共利益",
        "第二章　设立",
        "第三条　设立商业银行应当具备下列条件",
        "1. 有章程",
        "English lines are",
        "left alone",
    ]
    assert join_wrapped_lines(lines) == [
        "第一条　为了规范商业银行的经营行为，保护存款人和其他客户的合法权益，制定本法。",
        "第二条　商业银行应当遵守下列规定：",
        "（一）不得损害国家利益",
        "（二）不得损害社会公共利益",
        "第二章　设立",
        "第三条　设立商业银行应当具备下列条件",
        "1. 有章程",
        "English lines are",
        "left alone",
    ]


def test_blank_line_stops_joining_and_letter_spacing_is_removed_for_pdf_text():
    raw = "第一章　总则\n\n单 位 应 当 按 时 报 送\n数据。"
    assert normalize_text(raw, rejoin_lines=True) == "第一章　总则\n\n单位应当按时报送数据。"
    assert normalize_text(raw) == raw  # without rejoin_lines the layout is kept


# --- decode_text ---------------------------------------------------------------


@pytest.mark.parametrize(
    "data, encoding, text",
    [
        (LAW.encode("utf-8"), "utf-8", LAW),
        (LAW.encode("utf-8-sig"), "utf-8", LAW),
        (LAW.encode("utf-16"), "utf-16", LAW),
        (LAW.encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16", LAW),
        (LAW.encode("gbk"), "gb18030", LAW),
        # short GBK text: charset-normalizer alone calls these big5 / cp949
        ("第一条".encode("gbk"), "gb18030", "第一条"),
        ("数据安全".encode("gbk"), "gb18030", "数据安全"),
        (("\U00020000" + LAW).encode("gb18030"), "gb18030", "\U00020000" + LAW),
        (LAW_TRADITIONAL.encode("big5"), "big5", LAW_TRADITIONAL),
        ("Data retention policy".encode("utf-16-le"), "utf-16-le", "Data retention policy"),
    ],
)
def test_decode_text_detects_encoding(data, encoding, text):
    assert decode_text(data) == (text, encoding)


def test_decode_text_legacy_western_text_falls_back_to_charset_normalizer():
    western = "Résumé of the café policy, naïve approach"
    assert decode_text(western.encode("cp1252")) == (western, "cp1252")
    polish = "Zażółć gęślą jaźń, polityka przechowywania danych osobowych"
    assert decode_text(polish.encode("cp1250")) == (polish, "cp1250")


def test_decode_text_rejects_binary():
    with pytest.raises(ValueError):
        decode_text(bytes(range(256)) * 8)


# --- text and Markdown files -----------------------------------------------------


def test_gbk_text_file(tmp_path):
    path = tmp_path / "规定.txt"
    path.write_bytes((LAW + "\r\n第二条　本法自公布之日起施行。\r\n").encode("gbk"))
    doc = load_document(path)
    assert (doc.format, doc.encoding, doc.pages) == ("txt", "gb18030", None)
    assert doc.text == LAW + "\n第二条　本法自公布之日起施行。\n"


def test_markdown_is_kept_as_markdown(tmp_path):
    source = "# 管理办法\n\n## 第一章 总 则\n\n第一条 内容，\n未结束的一行\n"
    path = tmp_path / "policy.md"
    path.write_text(source, encoding="utf-8-sig")
    doc = load_document(path)
    assert (doc.format, doc.encoding, doc.text) == ("md", "utf-8", source)


def test_utf16_text_file(tmp_path):
    path = tmp_path / "notice.TXT"
    path.write_bytes(LAW.encode("utf-16"))
    doc = load_document(path)
    assert (doc.text, doc.encoding) == (LAW, "utf-16")


def test_empty_and_whitespace_only_files(tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(" \r\n\t\u3000\n".encode("utf-8"))
    assert reason_of(empty) == "empty file"
    assert reason_of(blank).startswith("empty file")


def test_binary_data_in_a_txt_file(tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(bytes(range(256)) * 8)
    assert reason_of(path) == "not valid text in any known encoding"


def test_unsupported_suffix_and_missing_file(tmp_path):
    sheet = tmp_path / "rates.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    assert reason_of(sheet) == "unsupported file type .xlsx"
    assert reason_of(tmp_path / "missing.md") == "file not found"


def test_oversize_file_raises_upload_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("数据" * 1000, encoding="utf-8")
    with pytest.raises(UploadTooLarge) as caught:
        load_document(path, max_bytes=1000)
    assert "over the" in caught.value.reason
    assert load_document(path, max_bytes=10_000).text == "数据" * 1000


# --- PDF -------------------------------------------------------------------------


def test_text_pdf_is_extracted_normalised_and_rejoined(tmp_path):
    path = fx.text_pdf(tmp_path, [fx.LAW_LINES, ["第三条　商业银行以安全性、流动性、效益性为经营原则。"]])
    doc = load_document(path)
    assert (doc.format, doc.pages, doc.warnings) == ("pdf", 2, [])
    assert doc.text == (
        "第一条　为了规范商业银行的经营行为，保护存款人和其他客户的合法权益，制定本法。\n"
        "第二条　商业银行应当遵守法律、行政法规的有关规定：\n"
        "（一）不得损害国家利益；\n"
        "（二）不得损害社会公共利益。\n"
        "\n"
        "第三条　商业银行以安全性、流动性、效益性为经营原则。"
    )  # page numbers "- 1 -" dropped, pages joined by a blank line


def test_pdf_with_radical_code_points(tmp_path):
    # ⼗ U+2F17 and ⼈ U+2F08 (Kangxi), ⻔ U+2ED4 and ⻛ U+2EDB (supplement) in the text layer
    path = fx.text_pdf(tmp_path, [["第\u2f17条　\u2f08民银行\u2ed4户网站公布\u2edb险提示。"]])
    assert "\u2f17" in extract_pdf_text(path)[0]  # the raw layer really carries radicals
    assert load_document(path).text == "第十条　人民银行门户网站公布风险提示。"


def test_pdf_with_a_blank_page_warns(tmp_path):
    path = fx.text_pdf(tmp_path, [fx.LAW_LINES, []], page_numbers=False)
    doc = load_document(path)
    assert doc.pages == 2
    assert doc.warnings == ["pages 2 have no text layer (scanned?); their content is missing"]


def test_encrypted_pdf(tmp_path):
    path = fx.encrypted_pdf(tmp_path, user_password="secret")
    assert reason_of(path) == "encrypted PDF (password protected): remove the password and try again"


def test_pdf_with_only_an_owner_password_opens(tmp_path):
    path = fx.encrypted_pdf(tmp_path, user_password="", owner_password="owner")
    assert load_document(path).text.startswith("第一条　为了规范商业银行")


def test_image_only_pdf_needs_ocr(tmp_path):
    assert reason_of(fx.image_only_pdf(tmp_path)) == "scanned PDF with no text layer: needs OCR"


def test_truncated_and_garbage_pdfs(tmp_path):
    whole = fx.text_pdf(tmp_path, [fx.LAW_LINES]).read_bytes()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(whole[:300])
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"this is not a pdf at all\n" * 50)
    assert reason_of(truncated) == "not a valid PDF (broken or truncated file)"
    assert reason_of(garbage) == "not a valid PDF (broken or truncated file)"


@pytest.mark.timeout(60)
def test_circular_pdf_gives_a_clean_error(tmp_path):
    assert reason_of(fx.circular_pdf(tmp_path), timeout=30) == "not a valid PDF (broken or truncated file)"


@pytest.mark.timeout(120)
def test_decompression_bomb_gives_a_clean_error(tmp_path):
    path = fx.decompression_bomb_pdf(tmp_path, inflated_gb=4)
    assert path.stat().st_size < 10_000_000  # gigabytes only once inflated
    reason = reason_of(path, timeout=60, memory_mb=256)
    assert reason == "PDF parsing exceeded the memory limit"


def test_memory_limit_is_enforced_in_the_child(tmp_path):
    path = fx.text_pdf(tmp_path, [fx.LAW_LINES])
    assert reason_of(path, memory_mb=16) == "PDF parsing exceeded the memory limit"


def test_timeout_kills_the_child(tmp_path):
    path = fx.text_pdf(tmp_path, [fx.LAW_LINES])
    reason = reason_of(path, timeout=0.001)
    assert reason == "PDF parsing exceeded 0.001 s (possibly a malicious file)"


# --- DOCX and HTML -----------------------------------------------------------------


def test_docx_paragraphs_headings_and_tables(tmp_path):
    doc = load_document(fx.docx_file(tmp_path))
    assert doc.format == "docx"
    assert doc.text == (
        "# 数据安全管理办法\n\n"
        "## 第一章　总则\n\n"
        "第一条　为了加强数据安全管理，制定本办法。\n\n"
        "数据级别 | 保存期限\n核心数据 | 五年\n\n"
        "第二条　本办法自发布之日起施行。"
    )


def test_broken_docx(tmp_path):
    whole = fx.docx_file(tmp_path).read_bytes()
    broken = tmp_path / "broken.docx"
    broken.write_bytes(whole[: len(whole) // 2])
    protected = tmp_path / "protected.docx"
    protected.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert reason_of(broken) == "not a valid DOCX (broken or truncated file)"
    assert reason_of(protected).startswith("encrypted DOCX (password protected)")


HTML = """<!doctype html><html><head><title>ignored</title><style>p{color:red}</style></head>
<body><nav><a href="/">首页</a> | <a href="/laws">法规</a></nav>
<h1>个人信息保护规定</h1>
<script>var tracking = "第九十九条";</script>
<h2>第一章 总则</h2>
<p>第一条　为了保护个人信息权益，
规范个人信息处理活动，<b>制定本规定</b>。</p>
<!-- a comment -->
<div>第二条　处理个人信息应当：<br>（一）合法；<br>（二）正当。</div>
<ul><li>附件一</li><li>附件二</li></ul>
<table><tr><th>条款</th><th>罚款</th></tr><tr><td>第一条</td><td>五万元</td></tr></table>
</body></html>"""


def test_html_blocks_headings_and_dropped_elements(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    doc = load_document(path)
    assert (doc.format, doc.encoding) == ("html", "utf-8")
    assert doc.text == (
        "# 个人信息保护规定\n\n"
        "## 第一章 总则\n\n"
        "第一条　为了保护个人信息权益，规范个人信息处理活动，制定本规定。\n\n"
        "第二条　处理个人信息应当：\n（一）合法；\n（二）正当。\n\n"
        "附件一\n\n附件二\n\n"
        "条款 | 罚款\n第一条 | 五万元"
    )


def test_html_in_gbk_with_meta_charset(tmp_path):
    path = tmp_path / "page.htm"
    markup = '<html><head><meta charset="gb2312"></head><body><p>' + LAW + "</p></body></html>"
    path.write_bytes(markup.encode("gbk"))
    doc = load_document(path)
    assert (doc.text, doc.encoding) == (LAW, "gb18030")


def test_html_without_text(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>x()</script><nav>菜单</nav></body></html>", encoding="utf-8")
    assert reason_of(path) == "document contains no text"


# --- iter_documents ------------------------------------------------------------------


def test_iter_documents_expands_folders(tmp_path):
    names = ["b.md", "a.txt", "sub/c.pdf", "sub/d.DOCX", "e.htm", "README.md", "MANIFEST.tsv",
             "config.toml", ".hidden.md", ".git/x.md", "notes.xlsx"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    explicit = tmp_path / "notes.xlsx"
    found = list(iter_documents([tmp_path, explicit, tmp_path / "a.txt"]))
    relative = [p.relative_to(tmp_path).as_posix() for p in found]
    assert relative == ["a.txt", "b.md", "e.htm", "sub/c.pdf", "sub/d.DOCX", "notes.xlsx"]


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == {".md", ".markdown", ".txt", ".pdf", ".docx", ".html", ".htm"}
