"""Column headings of an OCR'd table with letters misread given back their word.

A heading decides a column's role, and a blurred scan misreads its letters like any other
print: at 65 ppi "Realisasi Belanja" comes out "Renlisnsi Belnnja" and "Sasaran" as
"Sasuran", so the column is no longer the realisasi and its amounts are read by nobody.
A heading word that is within a small edit distance of one of the words naming budget and
indicator columns is that word. The distance counts a substitution of letters scans
confuse ("a" read as "n", "u" or "m"; "e" as "c"; "i" as "l") as half a letter, and the
distance allowed grows with the word's length (one letter in six to eight; from nine on two
and a half: "Realleusl" is "Realisasi" with three confused letters and one other), so a short real word ("Catatan") never turns into a column word ("Capaian"); the
first letter must agree (or be a pair scans confuse) and the nearest vocabulary word must be the only one that near.

Only header rows are mended (the rows above the first row that holds a figure); values are
never touched. A column whose heading was mended carries the doubt `HEADING_MENDED` on its
cells, since the role its values are given rests on the repair.
"""

from __future__ import annotations

import re

from lkjip.extract.source import RawTable

# Words that name columns of budget and indicator tables (lower case).
HEADING_WORDS = (
    "realisasi", "anggaran", "persentase", "prosentase", "capaian", "target", "belanja", "sasaran",
    "kegiatan", "program", "indikator", "keuangan", "efisiensi", "satuan", "kinerja", "alokasi",
    "keterangan", "uraian", "kriteria",
)
HEADING_MENDED = "ocr_heading_mended"
_MIN_LETTERS = 6
_LONG_WORD = 9  # from this length on two letters may be misread
# Letter pairs a blurred scan confuses (either way): half the cost of another substitution.
_CONFUSED = frozenset(frozenset(p) for p in (
    ("a", "n"), ("a", "u"), ("a", "m"), ("a", "o"), ("a", "e"), ("e", "c"), ("e", "o"), ("i", "l"),
    ("i", "j"), ("i", "t"), ("l", "t"), ("n", "u"), ("n", "m"), ("n", "r"), ("h", "b"), ("o", "c"),
    ("k", "r"),  # capitals at 65 ppi: "REGIATAN" for "KEGIATAN"
))
_WORD = re.compile(r"[^\W\d_]+")
# A figure in a cell: the row holds values, the header has ended.
_FIGURE = re.compile(r"\d[\d.,]*\d|\d")
_MAX_HEADER_ROWS = 3


def _substitution(a: str, b: str) -> float:
    if a == b:
        return 0.0
    return 0.5 if frozenset((a, b)) in _CONFUSED else 1.0


def misread_distance(word: str, known: str) -> float:
    """Edit distance of `word` from `known` (lower case), a confused letter costing half."""
    prev = [float(j) for j in range(len(known) + 1)]
    for i, a in enumerate(word, start=1):
        cur = [float(i)] + [0.0] * len(known)
        for j, b in enumerate(known, start=1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + _substitution(a, b))
        prev = cur
    return prev[-1]


def _allowed(word: str) -> float:
    return 2.5 if len(word) >= _LONG_WORD else 1.0


def mended_word(word: str) -> str:
    """`word` or the heading word it is a misreading of, in its capitals."""
    low = word.lower()
    if len(low) < _MIN_LETTERS or low in HEADING_WORDS:
        return word
    # A misread letter keeps the word's length; one dropped or doubled at most.
    scored = sorted((misread_distance(low, k), k) for k in HEADING_WORDS
                    if (k[0] == low[0] or frozenset((k[0], low[0])) in _CONFUSED) and abs(len(k) - len(low)) <= 1)
    if not scored or scored[0][0] > _allowed(low) or (len(scored) > 1 and scored[1][0] <= scored[0][0]):
        return word
    fixed = scored[0][1]
    if sum(ch.isupper() for ch in word) * 2 > len(word):  # "REALlSASI": capitals with a slip
        return fixed.upper()
    return fixed.capitalize() if word[0].isupper() else fixed


def mend(text: str) -> str:
    return _WORD.sub(lambda m: mended_word(m.group(0)), text)


def header_row_count(table: RawTable) -> int:
    """Rows above the first one with a figure (at most `_MAX_HEADER_ROWS`)."""
    for r, row in enumerate(table.grid[:_MAX_HEADER_ROWS]):
        texts = [c.text for c in row if c is not None and c.row == r]
        if any(_FIGURE.fullmatch(re.sub(r"[\s%()]", "", t) or "x") for t in texts):
            return r
    return min(table.n_rows, _MAX_HEADER_ROWS)


def mend_heading_words(table: RawTable) -> None:
    """Mend the heading words of the table's header rows; mark the mended columns' cells."""
    from lkjip.extract.ocr.cells import add_doubt, table_cells

    heads = header_row_count(table)
    if heads == 0 or heads >= table.n_rows:
        return  # no header, or no body under it: nothing says these rows are headings
    mended_cols: set[int] = set()
    for cell in table_cells(table):
        if cell.row >= heads:
            continue
        fixed = mend(cell.text)
        if fixed != cell.text:
            cell.text = fixed
            cell.line_boxes = [(mend(t), b) for t, b in cell.line_boxes]
            add_doubt(cell, None, HEADING_MENDED)
            mended_cols.update(range(cell.col, cell.col + cell.colspan))
    for cell in table_cells(table):
        if cell.row >= heads and cell.col in mended_cols:
            add_doubt(cell, None, HEADING_MENDED)
