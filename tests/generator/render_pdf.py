"""Print a Report as a PDF with ruled tables (reportlab), in one of two layouts.

- bulleted: one row per sasaran, its indicators stacked as '- ' lines in one cell and
  their targets / realisasi / capaian stacked line by line beside them (as the seed);
  budget amounts printed '1.234.000,-' with a % column.
- rowwise: one row per indicator, the sasaran cell merged down over its indicators;
  budget table with numbered codes (1, 1.1 …), a SISA column and amounts without ',-'.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from tests.generator.model import ExtraTable, Indicator, Report, cell_text, quantity_text, rupiah

_STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=_STYLES["Normal"], fontName="Helvetica", fontSize=10.5,
                      leading=15, alignment=TA_JUSTIFY, spaceAfter=6)
HEADING = ParagraphStyle("heading", parent=BODY, fontName="Helvetica-Bold", fontSize=12,
                         alignment=1, spaceAfter=10)
SUBHEADING = ParagraphStyle("sub", parent=BODY, fontName="Helvetica-Bold", alignment=0)
CAPTION = ParagraphStyle("caption", parent=BODY, fontName="Helvetica-Bold", fontSize=10, alignment=1)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8, leading=10.5, alignment=0, spaceAfter=0)
CELL_RIGHT = ParagraphStyle("cell_right", parent=CELL, alignment=2)
CELL_HEAD = ParagraphStyle("cell_head", parent=CELL, fontName="Helvetica-Bold", alignment=1)

_GRID = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]


def _p(text: str, style: ParagraphStyle = CELL) -> Paragraph:
    return Paragraph("<br/>".join(escape(line) for line in text.split("\n")), style)


def _table(header: list[str], rows: list[list[str]], widths: list[float],
           right: set[int] = frozenset(), extra: list[tuple] | None = None) -> Table:  # type: ignore[assignment]
    data = [[_p(h, CELL_HEAD) for h in header]]
    data += [[_p(text, CELL_RIGHT if c in right else CELL) for c, text in enumerate(row)] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(_GRID + (extra or [])))
    return table


def _sasaran_groups(rows: list[Indicator]) -> list[list[Indicator]]:
    groups: dict[int, list[Indicator]] = {}
    for r in rows:
        groups.setdefault(r.sasaran_no, []).append(r)
    return list(groups.values())


def _indicator_table(report: Report, rows: list[Indicator], header: list[str],
                     values: list, widths: list[float]) -> Table:  # values: Indicator -> str
    """PK / Pengukuran: NO | SASARAN | INDIKATOR | value columns…, in the report's layout."""
    first_value = 3
    right = set(range(first_value, first_value + len(values)))
    if report.layout == "bulleted":
        data = []
        for group in _sasaran_groups(rows):
            bullets = len(group) > 1
            data.append([str(group[0].sasaran_no), group[0].sasaran,
                         "\n".join(("- " if bullets else "") + r.name for r in group),
                         *("\n".join(fn(r) for r in group) for fn in values)])
        return _table(header, data, widths, right)
    data, spans, row = [], [], 1
    for group in _sasaran_groups(rows):
        for j, r in enumerate(group):
            data.append([str(r.sasaran_no) if j == 0 else "", r.sasaran if j == 0 else "", r.name,
                         *(fn(r) for fn in values)])
        if len(group) > 1:
            spans += [("SPAN", (0, row), (0, row + len(group) - 1)),
                      ("SPAN", (1, row), (1, row + len(group) - 1))]
        row += len(group)
    return _table(header, data, widths, right, spans)


def budget_table(report: Report) -> Table:
    lines = report.budget
    if report.with_sisa:
        header = ["NO", "URAIAN", "PAGU ANGGARAN (Rp)", "REALISASI (Rp)", "SISA (Rp)", "CAPAIAN (%)"]
        rows = [[b.code, b.name, rupiah(b.anggaran, ""), rupiah(b.realisasi, ""), rupiah(b.sisa, ""), b.persen]
                for b in lines]
        widths = [1.2 * cm, 5.6 * cm, 3.0 * cm, 3.0 * cm, 2.6 * cm, 1.8 * cm]
        right = {2, 3, 4, 5}
    else:
        header = ["NO", "PROGRAM / KEGIATAN", "JUMLAH ANGGARAN (Rp)", "REALISASI ANGGARAN (Rp)", "%"]
        rows = [[b.code if b.level == "program" else "",
                 b.name if b.level != "kegiatan" else f"- {b.name}",
                 rupiah(b.anggaran), rupiah(b.realisasi), b.persen] for b in lines]
        widths = [1.0 * cm, 7.4 * cm, 3.4 * cm, 3.4 * cm, 1.8 * cm]
        right = {2, 3, 4}
    bold = [("FONTNAME", (0, i + 1), (-1, i + 1), "Helvetica-Bold") for i, b in enumerate(lines)
            if b.level != "kegiatan"]
    return _table(header, rows, widths, right, bold)


