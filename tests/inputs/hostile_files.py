"""Generators of the broken and hostile files users (or attackers) feed lkjip."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from tests.conftest import SEED_DOCX, SEED_PDF


def text_pdf(path: Path, text: str = "Anggaran Rp. 19.253.454.000,- pada tahun 2018", pages: int = 1,
             password: str | None = None) -> Path:
    """A small real PDF with a text layer (fpdf2), optionally encrypted (pypdf)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for _ in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    pdf.output(str(path))
    if password:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(str(path)))
        writer.encrypt(password, algorithm="AES-128")
        with path.open("wb") as fh:
            writer.write(fh)
    return path


def blank_pdf(path: Path, pages: int = 1) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def zero_page_pdf(path: Path) -> Path:
    from pypdf import PdfWriter

    with path.open("wb") as fh:
        PdfWriter().write(fh)
    return path


def truncated(path: Path, source: Path, share: float = 0.4) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * share)])
    return path


def random_bytes(path: Path, n: int = 20_000) -> Path:
    path.write_bytes(os.urandom(n))
    return path


def zip_bomb_docx(path: Path, inflated: int = 300 * 1024 * 1024) -> Path:
    """A valid-looking DOCX with one member of zeros that inflates to `inflated` bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        with zipfile.ZipFile(SEED_DOCX) as seed:
            for item in seed.infolist():
                zf.writestr(item, seed.read(item))
        with zf.open("word/media/padding.bin", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(inflated >> 20):
                member.write(chunk)
    return path


def many_members_docx(path: Path, members: int = 5000) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        with zipfile.ZipFile(SEED_DOCX) as seed:
            for item in seed.infolist():
                zf.writestr(item, seed.read(item))
        for i in range(members):
            zf.writestr(f"customXml/item{i + 10}.xml", "<a/>")
    return path


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + ']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)


def entity_bomb_docx(path: Path) -> Path:
    """The seed DOCX with its document.xml replaced by a billion-laughs payload."""
    with zipfile.ZipFile(SEED_DOCX) as seed, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for item in seed.infolist():
            data = BILLION_LAUGHS.encode() if item.filename == "word/document.xml" else seed.read(item)
            zf.writestr(item, data)
    return path


def xlsx_workbook(path: Path) -> Path:
    """The members an Excel workbook opens with: a budget recap kept as a spreadsheet."""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook><sheets><sheet name='Rekap'/></sheets></workbook>")
    return path


def every_hostile_file(folder: Path) -> dict[str, tuple[Path, str]]:
    """name → (file, expected error code), each generated here."""
    folder.mkdir(parents=True, exist_ok=True)
    empty = folder / "empty.pdf"
    empty.write_bytes(b"")
    text_named_pdf = folder / "notes.pdf"
    text_named_pdf.write_text("Laporan kinerja — this is a text file, not a PDF\n", encoding="utf-8")
    return {
        "random bytes": (random_bytes(folder / "random.pdf"), "not-a-pdf"),
        "random bytes, no name": (random_bytes(folder / "blob.bin"), "unsupported"),
        "truncated PDF": (truncated(folder / "truncated.pdf", SEED_PDF), "corrupt"),
        "truncated DOCX": (truncated(folder / "truncated.docx", SEED_DOCX), "corrupt"),
        "empty file": (empty, "empty"),
        "text file named .pdf": (text_named_pdf, "not-a-pdf"),
        "encrypted PDF": (text_pdf(folder / "encrypted.pdf", password="rahasia"), "encrypted"),
        "zero-page PDF": (zero_page_pdf(folder / "zero.pdf"), "empty"),
        "blank pages only": (blank_pdf(folder / "blank.pdf", pages=3), "empty"),
        "DOCX zip bomb": (zip_bomb_docx(folder / "bomb.docx"), "unsafe"),
        "DOCX with thousands of members": (many_members_docx(folder / "members.docx"), "unsafe"),
        "DOCX entity bomb": (entity_bomb_docx(folder / "laughs.docx"), "unsafe"),
        "Excel workbook": (xlsx_workbook(folder / "rekap.xlsx"), "unsupported"),
    }
