"""The schema of budget rows (Realisasi Anggaran tables and PK program lists).

Object-API schemas, not `DataFrameModel`s: building a model's schema from its annotations
makes pandera import `pandera.typing.dask` (and with it dask.dataframe, ~0.6 s) on every
CLI run. The columns, checks, check names and settings are those the model had.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandera.pandas as pa

if TYPE_CHECKING:
    import pandas as pd

LEVELS = ["program", "kegiatan", "sub_kegiatan", "paket", "total", "other"]


def named_unless_total(df: pd.DataFrame) -> pd.Series:
    """A program/kegiatan line has a name."""
    return (df["level"] == "total") | (df["name"].fillna("").str.strip() != "")


def _amount(*checks: pa.Check) -> pa.Column:
    return pa.Column(float, checks=list(checks), nullable=True)


def _read() -> pa.Column:
    # The printed text read as an amount.
    return pa.Column(bool, checks=[pa.Check.equal_to(True)])


BudgetRowSchema = pa.DataFrameSchema(
    {
        "table": pa.Column(str),
        "page": pa.Column(pa.Int64, checks=[pa.Check.ge(1)], nullable=True),
        "row": pa.Column(int, checks=[pa.Check.ge(0)]),
        "level": pa.Column(str, checks=[pa.Check.isin(LEVELS)]),
        "name": pa.Column(str, nullable=True),
        "anggaran": _amount(pa.Check.ge(0)),
        "realisasi": _amount(pa.Check.ge(0)),
        "persen": _amount(pa.Check.ge(0), pa.Check.le(1000)),
        "sisa": _amount(),
        "anggaran_read": _read(),
        "realisasi_read": _read(),
        "persen_read": _read(),
        "sisa_read": _read(),
    },
    checks=[pa.Check(named_unless_total, name="named_unless_total", element_wise=False,
                     description=named_unless_total.__doc__)],
    strict=False,
    coerce=False,
    name="BudgetRowSchema",
    description="One row per BudgetRow. `*_text` columns hold what was printed where a value was\n"
                "    expected; `*_read` says whether it read as a number.",
)
