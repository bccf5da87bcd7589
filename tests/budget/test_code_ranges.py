"""A subtotal line naming the range of groups it adds up ("Program Strategis A s/d C"),
with nothing in the table's nesting tying the groups to it (LKJ-B001,
lkjip.checks.budget.code_ranges)."""

from __future__ import annotations

from lkjip.checks.budget.b001_parts_vs_total import PartsVsTotal
from lkjip.checks.budget.code_ranges import range_subtotals
from lkjip.checks.rule import CheckConfig
from lkjip.records import BudgetRow
from tests.budget.builders import doc, row

T = "p30-t1"


def _table(line: str = "Program Strategis A s/d C", subtotal: str = "5.500.000.000",
           b_amount: str | None = "2.000.000.000", codes: tuple[str, ...] = ("A", "B", "C"),
           belanja: str | None = "II.") -> list[BudgetRow]:
    """BELANJA LANGSUNG, the range line, then lettered programs each over its kegiatan, and a
    program outside the range; program B may print no amount of its own."""
    spec: list[tuple[str | None, str, str, str | None, int | None]] = [
        (belanja, "other", "BELANJA LANGSUNG", "6.000.000.000", None),
        (None, "program", line, subtotal, None),
        (codes[0], "program", "Program Perencanaan Pembangunan Daerah", "1.000.000.000", None),
        ("1.", "kegiatan", "Penyusunan Rencana Kerja Tahunan", "1.000.000.000", 2),
        (codes[1], "program", "Program Pelayanan Keluarga Berencana", b_amount, None),
        ("1.", "kegiatan", "Peningkatan Kesertaan Ber-KB", "1.200.000.000", 4),
        ("2.", "kegiatan", "Penyuluhan Keluarga Berencana", "800.000.000", 4),
        (codes[2], "program", "Program Pendewasaan Usia Perkawinan", "2.500.000.000", None),
        ("1.", "kegiatan", "Pendewasaan Usia Perkawinan Remaja", "2.500.000.000", 7),
        ("D", "program", "Program Pelayanan Administrasi Perkantoran", "500.000.000", None),
        ("1.", "kegiatan", "Penyediaan Jasa Surat Menyurat", "500.000.000", 9),
    ]
    rows = []
    for i, (code, level, name, amount, parent) in enumerate(spec):
        r = row(T, i, level, name, anggaran=amount, parent=parent, page=30, kind="program_anggaran")
        r.code, r.level_evidence = code, "word" if level != "kegiatan" else "outline"
        rows.append(r)
    return rows


def _found(rows: list[BudgetRow]) -> list:
    return [f for f in PartsVsTotal().check(doc(rows), CheckConfig()) if "names:" in f.message["en"]]


def test_a_range_line_equal_to_its_groups_is_consistent() -> None:
    assert _found(_table()) == []


def test_a_range_line_off_its_printed_groups_is_an_error() -> None:
    found = _found(_table(subtotal="4.500.000.000"))
    assert [(f.rule, f.severity) for f in found] == [("LKJ-B001", "error")]
    message = found[0].message["en"]
    assert "lines A–C" in message and "= 5.500.000.000" in message and "difference 1.000.000.000" in message
    assert "Program Pelayanan Administrasi" not in message  # D lies outside the range


def test_a_group_printing_no_amount_counts_its_lines_and_makes_a_warning() -> None:
    found = _found(_table(subtotal="3.500.000.000", b_amount=None))
    assert [(f.rule, f.severity) for f in found] == [("LKJ-B001", "warning")]
    assert "(1.200.000.000 + 800.000.000)" in found[0].message["en"]
    assert {d.reason for d in found[0].doubts} == {"group_from_lines"}


def test_roman_ranges_and_other_spellings_are_read() -> None:
    for line, codes in (("Jumlah Program I s.d. III", ("I.", "II.", "III.")),
                        ("Total Program A sampai dengan C", ("A", "B", "C"))):
        assert [len(r.groups) for r in range_subtotals(_table(line=line, codes=codes, belanja=None))] == [3]
    # "II. BELANJA LANGSUNG" beside the programs "II.": code II names two lines, no range is read.
    assert range_subtotals(_table(line="Jumlah Program I s.d. III", codes=("I.", "II.", "III."))) == []


def test_a_numbering_repeated_under_each_group_names_no_range() -> None:
    # "1" is printed under every program: which line "1 s/d 2" means cannot be told.
    assert range_subtotals(_table(line="Kegiatan 1 s/d 2")) == []
    assert _found(_table(line="Kegiatan 1 s/d 2", subtotal="1.000")) == []


def test_a_dash_or_a_year_span_is_no_range() -> None:
    for line in ("Penanganan COVID-19", "Program Renstra 2015-2019", "Program Strategis"):
        assert range_subtotals(_table(line=line)) == []


def test_upper_case_connectors_are_read() -> None:
    assert [len(r.groups) for r in range_subtotals(_table(line="JUMLAH PROGRAM A S/D C"))] == [3]


def test_a_kegiatan_naming_a_span_in_its_own_words_names_no_groups() -> None:
    rows = _table(codes=("I.", "II.", "III."), belanja=None)
    rows[3].name = "Penyusunan Laporan Triwulan I s/d III"  # a kegiatan of program I
    rows[1].name = "Program Strategis"
    assert range_subtotals(rows) == []


def test_a_line_smaller_than_one_of_its_groups_is_no_subtotal_of_them() -> None:
    assert _found(_table(subtotal="2.000.000.000")) == []
