"""Values labelled inside their cells, stacked over two grid rows ("Alokasi :" over
"Realisasi :", "Fisik :" over "Keuangan :"), read as one budget line
(`budget.labelled_pairs`), on generated tables as OCR and a text layer give them."""

from __future__ import annotations

import pytest

from lkjip.checks.rule import CheckConfig
from lkjip.checks.runner import run_checks
from lkjip.extract.interpret.budget.labelled_pairs import LABEL_INFERRED, split_labelled_pairs
from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.extract.source import RawCell, RawTable, SourceDocument
from lkjip.records import Extraction

# (name, alokasi, realisasi, fisik, keuangan) per sub-kegiatan.
_SUBS = [
    ("Penyusunan Rencana Kebutuhan Jenis dan Jumlah Jabatan", "403.001.000,00", "108.802.265,00", "", "27,00"),
    ("Koordinasi Pelaksanaan Administrasi Pemberhentian", "64.968.000,00", "64.137.914,00", "", "98,72"),
    ("Pengelolaan Sistem Informasi Kepegawaian", "29.150.000,00", "28.810.000,00", "100", "98,83"),
    ("Pengelolaan Data Kepegawaian", "32.414.550,00", "31.928.100,00", "100", "98,50"),
]


def _labelled(label: str, value: str, one_line: bool, colon: str) -> str:
    """A labelled cell: the label over its figure (OCR of a scan), or beside it (a text layer)."""
    if not value:
        return f"{label}{colon}"
    return f"{label}{colon} {value}" if one_line else f"{label}{colon}\n{value}"


def _table(one_line: bool = False, colon: str = " :", subs: list[tuple[str, str, str, str, str]] | None = None,
           spent_label: str = "Realisasi", kegiatan_percent: str = "44,13") -> RawTable:
    """No | KEGIATAN/SUBKEGIATAN | OUTPUT | ANGGARAN (Rp) | % Realisasi: a kegiatan line printing
    its budget and share unlabelled, then two grid rows per sub-kegiatan, the name and output
    cells spanning both."""
    def cell(text: str, r: int, c: int, rowspan: int = 1) -> RawCell:
        box = (60.0 + 90 * c, 100.0 + 30 * r, 150.0 + 90 * c, 100.0 + 30 * (r + rowspan))
        lines = [(t, (box[0] + 2, box[1] + 2 + 10 * i, box[2] - 2, box[1] + 11 + 10 * i))
                 for i, t in enumerate(text.split("\n")) if t.strip()]
        return RawCell(text, r, c, box, rowspan, 1, lines)

    header = [cell(t, 0, c) for c, t in enumerate(["No.", "KEGIATAN/SUBKEGIATAN", "OUTPUT", "ANGGARAN (Rp)",
                                                   "% Realisasi"])]
    grid: list[list[RawCell | None]] = [header]
    grid.append([cell("", 1, 0), cell("Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN", 1, 1),
                 cell("", 1, 2), cell("529.533.550,00", 1, 3), cell(kegiatan_percent, 1, 4)])
    for i, (name, alokasi, realisasi, fisik, keuangan) in enumerate(subs or _SUBS):
        r = len(grid)
        no, nm, out = cell(f"{i + 1}.", r, 0, 2), cell(name, r, 1, 2), cell("Jumlah dokumen yang dikelola", r, 2, 2)
        grid.append([no, nm, out, cell(_labelled("Alokasi", alokasi, one_line, colon), r, 3),
                     cell(_labelled("Fisik", fisik, one_line, colon), r, 4)])
        grid.append([no, nm, out, cell(_labelled(spent_label, realisasi, one_line, colon), r + 1, 3),
                     cell(_labelled("Keuangan", keuangan, one_line, colon), r + 1, 4)])
    return RawTable(id="p37-t1", page=37, bbox=(60.0, 100.0, 510.0, 100.0 + 30 * len(grid)), grid=grid,
                    pages=[37], row_pages=[37] * len(grid))


