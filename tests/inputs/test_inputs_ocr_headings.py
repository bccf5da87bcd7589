"""Headings of OCR'd tables: misread letters mended against the column words, a heading cell
over two body columns (a header rule the scan lost) split at the body's rules, and the
amounts' misread separators given back in doubt."""

from __future__ import annotations

from lkjip.extract.grid.spanning_header import split_spanning_headers
from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.extract.ocr.cells import GLYPH, mark_glyph_doubts, repair_separators
from lkjip.extract.ocr.header_words import (
    HEADING_MENDED,
    header_row_count,
    mend_heading_words,
    mended_word,
)
from lkjip.extract.source import RawCell, RawTable
from lkjip.numbers import NumberStyle
from tests.budget.test_budget_extract import source, table, text_page

EFFICIENCY = [["Tahun", "Target Belanja\nSasuran (Rp)", "Renlisnsi Belnnja\nSasaran [Rpl", "Perscntase\n(%)",
               "EfaTeasi\n1%]"],
              ["2022", "61.564.550,00", "124:876.014,00", "0,59", "0,72"]]


def _ocr(rows: list[list[str]]) -> RawTable:
    t = table(rows)
    t.engine = "lattice-ocr"
    return t


def test_heading_words_misread_at_low_resolution_are_mended() -> None:
    assert [mended_word(w) for w in ("Renlisnsi", "Belnnja", "Sasuran", "Sasarmn", "Perscntase", "REALlSASl",
                                             "Realleusl", "REGIATAN")] == \
        ["Realisasi", "Belanja", "Sasaran", "Sasaran", "Persentase", "REALISASI", "Realisasi", "KEGIATAN"]


def test_real_words_near_column_words_are_kept() -> None:
    # A word of its own a letter or two from a column word, and words too garbled to tell.
    assert [mended_word(w) for w in ("Catatan", "Satuan", "Relaksasi", "EfaTeasi", "Tahun", "Belanjaan",
                                     "Kapasitas", "Rasaran")] == \
        ["Catatan", "Satuan", "Relaksasi", "EfaTeasi", "Tahun", "Belanjaan", "Kapasitas", "Rasaran"]


def test_only_header_rows_are_mended_and_the_columns_carry_the_doubt() -> None:
    t = _ocr([*EFFICIENCY, ["2023", "Sasuran", "1.000,00", "1,00", "0,10"]])
    mend_heading_words(t)
    assert t.grid[0][2].text == "Realisasi Belanja\nSasaran [Rpl"
    assert t.grid[2][1].text == "Sasuran"  # a body cell is never touched
    assert HEADING_MENDED in t.grid[1][2].doubts and HEADING_MENDED not in t.grid[1][0].doubts


def test_a_table_without_a_body_is_not_mended() -> None:
    t = _ocr([["Renlisnsi Belnnja", "Sasuran"], ["Renlisnsi", "Belnnja"]])
    assert header_row_count(t) == 2
    mend_heading_words(t)
    assert t.grid[0][0].text == "Renlisnsi Belnnja"


def test_mended_efficiency_table_reads_as_a_budget_table_in_doubt() -> None:
    t = _ocr(EFFICIENCY)
    mark_glyph_doubts(t)
    mend_heading_words(t)
    rows = budget_rows(source([t]), NumberStyle.ID)
    assert [(r.name, r.anggaran, r.realisasi, r.persen) for r in rows] == [("2022", 61_564_550, 124_876_014, 0.59)]
    assert HEADING_MENDED in rows[0].cells["realisasi"].inferred
    assert GLYPH in rows[0].cells["realisasi"].inferred


def test_unmended_garbled_headings_leave_the_realisasi_unread() -> None:
    t = _ocr(EFFICIENCY)
    assert [(r.anggaran, r.realisasi) for r in budget_rows(source([t]), NumberStyle.ID)] == [(61_564_550, None)]


def test_misread_separators_are_given_back() -> None:
    assert repair_separators("124:876.014,00") == "124.876.014,00"
    assert repair_separators("1.373.942.019.00") == "1.373.942.019,00"
    assert repair_separators("61,564,550,00") == "61,564,550.00"
    assert repair_separators("Rp.1.438.079.933.00") == "Rp.1.438.079.933,00"
    assert repair_separators("Rp.124:876.014,00") == "Rp.124.876.014,00"
    # A scale, a time, a well-formed amount: as printed.
    assert [repair_separators(t) for t in ("1:250.000", "10:30", "2.397.613.150,00", "57.30")] == \
        ["1:250.000", "10:30", "2.397.613.150,00", "57.30"]


