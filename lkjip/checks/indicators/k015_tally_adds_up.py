"""LKJ-K015: a count table whose JUMLAH rows or JUMLAH column do not add up."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref
from lkjip.records import Cell, Extraction, TallyTable

# A table is taken for a tally only when its sums mostly hold: a JUMLAH row of averages or
# a column of percentages fails nearly everywhere and is no count table at all.
_MIN_HOLDING = 2
_HOLDING_SHARE = 0.75


@dataclass(frozen=True)
class Sum:
    """One printed count and the counts it should add up."""

    stated: tuple[int, Cell]
    parts: list[tuple[int, Cell]]
    what: tuple[str, str]  # (en, id): the row and column, as printed
    # For a total row over JUMLAH rows: what the rows under those JUMLAH rows give. When it
    # matches the total, the JUMLAH row is the one off, not the total.
    rows_give: int | None = None

    @property
    def holds(self) -> bool:
        return self.stated[0] == sum(n for n, _ in self.parts)


def _row_name(tally: TallyTable, i: int) -> str:
    row = tally.rows[i]
    if row.role == "subtotal" and tally.parts.get(i):
        return f"{row.label} ({tally.rows[tally.parts[i][0]].label} …)"
    return row.label or f"#{i + 1}"


def _rows_give(tally: TallyTable, parts: list[int], c: int) -> int | None:
    leaves = [q for p in parts for q in tally.parts.get(p, [p])]
    if leaves == parts:
        return None  # the row closes plain rows: nothing beneath to compare
    got = [tally.rows[q].counts.get(c) for q in leaves]
    return sum(g[0] for g in got if g is not None) if all(g is not None for g in got) else None


def column_sums(tally: TallyTable) -> list[Sum]:
    """Each JUMLAH row against the rows it closes, column by column."""
    out: list[Sum] = []
    for i, parts in tally.parts.items():
        row = tally.rows[i]
        for c, stated in row.counts.items():
            got = [tally.rows[p].counts.get(c) for p in parts]
            if all(g is not None for g in got):
                header = tally.columns[c]
                name = _row_name(tally, i)
                out.append(Sum(stated, [g for g in got if g is not None],
                               (f"row “{name}”, column “{header}”", f"baris “{name}”, kolom “{header}”"),
                               _rows_give(tally, parts, c)))
    return out


def row_sums(tally: TallyTable) -> list[Sum]:
    """Each row's JUMLAH column against its other counts."""
    if tally.total_column is None:
        return []
    others = [c for c in tally.columns if c != tally.total_column]
    if len(others) < _MIN_HOLDING:
        return []
    out: list[Sum] = []
    header = tally.columns[tally.total_column]
    for i, row in enumerate(tally.rows):
        stated = row.counts.get(tally.total_column)
        got = [row.counts.get(c) for c in others]
        if stated is not None and all(g is not None for g in got):
            name = _row_name(tally, i)
            out.append(Sum(stated, [g for g in got if g is not None],
                           (f"row “{name}”, column “{header}”", f"baris “{name}”, kolom “{header}”")))
    return out


def _convention(sums: list[Sum]) -> bool:
    holding = sum(s.holds for s in sums)
    return holding >= _MIN_HOLDING and holding >= _HOLDING_SHARE * len(sums)


def failing_sums(tally: TallyTable) -> list[Sum]:
    """The sums that fail, from the kinds (down the columns, across the rows) that mostly hold."""
    out: list[Sum] = []
    for sums in (column_sums(tally), row_sums(tally)):
        if _convention(sums):
            out.extend(s for s in sums if not s.holds)
    return out


@register
class TallyAddsUp(Rule):
    """Flags a count table whose JUMLAH rows, or whose JUMLAH column, do not add up.

    Why: the conclusion chapter tallies the indicators by grade per Misi and sasaran, and
    the tally is typed by hand. Table 4.1.2 of a 2016 report: under MISI 3 the sasaran rows
    count 1 and 0 "Kurang", its JUMLAH row prints 0 (and 7 indicators where its grades give
    6 + 0 + 0 + 0 = 6), while JUMLAH TOTAL prints 2 "Kurang" against the JUMLAH rows'
    0 + 0 + 0 + 1 = 1. Every level is compared: the rows since the previous JUMLAH row
    against that JUMLAH row; the JUMLAH rows against the total row under them; and, where a
    value column is headed JUMLAH, each row's counts against it.

    A warning: which rows a JUMLAH row closes is read from the layout, not printed. A kind
    of sum (down the columns, across the rows) is compared only when at least three in four
    of its sums hold, so a JUMLAH row of averages is not taken for a sum. Tolerance: none.
    """

    code = "LKJ-K015"
    title: ClassVar[dict[str, str]] = {"en": "A count table's JUMLAH does not add up",
                                       "id": "JUMLAH pada tabel hitungan tidak sesuai rinciannya"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for tally in doc.tallies:
            failing = failing_sums(tally)
            if failing:
                yield self._finding(tally, failing)

    def _finding(self, tally: TallyTable, failing: list[Sum]) -> Finding:
        def says(s: Sum, lang: int) -> str:
            arith = " + ".join(str(n) for n, _ in s.parts)
            got = sum(n for n, _ in s.parts)
            below = s.rows_give if s.rows_give is not None and s.rows_give != got else None
            if lang == 0:
                note = f" (the rows those JUMLAH rows close give {below})" if below is not None else ""
                return f"{s.what[0]} prints {s.stated[0]}, its parts give {arith} = {got}{note}"
            note = f" (baris rincian JUMLAH-JUMLAH itu berjumlah {below})" if below is not None else ""
            return f"{s.what[1]} tertulis {s.stated[0]}, rinciannya {arith} = {got}{note}"

        en = (f"The count table on {page_ref(tally.page, 'en')} does not add up: "
              + "; ".join(says(s, 0) for s in failing) + ".")
        idn = (f"Tabel hitungan pada {page_ref(tally.page, 'id')} tidak berjumlah benar: "
               + "; ".join(says(s, 1) for s in failing) + ".")
        evidence: list[Evidence] = []
        seen: set[int] = set()

        def add(cell: Cell, value: int, role: str) -> None:
            if id(cell) not in seen:
                seen.add(id(cell))
                evidence.append(Evidence(cell, float(value), role))

        for s in failing:
            add(s.stated[1], s.stated[0], "stated total")
            for n, cell in s.parts:
                add(cell, n, "part")
        # The total row closes the table: what the sums above are read against.
        for i, row in enumerate(tally.rows):
            if row.role == "total" and i in tally.parts:
                for n, cell in row.counts.values():
                    add(cell, n, "table total")
        return self.finding(en, idn, evidence, severity="warning")
