"""Indicator tables in layouts real reports print them in, as small PDFs.

- `renja_pairs_pdf`: a Renja table ("Rencana Program dan Kegiatan") whose "Indikator
  Kinerja" header spans three "Tolok Ukur | Target" pairs (Hasil Program, Keluaran,
  Hasil Kegiatan), a header row of words outside the usual vocabulary, then a row of
  column numbers.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.generator.render_pdf import BODY, CAPTION, CELL, CELL_HEAD

# (program or kegiatan name, hasil program (tolok ukur, target) or None,
#  keluaran (tolok ukur, target) or None, hasil kegiatan (tolok ukur, target) or None, pagu)
RENJA_ROWS: list[tuple[str, tuple[str, str] | None, tuple[str, str] | None, tuple[str, str] | None, str]] = [
    ("Program Pelayanan Administrasi Perkantoran", ("Persentase realisasi belanja administrasi", "100%"),
     None, None, "365.135.000"),
    ("Penyediaan jasa surat menyurat", None, ("Kelengkapan surat menyurat dan SPJ", "12 bulan"),
     ("Mendukung kelancaran kegiatan perkantoran", "95%"), "2.000.000"),
    ("Penyediaan alat tulis kantor", None, ("Peralatan administrasi perkantoran", "10 paket"),
     ("Tersedianya alat tulis kantor", "90%"), "26.000.000"),
]


def _p(text: str, head: bool = False) -> Paragraph:
    return Paragraph(text, CELL_HEAD if head else CELL)


def renja_pairs_pdf(path: Path, rows: list | None = None) -> Path:
    rows = RENJA_ROWS if rows is None else rows
    head = [
        [_p("Urusan/Program/Kegiatan", True), _p("Indikator Kinerja", True), "", "", "", "", "",
         _p("Pagu Indikatif (Rp)", True), ""],
        ["", _p("Hasil Program", True), "", _p("Keluaran Kegiatan (Output)", True), "",
         _p("Hasil Kegiatan", True), "", "", ""],
        ["", _p("Tolok Ukur", True), _p("Target", True), _p("Tolok Ukur", True), _p("Target", True),
         _p("Tolok Ukur", True), _p("Target", True), _p("APBD", True), _p("DAK", True)],
        [_p(f"({i})", True) for i in range(1, 10)],
    ]
    body = []
    for name, hasil, keluaran, hasil_keg, pagu in rows:
        cells = [_p(name)]
        for pair in (hasil, keluaran, hasil_keg):
            cells += [_p(pair[0]), _p(pair[1])] if pair else ["", ""]
        body.append([*cells, _p(pagu), _p("0")])
    widths = [4.2 * cm, 3.2 * cm, 1.6 * cm, 3.2 * cm, 1.6 * cm, 3.2 * cm, 1.6 * cm, 2.4 * cm, 1.4 * cm]
    table = Table(head + body, colWidths=widths, repeatRows=4)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (1, 0), (6, 0)), ("SPAN", (7, 0), (8, 1)), ("SPAN", (0, 0), (0, 2)),
        ("SPAN", (1, 1), (2, 1)), ("SPAN", (3, 1), (4, 1)), ("SPAN", (5, 1), (6, 1)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm)
    doc.build([Paragraph("Tabel III.2", CAPTION),
               Paragraph("RENCANA PROGRAM DAN KEGIATAN PRIORITAS DAERAH TAHUN 2017", CAPTION),
               Spacer(1, 0.3 * cm), table, Spacer(1, 0.3 * cm),
               Paragraph("Demikian rencana kerja ini disusun.", BODY)])
    return path


# (indikator, target, realisasi, capaian) as a maturity/evaluation table prints them.
GRADED_ROWS = [
    ("Maturitas SPIP", "Level 3<br/>(3,35)", "Level 3<br/>(3,157)", "94,24%"),
    ("Kapabilitas APIP", "Level 3", "Level 3", "100%"),
    ("Nilai Evaluasi AKIP", "Nilai A<br/>(83)", "Nilai A<br/>(82,92)", "99,90%"),
]


def graded_pdf(path: Path, rows: list | None = None) -> Path:
    """A Pengukuran Kinerja table whose values are grades with their scores."""
    rows = GRADED_ROWS if rows is None else rows
    head = [[_p(h, True) for h in ("No.", "Indikator Kinerja", "Target", "Realisasi", "% Capaian")]]
    body = [[_p(f"{i}."), _p(name), _p(t), _p(r), _p(c)] for i, (name, t, r, c) in enumerate(rows, 1)]
    table = Table(head + body, colWidths=[1.2 * cm, 6 * cm, 3 * cm, 3 * cm, 2.5 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Paragraph("Tabel 3.2 Capaian Kinerja Inspektorat Tahun 2022", CAPTION), Spacer(1, 0.3 * cm), table])
    return path


# (indikator, TW 1..4 targets)
QUARTER_ROWS = [
    ("Persentase layanan administrasi sesuai SOP", ("25%", "50%", "75%", "100%")),
    ("Persentase dokumen perencanaan tepat waktu", ("0%", "25%", "50%", "90%")),
    ("Jumlah laporan keuangan", ("1", "2", "3", "4")),
]


def rencana_aksi_pdf(path: Path, rows: list | None = None) -> Path:
    """A Rencana Aksi: a target per triwulan under one "Target" header, no year's column."""
    rows = QUARTER_ROWS if rows is None else rows
    head = [[_p("No", True), _p("Indikator Kinerja", True), _p("Target", True), "", "", ""],
            ["", "", _p("TW 1", True), _p("TW 2", True), _p("TW 3", True), _p("TW 4", True)]]
    body = [[_p(str(i)), _p(name), *[_p(q) for q in quarters]] for i, (name, quarters) in enumerate(rows, 1)]
    table = Table(head + body, colWidths=[1.2 * cm, 7 * cm, 2 * cm, 2 * cm, 2 * cm, 2 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (2, 0), (5, 0)),
                               ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Paragraph("RENCANA AKSI KINERJA TAHUN 2022", CAPTION), Spacer(1, 0.3 * cm), table])
    return path


