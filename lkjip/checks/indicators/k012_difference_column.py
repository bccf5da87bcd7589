"""LKJ-K012: a difference column ("Percepatan (Perlambatan)") its two year columns do not give."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.indicators.common import short, where
from lkjip.checks.indicators.table_convention import is_convention
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.numbers import (
    bracketed_negative,
    decimals_printed,
    format_id,
    half_last_decimal,
    parse_number,
)
from lkjip.records import Cell, Extraction, IndicatorRow

# The key of a difference column's cell in IndicatorRow.cells
# (lkjip.extract.interpret.indicators.difference_column).
DIFFERENCE = "selisih"
_YEAR_KEY = re.compile(r"^(target|realisasi|capaian)_(\d{4})$")


@dataclass(frozen=True)
class _Change:
    """One row's two year cells of one measure and its printed difference."""

    row: IndicatorRow
    measure: str
    earlier: tuple[int, Cell, float]
    later: tuple[int, Cell, float]
    printed: Cell
    stated: float

    def points(self) -> float:
        return self.later[2] - self.earlier[2]

    def relative(self) -> float | None:
        return None if self.earlier[2] == 0 else self.points() / abs(self.earlier[2]) * 100


def _value(text: str) -> float | None:
    """A single figure on one line ("87,50", "(2,5)", "-3"); None for a dash, words, or a
    value wrapped over lines ("17,5\\n5"), whose digits are in doubt."""
    text = text.strip().rstrip("%").strip()
    if not text or "\n" in text:
        return None
    if (negative := bracketed_negative(text)) is not None:  # "(2,50)": the accounting style's negative
        return negative
    parsed = parse_number(text)
    return float(parsed.value) if parsed is not None and re.fullmatch(r"[-+−]?\s*[\d.,]+", text) else None


def _changes(row: IndicatorRow) -> Iterator[_Change]:
    """Per measure printed for two or more years, the two latest against the difference."""
    cell = row.cells.get(DIFFERENCE)
    if cell is None or (stated := _value(cell.text)) is None:
        return
    years: dict[str, list[tuple[int, Cell, float]]] = defaultdict(list)
    for key, c in row.cells.items():
        m = _YEAR_KEY.match(key)
        if m and (v := _value(c.text)) is not None:
            years[m.group(1)].append((int(m.group(2)), c, v))
    for measure, got in years.items():
        if len(got) >= 2:
            got.sort(key=lambda t: t[0])
            yield _Change(row, measure, got[-2], got[-1], cell, stated)


def _tolerance(ch: _Change) -> float:
    return 10.0 ** -decimals_printed(ch.printed.text, None) + half_last_decimal(ch.earlier[1].text) + \
        half_last_decimal(ch.later[1].text) + 1e-9


def _gives(ch: _Change, convention: str) -> bool:
    """Whether the convention gives the printed difference; a slowdown printed without its
    sign ("Perlambatan" heads the column) is the same figure."""
    computed = ch.points() if convention == "points" else ch.relative()
    if computed is None:
        return False
    tol = _tolerance(ch)
    if convention == "relative":
        tol += abs(computed) * (half_last_decimal(ch.earlier[1].text) / abs(ch.earlier[2]))
    return any(abs(s - computed) <= tol for s in (ch.stated, -ch.stated))


@register
class DifferenceColumn(Rule):
    """Flags a figure in a difference column ("Percepatan (Perlambatan) %", "Selisih",
    "Kenaikan/(Penurunan)") that its row's two year columns do not give, by the
    convention the table's other rows follow.

    Why: the column is derived by hand from the two years beside it (the later year's
    value less the earlier's, in points, or as a percent of the earlier); a figure off
    it is a slip of the calculator or a row copied from another one, and the acceleration
    or slowdown the text reads from it is wrong.

    Example: LKIP Bappeda Jawa Barat 2016, Tabel 3.4 "Perbandingan Capaian Kinerja Tahun
    2015 – 2016": "Tingkat keselarasan rencana tata ruang | 87 | 100 | 23,00", where
    100 − 87 = 13,00 while the other rows print the difference (85 → 87,50: 2,50).

    The convention (points, or percent change) is the one most of the table's rows
    follow; it must explain at least three rows and two thirds of them, else nothing is
    said. A dash, words, or a value wrapped over two lines are not read. Tolerance: one
    unit of the printed difference's last decimal plus half a unit of each year's; a
    slowdown printed without its sign counts as the same figure. A warning: the column's
    convention is read from its rows, not declared.
    """

    code = "LKJ-K012"
    title: ClassVar[dict[str, str]] = {"en": "Difference column does not match its two years",
                                       "id": "Kolom selisih tidak sesuai kedua tahunnya"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        by_table: dict[tuple[str, str], list[_Change]] = defaultdict(list)
        for row in doc.indicators:
            for ch in _changes(row):
                by_table[(row.table, ch.measure)].append(ch)
        for changes in by_table.values():
            best = max(("points", "relative"), key=lambda c: sum(_gives(ch, c) for ch in changes))
            following = sum(_gives(ch, best) for ch in changes)
            if not is_convention(following, len(changes)):
                continue
            for ch in changes:
                if not _gives(ch, best):
                    yield self._finding(ch, best, following)

    def _finding(self, ch: _Change, convention: str, following: int) -> Finding:
        (y0, c0, v0), (y1, c1, v1) = ch.earlier, ch.later
        name, row = short(ch.row.indikator), ch.row
        a, b = " ".join(c1.text.split()), " ".join(c0.text.split())
        if convention == "points":
            computed = ch.points()
            arith = f"{a} − {b} = {format_id(round(computed, 2))}"
        else:
            computed = ch.relative() or 0.0
            arith = f"({a} − {b}) / {b} × 100 = {format_id(round(computed, 2))}"
        printed = " ".join(ch.printed.text.split())
        return self.finding(
            f'Indicator "{name}" ({where(row, "en")}): the difference column prints {printed}, but {ch.measure} '
            f"{y1} less {y0} gives {arith}, as {following} rows of this table compute it: check the figure.",
            f'Indikator "{name}" ({where(row, "id")}): kolom selisih mencetak {printed}, tetapi {ch.measure} '
            f"{y1} dikurangi {y0} memberi {arith}, seperti dihitung {following} baris tabel ini: periksa angkanya.",
            [Evidence(c0, v0, _year_role(ch.measure, y0)), Evidence(c1, v1, _year_role(ch.measure, y1)),
             Evidence(ch.printed, ch.stated, "stated difference")],
        )


def _year_role(measure: str, year: int) -> str:
    """"capaian 2015": the report's own column, as the roles table words it."""
    if measure == "target":
        return f"target {year}"
    return f"realisasi {year}" if measure == "realisasi" else f"capaian {year}"
