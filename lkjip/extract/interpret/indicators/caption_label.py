"""The caption proper: from the table's printed label ("Tabel 3.4", "TABEL. 3.2", "Tabel III. 2") on.

The lines read as a table's caption often begin with the end of the sentence before it
("… tahun 2019 - 2023 adalah sebagai berikut : Tabel 3.4. Pengukuran Indikator Kinerja
Tahun 2021"). Those words are the introducing sentence's, read separately as the lead-in;
left in the caption, the plan period the sentence names would decide that a measurement is
a Renstra table. The last label counts: the sentence may cite the table by its label
("… pada tabel 3.4: Tabel 3.4 Perbandingan …").
"""

from __future__ import annotations

import re

_LABEL = re.compile(r"\btabel\s*[.:]?\s*(?:\d+|[ivx]+)\b(?:\s*[.\-]\s*\d+[a-z]?\b)*", re.IGNORECASE)


def caption_proper(caption: str) -> str:
    """The caption from its last table label on; the whole caption when it prints none."""
    starts = [m.start() for m in _LABEL.finditer(caption)]
    return caption[starts[-1]:] if starts else caption
