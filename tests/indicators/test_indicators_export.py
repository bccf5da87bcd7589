"""`lkjip extract --format csv|xlsx|parquet --output DIR`: one file (or sheet) per table kind."""

from __future__ import annotations

import pandas as pd
from typer.testing import CliRunner

from lkjip.cli import app
from lkjip.report.tables_export import indicator_frames, validate_frames
from tests.conftest import SEED_PDF


def test_frames_per_kind_validate(seed_extraction) -> None:
    frames = indicator_frames([seed_extraction])
    assert set(frames) == {"perjanjian_kinerja", "pengukuran_kinerja", "perbandingan_tahunan", "renstra", "lampiran"}
    assert validate_frames(frames) == []
    years = frames["perbandingan_tahunan"]
    assert {"realisasi_2016_value", "realisasi_2017_value", "realisasi_2018_value"} <= set(years.columns)
    assert "realisasi_text" not in frames["perjanjian_kinerja"].columns


def test_cli_writes_csv_parquet_and_xlsx(tmp_path) -> None:
    runner = CliRunner()
    for fmt in ("csv", "parquet", "xlsx"):
        out = tmp_path / fmt
        result = runner.invoke(app, ["extract", str(SEED_PDF), "--format", fmt, "--output", str(out)])
        assert result.exit_code == 0, result.output
        files = sorted(p.name for p in out.iterdir())
        if fmt == "xlsx":  # one workbook: a summary, budget, amounts and the 5 indicator kinds
            assert files == ["tables.xlsx"]
            assert len(pd.read_excel(out / "tables.xlsx", sheet_name=None)) == 8
        else:  # budget, amounts and the 5 indicator kinds
            assert f"indicators_lampiran.{fmt}" in files and f"budget.{fmt}" in files and len(files) == 7
    pk = pd.read_csv(tmp_path / "csv" / "indicators_perjanjian_kinerja.csv")
    assert len(pk) == 35 and pk["target_value"].iloc[0] == 429352


def test_cli_table_formats_need_an_output_folder() -> None:
    result = CliRunner().invoke(app, ["extract", str(SEED_PDF), "--format", "csv"])
    assert result.exit_code == 2


def test_every_table_kind_is_written_with_where_people_find_it(tmp_path) -> None:
    """Budget rows and narrative amounts are exported too, not only indicators; `-o name.xlsx`
    writes that workbook (not a folder of that name)."""
    import openpyxl

    out = tmp_path / "out" / "ex.xlsx"
    result = CliRunner().invoke(app, ["extract", str(SEED_PDF), "--format", "xlsx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file()
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:3] == ["summary", "budget", "amounts"]
    budget = pd.read_excel(out, sheet_name="budget")
    total = budget[budget["level"] == "total"].iloc[0]
    assert total["anggaran"] == 19253545000 and total["page"] == 17 and str(total["printed_page"]) == "15"
    assert pd.read_excel(out, sheet_name="amounts")["text"].str.contains("19.253.454.000").any()
    ws = wb["budget"]
    header = [c.value for c in ws[1]]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    assert ws.cell(2, header.index("page") + 1).number_format == "0"
    assert ws.cell(2, header.index("anggaran") + 1).number_format == "#,##0"
    csv = tmp_path / "c" / "lkjip.csv"
    assert CliRunner().invoke(app, ["extract", str(SEED_PDF), "--format", "csv", "-o", str(csv)]).exit_code == 0
    assert (tmp_path / "c" / "lkjip_budget.csv").is_file() and (tmp_path / "c" / "lkjip_amounts.csv").is_file()
