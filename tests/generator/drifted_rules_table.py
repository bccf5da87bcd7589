"""A ruled indicator table whose lower rows are ruled a few points left of the header's
rules, as a small PDF (lkjip.extract.interpret.indicators.drifted_rules).

The header rules "Satuan | Target | Realisasi | Nasional" at x 240/320/400/480; the first
rows follow them, the last rows are ruled at 317/395, so their target box starts in the
last sliver of "Satuan" and their realisasi box in the last sliver of "Target".
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HEADER_X = [60.0, 90.0, 240.0, 320.0, 400.0, 480.0, 560.0]
DRIFT = {3: -4.0, 4: -6.0}  # rule index -> shift in the drifted rows

# (indikator, satuan, target, realisasi, nasional, drifted)
ROWS = [
    ("Indeks kerukunan umat beragama", "Poin", "83", "77,4", "72,39", False),
    ("Skor Pola Pangan Harapan", "Skor", "94,3", "85", "91,6", False),
    ("Angka rata-rata lama sekolah", "Tahun", "10,15", "9,58", "8,48", True),
    ("Indeks pembangunan gender", "Poin", "91", "90,67", "91,27", True),
    ("Opini BPK atas laporan keuangan", "Opini", "WTP", "", "-", True),
]


def drifted_rules_pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, 800, "Tabel 3.20 Perbandingan Realisasi Kinerja Tahun 2021 dengan Standar Nasional")
    top, h = 780.0, 20.0
    c.setFont("Helvetica", 8)
    # Header: row 0 spans the year over the last three columns; row 1 names them.
    c.line(HEADER_X[0], top, HEADER_X[-1], top)
    c.line(HEADER_X[3], top - h, HEADER_X[-1], top - h)
    c.line(HEADER_X[0], top - 2 * h, HEADER_X[-1], top - 2 * h)
    for i, x in enumerate(HEADER_X):
        c.line(x, top - h if i in (4, 5) else top, x, top - 2 * h)  # 4, 5 divide the year's row only
    for x, text in zip(HEADER_X[:3], ("No.", "Indikator Kinerja", "Satuan"), strict=True):
        c.drawString(x + 3, top - h - 4, text)
    c.drawString(HEADER_X[3] + 60, top - h + 6, "Tahun 2021")
    for x, text in zip(HEADER_X[3:6], ("Target", "Realisasi", "Nasional"), strict=True):
        c.drawString(x + 3, top - 2 * h + 6, text)
    y = top - 2 * h
    for n, (name, unit, target, real, nas, drifted) in enumerate(ROWS, 1):
        xs = [x + (DRIFT.get(i, 0.0) if drifted else 0.0) for i, x in enumerate(HEADER_X)]
        for x in xs:
            c.line(x, y, x, y - h)
        c.line(xs[0], y - h, xs[-1], y - h)
        for x, text in zip(xs, (str(n), name, unit, target, real, nas), strict=False):
            if text:
                c.drawString(x + 3, y - h + 6, text)
        y -= h
    c.showPage()
    c.save()
    return path
