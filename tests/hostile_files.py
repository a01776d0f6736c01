"""Hostile documents generated on the fly (never committed as blobs): a DOCX bomb, deep HTML, huge text."""

from __future__ import annotations

import zipfile
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_bomb(folder: Path, inflated_mb: int = 300, name: str = "bomb.docx") -> Path:
    """A valid DOCX whose paragraphs inflate to `inflated_mb` MB of XML (a few hundred KB on disk)."""
    path = folder / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>'.encode())
            paragraph = b'<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:t>A</w:t></w:r></w:p>'  # markup, little text
            block = paragraph * (1024 * 1024 // len(paragraph))
            for _ in range(inflated_mb):
                member.write(block)
            member.write(b"</w:body></w:document>")
    return path


def small_docx(folder: Path, paragraphs: list[str], name: str = "small.docx") -> Path:
    """A minimal valid DOCX written by hand (no python-docx), one paragraph per string."""
    path = folder / name
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml",
                         f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>{body}</w:body></w:document>')
    return path


def deep_html(folder: Path, depth: int = 20_000, name: str = "deep.html") -> Path:
    """`depth` nested <div>s around one article (about 220 KB at 20,000)."""
    path = folder / name
    inner = "<p>第一条　客户数据应当加密存储，保存期限为五年。</p>"
    path.write_text("<html><body>" + "<div>" * depth + inner + "</div>" * depth + "</body></html>", encoding="utf-8")
    return path


def million_line_spec(folder: Path, lines: int = 1_000_000, name: str = "huge-spec.md") -> Path:
    """A spec of `lines` short list items (about 15 MB at one million)."""
    path = folder / name
    with path.open("w", encoding="utf-8") as fh:
        fh.write("# 系统需求\n\n")
        for i in range(lines):
            fh.write(f"- 日志{i}\n")
    return path


def big_markdown(folder: Path, megabytes: int, name: str = "big.md") -> Path:
    path = folder / name
    line = "第一条　本规定适用于客户数据的处理活动，处理者应当履行保护义务。\n".encode()
    with path.open("wb") as fh:
        fh.write(b"# big\n\n")
        for _ in range(megabytes * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    return path


CLEAN_SPEC = """# 客户画像系统需求

## 数据处理
- 系统收集客户的手机号、身份证号和交易流水，用于信用评估。
- 客户数据保存三年。
- 数据加密存储，访问需审批。
"""
