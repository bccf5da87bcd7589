"""A scan lost the sub-headings under a spanning "Pagu Anggaran" / "Realisasi" heading
(`budget.spanned_columns`): the shares are read as percentages, not as more realisasi,
and the budget beside an unread sibling carries that doubt."""

from __future__ import annotations

from lkjip.extract.interpret.budget.columns import ColumnGroup, read_layout
from lkjip.extract.interpret.budget.spanned_columns import (
    budget_beside_unread_sibling,
    realisasi_sub_columns,
)
from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.extract.source import RawCell, RawTable, SourceDocument


def _scanned_table(dppa_heading: str, percent: str = "98,25", lost: tuple[int, ...] = ()) -> RawTable:
    """Kode | Uraian | Pagu Anggaran (DPA | <dppa_heading>) | Realisasi (Keu | % | % Fisik),
    the Realisasi sub-headings lost; the column numbers under the headings but those in `lost`."""
    def cell(text: str, r: int, c: int, span: int = 1) -> RawCell:
        return RawCell(text, r, c, (60.0 + 80 * c, 100.0 + 20 * r, 60.0 + 80 * (c + span), 120.0 + 20 * r))

    pagu, realisasi = cell("PAGU ANGGARAN (RP)", 0, 2, 2), cell("Realisasi", 0, 4, 3)
    header = [cell("KODE", 0, 0), cell("URAIAN", 0, 1), pagu, pagu, realisasi, realisasi, realisasi]
    sub = [cell("", 1, 0), cell("", 1, 1), cell("DPA", 1, 2), cell(dppa_heading, 1, 3),
           cell("", 1, 4), cell("", 1, 5), cell("", 1, 6)]
    body = [["55 48", "Pemeliharaan Sarana dan Prasarana Kantor", "455.427.000,00", "455.427.000,00",
             "447.467.258,00", percent, "100,00"],
            ["55 49", "Pemeliharaan Sarana dan Prasarana UPTD", "679.464.000,00", "820.464.000,00",
             "806.434.560,00", "98,29", "100,00"]]
    # The column numbers under the headings, as the scan gave them (the small print under
    # the lost sub-headings lost too).
    numbers = [cell("" if c in lost else str(c + 1), 2, c) for c in range(7)]
    grid = [header, sub, numbers] + [[cell(t, r + 3, c) for c, t in enumerate(row)] for r, row in enumerate(body)]
    return RawTable(id="p1-t1", page=1, bbox=(60.0, 100.0, 620.0, 200.0), grid=grid, pages=[1], row_pages=[1] * 5)


def test_bare_realisasi_sub_columns_of_shares_are_percentages() -> None:
    layout = read_layout(_scanned_table("DPPA"), None)
    assert layout is not None and layout.kind == "realisasi_anggaran"
    assert [g.columns for g in layout.groups["realisasi"]] == [[4]]
    assert [g.columns for g in layout.groups["persen"]] == [[5]]
    assert "column_role_values" in layout.groups["persen"][0].inferred


def test_budget_beside_an_unread_sub_heading_is_in_doubt() -> None:
    dpa = ColumnGroup("anggaran", "PAGU ANGGARAN (RP) DPA", [2])
    lost = ColumnGroup("other", "PAGU ANGGARAN (RP)", [3])  # "DPPA" unread
    by_role = {"anggaran": [dpa], "other": [lost]}
    budget_beside_unread_sibling(by_role, lambda g: True)
    assert by_role["anggaran"][0].inferred == ("sub_heading_unread",)
    by_role = {"anggaran": [dpa], "other": [lost]}
    budget_beside_unread_sibling(by_role, lambda g: False)  # a sibling of no money: no doubt
    assert by_role["anggaran"][0].inferred == ()
    # With the DPPA heading read, the revision is the budget, in no doubt.
    source = SourceDocument(file="t.pdf", sha256="0", kind="pdf", page_count=1, pages=[], tables=[_scanned_table("DPPA")])
    rows = budget_rows(source, None)
    assert [r.anggaran for r in rows] == [455427000.0, 820464000.0]
    assert not any("sub_heading_unread" in r.cells["anggaran"].inferred for r in rows)


def test_a_second_money_column_under_realisasi_is_still_refused() -> None:
    table = _scanned_table("DPPA", percent="447.000.000,00")
    assert read_layout(table, None) is None


def test_bare_shares_beside_a_read_money_sub_heading_are_percentages() -> None:
    keu = ColumnGroup("realisasi", "realisasi keu (rp.)", [6])
    share, fisik = ColumnGroup("other", "realisasi", [7]), ColumnGroup("other", "realisasi", [8])
    kode = ColumnGroup("other", "", [0, 1])
    by_role = {"realisasi": [keu], "other": [kode, share, fisik]}
    realisasi_sub_columns(by_role, lambda g: g is keu, lambda g: [98.25, 100.0])
    assert [g.columns for g in by_role["realisasi"]] == [[6]]
    assert [(g.columns, g.inferred) for g in by_role["persen"]] == [([7], ("column_role_values",))]
    assert sorted(g.columns for g in by_role["other"]) == [[0, 1], [8]]
    # Amounts beside it under the bare heading are not shares: nothing changes.
    by_role = {"realisasi": [keu], "other": [kode, share, fisik]}
    realisasi_sub_columns(by_role, lambda g: g is keu, lambda g: [447467258.0])
    assert "persen" not in by_role and len(by_role["other"]) == 3
    # A bare heading left of the money column is not one of its sub-columns.
    left = ColumnGroup("other", "realisasi", [5])
    by_role = {"realisasi": [keu], "other": [left]}
    realisasi_sub_columns(by_role, lambda g: g is keu, lambda g: [98.25])
    assert "persen" not in by_role
