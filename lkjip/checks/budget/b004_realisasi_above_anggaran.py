"""LKJ-B004: more was spent than was budgeted."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.budget.arithmetic import evidence, label, printed
from lkjip.checks.finding import Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref, table_ref
from lkjip.numbers import format_amount
from lkjip.records import Extraction


@register
class RealisasiAboveAnggaran(Rule):
    """Realisasi above anggaran.

    Flags a budget line whose realisasi is larger than its anggaran. Regional spending may
    not exceed the budget ceiling (PP 12/2019), so either the line overspent or one of the
    two figures is mistyped; a warning, because some tables legitimately show a realisasi
    above the revised pagu of a single kegiatan when funds were shifted late in the year.

    Example: "Pengadaan Barang Milik Daerah 5.000.000 / 5.000.000" is fine; a line printing
    anggaran 339.919.000 and realisasi 393.919.000 is reported.

    Tolerance: none (whole rupiah); the `rupiah-tolerance` setting in lkjip.toml adds slack.
    """

    code = "LKJ-B004"
    title: ClassVar[dict[str, str]] = {"en": "Spending above budget", "id": "Realisasi melebihi anggaran"}
    severity = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for row in doc.budget:
            if row.anggaran is None or row.realisasi is None or row.anggaran < 0:
                continue  # a negative line (SURPLUS/DEFISIT in deficit) spends nothing
            if row.realisasi <= row.anggaran + config.rupiah_tolerance:
                continue
            over = format_amount(row.realisasi - row.anggaran)
            en = (f"“{label(row)}” ({page_ref(row.page, 'en')}, {table_ref(row.table, 'en')}): realisasi "
                  f"{printed(row, 'realisasi')} is above anggaran {printed(row, 'anggaran')} by {over}.")
            idn = (f"“{label(row)}” ({page_ref(row.page, 'id')}, {table_ref(row.table, 'id')}): realisasi "
                   f"{printed(row, 'realisasi')} melebihi anggaran {printed(row, 'anggaran')} sebesar {over}.")
            yield self.finding(en, idn, [evidence(row, "anggaran", "anggaran"),
                                         evidence(row, "realisasi", "realisasi")])
