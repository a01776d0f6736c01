"""Real clause texts for tests, cut by hand from the shared corpus (the chunker is tested elsewhere)."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.text.numerals import cn_to_int, int_to_cn
from assistant.types import Clause, Hit

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "regulations"

SHORT_TITLES = {
    "pipl-2021": ("中华人民共和国个人信息保护法", "个人信息保护法"),
    "commercial-bank-law-2015": ("中华人民共和国商业银行法", "商业银行法"),
    "aml-law-2006": ("中华人民共和国反洗钱法", "反洗钱法"),
    "aml-law-2024": ("中华人民共和国反洗钱法", "反洗钱法"),
    "credit-reporting-regulation-2013": ("征信业管理条例", "征信业管理条例"),
    "gdpr": ("General Data Protection Regulation", "GDPR"),
}


def _zh_article(text: str, number: int) -> str:
    label = f"第{int_to_cn(number)}条"
    start = re.search(rf"^{label}[ \u3000]", text, re.M)
    assert start, f"{label} not found"
    rest = text[start.start() :]
    end = re.search(r"^(?:第[零一二三四五六七八九十百]+条[ \u3000]|#)", rest[len(label) :], re.M)
    return rest[: len(label) + end.start()].strip() if end else rest.strip()


def _en_article(text: str, number: int) -> str:
    start = re.search(rf"^### Article {number} ", text, re.M)
    assert start, f"Article {number} not found"
    rest = text[start.start() + 4 :]
    end = re.search(r"^#", rest, re.M)
    return (rest[: end.start()] if end else rest).strip()


def article_text(relative: str, number: int) -> str:
    """The text of one article of a corpus file (`zh/pipl-2021.md`), without the file's HTML comments."""
    text = (CORPUS / relative).read_text(encoding="utf-8")
    body = _en_article(text, number) if relative.startswith("en/") else _zh_article(text, number)
    return re.sub(r"\n<!--.*?-->", "", body)


def clause(doc_id: str, article: int, status: str = "in_force") -> Clause:
    """The article as the chunker would roughly produce it (label first, paragraphs on lines)."""
    lang = "en" if doc_id.startswith("gdpr") else "zh"
    path = CORPUS / lang / f"{doc_id}.md"
    text = path.read_text(encoding="utf-8")
    body = _en_article(text, article) if lang == "en" else _zh_article(text, article)
    title, short = SHORT_TITLES[doc_id]
    label = f"Article {article}" if lang == "en" else f"第{int_to_cn(article)}条"
    assert cn_to_int(int_to_cn(article)) == article
    return Clause(
        chunk_id=f"{doc_id}:{article}:0",
        doc_id=doc_id,
        law=title,
        short_title=short,
        jurisdiction="EU" if lang == "en" else "CN",
        article=article,
        label=label,
        text=body,
        source=str(path),
        status=status,
    )


def hits(*clauses: Clause, sources: dict | None = None) -> list[Hit]:
    return [Hit(clause=c, score=1.0 / (i + 1), sources=dict(sources or {"bm25": i + 1})) for i, c in enumerate(clauses)]


def customer_policy_and_pipl_articles() -> dict[tuple[str, int], Clause]:
    """The first piece of every article of the sample customer-information policy and the PIPL, chunked as ingest
    chunks them, by (doc_id, article): two Chinese-side texts a question about customer data reaches."""
    from assistant.catalog import load_catalog
    from assistant.documents import chunk_file
    from assistant.settings import PROJECT_ROOT, SHARED_REGULATIONS

    catalog = load_catalog()
    policy = chunk_file(PROJECT_ROOT / "corpus" / "policies" / "policy-customer-information.md", catalog)
    pipl = chunk_file(SHARED_REGULATIONS / "zh" / "pipl-2021.md", catalog)
    return {(c.doc_id, c.article): c for c in policy + pipl if c.article is not None and c.piece == 0}
