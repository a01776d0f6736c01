"""Build test documents at test time (nothing binary is committed).

Every builder writes into the directory it is given and returns the file's path.
"""

from __future__ import annotations

import zlib
from pathlib import Path

LAW_LINES = [
    "第一条　为了规范商业银行的经营行为，保护存款人",  # wrapped mid-sentence by the layout
    "和其他客户的合法权益，制定本法。",
    "第二条　商业银行应当遵守法律、行政法规的有关规定：",
    "（一）不得损害国家利益；",
    "（二）不得损害社会公共利益。",
]


def _cjk_canvas(path: Path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return canvas.Canvas(str(path))


def text_pdf(folder: Path, pages: list[list[str]], name: str = "law.pdf", page_numbers: bool = True) -> Path:
    """A PDF with a real Chinese text layer (built-in CID font), one list of lines per page."""
    path = folder / name
    pdf = _cjk_canvas(path)
    for number, lines in enumerate(pages, 1):
        pdf.setFont("STSong-Light", 12)
        y = 800
        for line in lines:
            pdf.drawString(50, y, line)
            y -= 20
        if page_numbers:
            pdf.drawString(280, 30, f"- {number} -")
        pdf.showPage()
    pdf.save()
    return path


def image_only_pdf(folder: Path, name: str = "scan.pdf", pages: int = 2) -> Path:
    """Shapes only, no text layer: what a scanner produces, minus the picture."""
    from reportlab.pdfgen import canvas

    path = folder / name
    pdf = canvas.Canvas(str(path))
    for _ in range(pages):
        for row in range(30):
            pdf.rect(50, 780 - row * 25, 400, 12, fill=1)
        pdf.showPage()
    pdf.save()
    return path


def encrypted_pdf(folder: Path, user_password: str, owner_password: str | None = None,
                  name: str = "locked.pdf") -> Path:
    from pypdf import PdfReader, PdfWriter

    source = text_pdf(folder, [LAW_LINES], name="plain-for-encryption.pdf")
    writer = PdfWriter(clone_from=PdfReader(source))
    # RC4: AES would need the optional `cryptography` package.
    writer.encrypt(user_password, owner_password, algorithm="RC4-128")
    path = folder / name
    with path.open("wb") as out:
        writer.write(out)
    source.unlink()
    return path


def _pdf_with_objects(objects: list[bytes], root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """Serialise numbered objects (1..n) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, trailer_extra, xref)
    return bytes(out)


def circular_pdf(folder: Path, name: str = "circular.pdf") -> Path:
    """A page tree whose /Kids contains itself and an xref chain whose /Prev points at itself."""
    body = _pdf_with_objects([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [3 0 R 2 0 R] /Count 2 >>",
    ])
    xref_at = int(body.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    body = body.replace(b"/Root 1 0 R", b"/Root 1 0 R /Prev %d" % xref_at)
    path = folder / name
    path.write_bytes(body)
    return path


def decompression_bomb_pdf(folder: Path, inflated_gb: int = 4, name: str = "bomb.pdf") -> Path:
    """One page whose FlateDecode content stream inflates to `inflated_gb` GB of zeros.

    Built cheaply: after a full flush zlib's output for an identical chunk repeats,
    so one compressed 64 MB block is copied instead of compressing gigabytes.
    """
    chunk = b"\0" * (64 * 1024 * 1024)
    compressor = zlib.compressobj(9)
    head = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    stream = head + block * (inflated_gb * 16 - 1) + compressor.flush()
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
    path = folder / name
    path.write_bytes(_pdf_with_objects([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
          b" /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
        content,
    ]))
    return path


def docx_file(folder: Path, name: str = "policy.docx") -> Path:
    import docx

    document = docx.Document()
    document.add_heading("数据安全管理办法", level=1)
    document.add_heading("第一章　总则", level=2)
    document.add_paragraph("第一条　为了加强数据安全管理，制定本办法。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "数据级别"
    table.cell(0, 1).text = "保存期限"
    table.cell(1, 0).text = "核心数据"
    table.cell(1, 1).text = "五年"
    document.add_paragraph("第二条　本办法自发布之日起施行。")
    path = folder / name
    document.save(str(path))
    return path
