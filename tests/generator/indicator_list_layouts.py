"""Indicator tables of provincial and municipal LKjIPs, as small PDFs.

- `bullets_one_value_pdf`: a year comparison whose indikator cells list several bulleted
  indicators beside a single realisasi per year (one row for the list), next to a cell
  whose bullets each print their own value (one row each).
- `negative_indicator_pdf`: an IKU table printing a lower-is-better indicator's capaian as
  realisasi / target, and optionally a second table printing it target / realisasi (the
  report's own lower-is-better arithmetic); values may carry a footnote mark ("150*").
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.generator.render_pdf import BODY, CAPTION, CELL, CELL_HEAD

# (sasaran, bullets, realisasi 2021, realisasi 2020): one value per year for all bullets.
SHARED_ROWS = [
    ("6. Terwujudnya peningkatan struktur dan kapasitas jalan",
     ("Meningkatnya lapis permukaan jalan.", "Meningkatnya waktu tempuh", "Meningkatnya arus lalu lintas"),
     "100 %", "95 %"),
]
# (sasaran, [(bullet, realisasi 2021, realisasi 2020)]): each bullet its own values.
OWN_ROWS = [
    ("7. Meningkatnya kualitas saluran drainase",
     [("Panjang saluran drainase yang dibangun", "2,5 km", "2 km"),
      ("Jumlah gorong-gorong yang dibangun", "12 unit", "10 unit")]),
]


def _p(text: str, head: bool = False) -> Paragraph:
    return Paragraph(text, CELL_HEAD if head else CELL)


def _grid(data: list, widths: list[float]) -> Table:
    table = Table(data, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def bullets_one_value_pdf(path: Path) -> Path:
    head = [[_p(h, True) for h in ("SASARAN", "INDIKATOR", "REALISASI 2021", "REALISASI 2020")]]
    body = []
    for sasaran, bullets, r21, r20 in SHARED_ROWS:
        body.append([_p(sasaran), _p("<br/>".join(f"• {b}" for b in bullets)), _p(r21), _p(r20)])
    for sasaran, items in OWN_ROWS:
        body.append([_p(sasaran), _p("<br/>".join(f"• {b}" for b, _, _ in items)),
                     _p("<br/>".join(r for _, r, _ in items)), _p("<br/>".join(r for _, _, r in items))])
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Paragraph("2. Realisasi kinerja dan capaian kinerja Tahun 2021 dengan Tahun 2020", BODY),
               Spacer(1, 0.3 * cm), _grid(head + body, [5 * cm, 6 * cm, 2.5 * cm, 2.5 * cm])])
    return path


# (indikator, satuan, target, realisasi, capaian as the IKU table prints it)
IKU_ROWS = [
    ("Indeks Gini", "Poin", "0,315", "0,313", "99,37%"),  # realisasi / target: the positive formula
    ("Pertumbuhan ekonomi", "Persen", "5,5", "2,61", "47,45%"),
    ("Indeks Resiko Bencana", "Indeks", "134,4", "150*", "112*"),  # starred for a note below
]


def _iku_table(caption: str, rows: list[tuple[str, str, str, str, str]]) -> list:
    head = [[_p(h, True) for h in ("No.", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi",
                                   "Capaian Kinerja (%)")]]
    body = [[_p(f"{i}"), _p(name), _p(unit), _p(t), _p(r), _p(c)] for i, (name, unit, t, r, c) in enumerate(rows, 1)]
    return [Paragraph(caption, CAPTION), Spacer(1, 0.2 * cm),
            _grid(head + body, [1 * cm, 6 * cm, 2 * cm, 2 * cm, 2 * cm, 3 * cm]), Spacer(1, 0.5 * cm)]


def negative_indicator_pdf(path: Path, inverse_elsewhere: bool) -> Path:
    """Tabel 3.2 prints Indeks Gini's capaian as realisasi / target; with
    `inverse_elsewhere` Tabel 3.4 prints it target / realisasi (0,315 / 0,313 = 100,64)."""
    story = [Paragraph("BAB III AKUNTABILITAS KINERJA", CAPTION), Spacer(1, 0.3 * cm),
             *_iku_table("Tabel 3.2. Capaian Indikator Kinerja Utama Tahun 2021", IKU_ROWS),
             Paragraph("*) angka sementara", BODY)]
    if inverse_elsewhere:
        story += _iku_table("Tabel 3.4. Pengukuran Kinerja Tahun 2021",
                            [("Indeks Gini", "Poin", "0,315", "0,313", "100,64%")])
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


# (indikator lines, target, realisasi, capaian); every other row shaded as Word shades it.
SHADED_ROWS = [
    (("Indeks kerukunan", "umat beragama"), "83", "77,4", "93,25"),
    (("Skor Pola Pangan", "Harapan (PPH)"), "94,3", "85", "90,14"),
    (("Nilai Tukar Petani",), "100,10", "119,06", "118,94"),
    (("Rasio rumah layak", "huni"), "93,72", "69,5", "74,16"),
]


def shaded_rows_pdf(path: Path) -> Path:
    """A ruled IKU table whose shaded rows fill each cell and, inset 5 points, each of
    its paragraphs, in one colour with no stroke (Word's cell and paragraph shading)."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    xs = [60.0, 260.0, 340.0, 420.0, 500.0]
    top, head_h, row_h, line_h = 760.0, 20.0, 30.0, 12.0
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(60, 790, "Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2021")
    bottoms = [top - head_h - row_h * (i + 1) for i in range(len(SHADED_ROWS))]
    canvas.setFillColorRGB(217 / 255, 226 / 255, 243 / 255)
    for k, ((lines, *_), low) in enumerate(zip(SHADED_ROWS, bottoms, strict=True)):
        if k % 2 == 0:
            continue
        for x0, x1 in pairwise(xs):
            canvas.rect(x0, low, x1 - x0, row_h, stroke=0, fill=1)  # the cell's shading
            bands = len(lines) if x0 == xs[0] else 1  # each paragraph's, inset sideways, tiling the row
            for j in range(bands):
                canvas.rect(x0 + 5, low + row_h * j / bands, x1 - x0 - 10, row_h / bands, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setLineWidth(0.5)
    bottom = bottoms[-1]
    for x in xs:
        canvas.line(x, top, x, bottom)
    for y in [top, top - head_h, *bottoms]:
        canvas.line(xs[0], y, xs[-1], y)
    canvas.setFont("Helvetica-Bold", 8)
    for x, h in zip(xs, ("Indikator Kinerja Utama", "Target", "Realisasi", "Capaian (%)"), strict=False):
        canvas.drawString(x + 6, top - 13, h)
    canvas.setFont("Helvetica", 8)
    for (lines, *values), low in zip(SHADED_ROWS, bottoms, strict=True):
        for j, line in enumerate(lines):
            canvas.drawString(xs[0] + 6, low + row_h - 12 - line_h * j, line)
        for x, v in zip(xs[1:], values, strict=False):
            canvas.drawString(x + 6, low + row_h - 12, v)
    canvas.save()
    return path


# A composite index and its parts, under a "Parameter" header: (parameter, target, realisasi, capaian).
PARAMETER_ROWS = [
    ("Indeks Kualitas Air (IKA)", "53,71", "53,27", "99,18"),
    ("Indeks Kualitas Udara (IKU)", "87,09", "89,55", "102,82"),
    ("Indeks Kualitas Lingkungan Hidup (IKLH)", "69,02", "71,15", "103,09"),
]


def parameter_table_pdf(path: Path) -> Path:
    head = [[_p(h, True) for h in ("Parameter", "Target", "Realisasi Kinerja (poin)", "Capaian Kinerja (%)")]]
    body = [[_p(name), _p(t), _p(r), _p(c)] for name, t, r, c in PARAMETER_ROWS]
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Paragraph("Tabel 3.15 Indeks Kualitas Lingkungan Hidup", CAPTION), Spacer(1, 0.3 * cm),
               _grid(head + body, [7 * cm, 2.5 * cm, 3 * cm, 3 * cm])])
    return path