def pk_program_table(report: Report) -> Table:
    prefix = "Rp. " if report.layout == "rowwise" else ""
    rows = [[str(i), name, prefix + rupiah(amount)] for i, (name, amount) in enumerate(report.pk_programs, 1)]
    rows.append(["", "JUMLAH", prefix + rupiah(report.pk_total)])
    return _table(["NO", "PROGRAM", "ANGGARAN (Rp)"], rows, [1.0 * cm, 10.5 * cm, 4.5 * cm], {2})


def narrative_paragraph(report: Report) -> str:
    n = report.narrative
    return (f"Untuk menunjang pelaksanaan program dan kegiatan tahun {report.year}, {report.agency} "
            f"mengelola anggaran belanja daerah. Dari Total Anggaran sebesar Rp. {rupiah(n.anggaran)} "
            f"({n.anggaran_words}) terealisasi sebesar Rp. {rupiah(n.realisasi)} ({n.realisasi_words}) "
            f"atau sama dengan {n.persen} %.")


def ikhtisar(report: Report) -> str:
    return (f"Laporan Kinerja {report.agency} Tahun {report.year} menyajikan capaian "
            f"{len(report.pk_indicators)} indikator kinerja dari {len({i.sasaran for i in report.pk_indicators})} "
            "sasaran strategis yang ditetapkan dalam Perjanjian Kinerja, serta realisasi anggaran "
            "yang mendukungnya.")


def shortfall_explanations(report: Report) -> list[str]:
    """A consistent report says why each target was missed (PermenPANRB 53/2014)."""
    return [f"Indikator {r.name} belum mencapai target ({r.realisasi_text()} dari {r.target_text()}) "
            "disebabkan keterbatasan waktu pelaksanaan kegiatan." for r in report.pengukuran
            if r.realisasi < r.target]


def text_capaian(report: Report) -> str | None:
    """A sentence of chapter III stating one indicator's capaian, as reports do."""
    if report.text_capaian is None:
        return None
    name, capaian = report.text_capaian
    return (f"Capaian indikator {name} pada tahun {report.year} sebesar {capaian} %, "
            "sebagaimana tercantum dalam tabel pengukuran kinerja.")


def lampiran_table(report: Report) -> ExtraTable:
    """The Lampiran's Pengukuran Kinerja, with its own copy of each capaian."""
    return ExtraTable("lampiran", f"Lampiran 1 Pengukuran Kinerja Tahun {report.year}", report.lampiran,
                      [("TARGET", "target"), ("REALISASI", "realisasi"), ("CAPAIAN (%)", "lampiran_capaian")])


def _extra(report: Report, extra: ExtraTable) -> list[Flowable]:
    n = len(extra.columns)
    value_w = 2.2 * cm
    widths = [0.8 * cm, 3.0 * cm, 16.6 * cm - 3.8 * cm - n * value_w] + [value_w] * n
    out: list[Flowable] = [Spacer(1, 8)]
    if extra.lead_in:
        out.append(Paragraph(extra.lead_in, BODY))
    out.append(Paragraph(extra.caption, CAPTION))
    out.append(_indicator_table(report, extra.rows, ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA",
                                                     *(h for h, _ in extra.columns)],
                                [lambda r, w=what: cell_text(r, w) for _, what in extra.columns], widths))
    return out


def extras_at(report: Report, where: str) -> list[Flowable]:
    return [f for e in report.extras if e.where == where for f in _extra(report, e)]