def capaian_only_pdf(path: Path) -> Path:
    """A comparison of capaian by year: no target, no realisasi column."""
    head = [[_p("No", True), _p("Indikator Kinerja", True), _p("Capaian Kinerja (%)", True), ""],
            ["", "", _p("2015", True), _p("2016", True)]]
    body = [["1", _p("Tingkat kesesuaian prioritas pembangunan"), _p("100"), _p("102,54")],
            ["2", _p("Persentase usulan pembangunan yang sesuai"), _p("96,10"), _p("98,00")]]
    table = Table(head + body, colWidths=[1.2 * cm, 8 * cm, 3 * cm, 3 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (2, 0), (3, 0)),
                               ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1))]))
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Paragraph("Tabel 3.4 Perbandingan Capaian Kinerja Tahun 2015 - 2016", CAPTION),
               Spacer(1, 0.3 * cm), table])
    return path


def continued_other_rules_pdf(path: Path) -> tuple[Path, list[tuple[str, str, str]]]:
    """A Pengukuran Kinerja table over a page break whose continued part is ruled into
    other columns: the first page draws a narrow empty column beside the number, the
    second does not (same outer frame). Returns the path and the (indikator, target,
    realisasi) of every row."""
    from reportlab.platypus import PageBreak

    rows = [(f"Persentase layanan nomor {i} yang tepat waktu", f"{80 + i}%", f"{70 + i}%") for i in range(1, 7)]
    head = [[_p("No", True), "", _p("Indikator Kinerja", True), _p("Target", True), _p("Realisasi", True)]]
    first = head + [[_p(str(i)), "", _p(n), _p(t), _p(r)] for i, (n, t, r) in enumerate(rows[:3], 1)]
    second = [[_p(str(i)), _p(n), _p(t), _p(r)] for i, (n, t, r) in enumerate(rows[3:], 4)]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    t1 = Table(first, colWidths=[1 * cm, 0.5 * cm, 8 * cm, 2.5 * cm, 2.5 * cm], rowHeights=[1 * cm] + [2.4 * cm] * 3)
    t1.setStyle(TableStyle([*style, ("SPAN", (0, 0), (1, 0))]))
    t2 = Table(second, colWidths=[1.5 * cm, 8 * cm, 2.5 * cm, 2.5 * cm])
    t2.setStyle(TableStyle(style))
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=1.5 * cm, bottomMargin=1.5 * cm)
    doc.build([Spacer(1, 12 * cm), Paragraph("Tabel 3.1 Pengukuran Kinerja Tahun 2016", CAPTION),
               Spacer(1, 0.3 * cm), t1, PageBreak(), t2])
    return path, rows


