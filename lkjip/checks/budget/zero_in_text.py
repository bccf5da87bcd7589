"""A sentence that states a line's spending or budget as zero ("Realisasi Pendapatan Asli
Daerah TA 2017 adalah sebesar Rp. 0 atau mencapai 0% …") where its table prints a figure:
a note's sentence left as the template had it. Not a rule (LKJ-B007 reports it).

The line is any of the statement's named lines (revenue, spending, a program), tied to the
sentence by its full name (`prose_rows.named_row`); only a printed zero is compared, so no
figure is judged a typo of another.
"""

from __future__ import annotations

import re

from lkjip.checks.budget.prose_rows import named_row
from lkjip.checks.budget.text_figures import is_table_value, subject
from lkjip.records import BudgetRow, Extraction, NarrativeAmount

# The year before ("dibandingkan tahun 2016"), a change, a remainder: other quantities.
_OTHER = re.compile(r"sebelum|lalu|kenaikan|penurunan|naik|turun|selisih|sisa|kurang|lebih", re.I)


def zero_statements(doc: Extraction) -> list[tuple[NarrativeAmount, BudgetRow, str]]:
    """(the zero in the text, the line it names, the column) where the line prints a
    figure other than zero in that column."""
    rows = [r for r in doc.budget if r.level != "total"]
    out = []
    seen: set[tuple[str, int, str]] = set()  # one finding per sentence, line and column
    for amount in doc.amounts:
        if amount.kind != "rupiah" or amount.value != 0 or is_table_value(amount, doc):
            continue
        column = subject(amount)
        if column is None:
            continue
        offset = amount.context_offset or 0
        if _OTHER.search(amount.context[max(0, offset - 120):offset]):
            continue
        match = named_row(amount, rows)
        if match is None or not match.certain:
            continue
        stated = getattr(match.row, column)
        key = (amount.context, id(match.row), column)
        if stated and key not in seen:
            seen.add(key)
            out.append((amount, match.row, column))
    return out