def _spanning(header_words: list[tuple[float, str]], body: list[str]) -> tuple[RawTable, object]:
    """A 2-row table over columns at x 60|160|260|360: one heading cell over columns 1-2."""
    page = text_page([(x, 104.0, w) for x, w in header_words] + [(65 + 100 * c, 124.0, t) for c, t in enumerate(body)])
    head = [RawCell("Tahun", 0, 0, (60.0, 100.0, 160.0, 120.0)),
            RawCell(" ".join(w for _, w in header_words), 0, 1, (160.0, 100.0, 360.0, 120.0), colspan=2)]
    cells = [RawCell(t, 1, c, (60.0 + 100 * c, 120.0, 160.0 + 100 * c, 140.0)) for c, t in enumerate(body)]
    t = RawTable(id="p8-t1", page=8, bbox=(60.0, 100.0, 360.0, 140.0),
                 grid=[[head[0], head[1], head[1]], cells], pages=[8], row_pages=[8, 8])
    t.engine = "lattice-ocr"
    return t, page


def test_a_heading_over_two_body_columns_is_split_at_the_body_rule() -> None:
    t, page = _spanning([(170.0, "Persentase"), (270.0, "Efisiensi")], ["2022", "57,30", "13,34"])
    assert split_spanning_headers(page, t, 1) == 1  # type: ignore[arg-type]
    assert [t.grid[0][c].text for c in range(3)] == ["Tahun", "Persentase", "Efisiensi"]
    assert t.grid[0][1] is not t.grid[0][2]


def test_a_heading_centred_across_the_rule_stays_whole() -> None:
    # "Realisasi Keuangan" printed across the rule between its two columns.
    t, page = _spanning([(200.0, "Realisasi"), (250.0, "Keuangan")], ["2022", "57,30", "13,34"])
    assert split_spanning_headers(page, t, 1) == 0  # type: ignore[arg-type]
    assert t.grid[0][1] is t.grid[0][2]


def test_a_heading_over_sub_headings_stays_whole() -> None:
    t, page = _spanning([(170.0, "Persentase"), (270.0, "Efisiensi")], ["Tahun", "Fisik", "Keuangan"])
    assert split_spanning_headers(page, t, 1) == 0  # type: ignore[arg-type]


def test_an_ocr_pages_glued_and_misread_amounts_are_read_from_its_text() -> None:
    from lkjip.extract.interpret.narrative_amounts import narrative_amounts

    lines = [(60.0, 100.0, "Berdasarkan tabel diatasdiketahui bahwa target belanja pada Tahun 2022"),
             (60.0, 115.0, "sebesarRp 126.532.550,00 dengan realisasi belanja mencapai Rp.1.438.079.933.00"),
             (60.0, 130.0, "atau Rp 661.491.235,00atausebesar 92,15 persen.")]
    scanned = text_page(lines)
    scanned.ocr_engine = "rapidocr"
    read = {a.text: (a.value, a.cell.inferred) for a in narrative_amounts(source([], [scanned]), NumberStyle.ID)
            if a.kind == "rupiah"}
    assert read == {"Rp 126.532.550,00": (126_532_550, ()), "Rp.1.438.079.933,00": (1_438_079_933, (GLYPH,)),
                    "Rp 661.491.235,00": (661_491_235, ())}
    # A text layer is read as printed: its glued words and marks are the author's.
    printed = {a.text for a in narrative_amounts(source([], [text_page(lines)]), NumberStyle.ID) if a.kind == "rupiah"}
    assert printed == set()


def test_a_heading_band_over_numbered_text_rows_is_split_at_the_body_rules() -> None:
    # A dark header band whose white column rules the scan lost, over an IKU list whose
    # columns print text: the row number in its own cell says the row is body.
    page = text_page([(62.0, 104.0, "NO"), (170.0, 104.0, "SASARAN"), (270.0, 104.0, "INDIKATOR"),
                      (65.0, 124.0, "1"), (165.0, 124.0, "Meningkatnya"), (265.0, 124.0, "Hasil")])
    band = RawCell("NO SASARAN INDIKATOR", 0, 0, (60.0, 100.0, 360.0, 120.0), colspan=3)
    body = [RawCell(t, 1, c, (60.0 + 100 * c, 120.0, 160.0 + 100 * c, 140.0))
            for c, t in enumerate(["1", "Meningkatnya", "Hasil"])]
    t = RawTable(id="p1-t1", page=1, bbox=(60.0, 100.0, 360.0, 140.0), grid=[[band, band, band], body],
                 pages=[1], row_pages=[1, 1])
    t.engine = "lattice-ocr"
    assert split_spanning_headers(page, t, header_row_count(t)) == 1  # type: ignore[arg-type]
    assert [t.grid[0][c].text for c in range(3)] == ["NO", "SASARAN", "INDIKATOR"]
