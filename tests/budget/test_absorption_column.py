"""The budget's absorption percent beside an indicator ("Penyerapan Anggaran %", "Keuangan"
under "Capaian (%)" beside "Fisik"): read under its own role from the header, and compared
between tables by LKJ-B015."""

from __future__ import annotations

from lkjip.checks.budget.b015_absorption_differs import AbsorptionDiffers
from lkjip.checks.rule import CheckConfig
from lkjip.extract.interpret.indicators.absorption_column import ABSORPTION, is_absorption_header
from lkjip.extract.interpret.indicators.header_columns import read_layout
from lkjip.extract.source import RawCell, RawTable
from lkjip.records import Extraction, IndicatorRow
from tests.indicators.test_indicators_kind_layouts import _read, layout_of, table

NAME = "Tingkat Kesesuaian Target Kegiatan Renja OPD"
OTHER = "Tingkat layanan satu data pembangunan"

# An analysis of efficiency: capaian beside the share of the budget spent.
EFFICIENCY = ["No", "Indikator", "Capaian Kinerja %", "Penyerapan Anggaran %", "Tingkat Efisiensi %"]


def efficiency(absorbed: str, page: int = 1) -> RawTable:
    rows = [EFFICIENCY, ["1", NAME, "100", absorbed, "5,54"], ["2", OTHER, "98,43", "99,35", "0"]]
    return table(rows, page=page, caption="Tabel 3.6 Analisis atas efisiensi penggunaan sumber daya Tahun 2016")


def progress(fisik: str, keuangan: str, page: int = 2) -> RawTable:
    """A programme analysis: "Capaian (%)" spanning "Fisik | Keuangan"."""
    head = [RawCell(t, 0, c, None) for c, t in enumerate(["No", "Indikator", "Target", "Realisasi"])]
    span = RawCell("Capaian (%)", 0, 4, None, colspan=2)
    sub = [RawCell(t, 1, c, None) for c, t in enumerate(["", "", "", "", "Fisik", "Keuangan"])]
    for c in range(4):
        sub[c] = head[c]  # the first four headers span both header rows
    data = [["1", NAME, "100", "100", fisik, keuangan], ["2", OTHER, "90,00", "88,59", "100", "99,35"]]
    grid = [[*head, span, span], sub,
            *[[RawCell(t, r, c, None) for c, t in enumerate(row)] for r, row in enumerate(data, start=2)]]
    return RawTable(id=f"p{page}-t1", page=page, bbox=None, grid=grid, pages=[page], row_pages=[page] * len(grid),
                    caption="Tabel 3.7 Analisis program yang menunjang pencapaian kinerja Tahun 2016")


def _rows(*tables: RawTable) -> list[IndicatorRow]:
    return _read(*tables)[1]


def _findings(*tables: RawTable) -> list:
    doc = Extraction(file="t.pdf", sha256=None, kind="pdf", pages=3, indicators=_rows(*tables))
    return list(AbsorptionDiffers().check(doc, CheckConfig()))


def test_headers_naming_the_share_of_the_budget_spent() -> None:
    for header in ("penyerapan anggaran %", "keuangan capaian %", "capaian (%) keuangan", "realisasi keuangan (%)",
                   "serapan anggaran", "% realisasi anggaran", "tahun anggaran 2016 keuangan %"):
        assert is_absorption_header(header), header
    # Amounts, the physical progress, the indicator's own capaian, a share of the total.
    for header in ("keuangan pagu", "keuangan realisasi", "realisasi keuangan (rp)", "capaian (%) fisik",
                   "tingkat efisiensi %", "capaian kinerja %", "% anggaran", "penyerapan anggaran (rp)",
                   "sisa anggaran %"):
        assert not is_absorption_header(header), header


def test_the_column_takes_its_own_role_and_the_row_keeps_its_figure() -> None:
    roles = [c.role for c in layout_of([EFFICIENCY, ["1", NAME, "100", "94,46", "5,54"]]).columns]
    assert roles[2:4] == ["capaian", ABSORPTION]
    (row, _) = _rows(efficiency("94,46"))
    assert row.capaian == 100 and row.cells[ABSORPTION].text == "94,46"


def test_keuangan_under_a_spanning_capaian_is_the_absorption_and_fisik_is_not() -> None:
    layout = read_layout(progress("100", "89,76"))
    assert layout is not None
    assert layout.columns[5].role == ABSORPTION and layout.columns[4].role != ABSORPTION
    first = next(r for r in _rows(progress("100", "89,76")) if r.indikator == NAME)
    assert first.cells[ABSORPTION].text == "89,76"


def test_b015_flags_one_indicator_with_two_absorption_percents() -> None:
    (f,) = _findings(efficiency("94,46", page=1), efficiency("89,76", page=2))
    assert f.severity == "warning" and f.rule == "LKJ-B015"
    assert [(e.cell.page, e.cell.text) for e in f.evidence] == [(1, "94,46"), (2, "89,76")]
    assert "94,46" in f.text("id") and "penyerapan anggaran" in f.text("id")


def test_b015_is_silent_where_the_tables_agree_at_the_printed_precision() -> None:
    assert _findings(efficiency("94,46", page=1), efficiency("94,46", page=2)) == []
    assert _findings(efficiency("94,5", page=1), efficiency("94,46", page=2)) == []
    assert _findings(efficiency("94,46", page=1)) == []  # one table: nothing to compare


def test_b015_never_compares_fisik_with_keuangan() -> None:
    # Fisik differs from the other table's absorption, keuangan agrees: nothing.
    assert _findings(efficiency("94,46", page=1), progress("100", "94,46")) == []
    # Keuangan differs: the finding cites keuangan, not fisik.
    (f,) = _findings(efficiency("94,46", page=1), progress("94,46", "89,76"))
    assert sorted(e.cell.text for e in f.evidence) == ["89,76", "94,46"]
    assert {e.cell.page for e in f.evidence} == {1, 2}


def test_several_figures_beside_one_indicator_belong_to_none() -> None:
    # One indicator, two programmes' percents stacked in its row: no absorption of its own.
    rows = [EFFICIENCY, ["1", NAME, "100", "94,46\n80,00", "5,54"]]
    (row,) = _rows(table(rows, page=2, caption="Tabel 3.7 Analisis program Tahun 2016"))
    assert ABSORPTION not in row.cells
    assert _findings(efficiency("90,00", page=1), table(rows, page=2, caption="Tabel 3.7 Tahun 2016")) == []
