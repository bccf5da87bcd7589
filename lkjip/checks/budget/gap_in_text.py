"""Amounts in the running text that account for a total's gap from its parts.

A table's total that leaves a line out (Belanja Tidak Langsung, the salaries, printed in
the agency's total but not among its kegiatan) is often explained in the text: "Belanja
Langsung Rp 18.649.134.000 … Belanja Tidak Langsung Rp 8.410.068.004". A rupiah amount
stated in the text that equals the parts' sum or the gap is shown beside the finding, so a
person sees where the difference went. Only large amounts (a million rupiah and more)
are taken: equal to the rupiah, they do not meet by chance. They support the finding and
never decide its severity.
"""

from __future__ import annotations

from lkjip.checks.finding import Evidence
from lkjip.records import Extraction

_MIN_AMOUNT = 1_000_000.0


def text_accounts(doc: Extraction, parts_sum: float, stated: float) -> list[Evidence]:
    """The text's rupiah amounts equal to the parts' sum or to the gap (first of each)."""
    gap = abs(stated - parts_sum)
    wanted = {"parts' sum in text": parts_sum, "gap in text": gap}
    out: list[Evidence] = []
    for role, target in wanted.items():
        if target < _MIN_AMOUNT:
            continue
        hit = next((a for a in doc.amounts if a.kind == "rupiah" and not a.ambiguous
                    and abs(float(a.value) - target) < 0.5), None)
        if hit is not None:
            out.append(Evidence(cell=hit.cell, value=float(hit.value), role=role))
    return out
