"""The Excel workbook: findings sheet, one sheet per table kind, evidence cells filled and
commented with the rule."""

from __future__ import annotations

from dataclasses import replace

import openpyxl

from lkjip.report.xlsx import SEVERITY_FILLS, SHEETS, write_xlsx
from lkjip.results import RunResult


def _comments(ws) -> dict[str, tuple[object, str, str]]:
    return {c.coordinate: (c.value, c.fill.fgColor.rgb, c.comment.text)
            for row in ws.iter_rows() for c in row if c.comment}


def test_workbook_highlights_the_offending_cells(handmade_run: RunResult, tmp_path) -> None:
    out = tmp_path / "report.xlsx"
    write_xlsx(handmade_run, out)
    wb = openpyxl.load_workbook(out)
    names = SHEETS["en"]
    assert wb.sheetnames == [names["findings"], names["summary"], names["budget"], names["indicators"],
                             names["amounts"]]

    findings = wb[names["findings"]]
    rows = list(findings.iter_rows(min_row=2, values_only=True))
    assert [r[2] for r in rows] == ["LKJ-B002", "LKJ-K001", "LKJ-N001"]
    # The first page as a number (sortable); every place is in the evidence column.
    assert "19.253.454.000" in rows[0][4] and rows[0][5] == 17 and "p. 16" in rows[0][7]

    budget = wb[names["budget"]]
    header = [c.value for c in budget[1]]
    anggaran, realisasi = header.index("Budget") + 1, header.index("Realisation") + 1
    total = budget.cell(2, anggaran)
    assert total.value == 19253545000 and isinstance(total.value, int | float)
    assert total.fill.fgColor.rgb.endswith(SEVERITY_FILLS["error"].fgColor.rgb[-6:])
    assert "LKJ-B002" in total.comment.text and "19.253.545.000" in total.comment.text
    real = budget.cell(2, realisasi)
    assert real.fill.fgColor.rgb.endswith(SEVERITY_FILLS["warning"].fgColor.rgb[-6:])
    assert "LKJ-K001" in real.comment.text
    # Only the cells a finding rests on are marked.
    assert set(_comments(budget)) == {total.coordinate, real.coordinate}

    amounts = _comments(wb[names["amounts"]])
    assert len(amounts) == 1
    value, _, comment = next(iter(amounts.values()))
    assert value == "Rp. 19.253.454.000,-" and "LKJ-B002" in comment


def test_indonesian_workbook_uses_indonesian_names(handmade_run: RunResult, tmp_path) -> None:
    out = tmp_path / "laporan.xlsx"
    write_xlsx(replace(handmade_run, lang="id"), out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "Temuan"
    rows = list(wb["Temuan"].iter_rows(min_row=2, values_only=True))
    assert rows[0][3] == "Total di narasi bertentangan dengan tabel"


def test_numbers_formatted_by_what_they_mean(seed_extraction, tmp_path) -> None:
    from lkjip.checks.runner import run_checks
    from lkjip.results import DocumentResult

    run = RunResult([DocumentResult(seed_extraction, run_checks(seed_extraction))], lang="id")
    out = tmp_path / "seed.xlsx"
    write_xlsx(run, out)
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:  # every sheet: frozen header and an autofilter
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref, ws.title
    header = [c.value for c in wb["Indikator"][1]]
    year = wb["Indikator"].cell(2, header.index("Tahun") + 1)
    assert year.value == 2018 and year.number_format == "0"  # never "2,018"
    page = wb["Indikator"].cell(2, header.index("Hal.") + 1)
    assert isinstance(page.value, int) and page.number_format == "0"
    budget = wb["Anggaran"]
    j = [c.value for c in budget[1]].index("Anggaran") + 1
    amounts = [c for (c,) in budget.iter_rows(min_row=2, min_col=j, max_col=j) if isinstance(c.value, int | float)]
    assert amounts and {c.number_format for c in amounts} == {"#,##0"}
    summary = list(wb["Ringkasan"].iter_rows(values_only=True))
    assert summary[1][2] == 2018 and summary[1][5] == 4  # the seed: 4 errors
    assert any(r[0] == "LKJ-K006" and r[6] == 6 for r in summary if r and r[0])


def test_percentages_keep_their_decimals_and_sign(seed_extraction, tmp_path) -> None:
    from dataclasses import replace as copy

    from lkjip.records import BudgetRow
    from lkjip.results import DocumentResult

    ex = copy(seed_extraction, budget=[BudgetRow(table="p1-t1", table_kind="realisasi_anggaran", page=1, row=1,
                                                 level="program", name="Program", anggaran=1000.0,
                                                 realisasi=981.7, persen=98.17)])
    out = tmp_path / "p.xlsx"
    write_xlsx(RunResult([DocumentResult(ex, [])], lang="en"), out)
    ws = openpyxl.load_workbook(out)["Budget"]
    header = [c.value for c in ws[1]]
    cell = ws.cell(2, header.index("%") + 1)
    assert cell.value == 98.17 and cell.number_format == '0.00" %"'
