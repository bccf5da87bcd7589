"""An Ikhtisar table whose kegiatan carry their allocation inside the name cell, as a PDF.

"No | INDIKATOR KINERJA | PROGRAM <name> | CAPAIAN" with one ruled row: the kegiatan
column lists "<kegiatan> Rp. <amount>" items, an amount sometimes wrapped onto the next
line after its "Rp."; no anggaran column, no total.
"""

from __future__ import annotations

from tests.generator.budget_lkip_grids import Grid, rp


def kegiatan_with_amounts(items: list[tuple[str, int]], heading: str = "PROGRAM PENANGGULANGAN BENCANA DAN "
                          "PERLINDUNGAN MASYARAKAT", wrap_amount: int | None = None) -> Grid:
    """`wrap_amount`: the index of the item whose amount starts the line after its "Rp."."""
    lines = []
    for i, (name, amount) in enumerate(items):
        lines.append(f"{name} Rp.\n{rp(amount)}" if i == wrap_amount else f"{name} Rp. {rp(amount)}")
    header = [["No", "INDIKATOR KINERJA", heading, "CAPAIAN TARGET"]]
    body = [["\n".join(str(i) for i in range(1, len(items) + 1)),
             "\n".join(f"Jumlah dokumen layanan {i}" for i in range(1, len(items) + 1)),
             "\n".join(lines), "\n".join("100%" for _ in items)]]
    return header, body, []


__all__ = ["kegiatan_with_amounts"]