def _rows(table: RawTable) -> list:
    source = SourceDocument(file="t.pdf", sha256="0", kind="pdf", page_count=1, pages=[], tables=[table])
    return budget_rows(source, None)


@pytest.mark.parametrize(("one_line", "colon", "spent"), [
    (False, " :", "Realisasi"),  # label over figure, as a scan's cell lines come
    (True, " :", "Realisasi"),   # "Alokasi : 64.968.000,00" on one line, as a text layer gives it
    (False, ";", "Realisas"),    # OCR: a ';' for the ':', a letter dropped from the label
])
def test_labelled_pairs_read_as_one_line(one_line: bool, colon: str, spent: str) -> None:
    rows = _rows(_table(one_line, colon, spent_label=spent))
    assert [(r.anggaran, r.realisasi, r.persen) for r in rows] == [
        (529533550.0, None, 44.13),
        (403001000.0, 108802265.0, 27.0),
        (64968000.0, 64137914.0, 98.72),
        (29150000.0, 28810000.0, 98.83),
        (32414550.0, 31928100.0, 98.5),
    ]
    # The bare figures of the kegiatan line were placed by the column's heading, not a label.
    assert LABEL_INFERRED in rows[0].cells["anggaran"].inferred
    assert LABEL_INFERRED in rows[0].cells["persen"].inferred
    assert LABEL_INFERRED not in rows[2].cells["realisasi"].inferred
    # "Fisik : 100" is not the share of the budget spent.
    assert rows[3].cells["persen"].text == "98,83"


def test_split_keeps_cell_boxes_on_the_figure() -> None:
    table = split_labelled_pairs(_table())
    assert table.n_cols == 7 and table.n_rows == 6
    headings = [c.text for c in table.grid[0] if c is not None]
    assert headings[3:] == ["ANGGARAN (Rp) Alokasi", "ANGGARAN (Rp) Realisasi", "% Realisasi Fisik",
                            "% Realisasi Keuangan"]
    spent = table.grid[3][4]
    assert spent is not None and spent.text == "64.137.914,00"
    assert [t for t, _ in spent.line_boxes] == ["64.137.914,00"]
    assert table.grid[3][1] is not None and table.grid[3][1].rowspan == 1


def test_unlabelled_table_is_left_as_read() -> None:
    table = _table()
    for row in table.grid[2:]:
        for c in row:
            if c is not None:
                c.text = c.text.replace("Alokasi :", "").replace("Realisasi :", "").strip()
    assert split_labelled_pairs(table) is table


def test_stated_keuangan_of_the_next_line_is_flagged() -> None:
    """The seed of the layout: 64.137.914 / 64.968.000,00 = 98,72 %, the table prints 98,83 %
    (the next line's share)."""
    subs = list(_SUBS)
    subs[1] = (*subs[1][:4], "98,83")
    doc = Extraction(file="t.pdf", sha256="0", kind="pdf", pages=40, budget=_rows(_table(subs=subs)))
    findings = [f for f in run_checks(doc, CheckConfig(lang="en"), select=("LKJ-B003",))]
    assert len(findings) == 1
    assert "64.137.914,00 / 64.968.000,00" in findings[0].message["en"]
    assert findings[0].severity == "error"  # every value read from its own labelled cell
    clean = Extraction(file="t.pdf", sha256="0", kind="pdf", pages=40, budget=_rows(_table()))
    assert not run_checks(clean, CheckConfig(lang="en"), select=("LKJ-B003",))


def test_ocr_doubt_on_a_labelled_figure_makes_a_warning() -> None:
    subs = list(_SUBS)
    subs[1] = (*subs[1][:4], "98,83")
    table = _table(subs=subs)
    spent = table.grid[5][3]
    assert spent is not None
    spent.doubts = ("ocr_glyph",)
    doc = Extraction(file="t.pdf", sha256="0", kind="pdf", pages=40, budget=_rows(table))
    findings = run_checks(doc, CheckConfig(lang="en"), select=("LKJ-B003",))
    assert [f.severity for f in findings] == ["warning"]


