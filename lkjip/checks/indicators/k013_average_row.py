"""LKJ-K013: a table's average capaian that the capaian above it do not average to."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.indicators.common import evidence, where
from lkjip.checks.indicators.mean_of_capaian import mean_gap
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref
from lkjip.numbers import parse_number
from lkjip.records import Cell, Extraction, IndicatorRow

# Cell.inferred code of an average row's capaian (lkjip.extract.interpret.indicators.average_row).
AVERAGE_ROW = "average_row"
# A capaian taken from the bracketed figure under the realisasi
# (lkjip.extract.interpret.indicators.capaian_in_realisasi): the column's own figures, which
# the average is of, are then others (a sasaran's, printed once for its indicators).
CAPAIAN_IN_REALISASI = "capaian_in_realisasi_cell"
MIN_PARTS = 3


def _is_average(row: IndicatorRow) -> bool:
    cell = row.cells.get("capaian")
    return cell is not None and AVERAGE_ROW in cell.inferred



@register
class AverageRowDiffers(Rule):
    """Flags a table's average capaian ("Rata-rata capaian", or an unlabelled figure
    closing the capaian column) that is not the mean of the capaian printed above it.

    Why: the average is typed by hand after the rows; once a row is corrected, or a
    figure is rounded before averaging, the average the summary and the Ikhtisar quote no
    longer follows from the table.

    Example: LKIP Dinas Perkebunan Jawa Barat 2016, Tabel 3.4 closes with 93,24 under its
    nine capaian (101,36; 95,74; 106,82; 106,82; 70,07; 99,20; 102,03; 100,91; 56,41),
    whose mean is 839,36 / 9 = 93,26.

    The averaged rows are the table's rows with a capaian above the average (after any
    earlier average row), at least three. A table whose capaian column is the sasaran's
    ("Capaian Sasaran"), or where a capaian was taken from the bracket under its realisasi,
    is left alone: its average is of the sasaran's figures. Tolerance: one unit of the average's last
    printed decimal plus half a unit of the finest input's. A printed average more than
    5 % away from the mean is left alone: it is then not this plain mean (weighted, or
    of other rows). A warning: what the average covers is read from its place in the
    table.
    """

    code = "LKJ-K013"
    title: ClassVar[dict[str, str]] = {"en": "Average capaian differs from the mean of the rows",
                                       "id": "Rata-rata capaian berbeda dengan rerata barisnya"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        by_table: dict[str, list[IndicatorRow]] = defaultdict(list)
        # "Capaian Sasaran": the column prints a sasaran's capaian, and averages those.
        per_sasaran = {t.table for t in doc.indicator_tables
                       if any(c.get("role") == "capaian" and "sasaran" in str(c.get("header") or "").lower()
                              for c in t.columns)}
        for row in doc.indicators:
            if row.table not in per_sasaran:
                by_table[row.table].append(row)
        for rows in by_table.values():
            parts: list[IndicatorRow] = []
            for row in sorted(rows, key=lambda r: r.row):
                if _is_average(row):
                    if row.capaian is not None:
                        yield from self._judge(row.cells["capaian"], row.capaian, parts, row)
                    parts = []
                elif row.capaian is not None and "capaian" in row.cells:
                    parts.append(row)
        for info in doc.indicator_tables:
            cell = info.closing_capaian
            if cell is None or (parsed := parse_number(cell.text.strip().rstrip("%").strip())) is None:
                continue
            parts = [r for r in by_table.get(info.table, []) if r.capaian is not None and "capaian" in r.cells
                     and not _is_average(r)]
            yield from self._judge(cell, float(parsed.value), parts, None)

    def _judge(self, cell: Cell, stated: float, parts: list[IndicatorRow],
               row: IndicatorRow | None) -> Iterator[Finding]:
        if len(parts) < MIN_PARTS or any(CAPAIAN_IN_REALISASI in p.cells["capaian"].inferred for p in parts):
            return
        text = " ".join(cell.text.split())
        gap = mean_gap(stated, text, parts)
        if gap is None:
            return
        place_en = where(row, "en", cell) if row is not None else page_ref(cell.page, "en")
        place_id = where(row, "id", cell) if row is not None else page_ref(cell.page, "id")
        yield self.finding(
            f"The average capaian {text} ({place_en}) is not the mean of the {gap.count} capaian above it "
            f"({gap.listed}): {gap.total} / {gap.count} = {gap.mean}.",
            f"Rata-rata capaian {text} ({place_id}) bukan rerata {gap.count} capaian di atasnya "
            f"({gap.listed}): {gap.total} / {gap.count} = {gap.mean}.",
            [Evidence(cell, stated, "stated average"),
             *(evidence(p, "capaian", p.capaian, "averaged figure") for p in parts)],
        )
