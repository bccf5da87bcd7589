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
        if fmt == "xlsx":
            assert files == ["indicators.xlsx"]
            assert len(pd.read_excel(out / "indicators.xlsx", sheet_name=None)) == 5
        else:
            assert f"indicators_lampiran.{fmt}" in files and len(files) == 5
    pk = pd.read_csv(tmp_path / "csv" / "indicators_perjanjian_kinerja.csv")
    assert len(pk) == 35 and pk["target_value"].iloc[0] == 429352


def test_cli_table_formats_need_an_output_folder() -> None:
    result = CliRunner().invoke(app, ["extract", str(SEED_PDF), "--format", "csv"])
    assert result.exit_code == 2