def own_notation_pdf(path: Path) -> Path:
    """An IKU table in Indonesian notation ("0,315", "370.000"), for a document whose
    other tables vote the other way."""
    rows = [*IKU_ROWS[:2], ("Jumlah kunjungan wisatawan mancanegara", "Orang", "370.000", "240", "0,06")]
    SimpleDocTemplate(str(path), pagesize=A4).build(_iku_table("Tabel 3.2. Capaian IKU Tahun 2021", rows))
    return path


# (number, name over two lines, target): one unruled body row holds them all.
NUMBERED_ROWS = [
    ("5", ("Pertumbuhan", "Ekonomi"), "5,5"),
    ("6", ("Persentase", "kemiskinan"), "8,04"),
    ("7", ("Rasio rumah layak", "huni"), "93,72"),
]


def numbered_stack_pdf(path: Path) -> Path:
    """An IKU table whose indicators share one unruled row: numbers level with each name's
    first line, targets level with its second (as a vertically centred cell prints them)."""
    numbers = "<br/><br/>".join(n for n, _, _ in NUMBERED_ROWS)
    names = "<br/>".join(line for _, lines, _ in NUMBERED_ROWS for line in lines)
    targets = "<br/>" + "<br/><br/>".join(t for _, _, t in NUMBERED_ROWS)
    head = [[_p(h, True) for h in ("No", "Indikator Kinerja Utama", "Satuan", "Target")]]
    body = [[_p(numbers), _p(names), _p("<br/>" + "<br/><br/>".join("Persen" for _ in NUMBERED_ROWS)),
             _p(targets)]]
    table = Table(head + body, colWidths=[1.5 * cm, 6 * cm, 2.5 * cm, 2.5 * cm])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                               ("INNERGRID", (0, 0), (-1, 0), 0.5, colors.black),
                               ("LINEAFTER", (0, 1), (-2, 1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph("Tabel 2.2 Indikator Kinerja Utama dan Target Tahun 2021", CAPTION), Spacer(1, 0.3 * cm), table])
    return path


