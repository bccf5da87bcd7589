"""Builders for the store tests: a generated next-year report of the seed's agency, snapshots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from lkjip.store.schema import TABLES

# The 2019 report quotes these 2018 realisasi; the seed (2018) states 4.500 eks for the
# magazine, so MAGAZINE_2018_QUOTED is the one figure that contradicts it.
MAGAZINE = "Jumlah Terbitan Majalah Pemprov Jambi"
MAGAZINE_2018_QUOTED = "5.400 eks"
MAGAZINE_2018_IN_SEED = "4.500 eks"


def build_next_year_report(path: Path, magazine_2018: str = MAGAZINE_2018_QUOTED,
                           program_budget: str = "3.100.000.000,-") -> Path:
    """LKjIP 2019 of Biro Humas dan Protokol Setda Provinsi Jambi, with ruled tables."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    styles = getSampleStyleSheet()
    body, head = styles["BodyText"], styles["Heading2"]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("FONTSIZE", (0, 0), (-1, -1), 8)])

    def table(rows: list[list[str]], widths: list[float]) -> Table:
        cells = [[Paragraph(c, body) if len(c) > 30 else c for c in row] for row in rows]
        t = Table(cells, colWidths=widths, repeatRows=1)
        t.setStyle(grid)
        return t

    sasaran_1 = "Meningkatnya Pelayanan Administrasi Perkantoran Biro Humas dan Protokol"
    sasaran_2 = "Meningkatnya pelayanan informasi dan publikasi melalui media cetak dan elektronik"
    story: list[Any] = [
        Spacer(1, 200), Paragraph("LAPORAN KINERJA", styles["Title"]),
        Paragraph("BIRO HUMAS DAN PROTOKOL", styles["Title"]),
        Paragraph("SEKRETARIAT DAERAH PROVINSI JAMBI", styles["Title"]),
        Paragraph("TAHUN 2019", styles["Title"]), PageBreak(),
        Paragraph("KATA PENGANTAR", head),
        Paragraph("Laporan Kinerja Biro Humas dan Protokol Setda Provinsi Jambi Tahun 2019 memuat capaian "
                  "kinerja Biro Humas dan Protokol Setda Provinsi Jambi dalam kurun waktu 1 (satu) Tahun 2019, "
                  "sesuai Peraturan Menteri PANRB Nomor 53 Tahun 2014.", body),
        PageBreak(),
        Paragraph("BAB III AKUNTABILITAS KINERJA", head),
        Paragraph("A. CAPAIAN KINERJA", head),
        Paragraph("Berikut disampaikan Perbandingan Realisasi Kinerja Tahun 2017, 2018 dan 2019 "
                  "Biro Humas dan Protokol Setda Provinsi Jambi:", body),
        Spacer(1, 6),
        table([["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "REALISASI 2017", "REALISASI 2018",
                "REALISASI 2019"],
               ["1", sasaran_1, "Jumlah Penyediaan bahan bacaan bagi aparatur", "430.000 eks", "122.209 eks",
                "400.340 eks", "410.000 eks"],
               ["2", sasaran_2, MAGAZINE, "12.000 eks", "8000 eks", magazine_2018, "6.000 eks"],
               ["", "", "Jumlah bahan publikasi di radio", "3.000 kali", "1600 kali", "3780 kali", "3.900 kali"]],
              [25, 150, 170, 70, 70, 70, 70]),
        PageBreak(),
        Paragraph("B. REALISASI ANGGARAN", head),
        Paragraph("Secara rinci realisasi anggaran Biro Humas dan Protokol Tahun 2019 dapat dilihat pada "
                  "tabel berikut ini:", body),
        Spacer(1, 6),
        table([["NO", "KEGIATAN", "JUMLAH ANGGARAN PERUBAHAN", "REALISASI ANGGARAN"],
               ["1", "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", program_budget, "3.050.000.000,-"],
               ["", "- Kegiatan Penyediaan Bahan Bacaan", "2.000.000.000,-", "1.990.000.000,-"],
               ["", "- Kegiatan Peningkatan Ketatausahaan", "1.100.000.000,-", "1.060.000.000,-"],
               ["", "Jumlah.....", program_budget, "3.050.000.000,-"]],
              [30, 330, 150, 150]),
    ]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), title="LKjIP 2019").build(story)
    assert A4  # the portrait size is not used; landscape fits the comparison table
    return path


def crash_on_crash_pdf(path: str, sha256: str, limits: Any, name: str, rules: Any = None) -> dict[str, Any]:
    """Worker function for the crash test: dies like a segfault on files named crash*.pdf."""
    import os

    from lkjip.store.work import process_document

    if Path(path).name.startswith("crash"):
        os._exit(139)
    return process_document(path, sha256, limits, name, rules)


def store_snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (ingested_at left out), in a stable order, for comparing stores."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table, cols in TABLES.items():
            names = [c for c, _ in cols if c != "ingested_at"]
            order = "sha256" + (", ord" if table != "documents" else "")
            out[table] = con.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY {order}").fetchall()
        return out
    finally:
        con.close()
