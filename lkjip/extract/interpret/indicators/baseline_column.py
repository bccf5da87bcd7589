"""A column printing the indicator's starting point: "Eksisting 2013", "Kondisi Awal",
"Baseline", "Capaian Awal", "Kondisi Tahun 2018".

A Renstra, a Renja or a Lampiran of targets often opens its value columns with the figure
the plan started from. It is neither a target nor a realisasi of any year the report
measures: read as the realisasi of its year, it was compared with that year's realisasi
of another table and gave a false "different realisasi". So it has its own role, with the
year its header names, and only LKJ-K016 compares it (with the same indicator's baseline
of the same year in another table).
"""

from __future__ import annotations

import re

from lkjip.records import BASELINE  # noqa: F401  (re-exported: the role this module decides)

# "eksisting"/"existing", "kondisi awal", "baseline", "capaian awal", "data awal",
# "posisi awal", "kondisi tahun 2018" / "kondisi 2018".
_HEADER = re.compile(r"\be[kx]sis?ting\b|\bbase\s*line\b|\b(?:kondisi|capaian|data|posisi)\s+(?:kinerja\s+)?awal\b|"
                     r"\bkondisi\s+(?:tahun\s+|thn\.?\s+)?(?:19|20)\d{2}\b", re.I)
# Words that make the column a value of a measured year or the plan's end, whatever else
# it says ("Target Kondisi Akhir", "Realisasi Kondisi 2018").
_NOT_BASELINE = re.compile(r"\btarget\b|\brealisasi\b|\bakhir\b|\brencana\b", re.I)


def is_baseline_header(header: str) -> bool:
    """Whether a (normalised) column header names the indicator's starting point."""
    return _HEADER.search(header) is not None and _NOT_BASELINE.search(header) is None
