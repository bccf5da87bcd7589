"""A financial statement's section heading printed right under the line that closes the
section before it.

A CaLK summary lists "Jumlah Pendapatan" and then, on a grid row of its own without
amounts, the heading "Belanja" over Belanja Operasi, Belanja Modal …; the Ikhtisar ends
"Surplus/(Defisit)" and heads the next block "Pembiayaan". A word alone in Title Case
under a line with amounts otherwise reads as the tail of a wrapped name ("Jumlah
Pendapatan Belanja"), but a line that closes a section (a Jumlah, the surplus or deficit,
SILPA) has a whole name: the word under it opens the next section.
"""

from __future__ import annotations

import re

# The statement's sections (SAP: Pendapatan, Belanja, Transfer, Pembiayaan), one alone.
_SECTION = re.compile(r"\W*(pendapatan|belanja|transfer|pembiayaan)(\s+dan\s+belanja)?\W*", re.I)
# A line that closes a section: a Jumlah / Total, the surplus or deficit, SILPA / SiLPA.
_CLOSING = re.compile(r"\W*((grand\s+)?(sub\s*-?\s*)?(jumlah|total)\b|surplus|defisit|silpa\b|sisa\s+lebih)", re.I)


def opens_section_after_closing(name: str, previous: str) -> bool:
    """`name`, a line printing nothing, is a section heading under the closing line `previous`."""
    return bool(_SECTION.fullmatch(name.strip())) and bool(_CLOSING.match(previous.strip()))
