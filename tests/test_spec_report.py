"""Report rendering (pure): severity order, summary tables with links, whole titles, HTML contents."""

from __future__ import annotations

from datetime import date

from assistant.spec.findings import BatchReport, DocumentReport, Finding
from assistant.spec.report import document_html, document_markdown, shorten, summary_html, summary_markdown

LONG_EN = ("Personal information transferred abroad without a security assessment, standard contract or certification, "
           "and no notice to the customers")  # 135 characters: long, but shown whole


def finding(fid: str, severity: str, title: str, line: int) -> Finding:
    return Finding(id=fid, rule=fid.split("@")[0], kind="rule", severity=severity, title=title, recommendation="fix it",
                   requirement=f"L{line}", line=line)


def batch() -> BatchReport:
    doc = DocumentReport(path="specs/marketing.md", name="marketing.md", language="en", findings=[
        finding("low-thing@L3", "low", "Retention set by the vendor's policy", 3),
        finding("medium-thing@L5", "medium", "Profiling without an opt-out", 5),
        finding("cross-border@L9", "high", LONG_EN, 9),
    ])
    clean = DocumentReport(path="specs/clean.md", name="clean.md", language="en")
    return BatchReport(as_of=date(2025, 6, 1), documents=[doc, clean])


def test_shorten_cuts_at_word_or_phrase_boundaries_only():
    assert shorten("short title", 50) == "short title"
    cut = shorten(LONG_EN, 60)
    assert cut.endswith("…") and len(cut) <= 61
    assert LONG_EN.startswith(cut[:-1].rstrip(",")) and LONG_EN[len(cut[:-1].rstrip(","))] in " ,"  # never mid-word
    zh = "向境外提供个人信息，未通过数据出境安全评估、未订立标准合同、未取得认证，也未告知客户境外接收方的名称"
    assert shorten(zh, 30) == "向境外提供个人信息，未通过数据出境安全评估、未订立标准合同…"


def test_markdown_lists_high_first_with_a_summary_table_and_whole_titles():
    b = batch()
    text = document_markdown(b.documents[0], b.as_of)
    assert text.index("[HIGH]") < text.index("[MEDIUM]") < text.index("[LOW]")
    assert f"[{LONG_EN}](#f-cross-border-L9)" in text and '<a id="f-cross-border-L9"></a>' in text
    summary = summary_markdown(b, {"specs/marketing.md": "marketing.md"})
    assert "[marketing.md](marketing.md)" in summary and LONG_EN in summary  # no title cut below 160 characters
    assert "| marketing.md |" not in summary and "| 1 | 1 | 1 |" in summary


def test_html_has_a_table_of_contents_and_linked_summary():
    b = batch()
    page = document_html(b.documents[0], b.as_of)
    assert '<nav class="toc">' in page and 'href="#f-cross-border-L9"' in page and 'id="f-cross-border-L9"' in page
    assert page.index('class="sev high"') < page.index('class="sev medium"') < page.index('class="sev low"')
    summary = summary_html(b, {"specs/marketing.md": "marketing.html", "specs/clean.md": "clean.html"})
    assert '<a href="marketing.html">marketing.md</a>' in summary and 'href="marketing.html#f-cross-border-L9"' in summary
