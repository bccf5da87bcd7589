"""The per-page text work made fast (issue #7) gives what the plain code gave: cached
and vectorized lines, the quick paths of the text-layer judge and the heading finder,
the regex lookaheads, and the grouping memo of the indicator rules."""

from __future__ import annotations

import pickle
import random
import re

import numpy as np
import pytest

from lkjip.checks.indicators.common import indicator_groups
from lkjip.checks.indicators.k006_shortfall_unexplained import (
    _EXPLAIN,
    explained,
    explaining_windows,
)
from lkjip.extract.interpret.narrative_amounts import running_text
from lkjip.extract.interpret.sections import _TOC_TAIL, _inside_flags, _toc_tail, find_headings
from lkjip.extract.pdf.reader import drop_watermark
from lkjip.extract.pdf.text_layer import _malformed_mixed, _malformed_word
from lkjip.extract.source import Page, RawCell, RawTable, SourceDocument, TextLine
from lkjip.numbers import find_numbers
from lkjip.numbers.numerals import _NUMBER_RE
from lkjip.records import Extraction, IndicatorRow

NAN = float("nan")


def _page(text: str, boxes: np.ndarray | None) -> Page:
    return Page(number=1, width=595, height=842, text=text, char_boxes=boxes)


def _boxes(text: str, nan_at: frozenset[int] = frozenset()) -> np.ndarray:
    """Distinct boxes per character (x grows along a line, top with the line number)."""
    out = np.zeros((len(text), 4), dtype=np.float32)
    line = col = 0
    for i, ch in enumerate(text):
        out[i] = (NAN,) * 4 if i in nan_at else (10 + 5 * col, 20 + 12 * line, 14 + 5 * col, 30 + 12 * line)
        line, col = (line + 1, 0) if ch == "\n" else (line, col + 1)
    return out


def _reference_lines(page: Page) -> list[TextLine]:
    """What `lines` computed before it was cached and vectorized: bbox_of per line."""
    out, pos = [], 0
    for raw in page.text.split("\n"):
        out.append(TextLine(raw, pos, pos + len(raw), page.bbox_of(pos, pos + len(raw))))
        pos += len(raw) + 1
    return out


@pytest.mark.parametrize("case", ["plain", "nan_line", "short_boxes", "no_boxes", "empty"])
def test_lines_are_bbox_of_line_by_line(case: str) -> None:
    text = "BAB I\n\nPENDAHULUAN umum\nx\n\nRp 1.000\n"
    boxes: np.ndarray | None = _boxes(text)
    if case == "nan_line":  # a line a reader inserted: every box NaN, and one NaN inside a line
        boxes = _boxes(text, nan_at=frozenset({text.index("x"), text.index("umum")}))
    elif case == "short_boxes":  # fewer boxes than characters: bbox_of clips the slice
        boxes = boxes[: text.index("x") + 1]
    elif case == "no_boxes":
        boxes = None
    elif case == "empty":
        text, boxes = "", np.zeros((0, 4), dtype=np.float32)
    page = _page(text, boxes)
    got = page.lines()
    assert [(ln.text, ln.start, ln.end) for ln in got] == [(ln.text, ln.start, ln.end) for ln in _reference_lines(page)]
    assert [ln.bbox for ln in got] == [ln.bbox for ln in _reference_lines(page)]
    assert all(type(v) is float for ln in got if ln.bbox for v in ln.bbox)
    if case == "nan_line":
        assert got[3].bbox is None and got[2].bbox is not None
    if case == "short_boxes":
        assert got[3].bbox is not None and got[5].bbox is None


def test_lines_cache_follows_the_page_text_and_boxes() -> None:
    text = "Click to buy NOW!\nTabel 3.1 Realisasi\nJumlah 1.000"
    page = _page(text, _boxes(text))
    before = page.lines()
    assert before[0].text == "Click to buy NOW!"
    before.append(TextLine("junk", 0, 0, None))  # a caller's list is its own
    assert len(page.lines()) == 3
    assert drop_watermark(page)  # rewrites page.text and page.char_boxes
    after = page.lines()
    assert [ln.text for ln in after] == ["Tabel 3.1 Realisasi", "Jumlah 1.000"]
    assert [ln.bbox for ln in after] == [ln.bbox for ln in _reference_lines(page)]
    # Boxes replaced alone (e.g. by a re-read) are seen too.
    page.char_boxes = page.char_boxes + 100
    assert page.lines()[0].bbox == _reference_lines(page)[0].bbox
    assert page.lines()[0].bbox[0] > 100


def test_lines_cache_is_not_pickled() -> None:
    text = "Laporan\nKinerja"
    page = _page(text, _boxes(text))
    page.lines()
    copy = pickle.loads(pickle.dumps(page))
    assert "_lines_cache" not in copy.__dict__
    assert copy.text == page.text and (copy.char_boxes == page.char_boxes).all()
    assert copy.lines() == page.lines()


def test_letters_only_shortcut_judges_as_the_full_test() -> None:
    words = ["dalam", "Transpoftasi", "PDRB", "Kbdfrg", "bfrst", "BFRST", "xyz", "Strrna", "drn", "ßtrmx",
             "ÉTÉS", "hknn", "lJlbl", "Prrrrnnr", "rhythm", "Rhythms", "tKnsp", "Ωmega", "Ώρα"]
    rng = random.Random(7)
    letters = "bcdfghklmnprstBCDFGHaeiouAEIOUyYßéΩ"
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(2000)]
    for w in words:
        assert w.isalpha()
        assert _malformed_word(w) is _malformed_mixed(w), w
    assert _malformed_word("Kbdfrg") and not _malformed_word("PDRB") and not _malformed_word("dalam")


