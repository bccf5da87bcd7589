"""The NILAI KONTRAK column of a paket list: what each work package was contracted for.

A paket list (RFK, daftar paket pekerjaan) prints beside each package's anggaran (pagu)
the value of the contract signed for it; a contract above its pagu is a contradiction
the budget rules report (LKJ-B012). The column is typed in by hand more often than the
anggaran beside it and mixes number styles ("143.633.000,00" under "1,500,000"): each
figure is read on its own separators, and one that reads two ways ("150,000") is kept
ambiguous unless the column's own unambiguous figures all agree on one style.

The contract is read from the grid row its budget row starts on only; a contract set in
another grid row of a wrapped line is missed rather than guessed.
"""

from __future__ import annotations

from lkjip.extract.interpret.budget.columns import BudgetLayout
from lkjip.extract.source import RawTable
from lkjip.numbers import NumberStyle, detect_style, parse_number
from lkjip.records import BudgetRow, Cell


def _column_style(texts: list[str]) -> NumberStyle | None:
    """The one style the column's unambiguous figures show, None when they mix or none votes."""
    styles = {s for t in texts if (s := detect_style([t])) is not None}
    return next(iter(styles)) if len(styles) == 1 else None


def attach_contracts(table: RawTable, layout: BudgetLayout, rows: list[BudgetRow]) -> None:
    """Set `kontrak` (and its cell) on the rows of `table` whose first grid row prints one."""
    group = layout.one("kontrak")
    if group is None:
        return
    texts = {r: " ".join(table.text(r, c) for c in group.columns).strip() for r in range(table.n_rows)}
    style = _column_style([t for r, t in texts.items() if r >= layout.header_rows and t])
    for row in rows:
        text = " ".join(texts.get(row.row, "").split())
        if not text:
            continue
        parsed = parse_number(text, style)
        if parsed is None or parsed.kind not in ("rupiah", "other"):
            continue
        cells = [table.grid[row.row][c] for c in group.columns if c < len(table.grid[row.row])]
        bbox = next((c.text_bbox for c in cells if c is not None and c.text.strip()), None)
        row.kontrak = float(parsed.value) * row.multiplier
        row.cells["kontrak"] = Cell(text=text, page=row.page, table=table.id, row=row.row, column="kontrak",
                                    bbox=bbox, ambiguous=parsed.ambiguous and style is None)
