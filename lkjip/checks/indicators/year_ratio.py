"""The capaian of a comparison between two years' realisasi, by the table's own convention.

A table comparing realisasi of two years ("Tahun 2015 Realisasi | Tahun 2016 Realisasi |
Capaian Kinerja (%)") prints no target: its capaian is the later year's realisasi against
the earlier one's, later / earlier × 100 (or, for a lower-is-better indicator, one of the
conventions LKJ-K004 accepts, with the earlier year in the target's place). Which
convention a table uses is not printed; it is read from its rows: when most of them follow
the ratio, a row that no convention gives stands out ("0,79 | 2.75 | 248.1", where
2.75 / 0,79 × 100 = 348,1 and 248,1 is the increase). The convention was learned, not
declared, so such a row is a warning.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lkjip.checks.indicators.table_convention import is_convention
from lkjip.numbers import format_id
from lkjip.numbers.quantity import Quantity
from lkjip.records import Cell, IndicatorRow

# (capaian text, capaian, (earlier text, earlier), (later text, later)) → whether some
# convention gives the printed capaian (LKJ-K004's `_explained`, polarity open or "higher").
Explained = Callable[[str, float, tuple[str, float], tuple[str, float], str | None], bool]



@dataclass(frozen=True)
class YearPair:
    """One row's capaian against its realisasi of two years, with their cells."""

    row: IndicatorRow
    earlier: int
    later: int
    before: Quantity
    after: Quantity
    before_cell: Cell
    after_cell: Cell
    capaian_cell: Cell


def _pairs(row: IndicatorRow) -> Iterator[YearPair]:
    """The row's (earlier, latest) year pairs, for a row printing no target, realisasi of
    at least two years in their own columns and one capaian not named to a year."""
    if row.target is not None or row.target_by_year or row.capaian is None or "capaian" not in row.cells:
        return
    years = sorted(y for y, q in row.realisasi_by_year.items()
                   if q is not None and q.value is not None and f"realisasi_{y}" in row.cells)
    if len(years) < 2:
        return
    later = years[-1]
    after = row.realisasi_by_year[later]
    for earlier in years[:-1]:
        before = row.realisasi_by_year[earlier]
        if before.value is None or float(before.value) == 0:
            continue  # "0 | 0 | 1,000": no ratio of a zero
        yield YearPair(row, earlier, later, before, after, row.cells[f"realisasi_{earlier}"],
                       row.cells[f"realisasi_{later}"], row.cells["capaian"])


def _gives(p: YearPair, explained: Explained, polarity: str | None) -> bool:
    """Whether the convention(s) give the pair's printed capaian; a bracketed (negative)
    capaian is also read without its sign, which is a matter of style, not of figures."""
    assert p.row.capaian is not None and p.before.value is not None and p.after.value is not None
    text = p.row.capaian_text or ""
    before = (p.before.text, float(p.before.value))
    after = (p.after.text, float(p.after.value))
    return any(explained(text, stated, before, after, polarity) for stated in {p.row.capaian, abs(p.row.capaian)})


def off_the_tables_ratio(rows: list[IndicatorRow], explained: Explained) -> Iterator[tuple[YearPair, int]]:
    """Each row whose capaian no convention gives, in a table whose rows mostly print the
    later year's realisasi / the earlier's × 100; with how many rows of its table do."""
    by_table: dict[str, list[YearPair]] = defaultdict(list)
    for row in rows:
        by_table[row.table].extend(_pairs(row))
    for pairs in by_table.values():
        by_earlier: dict[int, list[YearPair]] = defaultdict(list)
        for p in pairs:
            by_earlier[p.earlier].append(p)
        # The earlier year the table compares with: the one whose ratio explains most rows.
        best: tuple[int, list[YearPair]] | None = None
        for group in by_earlier.values():
            ratio = [p for p in group if _gives(p, explained, "higher")]
            if best is None or len(ratio) > best[0]:
                best = (len(ratio), group)
        if best is None:
            continue
        following, group = best
        if not is_convention(following, len(group)):
            continue
        for p in group:
            if not _gives(p, explained, None):
                yield p, following


def ratio_text(p: YearPair) -> str:
    """"2.75 / 0,79 × 100 = 348,1"."""
    assert p.before.value is not None and p.after.value is not None
    value = float(p.after.value) / float(p.before.value) * 100
    return f"{' '.join(p.after.text.split())} / {' '.join(p.before.text.split())} × 100 = {format_id(round(value, 2))}"
