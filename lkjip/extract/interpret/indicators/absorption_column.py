"""A column printing the budget's absorption percent beside an indicator or programme.

Tables that analyse the efficiency of resources, or the programmes behind each indicator,
print beside the indicator's capaian how much of the budget was spent, as a percent:
"Penyerapan Anggaran %", "Realisasi Keuangan (%)", or a "Capaian %" under a spanning
"Keuangan" header ("Keuangan" over "Pagu | Realisasi | Capaian %"), or "Keuangan" under a
spanning "Capaian (%)" ("Capaian (%)" over "Fisik | Keuangan"). It is neither the
indicator's capaian nor a rupiah amount; it is kept on the row under its own role so the
same row's absorption can be compared between tables (LKJ-B015). The physical progress
("Fisik") beside it is another measure and never takes this role.
"""

from __future__ import annotations

import re

from lkjip.records import ABSORPTION  # noqa: F401  (re-exported: the role this module decides)

# Words that name the spending itself: "penyerapan", "serapan", "daya serap", "terserap".
_ABSORBED = re.compile(r"\b(?:pe)?nyerapan\b|\bserapan\b|\bdaya\s+serap\b|\bterserap\b")
# "Keuangan" beside "Fisik" is the financial progress: with a percent it is the share spent.
_FINANCIAL = re.compile(r"\bkeuangan\b")
# The budget itself ("anggaran", "pagu", "dana"): with a percent alone it may be a share of
# the total budget ("% Anggaran"), so it also needs a word saying it was spent.
_BUDGET = re.compile(r"\banggaran\b|\bpagu\b|\bdana\b")
_SPENT = re.compile(r"\breali[sz]asi\b|\bterealisasi\b|\bcapaian\b")
# A percent: the sign, the word, or the achievement word that always means one.
_PERCENT = re.compile(r"%|\bpersen(?:tase)?\b|\bcapaian\b")
# A rupiah amount, physical progress, the indicator's own measure, the budget's leftover or
# its efficiency: another figure than the share spent.
_OTHER = re.compile(r"\brp\b|rupiah|\bfisik\b|\bkinerja\b|\btarget\b|\bsisa\b|efisiensi|\bindikator\b")
# "Tahun Anggaran 2016" names the year, not the money.
_BUDGET_YEAR = re.compile(r"tahun\s+anggaran|\bt\.?\s?a\.?\s+\d")


def is_absorption_header(header: str) -> bool:
    """Whether a (normalised, lower-case) column header names the budget's absorption
    percent: spending words; "keuangan" with a percent; the budget with a percent and a
    word saying it was spent. Never where it names another figure too (rupiah, fisik, the
    indicator's kinerja or target, sisa, efisiensi)."""
    h = _BUDGET_YEAR.sub(" ", header)
    if _ABSORBED.search(h):
        return not re.search(r"\brp\b|rupiah|\bfisik\b", h)
    if _OTHER.search(h) or not _PERCENT.search(h):
        return False
    return bool(_FINANCIAL.search(h) or (_BUDGET.search(h) and _SPENT.search(h)))
