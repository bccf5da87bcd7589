"""A capaian printed in brackets under the realisasi, inside the realisasi's cell: "86\\n(101%)".

Some Pengukuran Kinerja tables give each indicator's capaian so and fill the Capaian
column per sasaran only (one figure merged beside its indicators, or their average). When
the row's capaian cell gives nothing, the bracketed figure on the realisasi cell's last
line is the indicator's capaian. It was taken from another column's cell, so it is marked
(`CAPAIAN_IN_REALISASI`): no error rests on it. A bracket holding words ("(730 respon)")
is a note, not a capaian.
"""

from __future__ import annotations

import re

from lkjip.numbers import NumberStyle, parse_number

CAPAIAN_IN_REALISASI = "capaian_in_realisasi_cell"  # lkjip.checks.certainty.INFERRED

# A value on the first line(s), the bracketed figure alone on the last.
_UNDER = re.compile(r"\d[^\n]*\n\s*\(\s*(\d[\d.,]*\s*%?)\s*\)\s*$")


def bracketed_capaian(text: str | None, style: NumberStyle | None) -> tuple[float, str] | None:
    """(value, text as printed) of the bracketed figure under a realisasi, or None."""
    m = _UNDER.search((text or "").strip())
    if m is None:
        return None
    parsed = parse_number(m.group(1), style)
    if parsed is None:
        return None
    return float(parsed.value), f"({m.group(1).strip()})"