def test_toc_tail_shortcut_agrees_with_the_regex() -> None:
    cases = ["BAB I PENDAHULUAN ........ 1", "PENUTUP", "Kata Pengantar …… iv", "2.1 Rencana 12",
             "Tahun 2018", "Lampiran 1234", "ok .", "ok ..", "ok ...  ", "nilai ٣", "x 1\n", ""]
    rng = random.Random(3)
    cases += ["".join(rng.choice("ab .…1٣² \n\t\u00a0") for _ in range(rng.randint(0, 8))) for _ in range(5000)]
    for text in cases:
        assert _toc_tail(text) == bool(_TOC_TAIL.search(text)), repr(text)


def test_inside_flags_take_the_line_centre_edges_included() -> None:
    lines = [TextLine("a", 0, 1, (0.0, 0.0, 10.0, 10.0)),  # centre (5, 5): on the box's left edge
             TextLine("b", 2, 3, (0.0, 0.0, 9.0, 10.0)),  # centre 4.5: outside
             TextLine("c", 4, 5, None)]
    assert _inside_flags(lines, [(5.0, 0.0, 20.0, 5.0)]) == [True, False, False]
    assert _inside_flags(lines, []) == [False, False, False]


def test_a_heading_printed_inside_a_table_cell_is_not_a_heading() -> None:
    text = "BAB II PERENCANAAN KINERJA\nBAB III AKUNTABILITAS KINERJA"
    page = _page(text, _boxes(text))
    second = page.lines()[1].bbox
    cell = RawCell("BAB III AKUNTABILITAS KINERJA", 0, 0, (second[0] - 1, second[1] - 1, second[2] + 1, second[3] + 1))
    table = RawTable(id="p1-t1", page=1, bbox=cell.bbox, grid=[[cell]], pages=[1], row_pages=[1])
    source = SourceDocument("x.pdf", "0", "pdf", 1, [page], [table])
    assert [h.title for h in find_headings(source)] == ["BAB II PERENCANAAN KINERJA"]
    source.tables = []
    assert len(find_headings(source)) == 2


def test_running_text_blanks_table_cells_and_page_numbers_only() -> None:
    text = "Teks 😀 naratif\nSel 12\n- 3 -\nakhir \ud800"
    boxes = _boxes(text)
    page = _page(text, boxes)
    cell_line = page.lines()[1].bbox
    out = running_text(page, [cell_line])
    assert len(out) == len(text)
    assert out.split("\n") == ["Teks 😀 naratif", "      ", "     ", "akhir \ud800"]


def test_lookaheads_only_skip_positions_no_match_could_start_at() -> None:
    _, lookahead, rest = _NUMBER_RE.pattern.split("\n", 2)
    assert lookahead.strip().startswith("(?=[")  # the pattern without it matches the same
    number_plain = re.compile(rest, _NUMBER_RE.flags)
    texts = ["Rp. 19.253.545.000,- dan IDR 5 serta rp\n1.000,-", "−3 dan +4 atau -5", "İDR 7 ıdr 8 RP9",
             "98,17 % (sembilan)", "kode 5.2.2.01.01 dan D3", "٣٤ orang", "x-1 a.1 b,2"]
    for text in texts:
        assert [m.groupdict() | {"span": m.span()} for m in _NUMBER_RE.finditer(text)] == \
               [m.groupdict() | {"span": m.span()} for m in number_plain.finditer(text)], text
    assert [n.value for n in find_numbers("Rp. 19.253.545.000,- dan IDR 5")] == [19253545000, 5]
    explain_plain = re.compile(_EXPLAIN.pattern.removeprefix("(?=[bdfhkpt])"), _EXPLAIN.flags)
    low = "target belum  tercapai karena kendala; di bawah target, faktor cuaca; ᴋendala"
    assert [m.span() for m in _EXPLAIN.finditer(low)] == [m.span() for m in explain_plain.finditer(low)]


def _row(name: str, page: int) -> IndicatorRow:
    return IndicatorRow(table=f"p{page}-t1", table_kind="pengukuran_kinerja", page=page, row=1, indikator=name)


def test_indicator_groups_are_per_list_of_names() -> None:
    a = Extraction(file="a.pdf", sha256=None, kind="pdf", pages=2)
    a.indicators = [_row("Jumlah Kalender Meja", 1), _row("Jumlah Kalender Dinding", 1), _row("jumlah kalender meja", 2)]
    b = Extraction(file="b.pdf", sha256=None, kind="pdf", pages=2)
    b.indicators = [_row("Jumlah Kalender Meja", 1), _row("Jumlah Kalender Meja", 2)]
    for _ in range(2):  # the second time from the memo
        assert [[r.page for r in g] for g in indicator_groups(a)] == [[1, 2], [1]]
        assert [len(g) for g in indicator_groups(b)] == [2]
        assert indicator_groups(a)[0][0] is a.indicators[0]


def test_explained_with_precomputed_windows_answers_the_same() -> None:
    texts = {1: "Terbitan majalah belum tercapai karena pencetakan terlambat.", 2: "Semua baik.",
             3: "Kendala utama: anggaran tamu."}
    windows = explaining_windows(texts)
    assert len(windows) == 2
    for name in ["Jumlah Terbitan Majalah", "Jumlah Tamu Anggaran", "Jumlah Kalender Meja", "Persentase"]:
        assert explained(name, texts, windows) == explained(name, texts)
    assert explained("Jumlah Terbitan Majalah", texts) and not explained("Jumlah Kalender Meja", texts)
