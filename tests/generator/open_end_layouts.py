"""A table continued over a page break without a top rule on the second page, as a PDF.

`open_top_pdf`: page 1 prints the header and two rows, ruled all round; page 2 goes on
with three rows whose column rules start at the top margin with no rule drawn across
them there (the word processor drew the table's top rule once, on page 1). The
"Program" column is one merged cell continued from page 1, so on page 2 it holds no text
and no row rule crosses it.
"""

from __future__ import annotations

from pathlib import Path

HEADER = ("No", "Indikator", "Satuan", "Target", "Program", "Indikator Program", "Target")
FIRST_ROWS = [
    ("1", "Persentase tindak lanjut selesai", "Persen", "95,40%", "Pengawasan", "Persentase LK direviu", "100"),
    ("2", "Persentase LK sesuai SAP", "Persen", "100%", "", "Persentase OPD dievaluasi", "45,61"),
]
CONTINUED_ROWS = [
    ("3", "Maturitas SPIP", "Level", "3", "", "Persentase OPD nilai RB", "7,02"),
    ("4", "Persentase OPD zona integritas", "Persen", "10,53%", "", "Persentase OPD dinilai", "10,53"),
    ("5", "Nilai RB", "Nilai", "62", "", "Persentase OPD SAKIP A", "15,79"),
]
_XS = [40.0, 65.0, 230.0, 290.0, 345.0, 420.0, 560.0, 600.0]


def _rows(canvas: object, rows: list[tuple[str, ...]], ys: list[float]) -> None:
    canvas.setFont("Helvetica", 7)  # type: ignore[attr-defined]
    for row, y in zip(rows, ys, strict=False):
        for x, text in zip(_XS, row, strict=False):
            canvas.drawString(x + 3, y - 14, text)  # type: ignore[attr-defined]


def open_top_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    canvas.setLineWidth(0.5)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(40, 800, "RENCANA KINERJA TAHUNAN TAHUN 2020")
    # Page 1: framed header and two rows reaching the foot of the page; the Program
    # cell runs on without a bottom rule under it.
    ys = [300.0, 280.0, 200.0, 60.0]
    for i, y in enumerate(ys):
        skip = (i == 2)  # the merged Program cell: no row rule across it
        if skip:
            canvas.line(_XS[0], y, _XS[4], y)
            canvas.line(_XS[5], y, _XS[-1], y)
        else:
            canvas.line(_XS[0], y, _XS[-1], y)
    for x in _XS:
        canvas.line(x, ys[0], x, ys[-1])
    canvas.setFont("Helvetica-Bold", 7)
    for x, h in zip(_XS, HEADER, strict=False):
        canvas.drawString(x + 3, ys[0] - 13, h)
    _rows(canvas, FIRST_ROWS, ys[1:])
    canvas.showPage()
    # Page 2: the column rules start at the top margin, nothing drawn across them there.
    canvas.setLineWidth(0.5)
    top, ys = 800.0, [760.0, 720.0, 680.0]
    for x in _XS:
        canvas.line(x, top, x, ys[-1])
    for y in ys:
        if y == ys[-1]:
            canvas.line(_XS[0], y, _XS[-1], y)
        else:
            canvas.line(_XS[0], y, _XS[4], y)
            canvas.line(_XS[5], y, _XS[-1], y)
    _rows(canvas, CONTINUED_ROWS, [top, *ys[:-1]])
    canvas.save()
    return path
