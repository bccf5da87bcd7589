"""A Renja's pagu by funding source: the columns beside APBD, each a sum of its own.

"Pagu Indikatif (Rp)" over APBD | BANKEU Prop | APBN (DEKON/TP) | DAK | Pajak Rokok …
(`columns._apbd_of_funding_split`): the APBD column is a row's anggaran; every other
source column must add up from kegiatan to program just the same (a program printing
BANKEU 50.000.000 over kegiatan printing 0 contradicts itself). Each source's figure is
read from the grid row that prints the row's APBD figure, in that column's style, and
kept in `BudgetRow.split_amounts` as "anggaran[<heading>]".
"""

from __future__ import annotations

from lkjip.extract.interpret.budget.columns import BudgetLayout
from lkjip.extract.interpret.budget.styles import TableNumbers
from lkjip.extract.source import RawTable
from lkjip.numbers import parse_number
from lkjip.records import BudgetRow, Cell


def attach_sources(table: RawTable, layout: BudgetLayout, rows: list[BudgetRow], numbers: TableNumbers) -> None:
    if not layout.sources:
        return
    style, settled = numbers.style_for("anggaran")
    for row in rows:
        at = row.cells["anggaran"].row if "anggaran" in row.cells else row.row
        if at is None or not 0 <= at < table.n_rows:
            continue
        for group in layout.sources:
            text = " ".join(" ".join(table.text(at, c) for c in group.columns).split())
            if not text:
                continue
            parsed = parse_number(text, style)
            value = float(parsed.value) * row.multiplier if parsed and parsed.kind in ("rupiah", "other") else None
            key = f"anggaran[{' '.join(group.header.split())}]"
            cells = [table.grid[at][c] for c in group.columns if c < len(table.grid[at])]
            bbox = next((c.text_bbox for c in cells if c is not None and c.text.strip()), None)
            row.split_amounts[key] = value
            row.cells[key] = Cell(text=text, page=table.page_of_row(at), table=table.id, row=at, column=key,
                                  bbox=bbox, ambiguous=bool(parsed and parsed.ambiguous and not settled))