# Lettered kegiatan in the sasaran column, each beside one bulleted indicator (the same
# indicator under both) and its values: (kegiatan, indicator, target, realisasi).
KEGIATAN_ROWS = [
    ("a. Kegiatan Administrasi Barang Milik Daerah", "Terlaksananya penyediaan prasarana pelayanan publik",
     "100%", "100%"),
    ("b. Kegiatan Administrasi Umum Perangkat Daerah", "Terlaksananya penyediaan prasarana pelayanan publik",
     "90%", "85%"),
]


def kegiatan_list_pdf(path: Path) -> Path:
    head = [[_p(h, True) for h in ("SASARAN", "INDIKATOR", "TARGET", "REALISASI", "%")]]
    heading = [_p("1. Mewujudkan organisasi yang efisien dan efektif"), "", "", "", ""]
    body = [_p("<br/>".join(k for k, *_ in KEGIATAN_ROWS)), _p("<br/>".join(f"• {i}" for _, i, _, _ in KEGIATAN_ROWS)),
            _p("<br/>".join(t for *_, t, _ in KEGIATAN_ROWS)), _p("<br/>".join(r for *_, r in KEGIATAN_ROWS)),
            _p("<br/>".join("100 %" for _ in KEGIATAN_ROWS))]
    table = Table([*head, heading, body], colWidths=[5 * cm, 5.5 * cm, 2 * cm, 2.2 * cm, 1.8 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 1), (-1, 1)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph("1. Target dan Realisasi Kinerja Tahun 2021", BODY), Spacer(1, 0.3 * cm), table])
    return path