def test_kegiatan_share_against_its_sub_kegiatan_realisasi() -> None:
    """The kegiatan prints 529.533.550,00 and 57,47 but no realisasi; its four sub-kegiatan
    spent 233.678.279 = 44,13 % of it. Its level rests on the numbering only: a warning."""
    rows = _rows(_table(kegiatan_percent="57,47"))
    assert (rows[0].level, rows[0].level_evidence) == ("kegiatan", "position")
    assert {r.parent for r in rows[1:]} == {0} and {r.level for r in rows[1:]} == {"sub_kegiatan"}
    doc = Extraction(file="t.pdf", sha256="0", kind="pdf", pages=40, budget=rows)
    findings = run_checks(doc, CheckConfig(lang="en"), select=("LKJ-B003",))
    assert len(findings) == 1 and findings[0].severity == "warning"
    assert "= 44,13 %, but the table prints 57,47" in findings[0].message["en"]
    assert {e.value for e in findings[0].evidence} >= {57.47, 529533550.0, 31928100.0}
    # Without the last sub-kegiatan the parts' anggaran fall short: may not be all of them.
    short = _rows(_table(kegiatan_percent="57,47", subs=_SUBS[:3]))
    doc = Extraction(file="t.pdf", sha256="0", kind="pdf", pages=40, budget=short)
    findings = run_checks(doc, CheckConfig(lang="en"), select=("LKJ-B003",))
    assert [f.severity for f in findings] == ["warning"] and "may not be all" in findings[0].message["en"]


def test_a_lost_item_number_is_not_a_head() -> None:
    """OCR left "1." blank: the line above "2." is item 1, not a second kegiatan."""
    table = _table()
    first = table.grid[2][0]
    assert first is not None
    first.text = ""
    rows = _rows(table)
    assert [r.level for r in rows] == ["kegiatan"] + ["sub_kegiatan"] * 4
    assert {r.parent for r in rows[1:]} == {0}


def test_pair_parted_by_a_page_break() -> None:
    """The last sub-kegiatan's "Alokasi" closes page 37; page 38 prints the heading again,
    then the tail of its output with "Realisasi" and "Keuangan", then a band without
    figures over a numbered sub-kegiatan."""
    table = _table()
    last_lower = table.grid[-1]
    for cell in last_lower[3:]:
        assert cell is not None
        cell.text, cell.line_boxes = "", []
    moved = [("Realisasi :\n31.928.100,00", 3), ("Keuangan :\n98,50", 4)]

    def cell(text: str, r: int, c: int, rowspan: int = 1) -> RawCell:
        box = (60.0 + 90 * c, 100.0 + 30 * r, 150.0 + 90 * c, 100.0 + 30 * (r + rowspan))
        return RawCell(text, r, c, box, rowspan, 1, [(t, box) for t in text.split("\n") if t.strip()])

    r = len(table.grid)
    table.grid.append([cell(t, r, c) for c, t in enumerate(["No.", "KEGIATAN/SUBKEGIATAN", "OUTPUT",
                                                             "ANGGARAN (Rp)", "% Realisasi"])])
    table.grid.append([cell("", r + 1, 0), cell("", r + 1, 1), cell("kelola", r + 1, 2),
                       *(cell(t, r + 1, c) for t, c in moved)])
    table.grid.append([cell("5.", r + 2, 0, 3), cell("Mutasi dan Promosi ASN", r + 2, 1), cell("", r + 2, 2),
                       cell("", r + 2, 3), cell("", r + 2, 4)])
    name, out = cell("Pengelolaan Promosi ASN", r + 3, 1, 2), cell("Jumlah ASN yang ditempatkan", r + 3, 2, 2)
    table.grid.append([table.grid[r + 2][0], name, out, cell("Alokasi :\n234.534.200,00", r + 3, 3),
                       cell("Fisik :", r + 3, 4)])
    table.grid.append([table.grid[r + 2][0], name, out, cell("Realisasi :\n177.377.673,00", r + 4, 3),
                       cell("Keuangan :\n75,63", r + 4, 4)])
    table.row_pages = [37] * r + [38] * 5
    table.pages = [37, 38]
    rows = _rows(table)
    assert [(r.name, r.level, r.anggaran, r.realisasi, r.persen) for r in rows[4:]] == [
        ("Pengelolaan Data Kepegawaian", "sub_kegiatan", 32414550.0, 31928100.0, 98.5),
        ("Mutasi dan Promosi ASN", "kegiatan", None, None, None),
        ("Pengelolaan Promosi ASN", "sub_kegiatan", 234534200.0, 177377673.0, 75.63),
    ]
    assert rows[4].cells["realisasi"].page == 37  # the line's page, the figure read overleaf
    assert rows[6].parent == 5 and rows[4].parent == 0