def continued_group_rows_pdf(path: Path) -> tuple[Path, list[tuple[str, str, str]]]:
    """A capaian comparison table with group rows ("SASARAN : …") merged across it, over a
    page break: the continued page has no header and draws one extra rule inside the
    indicator column, used only by a group row split into "SASARAN :" and its wording.
    Returns the path and the (indikator, capaian 2015, capaian 2016) of every row."""
    from reportlab.platypus import PageBreak

    rows = [(f"Persentase fasilitas nomor {i} yang memenuhi standar", f"{90 + i},5", f"{100 + i},25")
            for i in range(1, 7)]
    head = [[_p("No", True), _p("Indikator Kinerja", True), _p("Satuan", True), _p("Capaian Kinerja", True), ""],
            ["", "", "", _p("2015", True), _p("2016", True)]]
    first = [*head, [_p("I. SASARAN : Meningkatnya mutu layanan"), "", "", "", ""]]
    first += [["", _p(f"{'abc'[i]}) {n}"), _p("Persen"), _p(a), _p(b)] for i, (n, a, b) in enumerate(rows[:3])]
    t1 = Table(first, colWidths=[1.2 * cm, 8 * cm, 2.5 * cm, 2.2 * cm, 2.2 * cm],
               rowHeights=[0.8 * cm, 0.8 * cm, 0.8 * cm] + [2.4 * cm] * 3)
    t1.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (3, 0), (4, 0)),
                            ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
                            ("SPAN", (0, 2), (-1, 2)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    second = [[_p("MISI KEDUA : Mendukung sumber daya"), "", "", "", "", ""],
              [_p("II. SASARAN :"), "", _p("Meningkatnya sumber daya sesuai standar"), "", "", ""]]
    second += [["", _p(f"{'abc'[i]}) {n}"), "", _p("Persen"), _p(a), _p(b)] for i, (n, a, b) in enumerate(rows[3:])]
    t2 = Table(second, colWidths=[1.2 * cm, 2.5 * cm, 5.5 * cm, 2.5 * cm, 2.2 * cm, 2.2 * cm])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 0), (-1, 0)),
                            ("SPAN", (0, 1), (1, 1)), ("SPAN", (2, 1), (-1, 1)),
                            *[("SPAN", (1, r), (2, r)) for r in range(2, 5)], ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=1.5 * cm, bottomMargin=1.5 * cm)
    doc.build([Spacer(1, 10 * cm), Paragraph("Perbandingan Capaian Indikator Kinerja Tahun 2015 - 2016", CAPTION),
               Spacer(1, 0.3 * cm), t1, PageBreak(), t2])
    return path, rows


# (sasaran, indikator, formula, sumber data) of an IKU list: definitions, no values.
IKU_FORMULA_ROWS = [
    ("Meningkatnya kemandirian masyarakat", "Persentase rumah tangga ber-PHBS",
     "Jumlah rumah tangga ber-PHBS dibagi jumlah rumah tangga dikali 100%", "Hasil pendataan PHBS"),
    ("Menurunnya kematian ibu", "Ratio kematian ibu",
     "Jumlah kematian ibu dibagi jumlah kelahiran hidup dikalikan 100.000", "Profil kesehatan"),
]


def iku_formula_pdf(path: Path) -> Path:
    """An IKU list: sasaran, indikator, formula and data source, no target or realisasi."""
    head = [[_p(h, True) for h in ("No", "Sasaran Strategis", "Indikator Kinerja Utama",
                                   "Penjelasan / Formulasi", "Sumber Data")]]
    body = [[_p(str(i)), *[_p(t) for t in row]] for i, row in enumerate(IKU_FORMULA_ROWS, 1)]
    table = Table(head + body, colWidths=[1 * cm, 3.5 * cm, 4 * cm, 5.5 * cm, 3 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Paragraph("INDIKATOR KINERJA UTAMA (IKU) TAHUN 2017", CAPTION), Spacer(1, 0.3 * cm), table])
    return path


