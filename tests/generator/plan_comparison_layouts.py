"""Comparisons with the medium-term plan (RPJMD), as small PDFs.

- `rpjmd_bare_years_pdf`: "TAHUN" spanning bare year columns (2013 … 2016) of what each
  year achieved, then "TARGET 2018" (the plan's end) and "Capaian Target terhadap Realisasi
  RPJMD Tahun 2016"; the caption names a comparison of realisasi with the RPJMD.
- `name_in_middle_column_pdf`: an indikator header over three grid columns, a long name
  printed line by line in the middle one.
- `renstra_end_target_pdf`: a report naming its Renstra period, comparing realisasi of the
  period's last year with "TARGET RENSTRA".
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.generator.render_pdf import CAPTION, CELL, CELL_HEAD

YEARS = (2013, 2014, 2015, 2016)
# (indikator, satuan, realisasi per year of YEARS, target 2018, capaian 2016)
BARE_YEAR_ROWS = [
    ("Persentase PNS yang mendapat pendidikan dan pelatihan teknis", "Persen",
     ("70%", "75%", "80%", "85%"), "100%", "85%"),
    ("Persentase berita di media massa yang termonitor", "Persen", ("60%", "65%", "72%", "90%"), "95%", "94,74%"),
]


def _p(text: str, head: bool = False) -> Paragraph:
    return Paragraph(text, CELL_HEAD if head else CELL)


def rpjmd_bare_years_pdf(path: Path) -> Path:
    head = [[_p("INDIKATOR KINERJA", True), _p("SATUAN", True), _p("TAHUN", True), "", "", "",
             _p("TARGET", True), _p("CAPAIAN TARGET TERHADAP", True)],
            ["", "", *[_p(str(y), True) for y in YEARS], _p("2018", True), _p("REALISASI RPJMD TAHUN 2016", True)]]
    body = [[_p(name), _p(unit), *[_p(v) for v in values], _p(target), _p(capaian)]
            for name, unit, values, target, capaian in BARE_YEAR_ROWS]
    table = Table(head + body, colWidths=[7 * cm, 2 * cm, *[2 * cm] * 4, 2 * cm, 4 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (2, 0), (5, 0)),
                               ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    doc.build([Paragraph("Tabel 3.4 Perbandingan Realisasi Kinerja dengan RPJMD 2013 - 2018", CAPTION),
               Spacer(1, 0.3 * cm), table])
    return path


# (no, name lines, satuan, target 2022, realisasi 2022): one line is a name in a cell over
# the header's three columns; several lines, the name in the middle column line by line.
SPANNED_NAME_ROWS = [("1", ["Tingkat kemantapan Jalan Provinsi"], "Persen", "78,55", "77,10"),
                     ("2", ["Persentase", "Kapasitas Layanan", "Air Minum Curah"], "Persen", "62,81", "61,20"),
                     ("3", ["Rasio Luas Kawasan Permukiman Rawan Banjir"], "Persen", "57,82", "57,45")]


def name_in_middle_column_pdf(path: Path) -> Path:
    """An "Indikator Kinerja" header over three grid columns: short names fill a cell merged
    over the three, a long one is printed line by line in the middle column beside empty
    cells merged down, its values in cells merged over its lines."""
    rows = [[_p(h, True) for h in ("No", "Indikator Kinerja")] + ["", ""] +
            [_p(h, True) for h in ("Satuan", "Target 2022", "Realisasi 2022")]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (1, 0), (3, 0)),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for no, lines, unit, target, real in SPANNED_NAME_ROWS:
        r = len(rows)
        if len(lines) == 1:
            rows.append([_p(no), _p(lines[0]), "", "", _p(unit), _p(target), _p(real)])
            style.append(("SPAN", (1, r), (3, r)))
            continue
        for k, line in enumerate(lines):
            rows.append([_p(no) if k == 0 else "", "", _p(line), "", *([_p(unit), _p(target), _p(real)]
                                                                        if k == 0 else ["", "", ""])])
        end = r + len(lines) - 1
        style += [("SPAN", (c, r), (c, end)) for c in (0, 1, 3, 4, 5, 6)]
    table = Table(rows, colWidths=[1 * cm, 0.6 * cm, 4 * cm, 0.6 * cm, 2 * cm, 2.5 * cm, 2.5 * cm])
    table.setStyle(TableStyle(style))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    doc.build([Paragraph("Tabel 3.6 Indeks Infrastruktur Tahun 2022", CAPTION), Spacer(1, 0.3 * cm), table])
    return path


# (sasaran, indikator, realisasi 2021, target renstra)
RENSTRA_END_ROWS = [("Meningkatnya pelayanan administrasi perkantoran",
                     "Terpenuhinya kebutuhan administrasi perkantoran", "100 %", "70 %"),
                    ("Meningkatnya sarana dan prasarana aparatur",
                     "Terpenuhinya kebutuhan sarana dan prasarana aparatur", "95 %", "90 %")]


def renstra_end_target_pdf(path: Path, period: str = "2016 – 2021") -> Path:
    """A report naming its Renstra's period, comparing realisasi 2021 with "TARGET RENSTRA"."""
    from tests.generator.render_pdf import BODY

    rows = [[_p(h, True) for h in ("SASARAN", "INDIKATOR", "REALISASI 2021", "TARGET RENSTRA")]]
    rows += [[_p(s), _p(i), _p(r), _p(t)] for s, i, r, t in RENSTRA_END_ROWS]
    table = Table(rows, colWidths=[6 * cm, 7 * cm, 3 * cm, 3 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    doc.build([Paragraph(f"Laporan ini disusun berdasarkan Rencana Strategis {period} dan Rencana Kerja.", BODY),
               Paragraph("Adapun capaian sasaran dengan target jangka menengah dalam Renstra sebagai berikut:", BODY),
               Spacer(1, 0.3 * cm), table])
    return path