def _ocr_table(subs: list[tuple[str, str, str, str, str]], heading: str = "KEGIATAN/SUBKEGIATAN") -> RawTable:
    """The table as a blurred scan gives it: the name column's heading garbled, and every
    amount cell whose marks break the column's style marked `ocr_glyph` by the OCR layer."""
    table = _table(subs=subs, kegiatan_percent="57,47")
    head = table.grid[0][1]
    assert head is not None
    head.text = heading
    for row in table.grid[1:]:
        for cell in row[3:]:
            if cell is not None and any(m in cell.text for m in ("403,001.00", "64.137,914")):
                cell.doubts = ("ocr_glyph",)
    return table


@pytest.mark.parametrize("heading", ["KEGIATAN/SUBREGLATAN", "KEGIATANISUB\nKEGIATAN"])
def test_garbled_two_level_heading_still_types_the_head(heading: str) -> None:
    """A 65 ppi scan reads "SUBKEGIATAN" as "SUBREGLATAN" and the slash as "I": the
    unnumbered line is still the kegiatan over its numbered sub-kegiatan."""
    rows = _rows(_ocr_table(list(_SUBS), heading))
    assert [r.level for r in rows] == ["kegiatan"] + ["sub_kegiatan"] * 4


def test_labels_garbled_by_a_scan_still_split_the_pair() -> None:
    """"Realisns!", "Aokasi:", "Keunngan:", "Fiaik:" are the labels with letters a blurred
    scan confuses; a label garbled past knowing ("Alulessi") leaves its figure placed by
    the heading, in doubt."""
    table = _table()
    swaps = {"Realisasi :": "Realisns!", "Keuangan :": "Keunngan:", "Fisik :": "Fiaik:"}
    for row in table.grid[2:]:
        for cell in row[3:]:
            assert cell is not None
            for old, new in swaps.items():
                cell.text = cell.text.replace(old, new)
            cell.line_boxes = [(t, b) for t, (_, b) in zip(cell.text.split("\n"), cell.line_boxes, strict=False)]
    first, second = table.grid[2][3], table.grid[4][3]
    assert first is not None and second is not None
    first.text = first.text.replace("Alokasi :", "Alulessi")
    second.text = second.text.replace("Alokasi :", "Aokasi:")
    rows = _rows(table)
    assert [(r.anggaran, r.realisasi, r.persen) for r in rows[1:]] == [
        (403001000.0, 108802265.0, 27.0),
        (64968000.0, 64137914.0, 98.72),
        (29150000.0, 28810000.0, 98.83),
        (32414550.0, 31928100.0, 98.5),
    ]
    assert LABEL_INFERRED in rows[1].cells["anggaran"].inferred
    assert LABEL_INFERRED not in rows[2].cells["anggaran"].inferred


