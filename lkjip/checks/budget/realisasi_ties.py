"""A sentence stating an anggaran and its realisasi for a line it does not name, tied to the
line by the realisasi figure. Not a rule.

"Anggaran … yang dialokasikan untuk mencapai sasaran ini sebesar Rp.4,043,279,900.00,
terealisasi sebesar Rp.4,030,287,400.00 atau 99.68%": the sentence says "this sasaran",
named in a heading pages away. Its realisasi, a figure of many significant digits, is
printed by exactly one line of the budget tables (or by lines agreeing on their anggaran):
that line is the one the sentence speaks of, and its anggaran is the one the sentence
should state. An anggaran that no table prints, within a quarter of the line's, is then a
contradiction — or another stage of the budget the text leaves unsaid, which is why it
can only be a warning.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from lkjip.checks.budget.prose_rows import bare
from lkjip.checks.budget.text_figures import is_table_value, other_stage, subject
from lkjip.records import BudgetRow, Extraction, NarrativeAmount

# A realisasi with fewer significant digits (2.500.000.000) may be printed by a line by chance.
MIN_SIGNIFICANT_DIGITS = 6
# Farther than this from the line's anggaran, the sentence's figure is another quantity.
MAX_SHARE_APART = 0.25


@dataclass(frozen=True)
class RealisasiTie:
    anggaran: NarrativeAmount  # the sentence's anggaran
    realisasi: NarrativeAmount  # the sentence's realisasi, printed by `row`
    row: BudgetRow
    namesakes: tuple[BudgetRow, ...]  # other lines printing the same realisasi and anggaran


def _significant(value: float) -> int:
    return len(str(round(abs(value))).rstrip("0"))


def realisasi_ties(doc: Extraction) -> list[RealisasiTie]:
    by_realisasi: dict[float, list[BudgetRow]] = defaultdict(list)
    for r in doc.budget:
        # A total line is the budget's total, which the text's total is held to already (LKJ-B002).
        if r.realisasi is not None and r.level != "total":
            by_realisasi[r.realisasi].append(r)
    printed = {v for r in doc.budget for v in (r.anggaran, r.realisasi, r.sisa) if v is not None}
    amounts = [a for a in doc.amounts if a.kind == "rupiah" and not is_table_value(a, doc)]
    out: list[RealisasiTie] = []
    year = doc.metadata.year
    for a, b in pairwise(amounts):
        if a.page != b.page or a.context != b.context:
            continue  # one sentence states both
        if subject(a) != "anggaran" or subject(b) != "realisasi" or other_stage(a, year) or other_stage(b, year):
            continue
        rows = by_realisasi.get(float(b.value), [])
        if not rows or _significant(b.value) < MIN_SIGNIFICANT_DIGITS:
            continue
        anggaran = {r.anggaran for r in rows}
        if len(anggaran) != 1 or None in anggaran:
            continue  # lines printing that realisasi disagree on the anggaran: no one line
        stated = anggaran.pop()
        assert stated is not None
        if a.value in printed or abs(a.value - stated) > MAX_SHARE_APART * abs(stated):
            continue
        row = max(rows, key=lambda r: (r.table_kind == "realisasi_anggaran", r.persen is not None))
        # The line's name printed with the same anggaran elsewhere (a plan table, no realisasi).
        named = [r for r in doc.budget if r is not row and r.anggaran == stated and bare(r.name) == bare(row.name)]
        others = {id(r): r for r in [*rows, *named] if r is not row}
        out.append(RealisasiTie(a, b, row, tuple(others.values())))
    return out