def story(report: Report) -> list[Flowable]:
    y = report.year
    s: list[Flowable] = [
        Spacer(1, 5 * cm),
        Paragraph("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", HEADING),
        Paragraph(f"{report.agency.upper()}<br/>{report.region.upper()}", HEADING),
        Paragraph(f"TAHUN {y}", HEADING),
        PageBreak(),
        Paragraph("IKHTISAR EKSEKUTIF", HEADING),
        Paragraph(ikhtisar(report), BODY),
        PageBreak(),
        Paragraph("BAB I PENDAHULUAN", HEADING),
        Paragraph(f"Laporan Kinerja {report.agency} {report.region} Tahun {y} disusun sebagai wujud "
                  "pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi serta pengelolaan "
                  "anggaran, sesuai Peraturan Menteri PANRB Nomor 53 Tahun 2014.", BODY),
        Paragraph("BAB II PERENCANAAN KINERJA", HEADING),
        Paragraph("A. PERJANJIAN KINERJA", SUBHEADING),
        Paragraph(f"Tabel 2.1 Perjanjian Kinerja Tahun {y}", CAPTION),
        _indicator_table(report, report.pk_indicators,
                         ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"],
                         [Indicator.target_text], [0.8 * cm, 5.0 * cm, 7.8 * cm, 3.0 * cm]),
        Spacer(1, 8),
        Paragraph(f"Tabel 2.2 Program dan Anggaran Perjanjian Kinerja Tahun {y}", CAPTION),
        pk_program_table(report),
        *extras_at(report, "II"),
        PageBreak(),
        Paragraph("BAB III AKUNTABILITAS KINERJA", HEADING),
        Paragraph("A. CAPAIAN KINERJA ORGANISASI", SUBHEADING),
        Paragraph(f"Tabel 3.1 Pengukuran Kinerja Tahun {y}", CAPTION),
        _indicator_table(report, report.pengukuran,
                         ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"],
                         [Indicator.target_text, Indicator.realisasi_text, lambda r: r.capaian],
                         [0.8 * cm, 3.0 * cm, 6.2 * cm, 2.3 * cm, 2.3 * cm, 2.0 * cm]),
        *(Paragraph(text, BODY) for text in shortfall_explanations(report)),
        Spacer(1, 8),
        Paragraph(f"Tabel 3.2 Perbandingan Realisasi Kinerja Tahun {y - 1} dan {y}", CAPTION),
        _indicator_table(report, report.perbandingan,
                         ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET",
                          f"REALISASI {y - 1}", f"REALISASI {y}"],
                         [Indicator.target_text,
                          lambda r: quantity_text(r.realisasi_previous, r.unit), Indicator.realisasi_text],
                         [0.8 * cm, 3.0 * cm, 6.2 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm]),
        *([Paragraph(text_capaian(report), BODY)] if report.text_capaian else []),
        *extras_at(report, "III"),
        PageBreak(),
        Paragraph("B. REALISASI ANGGARAN", SUBHEADING),
        Paragraph(narrative_paragraph(report), BODY),
        Paragraph(f"Secara rinci realisasi anggaran Tahun {y} dapat dilihat pada tabel berikut ini:", BODY),
        Paragraph(f"Tabel 3.3 Realisasi Anggaran Tahun {y}", CAPTION),
        budget_table(report),
        Spacer(1, 12),
        Paragraph("BAB IV PENUTUP", HEADING),
        Paragraph("Laporan Kinerja ini diharapkan menjadi bahan evaluasi dan perbaikan kinerja pada "
                  "tahun berikutnya.", BODY),
    ]
    lampiran = ([lampiran_table(report)] if report.lampiran else []) + \
        [e for e in report.extras if e.where == "lampiran"]
    if lampiran:
        s += [PageBreak(), Paragraph("LAMPIRAN", HEADING)]
        for extra in lampiran:
            s += _extra(report, extra)
    return s


@dataclass(frozen=True)
class PageNumbering:
    """Page numbers printed the way reports do: the cover unnumbered, the front matter in
    roman (i, ii …) from PDF page 2, the body in arabic from `body_from` (a PDF page) on, in
    the footer at the right; a running header naming the report and its year on every
    numbered page (a number in the header band that is not a page number)."""

    body_from: int = 3
    position: str = "footer"  # "footer" or "header"

    def label(self, pdf_page: int) -> str | None:
        if pdf_page < 2:
            return None
        if pdf_page < self.body_from:
            return _ROMANS[pdf_page - 2]
        return str(pdf_page - self.body_from + 1)


_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _numbered_page(report: Report, numbering: PageNumbering) -> Callable[[Canvas, object], None]:
    def draw(canvas: Canvas, doc: object) -> None:
        label = numbering.label(canvas.getPageNumber())
        if label is None:
            return
        width, height = A4
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        running = f"Laporan Kinerja {report.agency} Tahun {report.year}"
        band_top, band_bottom = height - 1.2 * cm, 1.2 * cm
        text_y, number_y = (band_top, band_bottom) if numbering.position == "footer" else (band_bottom, band_top)
        canvas.drawString(2.2 * cm, text_y, running)
        canvas.drawRightString(width - 2.2 * cm, number_y, label)
        canvas.restoreState()
    return draw


def render_pdf(report: Report, path: Path, numbering: PageNumbering | None = None) -> Path:
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=f"LKjIP {report.agency} {report.year}",
                            invariant=1)
    if numbering is None:
        doc.build(story(report))
    else:
        draw = _numbered_page(report, numbering)
        doc.build(story(report), onFirstPage=draw, onLaterPages=draw)
    return path