def test_amounts_read_with_the_other_mark_take_the_magnitude_their_share_confirms() -> None:
    """"403,001.00" (403.001.000 with its marks swapped) and "64.137,914" (a thousands dot
    read as a comma) parse as thousands; each row's printed share (27,00; 98,83) confirms
    the reading a thousand times larger, taken in doubt. The kegiatan's share against its
    parts' realisasi then reads 44,13 %, as a warning."""
    subs = list(_SUBS)
    subs[0] = (subs[0][0], "403,001.00", *subs[0][2:])
    subs[1] = (subs[1][0], subs[1][1], "64.137,914", subs[1][3], "98,83")
    rows = _rows(_ocr_table(subs))
    assert (rows[1].anggaran, rows[2].realisasi) == (403001000.0, 64137914.0)
    assert "amount_magnitude_by_share" in rows[1].cells["anggaran"].inferred
    assert "amount_magnitude_by_share" in rows[2].cells["realisasi"].inferred
    doc = Extraction(file="t.pdf", sha256="0", kind="pdf", pages=40, budget=rows)
    findings = run_checks(doc, CheckConfig(lang="en"), select=("LKJ-B003",))
    assert {f.severity for f in findings} == {"warning"}
    texts = " ".join(f.message["en"] for f in findings)
    assert "= 44,13 %, but the table prints 57,47" in texts
    assert "= 98,72 %, but the table prints 98,83" in texts


def test_a_small_share_confirms_no_magnitude() -> None:
    """124.876.014 / 61.564.550 = 202,84 % printed 0,59: a thousandth of the realisasi gives
    0,20 %, not the printed share: the amounts stay as read."""
    subs = list(_SUBS)
    subs[0] = (subs[0][0], "61.564.550,00", "124.876.014,00", "", "0,59")
    table = _ocr_table(subs)
    spent = table.grid[3][3]
    assert spent is not None
    spent.doubts = ("ocr_glyph",)
    rows = _rows(table)
    assert (rows[1].anggaran, rows[1].realisasi) == (61564550.0, 124876014.0)


@pytest.mark.parametrize("doubt", [("ocr_low_resolution",), ()])
def test_a_share_read_with_a_digit_lost_says_the_reading_is_suspect(doubt: tuple[str, ...]) -> None:
    """28.810.000 / 29.150.000 = 98,83 % read "9,83" from a scan: the finding stays (a
    warning) and says the computed share is the printed one with a digit more, so the OCR
    reading is more likely wrong. Printed so in a text layer, no such sentence."""
    subs = list(_SUBS)
    subs[2] = (*subs[2][:4], "9,83")
    table = _table(subs=subs)
    for row in table.grid[1:]:
        for cell in row:
            if cell is not None:
                cell.doubts = doubt
    doc = Extraction(file="t.pdf", sha256="0", kind="pdf", pages=40, budget=_rows(table))
    findings = [f for f in run_checks(doc, CheckConfig(lang="en"), select=("LKJ-B003",))
                if "but the table prints 9,83" in f.message["en"]]
    assert len(findings) == 1
    said = "with one digit more or less" in findings[0].message["en"]
    assert said == bool(doubt)
    assert ("satu digit" in findings[0].message["id"]) == bool(doubt)


def test_a_band_ruled_off_under_a_line_is_no_tail_of_its_name() -> None:
    """"Pengembangan Kompetensi ASN" in a grid row of its own, no number and no figure,
    right above "3. Pengelolaan Pendidikan Lanjutan ASN": the kegiatan over that line, not
    the end of the name above it."""
    table = _table(subs=_SUBS[:2])

    def cell(text: str, r: int, c: int, rowspan: int = 1) -> RawCell:
        box = (60.0 + 90 * c, 100.0 + 30 * r, 150.0 + 90 * c, 100.0 + 30 * (r + rowspan))
        return RawCell(text, r, c, box, rowspan, 1, [(t, box) for t in text.split("\n") if t.strip()])

    r = len(table.grid)
    table.grid.append([cell("", r, 0), cell("Pengembangan Kompetensi ASN", r, 1), cell("", r, 2), cell("", r, 3),
                       cell("", r, 4)])
    no, name = cell("3.", r + 1, 0, 2), cell("Pengelolaan Pendidikan Lanjutan ASN", r + 1, 1, 2)
    out = cell("Jumlah aparatur yang mengikuti pendidikan lanjutan", r + 1, 2, 2)
    table.grid.append([no, name, out, cell("Alokasi :\n516.822.800,00", r + 1, 3), cell("Fisik :", r + 1, 4)])
    table.grid.append([no, name, out, cell("Realisasi :\n478.402.109,00", r + 2, 3),
                       cell("Keuangan :\n92,57", r + 2, 4)])
    table.row_pages = [37] * len(table.grid)
    rows = _rows(table)
    assert [(r.name, r.level) for r in rows[2:]] == [
        ("Koordinasi Pelaksanaan Administrasi Pemberhentian", "sub_kegiatan"),
        ("Pengembangan Kompetensi ASN", "kegiatan"),
        ("Pengelolaan Pendidikan Lanjutan ASN", "sub_kegiatan"),
    ]
    assert rows[4].parent == 3


