"""The object-API schemas fail exactly as the former DataFrameModel classes did.

The expectations below are literals captured from the DataFrameModel version (commit
e9a9f26, pandas 3.1 / pandera 0.35) on the same frames: negative rupiah, bad kinds and
levels, missing columns, wrong dtypes, uncoercible values and every dataframe-level
check. The check strings are what LKJ-S001 and `lkjip extract` report, so any drift in
schema names, check names or settings shows here. pandera's failure texts (dtype names,
error reprs) move with pandas/pandera releases: on other major.minor versions the
literals are not comparable and the test skips with the versions found.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import pandera
import pytest

from lkjip.report.tables_export import validate_frames
from lkjip.schemas.amounts import NarrativeAmountSchema
from lkjip.schemas.budget import BudgetRowSchema
from lkjip.schemas.indicators import SCHEMAS
from lkjip.schemas.validate import schema_failures

NAN = math.nan
CAPTURED_WITH = {"pandas": "3.1", "pandera": "0.35"}
Record = tuple[str, str, str | None, str | None, int | None]


def _major_minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


pytestmark = pytest.mark.skipif(
    {"pandas": _major_minor(pd.__version__), "pandera": _major_minor(pandera.__version__)} != CAPTURED_WITH,
    reason=f"literals captured with {CAPTURED_WITH}; found pandas {pd.__version__}, pandera {pandera.__version__}")

def budget_frame(**changes: list[Any]) -> pd.DataFrame:
    """Three valid budget rows (program, kegiatan, total) shaped as `_budget_frame` makes them."""
    data: dict[str, list[Any]] = {
        "table": ["p17-t1"] * 3, "page": [17, 17, None], "row": [1, 2, 3],
        "level": ["program", "kegiatan", "total"], "name": ["Program A", "Kegiatan B", None],
        "anggaran": [100.0, 60.0, 160.0], "realisasi": [90.0, 55.0, 145.0],
        "persen": [90.0, 91.67, 90.63], "sisa": [10.0, 5.0, 15.0],
        "anggaran_read": [True] * 3, "realisasi_read": [True] * 3,
        "persen_read": [True] * 3, "sisa_read": [True] * 3,
    }
    data.update(changes)
    df = pd.DataFrame(data)
    df["page"] = df["page"].astype("Int64")
    return df


def amount_frame(**changes: list[Any]) -> pd.DataFrame:
    data: dict[str, list[Any]] = {
        "page": [16, 16, 3], "text": ["Rp. 19.253.545.000,-", "98,17 %", "12 orang"],
        "value": [19253545000.0, 98.17, 12.0], "kind": ["rupiah", "percent", "count"],
        "words_value": [NAN, NAN, 12.0],
    }
    data.update(changes)
    df = pd.DataFrame(data)
    df["page"] = df["page"].astype("Int64")
    return df


def indicator_frame(kind: str, **changes: list[Any]) -> pd.DataFrame:
    data: dict[str, list[Any]] = {
        "file": ["a.pdf"] * 2, "table": ["p9-t1"] * 2, "table_kind": [kind] * 2, "page": [9, 9],
        "row": [1, 2], "sasaran": ["Sasaran 1", None], "indikator": ["Indeks A", "Persentase B"],
        "year": [2018, 2018], "target_text": ["80", "75 %"], "target_value": [80.0, 75.0],
        "target_unit": [None, "%"],
    }
    if kind != "perjanjian_kinerja":
        data.update({"realisasi_text": ["82", "70 %"], "realisasi_value": [82.0, 70.0],
                     "realisasi_unit": [None, "%"], "capaian": [102.5, 93.33]})
    data.update(changes)
    df = pd.DataFrame(data)
    for col in ("page", "year"):
        if col in df:
            df[col] = df[col].astype("Int64")
    return df


def budget_cases() -> dict[str, pd.DataFrame]:
    return {
        "valid": budget_frame(),
        "negative_amounts": budget_frame(anggaran=[-100.0, 60.0, 160.0], realisasi=[90.0, -1.0, 145.0],
                                         sisa=[-5.0, 5.0, 15.0]),
        "out_of_range": budget_frame(persen=[2500.0, -3.0, 90.63], page=[0, 17, None], row=[1, -1, 3]),
        "bad_level": budget_frame(level=["program", "kegiatann", "grand total"]),
        "unread": budget_frame(anggaran=[NAN, 60.0, 160.0], anggaran_read=[False, True, True],
                               persen_read=[True, True, False]),
        "unnamed": budget_frame(name=["  ", None, None]),
        "unnamed_and_negative": budget_frame(name=["Program A", "", None], anggaran=[100.0, -60.0, 160.0]),
        "missing_column": budget_frame().drop(columns=["level"]),
        "missing_columns": budget_frame().drop(columns=["level", "sisa_read"]),
        "wrong_dtype_row": budget_frame(row=[1.0, 2.0, 3.0]),
        "wrong_dtype_amount": budget_frame(anggaran=["100", "60", "160"]),
        "wrong_dtype_read": budget_frame(anggaran_read=[1, 1, 1]),
        "extra_column_ok": budget_frame(note=["x", "y", "z"]),
    }


def amount_cases() -> dict[str, pd.DataFrame]:
    return {
        "valid": amount_frame(),
        "negative_rupiah": amount_frame(value=[-5000000.0, -2.0, 12.0]),
        "bad_kind": amount_frame(kind=["rupiah", "dollar", "count"]),
        "empty_text_and_page": amount_frame(text=["", "98,17 %", "12 orang"], page=[0, 16, None]),
        "missing_column": amount_frame().drop(columns=["words_value"]),
        "wrong_dtype_value": amount_frame(value=["19253545000", "98.17", "12"]),
        "negative_rupiah_bad_kind": amount_frame(value=[-1.0, -1.0, 12.0], kind=["rupiah", "rupiah", "euro"]),
    }


def indicator_cases() -> dict[str, tuple[str, pd.DataFrame]]:
    return {
        "pk_valid": ("perjanjian_kinerja", indicator_frame("perjanjian_kinerja")),
        "pengukuran_valid": ("pengukuran_kinerja", indicator_frame("pengukuran_kinerja")),
        "pengukuran_bad_values": ("pengukuran_kinerja", indicator_frame(
            "pengukuran_kinerja", table_kind=["pengukuran", "pengukuran_kinerja"], year=[1900, 2200],
            indikator=["", "Persentase B"], capaian=[20000.0, -5000.0], page=[0, 9], row=[-1, 2])),
        "pengukuran_coerced": ("pengukuran_kinerja", indicator_frame(
            "pengukuran_kinerja", row=["1", "2"], target_value=["80", "75"])),
        "pengukuran_uncoercible": ("pengukuran_kinerja", indicator_frame(
            "pengukuran_kinerja", row=["1", "x"], capaian=["102.5", "n/a"])),
        "pengukuran_missing_column": ("pengukuran_kinerja",
                                      indicator_frame("pengukuran_kinerja").drop(columns=["capaian"])),
        "pk_missing_indikator": ("perjanjian_kinerja",
                                 indicator_frame("perjanjian_kinerja").drop(columns=["indikator"])),
        "tahunan_without_years": ("perbandingan_tahunan", indicator_frame("perbandingan_tahunan")),
        "tahunan_with_years": ("perbandingan_tahunan", indicator_frame(
            "perbandingan_tahunan", realisasi_2017_text=["78", "68 %"], realisasi_2017_value=[78.0, 68.0],
            realisasi_2017_unit=[None, "%"])),
        "renstra_valid": ("renstra", indicator_frame("renstra", target_2019_text=["85", "80 %"])),
        "lampiran_bad": ("lampiran", indicator_frame("lampiran", year=[2018, 3000])),
        "other_bad": ("other", indicator_frame("other", indikator=["", ""])),
    }


BUDGET: dict[str, list[Record]] = {'valid': [],
 'negative_amounts': [('BudgetRowSchema', 'greater_than_or_equal_to(0)', 'anggaran', '-100.0', 0),
                      ('BudgetRowSchema', 'greater_than_or_equal_to(0)', 'realisasi', '-1.0', 1)],
 'out_of_range': [('BudgetRowSchema', 'greater_than_or_equal_to(1)', 'page', '0.0', 0),
                  ('BudgetRowSchema', 'greater_than_or_equal_to(0)', 'row', '-1.0', 1),
                  ('BudgetRowSchema', 'greater_than_or_equal_to(0)', 'persen', '-3.0', 1),
                  ('BudgetRowSchema', 'less_than_or_equal_to(1000)', 'persen', '2500.0', 0)],
 'bad_level': [('BudgetRowSchema', 'named_unless_total', None, None, 2),
               ('BudgetRowSchema',
                "isin(['program', 'kegiatan', 'sub_kegiatan', 'paket', 'total', 'other'])",
                'level',
                'kegiatann',
                1),
               ('BudgetRowSchema',
                "isin(['program', 'kegiatan', 'sub_kegiatan', 'paket', 'total', 'other'])",
                'level',
                'grand total',
                2)],
 'unread': [('BudgetRowSchema', 'equal_to(True)', 'anggaran_read', 'False', 0),
            ('BudgetRowSchema', 'equal_to(True)', 'persen_read', 'False', 2)],
 'unnamed': [('BudgetRowSchema', 'named_unless_total', None, None, 0),
             ('BudgetRowSchema', 'named_unless_total', None, None, 1)],
 'unnamed_and_negative': [('BudgetRowSchema', 'named_unless_total', None, None, 1),
                          ('BudgetRowSchema', 'greater_than_or_equal_to(0)', 'anggaran', '-60.0', 1)],
 'missing_column': [('BudgetRowSchema', 'column_in_dataframe', None, None, None),
                    ('BudgetRowSchema', 'named_unless_total', None, None, None)],
 'missing_columns': [('BudgetRowSchema', 'column_in_dataframe', None, None, None),
                     ('BudgetRowSchema', 'named_unless_total', None, None, None)],
 'wrong_dtype_row': [('BudgetRowSchema', "dtype('int64')", 'row', 'float64', None)],
 'wrong_dtype_amount': [('BudgetRowSchema', "dtype('float64')", 'anggaran', 'str', None),
                        ('BudgetRowSchema',
                         'greater_than_or_equal_to(0)',
                         'anggaran',
                         'TypeError("Invalid comparison between dtype=str and int")',
                         None)],
 'wrong_dtype_read': [('BudgetRowSchema', "dtype('bool')", 'anggaran_read', 'int64', None)],
 'extra_column_ok': []}

AMOUNTS: dict[str, list[Record]] = {'valid': [],
 'negative_rupiah': [('NarrativeAmountSchema', 'rupiah_not_negative', None, None, 0)],
 'bad_kind': [('NarrativeAmountSchema',
               "isin(['rupiah', 'percent', 'count', 'other'])",
               'kind',
               'dollar',
               1)],
 'empty_text_and_page': [('NarrativeAmountSchema', 'greater_than_or_equal_to(1)', 'page', '0', 0),
                         ('NarrativeAmountSchema', 'str_length(1, None)', 'text', '', 0)],
 'missing_column': [('NarrativeAmountSchema', 'column_in_dataframe', None, None, None)],
 'wrong_dtype_value': [('NarrativeAmountSchema', 'rupiah_not_negative', None, None, None),
                       ('NarrativeAmountSchema', "dtype('float64')", 'value', 'str', None)],
 'negative_rupiah_bad_kind': [('NarrativeAmountSchema', 'rupiah_not_negative', None, None, 0),
                              ('NarrativeAmountSchema', 'rupiah_not_negative', None, None, 1),
                              ('NarrativeAmountSchema',
                               "isin(['rupiah', 'percent', 'count', 'other'])",
                               'kind',
                               'euro',
                               2)]}

INDICATORS: dict[str, list[Record]] = {'pk_valid': [],
 'pengukuran_valid': [],
 'pengukuran_bad_values': [('PengukuranKinerjaSchema',
                            "isin(['perjanjian_kinerja', 'pengukuran_kinerja', 'perbandingan_tahunan', "
                            "'renstra', 'lampiran', 'other'])",
                            'table_kind',
                            'pengukuran',
                            0),
                           ('PengukuranKinerjaSchema', 'greater_than_or_equal_to(1)', 'page', '0', 0),
                           ('PengukuranKinerjaSchema', 'greater_than_or_equal_to(0)', 'row', '-1', 0),
                           ('PengukuranKinerjaSchema', 'str_length(1, None)', 'indikator', '', 0),
                           ('PengukuranKinerjaSchema', 'greater_than_or_equal_to(1990)', 'year', '1900', 0),
                           ('PengukuranKinerjaSchema', 'less_than_or_equal_to(2100)', 'year', '2200', 1),
                           ('PengukuranKinerjaSchema',
                            'greater_than_or_equal_to(-1000)',
                            'capaian',
                            '-5000.0',
                            1),
                           ('PengukuranKinerjaSchema',
                            'less_than_or_equal_to(10000)',
                            'capaian',
                            '20000.0',
                            0)],
 'pengukuran_coerced': [],
 'pengukuran_uncoercible': [('PengukuranKinerjaSchema', "coerce_dtype('int64')", 'row', 'x', 1),
                            ('PengukuranKinerjaSchema', "coerce_dtype('float64')", 'capaian', 'n/a', 1),
                            ('PengukuranKinerjaSchema', "dtype('int64')", 'row', 'x', 1),
                            ('PengukuranKinerjaSchema', "dtype('float64')", 'capaian', 'n/a', 1),
                            ('PengukuranKinerjaSchema',
                             'greater_than_or_equal_to(0)',
                             'row',
                             'TypeError("Invalid comparison between dtype=str and int")',
                             None),
                            ('PengukuranKinerjaSchema',
                             'greater_than_or_equal_to(-1000)',
                             'capaian',
                             'TypeError("Invalid comparison between dtype=str and int")',
                             None),
                            ('PengukuranKinerjaSchema',
                             'less_than_or_equal_to(10000)',
                             'capaian',
                             'TypeError("Invalid comparison between dtype=str and int")',
                             None)],
 'pengukuran_missing_column': [('PengukuranKinerjaSchema', 'column_in_dataframe', None, None, None)],
 'pk_missing_indikator': [('PerjanjianKinerjaSchema', 'column_in_dataframe', None, None, None)],
 'tahunan_without_years': [('PerbandinganTahunanSchema', 'has_year_columns', None, None, None)],
 'tahunan_with_years': [],
 'renstra_valid': [],
 'lampiran_bad': [('LampiranSchema', 'less_than_or_equal_to(2100)', 'year', '3000', 1)],
 'other_bad': [('OtherIndicatorSchema', 'str_length(1, None)', 'indikator', '', 0),
               ('OtherIndicatorSchema', 'str_length(1, None)', 'indikator', '', 1)]}

INDICATOR_MESSAGES: dict[str, list[str]] = {'pk_valid': [],
 'pengukuran_valid': [],
 'pengukuran_bad_values': ["pengukuran_kinerja: table_kind isin(['perjanjian_kinerja', 'pengukuran_kinerja', "
                           "'perbandingan_tahunan', 'renstra', 'lampiran', 'other']): pengukuran",
                           'pengukuran_kinerja: page greater_than_or_equal_to(1): 0',
                           'pengukuran_kinerja: row greater_than_or_equal_to(0): -1',
                           'pengukuran_kinerja: indikator str_length(1, None): ',
                           'pengukuran_kinerja: year greater_than_or_equal_to(1990): 1900',
                           'pengukuran_kinerja: year less_than_or_equal_to(2100): 2200',
                           'pengukuran_kinerja: capaian greater_than_or_equal_to(-1000): -5000.0',
                           'pengukuran_kinerja: capaian less_than_or_equal_to(10000): 20000.0'],
 'pengukuran_coerced': [],
 'pengukuran_uncoercible': ["pengukuran_kinerja: row coerce_dtype('int64'): x",
                            "pengukuran_kinerja: capaian coerce_dtype('float64'): n/a",
                            "pengukuran_kinerja: row dtype('int64'): x",
                            "pengukuran_kinerja: capaian dtype('float64'): n/a",
                            'pengukuran_kinerja: row greater_than_or_equal_to(0): TypeError("Invalid '
                            'comparison between dtype=str and int")',
                            'pengukuran_kinerja: capaian greater_than_or_equal_to(-1000): TypeError("Invalid '
                            'comparison between dtype=str and int")',
                            'pengukuran_kinerja: capaian less_than_or_equal_to(10000): TypeError("Invalid '
                            'comparison between dtype=str and int")'],
 'pengukuran_missing_column': ['pengukuran_kinerja: PengukuranKinerjaSchema column_in_dataframe: capaian'],
 'pk_missing_indikator': ['perjanjian_kinerja: PerjanjianKinerjaSchema column_in_dataframe: indikator'],
 'tahunan_without_years': ['perbandingan_tahunan: PerbandinganTahunanSchema has_year_columns: False'],
 'tahunan_with_years': [],
 'renstra_valid': [],
 'lampiran_bad': ['lampiran: year less_than_or_equal_to(2100): 3000'],
 'other_bad': ['other: indikator str_length(1, None): ', 'other: indikator str_length(1, None): ']}


def _records(schema: Any, df: pd.DataFrame) -> list[Record]:
    return [(r["schema"], r["check"], r["column"], r["failure_case"], r.get("located"))
            for r in schema_failures(schema, df, lambda i, column: {"located": i})]


@pytest.mark.parametrize("case", list(BUDGET))
def test_budget_failures_are_unchanged(case: str) -> None:
    assert _records(BudgetRowSchema, budget_cases()[case]) == BUDGET[case]


@pytest.mark.parametrize("case", list(AMOUNTS))
def test_amount_failures_are_unchanged(case: str) -> None:
    assert _records(NarrativeAmountSchema, amount_cases()[case]) == AMOUNTS[case]


@pytest.mark.parametrize("case", list(INDICATORS))
def test_indicator_failures_are_unchanged(case: str) -> None:
    kind, df = indicator_cases()[case]
    assert _records(SCHEMAS[kind], df) == INDICATORS[case]
    assert validate_frames({kind: df}) == INDICATOR_MESSAGES[case]


def test_missing_columns_are_named_in_the_raw_failure_cases() -> None:
    import pandera.pandas as pa

    def raw(schema: Any, df: pd.DataFrame) -> list[tuple[Any, ...]]:
        with pytest.raises(pa.errors.SchemaErrors) as exc:
            schema.validate(df, lazy=True)
        fc = exc.value.failure_cases[["schema_context", "column", "check", "failure_case"]]
        return [tuple(str(v) for v in r) for r in fc.itertuples(index=False)]

    assert raw(BudgetRowSchema, budget_cases()["missing_columns"]) == [
        ("DataFrameSchema", "BudgetRowSchema", "column_in_dataframe", "level"),
        ("DataFrameSchema", "BudgetRowSchema", "column_in_dataframe", "sisa_read"),
        ("DataFrameSchema", "BudgetRowSchema", "named_unless_total", 'KeyError("level")')]
    assert raw(NarrativeAmountSchema, amount_cases()["missing_column"]) == [
        ("DataFrameSchema", "NarrativeAmountSchema", "column_in_dataframe", "words_value")]


def test_every_bad_case_fails_and_every_good_case_passes() -> None:
    # Guards the literals themselves: a case meant to fail must have failures.
    good = {"valid", "extra_column_ok", "pk_valid", "pengukuran_valid", "pengukuran_coerced",
            "tahunan_with_years", "renstra_valid"}
    for table in (BUDGET, AMOUNTS, INDICATORS):
        for case, expected in table.items():
            assert (expected == []) == (case in good), case