def name_over_page_break_pdf(path: Path, head: str = "Tingkat layanan satu data",
                             tail: str = "pembangunan Jawa Barat") -> Path:
    """A Pengukuran Kinerja table whose last indicator name on the first page wraps onto
    the second ("Tingkat layanan satu data" / "pembangunan Jawa Barat"), values on the first."""
    from reportlab.platypus import PageBreak

    widths = [1.2 * cm, 8 * cm, 2.5 * cm, 2.5 * cm]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    first = [[_p(h, True) for h in ("No", "Indikator Kinerja", "Target", "Realisasi")],
             [_p("1"), _p("Tingkat layanan informasi perencanaan"), _p("100,00"), _p("100,00")],
             [_p("2"), _p(head), _p("90,00"), _p("88,59")]]
    second = [["", _p(tail), "", ""],
              [_p("3"), _p("Tingkat aksesibilitas informasi pembangunan"), _p("20,00"), _p("19,99")]]
    t1, t2 = Table(first, colWidths=widths, rowHeights=[1 * cm, 2.5 * cm, 2.5 * cm]), Table(second, colWidths=widths)
    t1.setStyle(TableStyle(style))
    t2.setStyle(TableStyle(style))
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=1.5 * cm, bottomMargin=1.5 * cm)
    doc.build([Spacer(1, 15 * cm), Paragraph("Tabel 3.2 Target dan Realisasi Kinerja Tahun 2016", CAPTION),
               Spacer(1, 0.3 * cm), t1, PageBreak(), t2])
    return path


def name_lines_in_rows_pdf(path: Path) -> Path:
    """A Pengukuran Kinerja table whose name column is ruled per text line while each
    indicator's values are one merged cell centred over its name's lines (a sasaran and a
    NO merged over its indicators): the wrapped lines print no value of their own."""
    widths = [1 * cm, 4 * cm, 7 * cm, 2.2 * cm, 2.2 * cm, 2 * cm]
    rows = [[_p(h, True) for h in ("No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian")],
            [_p("1"), _p("Meningkatnya kualitas hidup perempuan"), _p("Cakupan penanganan kekerasan"),
             _p("100%"), _p("100%"), _p("100")],
            ["", "", _p("terhadap perempuan"), "", "", ""],
            ["", "", _p("Jumlah Kota Layak Anak (KLA)"), _p("38"), _p("35"), _p("92,11")],
            [_p("2"), _p("Menurunnya angka kelahiran"), _p("Prosentase Peserta KB Aktif terhadap"),
             _p("75%"), _p("74,88%"), _p("99,84")],
            ["", "", _p("Pasangan Usia Subur"), "", "", ""],
            ["", "", _p("Prosentase Peserta KB Pria"), _p("3%"), _p("2,49%"), _p("83,00")]]
    spans = [("SPAN", (c, r), (c, r + 1)) for r in (1, 4) for c in (3, 4, 5)]
    spans += [("SPAN", (c, r), (c, r + 2)) for r in (1, 4) for c in (0, 1)]
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *spans]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=1.5 * cm, bottomMargin=1.5 * cm)
    doc.build([Paragraph("Tabel 3.1 Realisasi Indikator Kinerja Utama Tahun 2016", CAPTION),
               Spacer(1, 0.3 * cm), table])
    return path


def plan_year_targets_pdf(path: Path) -> Path:
    """A comparison with the RPJMD whose header names the agency by an acronym with a digit
    ("Sasaran Strategis BP3AKB") and prints the plan's targets and the capaian against them
    for two years ("Target RPJMD | 2016 | 2018")."""
    head = [[_p(h, True) for h in ("Sasaran Strategis BP3AKB", "Indikator Sasaran RPJMD", "Realisasi", "",
                                    "Target RPJMD", "", "% Capaian thadap RPJMD", "")],
            ["", "", *[_p(y, True) for y in ("2015", "2016", "2016", "2018", "2016", "2018")]]]
    body = [[_p("Meningkatnya peran serta perempuan"), _p("Indeks Pembangunan Gender (poin)"),
             _p("89.11"), _p("89.11"), _p("89.68"), _p("90.88"), _p("99.36"), _p("98.05")],
            ["", _p("Jumlah Desa/Kelurahan P2WKSS"), _p("184"), _p("211"), _p("211"), _p("265"), _p("100"),
             _p("79.62")]]
    table = Table(head + body, colWidths=[3.5 * cm, 4.5 * cm] + [1.6 * cm] * 6)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)),
                               ("SPAN", (4, 0), (5, 0)), ("SPAN", (6, 0), (7, 0)), ("SPAN", (0, 2), (0, 3))]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=1.5 * cm, bottomMargin=1.5 * cm)
    doc.build([Paragraph("Laporan Kinerja Instansi Pemerintah Tahun 2016", CAPTION), Spacer(1, 1 * cm),
               Paragraph("Tabel 3.5 Pencapaian Indikator Kinerja Sasaran Tahun 2015-2016 terhadap Target RPJMD "
                         "2013-2018", CAPTION), Spacer(1, 0.3 * cm), table])
    return path


