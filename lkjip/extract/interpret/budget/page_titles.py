"""A page's running title framed into a table where the table carries over to that page.

A CaLK prints a shaded band across the top of every page ("V. CATATAN ATAS LAPORAN
KEUANGAN"); where a ruled table runs on from the page before, the band sits right above
its first row on the new page and the table engine frames it as one more grid row: a
single cell across the whole width, holding words. Read as a line of the table, the
amountless band becomes the wrapped tail of the last line on the page before ("- Mebelair
V. CATATAN ATAS LAPORAN KEUANGAN"). It is no line of the table: it is skipped. A band that
names a budget line of its own (a program, a group of spending, a total) is kept.
"""

from __future__ import annotations

import re

from lkjip.extract.source import RawTable

_WORD = re.compile(r"[^\W\d_]{3,}")
# Words that open a budget line of their own, even printed across the table.
_BUDGET_LINE = re.compile(r"^\W*(program|kegiatan|sub\s*kegiatan|urusan|belanja|pendapatan|pembiayaan|"
                          r"jumlah|total|sub\s*total)\b", re.I)


def running_title_row(table: RawTable, r: int) -> bool:
    """Grid row `r` is the first on a page after the table's first, one cell across the
    whole width, words and no amount: the page's running title, not a budget line."""
    pages = table.row_pages
    if r == 0 or r >= len(pages) or pages[r] is None or pages[r] == pages[r - 1]:
        return False
    cells = {id(c): c for c in table.grid[r] if c is not None and c.text.strip()}
    if len(cells) != 1:
        return False
    cell = next(iter(cells.values()))
    text = " ".join(cell.text.split())
    return (cell.colspan >= table.n_cols and len(_WORD.findall(text)) >= 2
            and not re.search(r"\d{2}", text) and not _BUDGET_LINE.match(text))
