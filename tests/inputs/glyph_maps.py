"""PDFs whose text layer is drawn with fonts that map glyphs to no real characters:
made with reportlab (an embedded TrueType subset), then the font's ToUnicode map
rewritten with pypdf to send every code to the private-use area, or to the wrong letters."""

from __future__ import annotations

from pathlib import Path

LINES = [
    "Realisasi anggaran Program Pelayanan Administrasi Perkantoran tahun 2022",
    "sebesar Rp 1.234.567.000 dari pagu anggaran Rp 1.500.000.000 atau 82,30 persen,",
    "dengan capaian kinerja sasaran strategis untuk indikator kinerja utama dinas.",
    "Jumlah dokumen perencanaan yang disusun tepat waktu mencapai target yang ditetapkan",
    "oleh pemerintah daerah dalam rencana kerja perangkat daerah tahun berjalan.",
] * 4

_CMAP_HEAD = (
    "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
)
_CMAP_TAIL = "endcmap\nCMapName currentdict /CIDInit /ProcSet findresource pop\nend\nend\n"


def _font_file() -> Path | None:
    for folder in (Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts")):
        found = sorted(folder.rglob("DejaVuSans.ttf")) if folder.is_dir() else []
        if found:
            return found[0]
    return None


def private_use_cmap() -> str:
    """Every code to U+E000 + code (a symbol font's private codes)."""
    return _CMAP_HEAD + "1 beginbfrange\n<00> <FF> <E000>\nendbfrange\n" + _CMAP_TAIL


def wrong_letters_cmap() -> str:
    """Every code to a letter picked by the code alone (glyph ids read as an alphabet)."""
    blocks = []
    for start in range(0, 256, 100):
        codes = range(start, min(start + 100, 256))
        pairs = "".join(f"<{c:02X}> <{0x61 + (c * 7) % 26:04X}>\n" for c in codes)
        blocks.append(f"{len(codes)} beginbfchar\n{pairs}endbfchar\n")
    return _CMAP_HEAD + "".join(blocks) + _CMAP_TAIL


def report_page_pdf(out: Path, cmap: str | None) -> Path | None:
    """One page of report prose in an embedded TrueType font; its ToUnicode map replaced
    by `cmap` (None: left intact). None when no TrueType font is installed."""
    import pypdf
    from pypdf.generic import DecodedStreamObject, NameObject
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = _font_file()
    if font is None:
        return None
    pdfmetrics.registerFont(TTFont("GlyphMapSans", str(font)))
    plain = out.with_suffix(".plain.pdf")
    c = canvas.Canvas(str(plain))
    c.setFont("GlyphMapSans", 10)
    for i, line in enumerate(LINES):
        c.drawString(50, 790 - 15 * i, line)
    c.save()
    if cmap is None:
        plain.replace(out)
        return out
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(str(plain)))
    for page in writer.pages:
        for ref in page["/Resources"]["/Font"].values():
            font_dict = ref.get_object()
            if "/ToUnicode" in font_dict:
                stream = DecodedStreamObject()
                stream.set_data(cmap.encode("ascii"))
                font_dict[NameObject("/ToUnicode")] = writer._add_object(stream)
    with out.open("wb") as fh:
        writer.write(fh)
    plain.unlink()
    return out
