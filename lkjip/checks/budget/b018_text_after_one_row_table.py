"""LKJ-B018: the sentence right after a one-row budget table retells it with other amounts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.budget.arithmetic import evidence, label, printed
from lkjip.checks.budget.text_figures import is_table_value, lead_in
from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref
from lkjip.numbers import format_amount
from lkjip.records import BudgetRow, Extraction, NarrativeAmount

# The sentence says it retells the table: "Berdasarkan tabel di atas", "tabel tersebut"
# (no end boundary: a scan's reading glues the next word on, "tabel diatasdiketahui").
_TABLE_ABOVE = re.compile(r"\btabel\s*(?:di\s*atas|tersebut)", re.I)
# What the figure is, the last of these words before it: "target belanja … sebesar Rp X"
# (an efficiency table's budget), "dengan realisasi belanja mencapai Rp Y".
_COLUMN = re.compile(r"(?P<realisasi>reali[sz]asi|terealisasi|penyerapan|serapan)"
                     r"|(?P<anggaran>target\s+belanja|anggaran|\bpagu\b|alokasi)", re.I)
# Words making the figure another quantity than the table's (another stage, another year).
_OTHER = re.compile(r"\bmurni\b|sebelum\s+perubahan|tahun\s+(?:lalu|sebelumnya)|\bapbn\b|\bsisa\b|silpa", re.I)
# The sentence starts this close under the table (points): it is the table's own comment.
MAX_GAP = 120.0


def _column(amount: NarrativeAmount) -> str | None:
    lead = lead_in(amount)
    if _OTHER.search(lead):
        return None
    found = None
    for m in _COLUMN.finditer(lead):
        found = "realisasi" if m.group("realisasi") else "anggaran"
    return found


def _rounds_to(stated: float, value: float) -> bool:
    """The text rounding the table's figure to thousands or millions."""
    return any(round(value / unit) * unit == round(stated) for unit in (10**3, 10**6)) and \
        round(stated) % 1000 == 0


def _under(row: BudgetRow, amount: NarrativeAmount) -> bool:
    """The figure is printed on the row's page, right under the table."""
    if amount.page != row.page or amount.cell.bbox is None:
        return False
    bottoms = [c.bbox[3] for c in row.cells.values() if c.bbox is not None and c.page == row.page]
    if not bottoms:
        return False
    gap = amount.cell.bbox[1] - max(bottoms)
    return 0 <= gap <= MAX_GAP


@register
class TextAfterOneRowTable(Rule):
    """The sentence right after a one-row budget table retells it with other amounts.

    Reports close each sasaran with a one-row table of the spending on it ("Tingkat
    Efisiensi Anggaran Terhadap Capaian Sasaran": Tahun | Target Belanja Sasaran (Rp) |
    Realisasi Belanja Sasaran (Rp) | Persentase (%) | Efisiensi (%)) and a sentence under it
    that says it retells the table ("Berdasarkan tabel diatas, diketahui bahwa target
    belanja … sebesar Rp …, dengan realisasi belanja mencapai Rp … atau sebesar … persen").
    Where the sentence's target belanja (anggaran) or realisasi differs from the table's,
    one of the two was copied from another year or sasaran.

    Example (LAKIN BKPSDMD Kab. Bangka 2022, p. 32): the table prints 2.397.613.150,00 |
    1.373.942.019,00 | 57,30, the sentence under it "target belanja … sebesar
    Rp.2.462.581.150,00 dengan realisasi belanja mencapai Rp.1.438.079.933,00 atau sebesar
    57,30 persen".

    Tied only when the table has one line, the sentence names "tabel di atas" (or "tabel
    tersebut") and starts on the same page within `MAX_GAP` points under the table. Not
    flagged: the table's figure rounded to thousands or millions; a figure the lead-in puts
    at another stage or year ("APBD murni", "tahun lalu"). A warning: the sentence may
    retell a wider scope (all sub-kegiatan rather than the sasaran's lines) without saying.
    Tolerance: exact (whole rupiah).
    """

    code = "LKJ-B018"
    title: ClassVar[dict[str, str]] = {"en": "The text under a one-row budget table retells it with other amounts",
                                       "id": "Narasi di bawah tabel anggaran satu baris menyebut angka yang berbeda"}
    severity = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        lines = Counter(r.table for r in doc.budget)
        rows = [r for r in doc.budget if lines[r.table] == 1]
        if not rows:
            return
        for amount in doc.amounts:
            if amount.kind != "rupiah" or not _TABLE_ABOVE.search(amount.context) or is_table_value(amount, doc):
                continue
            column = _column(amount)
            if column is None:
                continue
            under = [r for r in rows if _under(r, amount)]
            if len(under) != 1:
                continue
            row = under[0]
            stated = getattr(row, column)
            if stated is None or amount.value in (row.anggaran, row.realisasi) or \
                    _rounds_to(amount.value, stated) or abs(amount.value - stated) <= config.rupiah_tolerance:
                continue
            yield self._finding(row, column, amount)

    def _finding(self, row: BudgetRow, column: str, amount: NarrativeAmount) -> Finding:
        stated = getattr(row, column)
        diff = format_amount(abs(amount.value - stated))
        en = (f"The text under the table on {page_ref(row.page, 'en')} (“{label(row)}”) retells its {column} "
              f"as {amount.text}, but the table prints {printed(row, column)}; difference {diff}. "
              f"Check which figure is right.")
        idn = (f"Narasi di bawah tabel pada {page_ref(row.page, 'id')} (“{label(row)}”) menyebut {column}-nya "
               f"{amount.text}, tetapi tabel mencantumkan {printed(row, column)}; selisih {diff}. "
               f"Periksa angka mana yang benar.")
        ev = [evidence(row, column, "table row"),
              Evidence(cell=amount.cell, value=float(amount.value), role="stated in text")]
        return self.finding(en, idn, ev, severity="warning")
