"""The schema of budget rows (Realisasi Anggaran tables and PK program lists)."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

LEVELS = ["program", "kegiatan", "sub_kegiatan", "paket", "total", "other"]


class BudgetRowSchema(pa.DataFrameModel):
    """One row per BudgetRow. `*_text` columns hold what was printed where a value was
    expected; `*_read` says whether it read as a number."""

    table: Series[str]
    page: Series[pa.Int64] = pa.Field(ge=1, nullable=True)
    row: Series[int] = pa.Field(ge=0)
    level: Series[str] = pa.Field(isin=LEVELS)
    name: Series[str] = pa.Field(nullable=True)
    anggaran: Series[float] = pa.Field(ge=0, nullable=True)
    realisasi: Series[float] = pa.Field(ge=0, nullable=True)
    persen: Series[float] = pa.Field(ge=0, le=1000, nullable=True)
    sisa: Series[float] = pa.Field(nullable=True)
    anggaran_read: Series[bool] = pa.Field(eq=True)  # printed text read as an amount
    realisasi_read: Series[bool] = pa.Field(eq=True)
    persen_read: Series[bool] = pa.Field(eq=True)
    sisa_read: Series[bool] = pa.Field(eq=True)

    @pa.dataframe_check(element_wise=False)
    @classmethod
    def named_unless_total(cls, df):  # type: ignore[no-untyped-def]
        """A program/kegiatan line has a name."""
        return (df["level"] == "total") | (df["name"].fillna("").str.strip() != "")

    class Config:
        strict = False
        coerce = False
