"""A budget line's printed realisation percentage against the same line retold in the text.

A per-indicator budget table prints only the anggaran and the realisation as a
percentage ("Peningkatan cakupan pengawasan barang beredar | 1,000,000,000 | 88.81"); the
text retells the kegiatan behind it with all three figures ("Kegiatan Pengawasan Barang
Beredar di Pasar … alokasi anggaran sebesar Rp. 1,000,000,000.00 realisasi anggaran sebesar
Rp. 883,082,282.00 atau 88.31%"). The two are one line when the text's anggaran is the
row's, to the rupiah, and the item's name shares a run of words with the row's. Where the
text's own three figures agree with each other and its percentage is not the table's, the
table's is the one off. Not a rule (LKJ-B002 reports it, as a warning: the tie rests on an
amount and part of a name).
"""

from __future__ import annotations

from dataclasses import dataclass

from lkjip.checks.budget.arithmetic import percent_tolerance
from lkjip.checks.budget.prose_rows import bare
from lkjip.checks.budget.text_figures import is_table_value, subject
from lkjip.match.names import name_key
from lkjip.records import BudgetRow, Extraction, NarrativeAmount

MIN_SHARED_WORDS = 3  # "pengawasan barang beredar": a run of the row's name in the item's


@dataclass(frozen=True)
class RetoldPercent:
    row: BudgetRow
    anggaran: NarrativeAmount
    realisasi: NarrativeAmount
    percent: NarrativeAmount


def _shares_run(row_name: str, lead: str) -> bool:
    words = bare(row_name).split()
    text = f" {name_key(lead)} "
    return any(f" {' '.join(words[i:i + MIN_SHARED_WORDS])} " in text
               for i in range(len(words) - MIN_SHARED_WORDS + 1))


def _triples(doc: Extraction) -> list[tuple[NarrativeAmount, NarrativeAmount, NarrativeAmount]]:
    """(anggaran, realisasi, percentage) stated in this order in one list item."""
    out = []
    items: dict[tuple[int | None, str], list[NarrativeAmount]] = {}
    for a in doc.amounts:
        if a.item_lead is not None and not is_table_value(a, doc):
            items.setdefault((a.page, a.item_lead.split(",")[0]), []).append(a)
    for found in items.values():
        kinds = [("percent" if a.kind == "percent" else subject(a) if a.kind == "rupiah" else None) for a in found]
        if kinds == ["anggaran", "realisasi", "percent"]:
            out.append((found[0], found[1], found[2]))
    return out


def retold_percents(doc: Extraction) -> list[RetoldPercent]:
    """Rows printing an anggaran and a percentage (no realisasi amount) whose line the
    text retells, self-consistently, with another percentage."""
    rows = [r for r in doc.budget if r.anggaran and r.persen is not None and r.realisasi is None
            and r.cells.get("persen") is not None]
    if not rows:
        return []
    out = []
    for anggaran, realisasi, percent in _triples(doc):
        lead = anggaran.item_lead or ""
        tied = [r for r in rows if r.anggaran == anggaran.value and _shares_run(r.name, lead)]
        if len(tied) != 1 or not anggaran.value:
            continue
        row = tied[0]
        computed = 100.0 * realisasi.value / anggaran.value
        if abs(computed - percent.value) > percent_tolerance(percent.text):
            continue  # the text disagrees with itself: which figure is off is unclear
        if abs(float(row.persen or 0.0) - percent.value) <= percent_tolerance(row.cells["persen"].text):
            continue
        out.append(RetoldPercent(row, anggaran, realisasi, percent))
    return out
