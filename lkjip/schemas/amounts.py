"""The schema of figures stated in running text (object API: see `budget.py` for why)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandera.pandas as pa

if TYPE_CHECKING:
    import pandas as pd

KINDS = ["rupiah", "percent", "count", "other"]


def rupiah_not_negative(df: pd.DataFrame) -> pd.Series:
    """A budget amount is not negative."""
    return (df["kind"] != "rupiah") | (df["value"] >= 0)


NarrativeAmountSchema = pa.DataFrameSchema(
    {
        "page": pa.Column(pa.Int64, checks=[pa.Check.ge(1)], nullable=True),
        "text": pa.Column(str, checks=[pa.Check.str_length(min_value=1)]),
        "value": pa.Column(float),
        "kind": pa.Column(str, checks=[pa.Check.isin(KINDS)]),
        "words_value": pa.Column(float, nullable=True),
    },
    checks=[pa.Check(rupiah_not_negative, name="rupiah_not_negative", element_wise=False,
                     description=rupiah_not_negative.__doc__)],
    strict=False,
    coerce=False,
    name="NarrativeAmountSchema",
)
