"""Schemas of indicator rows, one per table kind (the frames `lkjip extract --format
csv|xlsx|parquet` writes). Values are flattened: `<column>_text` as printed,
`<column>_value` the number read, `<column>_unit` the normalized unit.

Object-API schemas (see `budget.py` for why). Every kind coerces, so `page` and `year`
are pandas' nullable "Int64", as the former models resolved `pa.Int64` when coercing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandera.pandas as pa

if TYPE_CHECKING:
    import pandas as pd

KINDS = ["perjanjian_kinerja", "pengukuran_kinerja", "perbandingan_tahunan", "renstra", "lampiran", "other"]


def _quantity(prefix: str, required: bool = True) -> dict[str, pa.Column]:
    return {f"{prefix}_text": pa.Column(str, nullable=True, required=required),
            f"{prefix}_value": pa.Column(float, nullable=True, required=required),
            f"{prefix}_unit": pa.Column(str, nullable=True, required=required)}


def _base() -> dict[str, pa.Column]:
    """What every indicator table has: where, which indicator, its target."""
    return {
        "file": pa.Column(str),
        "table": pa.Column(str),
        "table_kind": pa.Column(str, checks=[pa.Check.isin(KINDS)]),
        "page": pa.Column("Int64", checks=[pa.Check.ge(1)], nullable=True),
        "row": pa.Column(int, checks=[pa.Check.ge(0)]),
        "sasaran": pa.Column(str, nullable=True),
        "indikator": pa.Column(str, checks=[pa.Check.str_length(min_value=1)]),
        "year": pa.Column("Int64", checks=[pa.Check.ge(1990), pa.Check.le(2100)], nullable=True),
        **_quantity("target"),
        # The starting point ("Eksisting 2013", "Kondisi Awal"): only where a table prints one.
        **_quantity("baseline", required=False),
        "baseline_year": pa.Column("Int64", checks=[pa.Check.ge(1990), pa.Check.le(2100)], nullable=True,
                                   required=False),
    }


def _measured() -> dict[str, pa.Column]:
    """What a table with realisasi adds (every kind but Perjanjian Kinerja)."""
    return {
        **_base(),
        **_quantity("realisasi"),
        "capaian": pa.Column(float, checks=[pa.Check.ge(-1000), pa.Check.le(10000)], nullable=True),
    }


def has_year_columns(df: pd.DataFrame) -> bool:
    """At least one realisasi_<year>_text column."""
    return any(c.startswith("realisasi_") and c.endswith("_text") and c[10:14].isdigit() for c in df.columns)


def _schema(name: str, columns: dict[str, pa.Column], description: str,
            checks: list[pa.Check] | None = None) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(columns, checks=checks, strict=False, coerce=True, name=name,
                              description=description)


IndicatorBase = _schema("IndicatorBase", _base(), "What every indicator table has: where, which indicator, its target.")
PerjanjianKinerjaSchema = _schema("PerjanjianKinerjaSchema", _base(),
                                  "Perjanjian Kinerja: a target per indicator, no realisasi.")
PengukuranKinerjaSchema = _schema("PengukuranKinerjaSchema", _measured(),
                                  "Pengukuran Kinerja: target, realisasi, and capaian where printed (percent).")
PerbandinganTahunanSchema = _schema(
    "PerbandinganTahunanSchema", _measured(),
    "Year comparison: realisasi per year in `realisasi_<year>_*` columns besides the\n"
    "    report year's realisasi.",
    checks=[pa.Check(has_year_columns, name="has_year_columns", element_wise=False,
                     description=has_year_columns.__doc__)])
RenstraSchema = _schema("RenstraSchema", _measured(),
                        "Medium-term (Renstra) comparison: target per plan year in `target_<year>_*`.")
LampiranSchema = _schema("LampiranSchema", _measured(), "Lampiran: the measurement restated as an attachment.")
OtherIndicatorSchema = _schema("OtherIndicatorSchema", _measured(), "An indicator table of no recognised kind.")

SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "perjanjian_kinerja": PerjanjianKinerjaSchema,
    "pengukuran_kinerja": PengukuranKinerjaSchema,
    "perbandingan_tahunan": PerbandinganTahunanSchema,
    "renstra": RenstraSchema,
    "lampiran": LampiranSchema,
    "other": OtherIndicatorSchema,
}