def iku_programme_budget_pdf(path: Path) -> Path:
    """Each IKU beside the programmes serving it and their budget: "Indikator Kinerja Utama |
    Nama Program | Anggaran | Realisasi | Capaian", the realisasi in rupiah, one programme
    per IKU, the capaian the budget's percentage: no indicator's value in it."""
    rows = [[_p(h, True) for h in ("Sasaran", "Indikator Kinerja Utama (IKU)", "Nama Program / Kegiatan",
                                    "Anggaran", "Realisasi", "Capaian")],
            [_p("Meningkatnya produk ekspor"), _p("Peningkatan Nilai Ekspor Non Migas (%)"),
             _p("Program Peningkatan dan Pengembangan Ekspor"), _p("503,000,000.00"), _p("492,621,053.00"),
             _p("97.94")]]
    table = Table(rows, colWidths=[3.2 * cm, 3.8 * cm, 4.2 * cm, 2.6 * cm, 2.6 * cm, 1.6 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=1.5 * cm, bottomMargin=1.5 * cm)
    doc.build([Paragraph("Tabel 3.7 Program dan kegiatan penunjang capaian kinerja", CAPTION),
               Spacer(1, 0.3 * cm), table])
    return path


def header_below_a_tail_pdf(path: Path) -> Path:
    """One ruled grid holding the tail of a table continued from the previous page, a
    heading line, then the next table's own header and rows."""
    widths = [1 * cm, 4 * cm, 5 * cm, 2.2 * cm, 2.2 * cm, 2 * cm]
    rows = [[_p("2"), _p("Meningkatnya kualitas penyehatan lingkungan"), _p("Persentase penduduk jamban sehat"),
             _p("53,5%"), _p("66,89%"), _p("125.03%")],
            [_p("2. Misi 2 : Menjamin pelayanan kesehatan yang prima"), "", "", "", "", ""],
            [_p(h, True) for h in ("NO", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi",
                                   "Capaian (%)")],
            [_p("1"), _p("Menurunnya ratio kematian ibu dan bayi"), _p("Prevalensi gizi buruk"), _p("0,58"),
             _p("0,6"), _p("96,67%")],
            ["", "", _p("Cakupan Persalinan oleh tenaga kesehatan"), _p("86%"), _p("86%"), _p("100%")]]
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("SPAN", (0, 1), (-1, 1)), ("SPAN", (0, 3), (0, 4)), ("SPAN", (1, 3), (1, 4))]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=1.5 * cm, bottomMargin=1.5 * cm)
    doc.build([Paragraph("Laporan Kinerja Instansi Pemerintah Tahun 2016", CAPTION), Spacer(1, 1 * cm), table])
    return path


def sasaran_capaian_pdf(path: Path) -> Path:
    """A "Capaian Sasaran" column: one figure for a sasaran beside its several indicators
    (stacked in one cell), and a sasaran of one indicator, whose figure is that indicator's."""
    rows = [[_p(h, True) for h in ("No", "Sasaran", "Indikator Sasaran", "Target", "Realisasi", "Capaian Sasaran")],
            [_p("1."), _p("Peningkatan ketersediaan pangan"),
             _p("- Skor Pola Pangan Harapan Tingkat Ketersediaan<br/>- Jumlah Tonase Cadangan Pangan"),
             _p("85<br/>450"), _p("86<br/>270"), _p("80,5")],
            [_p("2."), _p("Peningkatan keamanan pangan"), _p("- Persentase sampel komoditi pangan segar"),
             _p("85"), _p("98,5"), _p("115,88")]]
    table = Table(rows, colWidths=[1 * cm, 3.6 * cm, 6 * cm, 2 * cm, 2 * cm, 2.2 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=1.5 * cm, bottomMargin=1.5 * cm)
    doc.build([Paragraph("Tabel 2. Prosentase Tingkat Capaian Sasaran Tahun 2016", CAPTION), Spacer(1, 0.3 * cm),
               table])
    return path
