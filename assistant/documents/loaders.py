"""Read one document from disk into normalised text.

Each loader either returns a LoadedDocument or raises exactly one
`UnreadableDocument` (or `UploadTooLarge`) whose reason tells the user what is
wrong and what to do; the pipeline decides whether the batch goes on.

`load_document` checks the file in this process and parses it in the sandbox (documents/sandbox.py: a child
process with memory, time and output limits), whatever the format; `parse_file` is what runs in the child.
"""

from __future__ import annotations

import codecs
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UnreadableDocument, UploadTooLarge
from .normalize import normalize_text
from .sandbox import DEFAULT_MAX_OUTPUT_BYTES, DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, parse_in_sandbox

SUPPORTED_SUFFIXES = {".md", ".markdown", ".txt", ".pdf", ".docx", ".html", ".htm"}
_FORMATS = {
    ".md": "md", ".markdown": "md", ".txt": "txt", ".pdf": "pdf",
    ".docx": "docx", ".html": "html", ".htm": "html",
}
_SUPPORTED_HINT = "Supported file types: " + ", ".join(sorted(SUPPORTED_SUFFIXES)) + "."
# Folder scans skip these names: they describe a collection, they are not documents.
_NOT_DOCUMENTS = {"readme.md", "readme.txt", "readme.markdown"}
# A DOCX is a zip; stop inflating it past this many bytes (zip bombs), counted while it inflates.
_DOCX_MAX_EXPANDED_BYTES = 64 * 1024 * 1024  # a 1,000-page contract's XML is ~20 MB
# More extracted text than this is refused in the child, before it is copied, normalised and sent back.
_MAX_TEXT_CHARS = 32 * 1024 * 1024
# A PDF with fewer letters than this per page has no usable text layer.
_MIN_CHARS_PER_PAGE = 5


@dataclass
class LoadedDocument:
    path: Path
    text: str  # normalised text; Markdown is kept as Markdown
    format: str  # "md" | "txt" | "pdf" | "docx" | "html"
    encoding: str | None = None  # detected encoding of text and HTML files
    pages: int | None = None  # PDFs only
    warnings: list[str] = field(default_factory=list)


def iter_documents(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand folders recursively into the documents they hold, sorted.

    Hidden files and folders, READMEs and unsupported types are skipped inside folders.
    A file named explicitly is always yielded (so an unsupported one gets a clear
    error from load_document instead of silently vanishing).
    """
    seen: set[Path] = set()
    for path in paths:
        path = Path(path)
        found = _scan_folder(path) if path.is_dir() else [path]
        for item in found:
            key = item.resolve()
            if key not in seen:
                seen.add(key)
                yield item


def _scan_folder(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):  # does not follow symlinked folders
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or name.lower() in _NOT_DOCUMENTS:
                continue
            if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(Path(root) / name)
    return sorted(found)


def load_document(
    path: Path,
    max_bytes: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
    max_output_bytes: int = DEFAULT_MAX_OUTPUT_BYTES,
) -> LoadedDocument:
    """Read `path` and return its normalised text; raise UnreadableDocument otherwise.

    The file is checked here and parsed in a child process limited to `memory_mb`, `timeout` seconds and
    `max_output_bytes` of extracted text (see documents/sandbox.py).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableDocument(path, f"unsupported file type {suffix or '(no extension)'}", _SUPPORTED_HINT)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableDocument(path, "file not found", "Check the path and try again.") from None
    except OSError as err:
        raise UnreadableDocument(path, f"cannot read file ({err.strerror})") from None
    if not path.is_file():
        raise UnreadableDocument(path, "not a regular file")
    if max_bytes is not None and size > max_bytes:
        raise UploadTooLarge(
            path,
            f"file is {_megabytes(size)}, over the {_megabytes(max_bytes)} limit",
            "Split the document into smaller files, or raise the limit "
            "(ASSISTANT_MAX_UPLOAD_MB for checks and uploads, ASSISTANT_MAX_INGEST_MB for ingest).",
        )
    if size == 0:
        raise UnreadableDocument(path, "empty file")
    if not os.access(path, os.R_OK):
        raise UnreadableDocument(path, "cannot read file (permission denied)", "Check the file's permissions.")

    fields = parse_in_sandbox(path, _FORMATS[suffix], timeout, memory_mb, max_output_bytes)
    return LoadedDocument(path=path, **fields)


def parse_file(path: Path) -> dict:
    """Parse one checked file in this process (the sandbox child calls this): LoadedDocument's fields."""
    fmt = _FORMATS[path.suffix.lower()]
    document = _parse(path, fmt)
    return {"text": document.text, "format": document.format, "encoding": document.encoding,
            "pages": document.pages, "warnings": document.warnings}


def _parse(path: Path, fmt: str) -> LoadedDocument:
    if fmt == "pdf":
        return _load_pdf(path)
    data = _read_bytes(path)
    if fmt in ("md", "txt"):
        return _load_text(path, data, fmt)
    if fmt == "docx":
        return _load_docx(path, data)
    return _load_html(path, data)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise UnreadableDocument(path, f"cannot read file ({err.strerror})") from None


_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0]+")  # not U+3000: "第一条　为了" keeps it


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _require_text(path: Path, text: str, reason: str) -> None:
    if not text.strip():
        raise UnreadableDocument(path, reason)


