"""The schema of figures stated in running text."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series


class NarrativeAmountSchema(pa.DataFrameModel):
    page: Series[pa.Int64] = pa.Field(ge=1, nullable=True)
    text: Series[str] = pa.Field(str_length={"min_value": 1})
    value: Series[float]
    kind: Series[str] = pa.Field(isin=["rupiah", "percent", "count", "other"])
    words_value: Series[float] = pa.Field(nullable=True)

    @pa.dataframe_check(element_wise=False)
    @classmethod
    def rupiah_not_negative(cls, df):  # type: ignore[no-untyped-def]
        """A budget amount is not negative."""
        return (df["kind"] != "rupiah") | (df["value"] >= 0)

    class Config:
        strict = False
        coerce = False
