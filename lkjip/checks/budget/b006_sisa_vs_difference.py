"""LKJ-B006: the printed sisa is not anggaran minus realisasi."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.budget.arithmetic import evidence, label, printed
from lkjip.checks.certainty import flag
from lkjip.checks.finding import Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref, table_ref
from lkjip.numbers import format_amount
from lkjip.records import Extraction

# A remainder column headed "Lebih / (Kurang)" or "Bertambah / (Berkurang)" prints
# realisasi minus anggaran (the LRA convention); either sign is that column's own.
_SIGNED_HEADING = re.compile(r"lebih|kurang|bertambah|berkurang", re.I)


@register
class SisaVsDifference(Rule):
    """Sisa anggaran ≠ anggaran − realisasi.

    Flags a budget line whose "Sisa"/"Sisa Anggaran"/"SILPA" column differs from its
    anggaran minus its realisasi. The remainder is what returns to the treasury; a wrong
    one misstates it, and usually means one of the three figures was mistyped.

    Example (LKIP DPM-Desa Jawa Barat 2016, p. 28): "Pembinaan Posyantek dan Wartek"
    959.000.000,00 − 920.059.100,00 = 38.940.900, but the sisa column prints 38.940,00.

    Tolerance: none (whole rupiah); the `rupiah-tolerance` setting in lkjip.toml adds slack.
    Only lines that print all three figures are checked.
    """

    code = "LKJ-B006"
    title: ClassVar[dict[str, str]] = {"en": "Remainder is not budget minus spending",
             "id": "Sisa anggaran tidak sama dengan anggaran dikurangi realisasi"}
    severity = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for row in doc.budget:
            if row.anggaran is None or row.realisasi is None or row.sisa is None:
                continue
            computed = row.anggaran - row.realisasi
            if abs(computed - row.sisa) <= config.rupiah_tolerance + 0.005:
                continue
            if _SIGNED_HEADING.search((row.columns or {}).get("sisa", "")) \
                    and abs(computed + row.sisa) <= config.rupiah_tolerance + 0.005:
                continue  # "Lebih / (Kurang)": realisasi minus anggaran, as LRA print it
            a, r, s = (printed(row, c) for c in ("anggaran", "realisasi", "sisa"))
            en = (f"“{label(row)}” ({page_ref(row.page, 'en')}, {table_ref(row.table, 'en')}): {a} − {r} = "
                  f"{format_amount(computed)}, but the sisa column prints {s}.")
            idn = (f"“{label(row)}” ({page_ref(row.page, 'id')}, {table_ref(row.table, 'id')}): {a} − {r} = "
                   f"{format_amount(computed)}, tetapi kolom sisa tertulis {s}.")
            ev = [evidence(row, "anggaran", "anggaran"), evidence(row, "realisasi", "realisasi"),
                  evidence(row, "sisa", "stated sisa")]
            yield flag(self, en, idn, ev)
