"""A table whose outer side rules are drawn around its header only, as a small PDF.

`open_sides_pdf`: below the framed header, the row rules run out to the table's left
and right edges but no vertical rule closes the first ("No") and last ("Target 2016")
columns; the inner column rules are drawn. A second table below, with the same left
edge and no rule between the two, must stay a table of its own.
"""

from __future__ import annotations

from pathlib import Path

HEADER = ("No", "Indikator Kinerja", "Eksisting 2013", "Target 2016")
OPEN_ROWS = [
    ("1", "Persentase penyelesaian tindak lanjut", "32,2", "60%"),
    ("2", "Persentase OPD yang melaksanakan SPIP", "0", "75%"),
    ("3", "Jumlah Auditor bersertifikasi", "62", "73 orang"),
]


def open_sides_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    xs = [60.0, 90.0, 330.0, 420.0, 520.0]
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(60, 790, "Lampiran 1c Rencana Kinerja Tahun 2016")
    canvas.setLineWidth(0.5)
    for k, top in enumerate((760.0, 600.0)):
        head_h, row_h = 20.0, 30.0
        ys = [top, top - head_h] + [top - head_h - row_h * (i + 1) for i in range(len(OPEN_ROWS))]
        for y in ys:
            canvas.line(xs[0], y, xs[-1], y)
        for x in xs:  # the header framed on every side
            canvas.line(x, ys[0], x, ys[1])
        for x in xs[1:-1]:  # the body: inner column rules only
            canvas.line(x, ys[1], x, ys[-1])
        canvas.setFont("Helvetica-Bold", 8)
        for x, h in zip(xs, HEADER, strict=False):
            canvas.drawString(x + 4, ys[0] - 13, h)
        canvas.setFont("Helvetica", 8)
        for row, y in zip(OPEN_ROWS, ys[1:], strict=False):
            for x, text in zip(xs, row, strict=False):
                canvas.drawString(x + 4, y - 12, text if k == 0 else text.replace("Persentase", "Rasio"))
    canvas.save()
    return path
