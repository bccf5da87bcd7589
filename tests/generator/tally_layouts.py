"""A count table closed by JUMLAH rows at two levels, as a fully ruled PDF grid.

MISI | SASARAN | JUMLAH INDIKATOR | PENILAIAN (Sangat Baik | Baik | Cukup | Kurang): per Misi
one row per sasaran (the Misi named on its first row only, the sasaran numbered 1, 2 …), a
JUMLAH row under them, a blank spacer row, and JUMLAH TOTAL under the last Misi.
`slips` replaces printed counts: {(misi index, "jumlah", column index): text}, the column
index counted among the value columns (0 = JUMLAH INDIKATOR, 1 = Sangat Baik …);
"total" for the JUMLAH TOTAL row.
"""

from __future__ import annotations

from tests.generator.budget_lkip_grids import Grid

GRADES = ["Sangat Baik", "Baik", "Cukup", "Kurang"]
# Per Misi, per sasaran: indicators by grade.
MISI: list[list[list[int]]] = [
    [[2, 0, 0, 0], [2, 0, 0, 0]],
    [[3, 0, 1, 0], [2, 1, 1, 0]],
    [[5, 0, 0, 1], [1, 0, 0, 0]],
    [[0, 0, 0, 1], [1, 0, 0, 0]],
]


def _counts(grades: list[int]) -> list[int]:
    return [sum(grades), *grades]


def tally_by_grade(slips: dict[tuple[int | str, str, int], str] | None = None) -> Grid:
    slips = slips or {}
    header = [["MISI", "SASARAN", "JUMLAH INDIKATOR", "PENILAIAN", "", "", "", "KETERANGAN"],
              ["", "", "", *GRADES, ""]]
    body: list[list[str]] = []
    totals = [0] * (len(GRADES) + 1)
    for m, sasaran in enumerate(MISI):
        sums = [0] * (len(GRADES) + 1)
        for s, grades in enumerate(sasaran):
            counts = _counts(grades)
            sums = [a + b for a, b in zip(sums, counts, strict=True)]
            body.append([f"MISI {m + 1}" if s == 0 else "", str(s + 1), *map(str, counts), ""])
        totals = [a + b for a, b in zip(totals, sums, strict=True)]
        body.append(["JUMLAH", "", *(slips.get((m, "jumlah", c), str(v)) for c, v in enumerate(sums)), ""])
        if m < len(MISI) - 1:
            body.append([""] * 8)
    body.append(["JUMLAH TOTAL", "", *(slips.get(("total", "jumlah", c), str(v)) for c, v in enumerate(totals)), ""])
    spans = [((3, 0), (6, 0)), ((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((7, 0), (7, 1))]
    return header, body, spans
