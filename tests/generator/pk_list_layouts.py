"""Perjanjian Kinerja tables listing several indicators in one cell, as small PDFs.

- `pk_centred_target_pdf`: a sasaran's numbered indicators in one cell beside a single
  target printed vertically centred (one value for the list), and a second sasaran whose
  single target is printed level with its first indicator (that indicator's alone).
- `two_measures_pdf`: an indicator counting two named things, the second's values on an
  unnamed row under it.
- `bracket_negative_pdf`: a negative realisasi and capaian printed in brackets.
- `capaian_under_realisasi_pdf`: each capaian in brackets under its realisasi, a "> 100" target,
  a closing "Rata-rata capaian" row.
- `sasaran_named_pdf`: an IKU table without an Indikator column, the sasaran naming the measure.
- `plan_units_pdf`: counts printed "3,000" among dot-grouped figures, a "Triliun Rupiah" target,
  values labelled with the measure they count ("UTTP : 6.831.222 buah").
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


# (no, indikator, satuan, target, realisasi, capaian); the unnamed row is the second measure.
TWO_MEASURE_ROWS = [("1", "Persentase pasar tradisional yang direvitalisasi", "%", "80", "75", "93,75"),
                    ("2", "Jumlah UTTP dan BDKT", "Buah", "6.831.222", "4.341.614", "63,56"),
                    ("", "", "Buah", "3.900", "928", "23,79"),
                    ("3", "Peningkatan cakupan pengawasan barang beredar", "%", "1,5", "10,90", "726,67")]


def two_measures_pdf(path: Path) -> Path:
    """A Pengukuran Kinerja table whose indicator counts two named things ("Jumlah UTTP dan
    BDKT"), the second's values on an unnamed, unnumbered row right under it."""
    head = [[_p(h, True) for h in ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian")]]
    body = [[_p(v) for v in row] for row in TWO_MEASURE_ROWS]
    table = Table(head + body, colWidths=[1.2 * cm, 7 * cm, 2 * cm, 2.5 * cm, 2.5 * cm, 2 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Paragraph("Tabel 3.2 Pengukuran Kinerja Tahun 2016", CAPTION), Spacer(1, 0.3 * cm), table])
    return path


# (indikator, target, realisasi, capaian): a fall printed in the accounting style's brackets.
BRACKET_ROWS = [("Peningkatan nilai ekspor non migas per tahun", "3", "(3.14)", "(104.66)"),
                ("Peningkatan jumlah eksportir per tahun", "125", "130", "104.00")]


def bracket_negative_pdf(path: Path) -> Path:
    """A Pengukuran Kinerja table printing a negative realisasi and capaian as "(3.14)"."""
    head = [[_p(h, True) for h in ("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")]]
    body = [[_p(str(k)), *[_p(v) for v in row]] for k, row in enumerate(BRACKET_ROWS, 1)]
    table = Table(head + body, colWidths=[1.2 * cm, 8 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Paragraph("Tabel 3.2 Pengukuran Kinerja Tahun 2016", CAPTION), Spacer(1, 0.3 * cm), table])
    return path


# Each indicator's capaian printed in brackets under its realisasi; the Capaian Sasaran
# column left empty (the sasaran's figure is elsewhere). A bound target "> 100".
UNDER_ROWS = [
    ("Skor Pola Pangan Harapan tingkat ketersediaan", "85", "86<br/>(101%)", ""),
    ("Jumlah tonase cadangan pangan pokok pemerintah", "450", "270<br/>(60%)", ""),
    ("Persentase capaian stabilitas pasokan dan harga pangan", "&gt; 100", "&gt; 125<br/>(125%)", ""),
    ("Persentase responden yang puas", "90 %", "100 %<br/>(730 respon)", ""),
]


def capaian_under_realisasi_pdf(path: Path) -> Path:
    """A Pengukuran Kinerja table printing each capaian in brackets under the realisasi."""
    head = [[_p(h, True) for h in ("No", "Indikator Sasaran", "Target", "Realisasi", "Capaian Sasaran")]]
    body = [[_p(str(k)), *[_p(v) for v in row]] for k, row in enumerate(UNDER_ROWS, 1)]
    average = [_p(""), _p("Rata-rata capaian"), "", "", _p("104,45")]  # label merged over three columns
    table = Table([*head, *body, average], colWidths=[1.2 * cm, 8 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
    last = len(body) + 1
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("SPAN", (1, last), (3, last))]))
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Paragraph("Tabel 2. Prosentase Tingkat Capaian Sasaran Tahun 2016", CAPTION),
               Spacer(1, 0.3 * cm), table])
    return path


SASARAN_ROW = ("Meningkatnya Skor Pola Pangan Harapan Konsumsi pangan (s.d tahun 2018) melalui "
               "Peningkatan Kualitas Pangan dan Gizi", "82", "81", "98,78")


def sasaran_named_pdf(path: Path) -> Path:
    """An IKU table with no Indikator column: the sasaran's wording names the measure."""
    head = [[_p(h, True) for h in ("No", "Sasaran", "Target", "Realisasi", "Capaian Kinerja (%)")]]
    table = Table([*head, [_p("1"), *[_p(v) for v in SASARAN_ROW]]],
                  colWidths=[1.2 * cm, 8 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Paragraph("Tabel 5. Pencapaian Indikator Kinerja Utama Tahun 2016", CAPTION),
               Spacer(1, 0.3 * cm), table])
    return path


UNIT_ROWS = [("Peningkatan Jumlah SDM IKM yang bersertifikat", "Orang", "3,000"),
             ("Peningkatan Jumlah unit usaha IKM", "", "202.955"),
             ("Pertumbuhan Industri Manufaktur pada PDRB", "", "185.80 Triliun Rupiah"),
             ("Penurunan Nilai Impor Jawa Barat", "%", "2,5"),
             ("Jumlah UTTP dan BDKT", "", "UTTP : 6.831.222 buah"),
             ("Jumlah UTTP dan BDKT", "", "BDKT : 3.900 buah")]


def plan_units_pdf(path: Path) -> Path:
    """A Rencana Kinerja table mixing "3,000 Orang", "202.955" and "185.80 Triliun Rupiah"."""
    head = [[_p(h, True) for h in ("No", "Indikator Kinerja", "Satuan", "Target")]]
    body = [[_p(str(k)), *[_p(v) for v in row]] for k, row in enumerate(UNIT_ROWS, 1)]
    table = Table([*head, *body], colWidths=[1.2 * cm, 8 * cm, 2.5 * cm, 4 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Paragraph("Tabel 2.1. Rencana Kinerja Tahun 2016", CAPTION), Spacer(1, 0.3 * cm), table])
    return path
