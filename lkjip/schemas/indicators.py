"""Schemas of indicator rows, one per table kind (the frames `lkjip extract --format
csv|xlsx|parquet` writes). Values are flattened: `<column>_text` as printed,
`<column>_value` the number read, `<column>_unit` the normalized unit."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

KINDS = ["perjanjian_kinerja", "pengukuran_kinerja", "perbandingan_tahunan", "renstra", "lampiran", "other"]


class IndicatorBase(pa.DataFrameModel):
    """What every indicator table has: where, which indicator, its target."""

    file: Series[str]
    table: Series[str]
    table_kind: Series[str] = pa.Field(isin=KINDS)
    page: Series[pa.Int64] = pa.Field(ge=1, nullable=True)
    row: Series[int] = pa.Field(ge=0)
    sasaran: Series[str] = pa.Field(nullable=True)
    indikator: Series[str] = pa.Field(str_length={"min_value": 1})
    year: Series[pa.Int64] = pa.Field(ge=1990, le=2100, nullable=True)
    target_text: Series[str] = pa.Field(nullable=True)
    target_value: Series[float] = pa.Field(nullable=True)
    target_unit: Series[str] = pa.Field(nullable=True)

    class Config:
        strict = False
        coerce = True


class PerjanjianKinerjaSchema(IndicatorBase):
    """Perjanjian Kinerja: a target per indicator, no realisasi."""


class PengukuranKinerjaSchema(IndicatorBase):
    """Pengukuran Kinerja: target, realisasi, and capaian where printed (percent)."""

    realisasi_text: Series[str] = pa.Field(nullable=True)
    realisasi_value: Series[float] = pa.Field(nullable=True)
    realisasi_unit: Series[str] = pa.Field(nullable=True)
    capaian: Series[float] = pa.Field(ge=-1000, le=10000, nullable=True)


class PerbandinganTahunanSchema(PengukuranKinerjaSchema):
    """Year comparison: realisasi per year in `realisasi_<year>_*` columns besides the
    report year's realisasi."""

    @pa.dataframe_check
    @classmethod
    def has_year_columns(cls, df):  # type: ignore[no-untyped-def]
        """At least one realisasi_<year>_text column."""
        return any(c.startswith("realisasi_") and c.endswith("_text") and c[10:14].isdigit() for c in df.columns)


class RenstraSchema(PengukuranKinerjaSchema):
    """Medium-term (Renstra) comparison: target per plan year in `target_<year>_*`."""


class LampiranSchema(PengukuranKinerjaSchema):
    """Lampiran: the measurement restated as an attachment."""


class OtherIndicatorSchema(PengukuranKinerjaSchema):
    """An indicator table of no recognised kind."""


SCHEMAS: dict[str, type[IndicatorBase]] = {
    "perjanjian_kinerja": PerjanjianKinerjaSchema,
    "pengukuran_kinerja": PengukuranKinerjaSchema,
    "perbandingan_tahunan": PerbandinganTahunanSchema,
    "renstra": RenstraSchema,
    "lampiran": LampiranSchema,
    "other": OtherIndicatorSchema,
}