def test_a_footer_figure_goes_where_its_label_says() -> None:
    """"Rata-rata" spans the name columns and shifts "Fisik : 100 %" over "Keuangan :
    90,50 %" under ANGGARAN: the labels put the share under % Realisasi Keuangan."""
    table = _table()

    def cell(text: str, r: int, c: int, rowspan: int = 1, colspan: int = 1) -> RawCell:
        box = (60.0 + 90 * c, 100.0 + 30 * r, 150.0 + 90 * (c + colspan - 1), 100.0 + 30 * (r + rowspan))
        return RawCell(text, r, c, box, rowspan, colspan, [(t, box) for t in text.split("\n") if t.strip()])

    r = len(table.grid)
    footer = cell("Rata-rata", r, 0, 2, 3)
    table.grid.append([footer, footer, footer, cell("Fisik : 100 %", r, 3), cell("", r, 4)])
    table.grid.append([footer, footer, footer, cell("Keuangan : 90,50 %", r + 1, 3), cell("", r + 1, 4)])
    table.row_pages = [37] * len(table.grid)
    last = _rows(table)[-1]
    assert (last.name, last.anggaran, last.persen) == ("Rata-rata", None, 90.5)


def test_a_band_the_scan_joined_to_its_line_is_parted_at_the_figure_columns_rule() -> None:
    """The rule under "Penilaian dan Evaluasi Kinerja Aparatur" is lost in the name and
    number columns (one cell over three grid rows) but the figure columns still part the
    band's row, printing nothing, from the stacked pair: the name lines above that rule
    are the band's, the rest and the "3." the line's."""
    table = _table(subs=_SUBS[:2])
    r = len(table.grid)
    top = 100.0 + 30 * r

    def cell(text: str, row: int, c: int, rowspan: int = 1, ys: list[float] | None = None) -> RawCell:
        box = (60.0 + 90 * c, 100.0 + 30 * row, 150.0 + 90 * c, 100.0 + 30 * (row + rowspan))
        lines = [(t, (box[0] + 2, y, box[2] - 2, y + 9)) for t, y in zip(text.split("\n"), ys or [], strict=False)]
        return RawCell(text, row, c, box, rowspan, 1, lines)

    no = cell("3.", r, 0, 3, [top + 32])
    name = cell("Penilaian dan Evaluasi\nKinerja Aparatur\nPelaksanaan Penilaian dan\nEvaluasi Kinerja Aparatur",
                r, 1, 3, [top + 2, top + 14, top + 32, top + 44])
    out = cell("Persentase ASN yang menyusun SKP", r, 2, 3, [top + 32])
    table.grid.append([no, name, out, cell("", r, 3), cell("", r, 4)])
    table.grid.append([no, name, out, cell("Alokasi :\n79.610.000,00", r + 1, 3, 1, [top + 31, top + 42]),
                       cell("Fisik :\n100", r + 1, 4, 1, [top + 31, top + 42])])
    table.grid.append([no, name, out, cell("Realisasi :\n79.476.688,00", r + 2, 3, 1, [top + 61, top + 72]),
                       cell("Keuangan :\n99,83", r + 2, 4, 1, [top + 61, top + 72])])
    table.row_pages = [37] * len(table.grid)
    rows = _rows(table)
    assert [(r.code, r.name, r.level, r.anggaran) for r in rows[3:]] == [
        (None, "Penilaian dan Evaluasi Kinerja Aparatur", "kegiatan", None),
        ("3.", "Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur", "sub_kegiatan", 79610000.0),
    ]
