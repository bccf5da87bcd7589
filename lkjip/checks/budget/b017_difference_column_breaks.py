"""LKJ-B017: one row of a table breaks the difference its other rows follow."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.certainty import flag
from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref, table_ref
from lkjip.numbers import decimals_printed, format_id, half_last_decimal
from lkjip.records import Cell, DifferenceRow, DifferenceTable, Extraction

# The rule was learned from the rows, not read: every cell says so.
_LEARNED = "difference_from_rows"


def _learned(cell: Cell) -> Cell:
    return dataclasses.replace(cell, inferred=tuple(dict.fromkeys((*cell.inferred, _LEARNED))))


@register
class DifferenceColumnBreaks(Rule):
    """Flags a row whose difference column is not the difference its table's other rows print.

    Why: a table comparing two versions of a budget ("PERGUBSU 47/2019 | PERGUBSU 16/2020 |
    BERTAMBAH/BERKURANG (4-2)") or two years prints their difference on every row; a row
    whose difference is off says one of its three figures was retyped wrongly. Example
    (LAKIP Provinsi Sumatera Utara 2020, Tabel 3.23, a picture of a spreadsheet): on the
    BELANJA row 13.158.927.472.650,30 − 14.080.970.638.142,00 = −922.043.165.491,70, but
    BERTAMBAH/BERKURANG prints (922.043.165.491,75); its parts BELANJA TIDAK LANGSUNG and
    BELANJA LANGSUNG add up to …650,25, the figure the difference was taken from.

    Which columns are subtracted is learned from the rows (`extract.interpret.
    difference_columns`: at least three rows, and three in four, hold), for tables no
    budget or indicator reading typed; the sign is the heading's convention, so only the
    size is compared. A warning: the rule is inferred, and figures read from a picture
    say so. Tolerance: half a unit of the last printed decimal, plus `rupiah-tolerance`.
    """

    code = "LKJ-B017"
    title: ClassVar[dict[str, str]] = {"en": "A row breaks the difference column its table follows",
                                       "id": "Satu baris menyalahi kolom selisih yang diikuti baris lain tabelnya"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for table in doc.differences:
            for row in table.rows:
                finding = self._row(table, row, config)
                if finding is not None:
                    yield finding

    def _row(self, table: DifferenceTable, row: DifferenceRow, config: CheckConfig) -> Finding | None:
        (stated, s_cell), (a, a_cell), (b, b_cell) = (row.values[c] for c in
                                                      (table.result, table.minuend, table.subtrahend))
        if abs(abs(stated) - abs(a - b)) <= config.rupiah_tolerance + half_last_decimal(s_cell.text) + 1e-6:
            return None
        minuend, subtrahend = table.minuend, table.subtrahend
        if stated and (a - b) * stated < 0:
            # Shown in the order the printed sign follows: "(922…)" is the later minus the earlier.
            (a, a_cell, minuend), (b, b_cell, subtrahend) = (b, b_cell, subtrahend), (a, a_cell, minuend)
        computed = a - b
        decimals = max(decimals_printed(c.text) for c in (a_cell, b_cell, s_cell))
        head = {c: table.columns.get(c) or f"#{c + 1}" for c in (table.result, minuend, subtrahend)}
        off = format_id(round(abs(abs(stated) - abs(computed)), decimals), decimals)
        others = table.holding
        name = row.label or "?"
        where = {lang: f"{page_ref(s_cell.page, lang)}, {table_ref(table.table, lang)}" for lang in ("en", "id")}
        en = (f"“{name}” ({where['en']}): “{head[minuend]}” − “{head[subtrahend]}” = "
              f"{a_cell.text} − {b_cell.text} = {format_id(round(computed, decimals), decimals)}, but “{head[table.result]}” "
              f"prints {s_cell.text} (off by {off}); {others} other rows of the table print this difference.")
        idn = (f"“{name}” ({where['id']}): “{head[minuend]}” − “{head[subtrahend]}” = "
               f"{a_cell.text} − {b_cell.text} = {format_id(round(computed, decimals), decimals)}, tetapi “{head[table.result]}” "
               f"tertulis {s_cell.text} (selisih {off}); {others} baris lain tabel itu mencetak selisih ini.")
        ev = [Evidence(_learned(a_cell), a, "minuend"), Evidence(_learned(b_cell), b, "subtrahend"),
              Evidence(_learned(s_cell), stated, "stated difference")]
        return flag(self, en, idn, ev)
