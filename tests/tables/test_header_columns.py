"""A body cell spanning columns its header separates (a body rule the scan or the page
lost) is split where its words fall clearly either side (`grid.header_columns`); a label
really merged across columns stays. Generated pages: words placed in a ruled grid."""

from __future__ import annotations

import numpy as np
import pytest

from lkjip.extract.grid.tables import cells_to_raw_table
from lkjip.extract.source import Page

_CHAR_W, _CHAR_H = 5.0, 8.0
# No | Indikator | Satuan | Target | Realisasi | % Capaian | Kriteria
_XS = [40.0, 70.0, 220.0, 270.0, 320.0, 380.0, 440.0, 540.0]
_YS = [100.0, 120.0, 150.0, 170.0]


def _page(words: list[tuple[str, float, float]]) -> Page:
    """A page printing each (text, x, y) as one run of fixed-width characters."""
    chars: list[str] = []
    boxes: list[list[float]] = []
    for text, x, y in words:
        for i, ch in enumerate(text):
            chars.append(ch)
            boxes.append([x + i * _CHAR_W, y, x + (i + 1) * _CHAR_W, y + _CHAR_H])
        chars.append("\n")
        boxes.append([np.nan] * 4)
    return Page(number=30, width=600, height=800, text="".join(chars), char_boxes=np.array(boxes, dtype=np.float32))


def _cells(merged_body: list[tuple[int, int]], merged_last: list[tuple[int, int]]) -> list[tuple[float, ...]]:
    """Header row of 7 cells; body row and a closing row, with the given column runs merged."""
    out = [(_XS[c], _YS[0], _XS[c + 1], _YS[1]) for c in range(7)]
    for r, merged in ((1, merged_body), (2, merged_last)):
        c = 0
        while c < 7:
            run = next(((a, b) for a, b in merged if a == c), (c, c + 1))
            out.append((_XS[run[0]], _YS[r], _XS[run[1]], _YS[r + 1]))
            c = run[1]
    return out


_HEADER = [("No", 42, 105), ("INDIKATOR", 72, 105), ("SATUAN", 222, 105), ("TARGET", 272, 105),
           ("REALISASI", 322, 105), ("CAPAIAN", 382, 105), ("KRITERIA", 442, 105)]


@pytest.mark.parametrize(("kriteria_x", "closing_lost_it_too"), [(444.0, False), (460.0, False), (444.0, True)])
def test_body_cell_over_two_header_columns_is_split(kriteria_x: float, closing_lost_it_too: bool) -> None:
    """The closing line may have lost the same rule: only the header keeps it."""
    words = [*_HEADER, ("1.", 42, 125), ("Persentase ASN", 72, 125), ("Persen", 222, 125), ("68,00", 272, 125),
             ("99,91", 322, 125), ("144,98", 382, 125), ("Sangat Berhasil", kriteria_x, 125),
             ("Rata-rata Capaian", 72, 155)]
    closing = [(1, 3), (5, 7)] if closing_lost_it_too else [(1, 3)]
    table = cells_to_raw_table(_page(words), _cells([(5, 7)], closing), "p30-t1")
    assert [table.text(1, c) for c in range(7)] == ["1.", "Persentase ASN", "Persen", "68,00", "99,91", "144,98",
                                                    "Sangat Berhasil"]
    # The closing label prints all its words in one of the columns it spans: it stays merged.
    label = table.grid[2][1]
    assert label is not None and label is table.grid[2][2] and label.text == "Rata-rata Capaian"


def test_words_running_across_the_boundary_stay_one_cell() -> None:
    """A phrase whose words run over the header's boundary is one label, not two cells."""
    words = [*_HEADER, ("1.", 42, 125), ("Nilai rata-rata seluruh indikator sasaran", 232, 125)]
    table = cells_to_raw_table(_page(words), _cells([(2, 7)], []), "p30-t1")
    cell = table.grid[1][2]
    assert cell is not None and cell.colspan == 5 and cell is table.grid[1][6]


def test_narrow_gap_at_the_boundary_is_not_a_cut() -> None:
    """Two words either side of a boundary but a word space apart: one phrase (no padding)."""
    words = [*_HEADER, ("1.", 42, 125), ("Sangat", 410, 125), ("Baik", 442, 125)]
    table = cells_to_raw_table(_page(words), _cells([(5, 7)], []), "p30-t1")
    cell = table.grid[1][5]
    assert cell is not None and cell.colspan == 2 and cell.text == "Sangat Baik"


def test_cell_over_many_columns_stays() -> None:
    """A band over four columns (a cascade drawn without its body rules) is left to its readers."""
    words = [*_HEADER, ("1.", 42, 125), ("Persen", 222, 125), ("68,00", 272, 125), ("99,91", 322, 125),
             ("144,98", 382, 125)]
    table = cells_to_raw_table(_page(words), _cells([(2, 6)], []), "p30-t1")
    cell = table.grid[1][2]
    assert cell is not None and cell.colspan == 4
