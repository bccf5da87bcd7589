"""Perjanjian Kinerja tables listing several indicators in one cell, as small PDFs.

- `pk_centred_target_pdf`: a sasaran's numbered indicators in one cell beside a single
  target printed vertically centred (one value for the list), and a second sasaran whose
  single target is printed level with its first indicator (that indicator's alone).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.generator.render_pdf import CAPTION, CELL, CELL_HEAD

CENTRED = ("Terwujudnya pelayanan pengelolaan keuangan yang tepat waktu",
           ["Persentase pemenuhan pelayanan penyusunan program dan anggaran secara tepat waktu",
            "Persentase pelayanan penatausahaan administrasi keuangan daerah yang tepat waktu",
            "Persentase laporan keuangan yang disusun tepat waktu",
            "Opini hasil audit BPK atas laporan keuangan"], "90%")
TOP = ("Meningkatnya pelayanan informasi kepada masyarakat",
       ["Persentase berita di media massa yang termonitor",
        "Persentase program yang tersosialisasi melalui media massa"], "75%")


def _p(text: str, head: bool = False) -> Paragraph:
    return Paragraph(text, CELL_HEAD if head else CELL)


def pk_centred_target_pdf(path: Path) -> Path:
    rows = [[_p(h, True) for h in ("NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET")]]
    for no, (sasaran, names, target) in enumerate((CENTRED, TOP), 1):
        listed = "<br/>".join(f"{k}. {n}" for k, n in enumerate(names, 1))
        rows.append([_p(str(no)), _p(sasaran), _p(listed), _p(target)])
    table = Table(rows, colWidths=[1.2 * cm, 5 * cm, 8 * cm, 2.5 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (3, 1), (3, 1), "MIDDLE")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Paragraph("Tabel 2.1 Perjanjian Kinerja Tahun 2016", CAPTION), Spacer(1, 0.3 * cm), table])
    return path
