"""An ikhtisar table ruled only around its frame, columns and header, as a small PDF.

`numbered_band_pdf`: every indicator shares one body band. The number cell stacks the
numbers at the top of each row, the indicator cell centres each name in its row (so a
name starts below its number, or above it for a row drawn bottom-aligned), and the
kegiatan and capaian columns print one line per kegiatan: an indicator may face several
kegiatan (several capaian) or none.
"""

from __future__ import annotations

from pathlib import Path

# (indicator lines, kegiatan count, number placement): "top" prints the number at the
# row's top with the name centred below it; "bottom" the number under a one-line name.
BAND_ROWS: list[tuple[tuple[str, ...], int, str]] = [
    (("Jumlah SOP PB",), 1, "top"),
    (("Jumlah Masyarakat yang", "memperoleh sosialisasi PB"), 1, "top"),
    (("System jaringan peringatan", "dini online dengan 27", "Kab/Kota"), 1, "top"),
    (("Aparatur yang mendapat", "tindakan disiplin"), 3, "top"),
    (("% PB sesuai SOP",), 1, "bottom"),
    (("jumlah korban manusia yang", "dievakuasi dan ditempatkan"), 0, "top"),
    (("% PB pasca bencana",), 0, "top"),
]
CAPAIAN = "100%"


def numbered_band_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    xs = [60.0, 90.0, 230.0, 440.0, 520.0]
    top, head_h, line_h = 760.0, 24.0, 11.0
    canvas.setFont("Helvetica", 10)
    canvas.drawString(90, 790, "Hasil pengukuran pada 7 indikator adalah sebagai berikut:")
    canvas.setFont("Helvetica", 8)
    for x, h in zip(xs, ("No", "INDIKATOR KINERJA", "PROGRAM DAN KEGIATAN", "CAPAIAN TARGET"), strict=False):
        canvas.drawString(x + 4, top - 15, h)
    y = top - head_h - 4  # the top of the next row
    for k, (lines, kegiatan, placement) in enumerate(BAND_ROWS, start=1):
        height = max(len(lines), 2 * max(kegiatan, 1)) * line_h + 8
        if placement == "top":
            canvas.drawString(xs[0] + 8, y - 9, str(k))
            first = y - 9 - (height - len(lines) * line_h) / 2  # centred in the row
        else:
            first = y - 9
            canvas.drawString(xs[0] + 8, first - line_h - 4, str(k))  # below its name
        for j, line in enumerate(lines):
            canvas.drawString(xs[1] + 4, first - j * line_h, line)
        for j in range(kegiatan):
            base = y - 9 - 2 * j * line_h
            canvas.drawString(xs[2] + 4, base, f"kegiatan {k}.{j + 1}")
            canvas.drawString(xs[2] + 4, base - line_h, f"Rp. {k}{j}0.000.000")
            canvas.drawString(xs[3] + 20, base, CAPAIAN)
        y -= height
    bottom = y - 10
    canvas.setLineWidth(0.5)
    for x in xs:
        canvas.line(x, top, x, bottom)
    for line_y in (top, top - head_h, bottom):
        canvas.line(xs[0], line_y, xs[-1], line_y)
    canvas.save()
    return path
