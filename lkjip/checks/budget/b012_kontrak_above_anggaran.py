"""LKJ-B012: a work package was contracted for more than its budget."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.budget.arithmetic import evidence, label, printed
from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref, table_ref
from lkjip.numbers import format_amount, format_id
from lkjip.records import Cell, Extraction


@register
class KontrakAboveAnggaran(Rule):
    """Nilai kontrak above anggaran (pagu) of the same paket.

    Flags a line of a paket list (RFK, daftar paket pekerjaan) whose NILAI KONTRAK is
    larger than its ANGGARAN. A contract may not exceed the pagu it is let under
    (Perpres 16/2018: the HPS stays within the pagu, the contract within the HPS), so either
    the package was contracted above its budget or one of the two figures is mistyped.

    Example (an RFK paket list): "Penanganan Kerusakan Jembatan Ruas Jalan Karangasem -
    Sumberagung (DTT)" prints anggaran 46,470,000 and nilai kontrak 57,804,000: reported
    (difference 11.334.000). "Peningkatan Jalan Dalam Kota Geyer" with anggaran 1,500,000
    and kontrak 143.633.000,00 (two number styles in one table) is reported too: each
    figure is read on its own separators; a figure that reads two ways is not used for an
    error.

    A warning, as LKJ-B004: one contract may cover several paket printed as separate lines,
    and which lines it covers is not on the page. Tolerance: none (whole rupiah); the
    `rupiah-tolerance` setting adds slack.
    """

    code = "LKJ-B012"
    title: ClassVar[dict[str, str]] = {"en": "Contract value above budget",
                                       "id": "Nilai kontrak melebihi anggaran"}
    severity = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for row in doc.budget:
            if row.anggaran is None or row.kontrak is None:
                continue
            if row.kontrak <= row.anggaran + config.rupiah_tolerance:
                continue
            over = format_amount(row.kontrak - row.anggaran)
            kontrak = row.cells.get("kontrak") or Cell(text=format_id(row.kontrak), page=row.page,
                                                       table=row.table, row=row.row, column="kontrak")
            where_en = f"{page_ref(row.page, 'en')}, {table_ref(row.table, 'en')}"
            where_id = f"{page_ref(row.page, 'id')}, {table_ref(row.table, 'id')}"
            en = (f"“{label(row)}” ({where_en}): nilai kontrak {kontrak.text} is above its anggaran "
                  f"{printed(row, 'anggaran')} by {over}.")
            idn = (f"“{label(row)}” ({where_id}): nilai kontrak {kontrak.text} melebihi anggarannya "
                   f"{printed(row, 'anggaran')} sebesar {over}.")
            yield self.finding(en, idn, [evidence(row, "anggaran", "anggaran"),
                                         Evidence(cell=kontrak, value=row.kontrak, role="kontrak")])