# --- plain text and Markdown ---------------------------------------------------

_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_OR_CJK_PUNCT = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# Very frequent characters (simplified and traditional forms). A legacy-encoded file
# decoded with the right codec is full of them; with the wrong codec it is not.
_COMMON_HANZI = set(
    "的一是不了在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过"
    "家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本"
    "见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种全工己话"
    "者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听"
    "世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九性通目立马命张活"
    "难神数件安表原车白应路期叫死常提金何更反合放做系计或司利受光王果亲界及今务制解各任至清物"
    "台记边共风战干接它许八特直服林题建南度统色字请交让认算论百义科元社术结六功指思非流每管夫"
    "连远资队带快条院变联言权往展该领规款项章节则据依按保护息处理机构银行单条例办监督管理"
    "這來個說們為時會過學對裡後麼開見經頭從動兩長樣現將與進點種話問機給幾業間東車應張數義關規"
    "則據護處構銀條例辦監務產內軍"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file; return (text, encoding name).

    Order: byte-order marks, strict UTF-8, BOM-less UTF-16, the Chinese legacy
    codecs (GB18030 / Big5, picked by how Chinese the result reads), then
    charset-normalizer. Raises ValueError when nothing gives plausible text.
    """
    for bom, codec, name in (
        (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
    ):
        if data.startswith(bom):
            text = _try_decode(data, codec)
            if text is not None and _plausible(text):
                return text, name
    for codec in ("utf-8", *_bomless_utf16(data)):
        text = _try_decode(data, codec)
        if text is not None and _plausible(text):
            return text, codec
    chinese = _best_chinese_decoding(data)
    if chinese is not None:
        return chinese
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if matches:
        best = matches[0]
        # Western text often ties between cp1250 and cp1252; the Windows default wins.
        for match in matches:
            if match.encoding == "cp1252" and (match.chaos, match.coherence) == (best.chaos, best.coherence):
                best = match
        text = str(best)
        if _plausible(text):
            return text, best.encoding
    raise ValueError("not valid text in any known encoding")


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _plausible(text: str) -> bool:
    """Binary data decodes in permissive codecs too; real text has few control chars."""
    return len(_CONTROL.findall(text)) <= len(text) // 100


def _bomless_utf16(data: bytes) -> list[str]:
    # Mostly-ASCII UTF-16 without a BOM has a zero in every other byte.
    if len(data) < 4 or len(data) % 2:
        return []
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > 0.4 * len(odd):
        return ["utf-16-le"]
    if even.count(0) > 0.4 * len(even):
        return ["utf-16-be"]
    return []


def _best_chinese_decoding(data: bytes) -> tuple[str, str] | None:
    # charset-normalizer mislabels short GBK text, so GB18030 and Big5 are tried first
    # and kept only when the result is mostly Chinese made of frequent characters.
    candidates = []
    for codec in ("gb18030", "big5"):
        text = _try_decode(data, codec)
        if text is None or not _plausible(text):
            continue
        non_ascii = [ch for ch in text if ord(ch) > 127]
        cjk = _CJK_CHAR.findall(text)
        if not non_ascii or not cjk:
            continue
        if sum(1 for ch in non_ascii if _CJK_OR_CJK_PUNCT.match(ch)) < 0.9 * len(non_ascii):
            continue
        common = sum(1 for ch in cjk if ch in _COMMON_HANZI) / len(cjk)
        if common >= 0.2:
            candidates.append((common, codec == "gb18030", text, codec))
    if not candidates:
        return None
    _, _, text, codec = max(candidates)
    return text, codec


def _load_text(path: Path, data: bytes, fmt: str) -> LoadedDocument:
    try:
        raw, encoding = decode_text(data)
    except ValueError:
        raise UnreadableDocument(
            path, "not valid text in any known encoding", "Save the file as UTF-8 text and try again."
        ) from None
    text = normalize_text(raw)
    _require_text(path, text, "empty file (only whitespace)")
    return LoadedDocument(path=path, text=text, format=fmt, encoding=encoding)


# --- PDF -------------------------------------------------------------------------

# Page furniture that would otherwise end up inside clause text: "- 3 -", "3",
# "第 3 页", "第3页 共12页", "3 / 12".
_PAGE_NUMBER_LINE = re.compile(
    r"^\s*(?:[-—–]?\s*\d{1,4}\s*[-—–]?|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})\s*$"
)


def _drop_page_number_lines(page: str) -> str:
    lines = page.replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and _PAGE_NUMBER_LINE.match(lines[-1]):
        lines.pop()
    if lines and _PAGE_NUMBER_LINE.match(lines[0]):
        lines.pop(0)
    return "\n".join(lines)


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


def _load_pdf(path: Path) -> LoadedDocument:
    from .pdf_sandbox import REASONS, extract_in_process

    result = extract_in_process(str(path))
    if "error" in result:
        if result["error"] == "memory":
            raise MemoryError(result.get("detail", ""))  # the sandbox reports it as the memory limit
        raise UnreadableDocument(path, *REASONS[result["error"]])
    raw_pages = result["pages"]
    pages = [normalize_text(_drop_page_number_lines(page), rejoin_lines=True).strip() for page in raw_pages]
    if sum(_letters(page) for page in pages) < _MIN_CHARS_PER_PAGE * len(pages):
        raise UnreadableDocument(
            path,
            "scanned PDF with no text layer: needs OCR",
            "Run OCR on it (e.g. ocrmypdf) or supply a text version.",
        )
    warnings = []
    blank = [str(number) for number, page in enumerate(pages, 1) if _letters(page) == 0]
    if blank:
        warnings.append(f"pages {', '.join(blank)} have no text layer (scanned?); their content is missing")
    text = "\n\n".join(page for page in pages if page)
    return LoadedDocument(path=path, text=text, format="pdf", pages=len(pages), warnings=warnings)


# --- DOCX ------------------------------------------------------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _load_docx(path: Path, data: bytes) -> LoadedDocument:
    from lxml import etree

    from .docx_reader import BudgetExceeded, docx_blocks

    if data.startswith(_OLE_MAGIC):
        # Word stores password-protected .docx (and old .doc) as an OLE container.
        raise UnreadableDocument(
            path,
            "encrypted DOCX (password protected) or an old .doc file",
            "Save it in Word as an unprotected .docx and try again.",
        )
    blocks, chars = [], 0
    try:
        for block in docx_blocks(path, _DOCX_MAX_EXPANDED_BYTES):
            chars += len(block)
            if chars > _MAX_TEXT_CHARS:
                raise UnreadableDocument(path, f"DOCX holds more than {_MAX_TEXT_CHARS // (1024 * 1024)} million "
                                               "characters of text", "Split the document into smaller files.")
            blocks.append(block)
    except BudgetExceeded:
        raise UnreadableDocument(
            path,
            f"DOCX expands to more than {_megabytes(_DOCX_MAX_EXPANDED_BYTES)} (possibly a malicious file)",
            "Re-save the file in Word, or split it, and try again.",
        ) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, ValueError, EOFError,
            NotImplementedError, etree.LxmlError):
        raise UnreadableDocument(
            path, "not a valid DOCX (broken or truncated file)", "Re-save the file in Word as .docx and try again."
        ) from None
    text = normalize_text("\n\n".join(blocks))
    _require_text(path, text, "document contains no text")
    return LoadedDocument(path=path, text=text, format="docx")


# --- HTML ------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}
_DROPPED_TAGS = {"script", "style", "nav", "noscript", "template", "iframe", "svg", "head", "button", "select"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "li", "ul", "ol", "dl", "dt",
    "dd", "blockquote", "figure", "figcaption", "address", "form", "fieldset", "body", "html", "hr",
}
_BREAK = "\ue000"  # stands for <br> while whitespace is collapsed
_CJK_RANGE = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# Source line wraps between two Chinese characters are not spaces in the text.
_WRAP_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK_RANGE}])[ \t\r\f\v]*\n[ \t\r\n\f\v]*(?=[{_CJK_RANGE}])")


def _decode_html(data: bytes) -> tuple[str, str]:
    has_bom = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    declared = None if has_bom else _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        name = _CHARSET_ALIASES.get(name, name)
        text = _try_decode(data, name)
        if text is not None:
            return text, name
    return decode_text(data)


def _load_html(path: Path, data: bytes) -> LoadedDocument:
    from bs4 import BeautifulSoup

    try:
        markup, encoding = _decode_html(data)
    except ValueError:
        raise UnreadableDocument(
            path, "not valid text in any known encoding", "Save the page as UTF-8 HTML and try again."
        ) from None
    soup = BeautifulSoup(markup, "html.parser")
    text = normalize_text("\n\n".join(_HtmlBlocks().collect(soup)))
    _require_text(path, text, "document contains no text")
    return LoadedDocument(path=path, text=text, format="html", encoding=encoding)


def _clean_inline(raw: str) -> str:
    text = _WRAP_BETWEEN_CJK.sub("", raw)
    text = _SPACES.sub(" ", text)
    lines = [line.strip() for line in text.split(_BREAK)]
    return "\n".join(line for line in lines if line)


_END = object()


class _HtmlBlocks:
    """Walks the tree, emitting one text block per block element; headings as Markdown."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.buffer: list[str] = []

    def collect(self, soup) -> list[str]:
        self._walk(soup)
        self._flush()
        return self.blocks

    def _flush(self, heading_level: int = 0) -> None:
        text = _clean_inline("".join(self.buffer))
        self.buffer.clear()
        if not text:
            return
        if heading_level:
            text = "#" * heading_level + " " + _one_line(text)
        self.blocks.append(text)

    def _walk(self, root) -> None:
        """Depth-first over the tree with an explicit stack: 20,000 nested <div> must not exhaust the C stack."""
        from bs4 import NavigableString, Tag
        from bs4.element import PreformattedString

        stack: list[tuple[Iterator, int | None]] = [(iter(root.children), None)]
        while stack:
            children, on_exit = stack[-1]
            child = next(children, _END)
            if child is _END:
                stack.pop()
                if on_exit is not None:
                    self._flush(heading_level=on_exit)
                continue
            if isinstance(child, PreformattedString):  # comments, doctype, CDATA
                continue
            if isinstance(child, NavigableString):
                self.buffer.append(str(child))
                continue
            if not isinstance(child, Tag) or child.name in _DROPPED_TAGS:
                continue
            name = child.name
            if name == "br":
                self.buffer.append(_BREAK)
            elif re.fullmatch(r"h[1-6]", name):
                self._flush()
                stack.append((iter(child.children), int(name[1])))
            elif name == "table":
                self._flush()
                self._table(child)
            elif name == "pre":
                self._flush()
                text = child.get_text().strip("\n")
                if text.strip():
                    self.blocks.append(text)
            elif name in _BLOCK_TAGS:
                self._flush()
                stack.append((iter(child.children), 0))  # 0: flush as a plain block on the way out
            else:
                stack.append((iter(child.children), None))

    def _table(self, table) -> None:
        rows = []
        for row in table.find_all("tr"):
            cells = [_clean_inline(cell.get_text()).replace("\n", " ") for cell in row.find_all(["td", "th"])]
            line = " | ".join(cell for cell in cells if cell)
            if line:
                rows.append(line)
        if rows:
            self.blocks.append("\n".join(rows))
