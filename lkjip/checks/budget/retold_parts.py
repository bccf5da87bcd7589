"""A program's amount in the table against its kegiatan's amounts retold in the text. Not a rule.

Chapter III tables often print an amount for each program and list its kegiatan beneath it
by name only; the text then retells every kegiatan with its own figures ("1. Kegiatan …
dengan alokasi anggaran sebesar Rp. 100,000,000.00 realisasi anggaran sebesar Rp. …").
When every kegiatan listed under a program is tied to one figure of the text for a column
(`prose_rows.named_row`, the figure's lead-in naming the column), those figures add up to
the program's amount, or the text and the table disagree. The tie rests on names, so a
disagreement is only ever a warning.

Not compared: a program with fewer than two kegiatan listed; one whose kegiatan print
amounts of their own (LKJ-B001 adds those); one where any kegiatan is tied to no figure,
or to figures that differ (two kegiatan of one name, a name cut short by the table).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from lkjip.checks.budget.arithmetic import children_of, tables
from lkjip.checks.budget.prose_rows import named_row
from lkjip.checks.budget.text_figures import is_table_value, other_stage, subject
from lkjip.records import BudgetRow, Extraction, NarrativeAmount

_NAMED_LEVELS = ("program", "kegiatan", "sub_kegiatan")
_MIN_PARTS = 2


@dataclass(frozen=True)
class RetoldSum:
    """A program row and, per kegiatan under it, the text's figure for `column`."""

    program: BudgetRow
    column: str
    parts: list[tuple[BudgetRow, NarrativeAmount, bool]]  # kegiatan, figure, tied by full name

    @property
    def total(self) -> float:
        return float(sum(a.value for _, a, _ in self.parts))


def retold_sums(doc: Extraction) -> list[RetoldSum]:
    """Every program whose kegiatan are all retold in the text, with their figures."""
    rows = [r for r in doc.budget if r.level in _NAMED_LEVELS]
    programs = [(table_rows[at], kids) for table_rows in tables(doc).values()
                for at, kids in children_of(table_rows).items()
                if table_rows[at].level == "program" and len(kids) >= _MIN_PARTS
                and all(k.anggaran is None or k.realisasi is None for k in kids)]
    if not programs:
        return []  # no program lists its kegiatan by name only: nothing to tie
    ties: dict[tuple[int, str], list[tuple[NarrativeAmount, bool]]] = defaultdict(list)
    for amount in doc.amounts:
        if amount.kind != "rupiah" or is_table_value(amount, doc):
            continue
        column = subject(amount)
        if column is None or other_stage(amount, doc.metadata.year):
            continue
        match = named_row(amount, rows)
        if match is not None and getattr(match.row, column) is None:
            ties[(id(match.row), column)].append((amount, match.certain))
    out: list[RetoldSum] = []
    for program, kids in programs:
        for column in ("anggaran", "realisasi"):
            if getattr(program, column) is None or any(getattr(k, column) is not None for k in kids):
                continue
            parts = []
            for kid in kids:
                tied = ties.get((id(kid), column), [])
                if len({a.value for a, _ in tied}) != 1:
                    break
                amount, certain = tied[0]
                parts.append((kid, amount, certain and all(c for _, c in tied)))
            else:
                out.append(RetoldSum(program, column, parts))
    return out
