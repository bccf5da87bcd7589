"""Rows a table engine merged (no rule between them) split where their values start;
header words a narrow column broke without a hyphen joined again; a ratio value
printed over two lines ("89/" over "100.000 KH") kept one value."""

from __future__ import annotations

from lkjip.extract.interpret.indicators.broken_words import rejoin_broken_words
from lkjip.extract.interpret.indicators.bullet_pairing import value_items
from lkjip.extract.interpret.indicators.header_columns import _HEADER_WORDS, _is_header_row, _role
from lkjip.extract.interpret.indicators.value_aligned_split import split_at_value_tops


def lines(*rows: tuple[str, float]) -> list:
    return [(text, (0.0, top, 100.0, top + 8.0)) for text, top in rows]


def test_broken_header_words_join_again() -> None:
    assert rejoin_broken_words("Satua\nn", _HEADER_WORDS) == "Satuan"
    assert rejoin_broken_words("Targe\nt\nRenst\nra", _HEADER_WORDS) == "Target\nRenstra"
    assert rejoin_broken_words("REAL\nISASI", _HEADER_WORDS) == "REALISASI"
    # Two words already: left apart.
    assert rejoin_broken_words("Target\nRealisasi", _HEADER_WORDS) == "Target\nRealisasi"
    assert _is_header_row(["Misi", "Tujuan", "Sasaran", "Indikator\nSasaran", "Satua\nn", "Realisasi",
                           "Targe\nt\nRenst\nra"])
    assert _role("target renstra") == "target_akhir"
    assert rejoin_broken_words("REALI-SASI", _HEADER_WORDS) == "REALISASI"
    assert rejoin_broken_words("Target-Realisasi", _HEADER_WORDS) == "Target-Realisasi"


def test_merged_rows_split_at_the_values_tops() -> None:
    ind = lines(("Tingkat kesesuaian", 10), ("perencanaan pembangunan", 20), ("Persentase usulan", 40),
                ("dari pelaku", 50))
    target = value_items(lines(("85", 10), ("70", 40)))
    real = value_items(lines(("87,50", 10), ("75,40", 40)))
    items = split_at_value_tops(ind, [target, real])
    assert items is not None
    assert [i.text for i in items] == ["Tingkat kesesuaian perencanaan pembangunan", "Persentase usulan dari pelaku"]


def test_value_printed_in_the_blank_line_between_two_names_starts_the_second() -> None:
    ind = lines(("Tingkat kesesuaian", 10), ("perencanaan", 20), ("Kab/Kota", 30), ("Persentase usulan", 50),
                ("dari pelaku", 60))
    capaian = value_items(lines(("102,54", 10), ("100,53", 40)))
    items = split_at_value_tops(ind, [capaian])
    assert items is not None
    assert [i.text for i in items] == ["Tingkat kesesuaian perencanaan Kab/Kota", "Persentase usulan dari pelaku"]
    # Names with no blank line between them: a value between two lines says nothing.
    packed = [(text, (0.0, top, 100.0, top + 4.0)) for text, top in
              (("Tingkat kesesuaian", 10), ("perencanaan", 20), ("Persentase usulan", 30), ("dari pelaku", 40))]
    assert split_at_value_tops(packed, [value_items(lines(("102,54", 10), ("100,53", 25)))]) is None


def test_no_split_when_values_do_not_say() -> None:
    ind = lines(("Tingkat kesesuaian", 10), ("perencanaan pembangunan", 20))
    # A value not level with any line, columns that disagree, a first value below the first line.
    assert split_at_value_tops(ind, [value_items(lines(("85", 10), ("70", 31)))]) is None
    assert split_at_value_tops(ind, [value_items(lines(("85", 10), ("70", 20))),
                                     value_items(lines(("85", 10), ("70", 30)))]) is None
    assert split_at_value_tops(ind, [value_items(lines(("85", 20), ("70", 30)))]) is None
    assert split_at_value_tops(ind, [value_items(lines(("85", 10)))]) is None


def test_ratio_over_two_lines_is_one_value() -> None:
    vals = value_items(lines(("89/", 10), ("100.000", 20), ("KH", 30), ("5,8/1000", 40)))
    assert [v.text for v in vals] == ["89/\n100.000\nKH", "5,8/1000"]


class _Grid:
    """A RawTable stand-in: rows of cell texts (no merges)."""

    def __init__(self, rows: list[list[str]]) -> None:
        from lkjip.extract.source import RawCell, RawTable

        grid = [[RawCell(t, r, c, None) if t else None for c, t in enumerate(row)] for r, row in enumerate(rows)]
        self.table = RawTable("t1", 1, None, grid)


def test_header_runs_through_fragment_rows_and_column_numbers() -> None:
    from lkjip.extract.interpret.indicators.header_columns import read_layout

    rows = [["NO", "INDIKATOR KINERJA", "", "2016", "2016"],
            ["", "", "EKS", "", ""],
            ["", "", "201", "", ""],
            ["", "", "", "TARGET", "REALISASI"],
            ["1", "Persentase temuan", "32%", "60%", "74,85%"]]
    layout = read_layout(_Grid(rows).table)
    assert layout is not None and layout.header_rows == [0, 1, 2, 3]
    assert [(c.role, c.year) for c in layout.columns[3:]] == [("target", 2016), ("realisasi", 2016)]
    # A blank band above the header, and a row of column numbers under a row of unknown words.
    rows = [["", "", ""], ["Program", "Indikator Kinerja", ""], ["", "Tolok Ukur", "Target"],
            ["(1)", "(2)", "(3)"], ["Program A", "Persentase X", "100%"]]
    layout = read_layout(_Grid(rows).table)
    assert layout is not None and layout.header_rows == [1, 2, 3]
    assert [c.role for c in layout.columns] == ["program", "indikator", "target"]


def test_garbled_repeated_header_is_not_a_row() -> None:
    from lkjip.extract.interpret.indicators.header_columns import read_layout, repeated_header_rows

    rows = [["No", "Indikator Kinerja", "Target", "Realisasi"],
            ["1", "Persentase layanan", "100%", "98%"],
            ["", "I dik t", "Tar", "get"],  # the header again after a page break, garbled
            ["2", "Jumlah dokumen", "4", "4"]]
    table = _Grid(rows).table
    layout = read_layout(table)
    assert layout is not None and repeated_header_rows(table, layout) == {2}


def test_header_word_cut_between_two_columns_names_the_left_one() -> None:
    from lkjip.extract.interpret.indicators.header_columns import read_layout

    rows = [["NO", "Indikator Kinerja", "Target", "Realisasi", "Capai\n(%", "", "an\n)"],
            ["1", "Ratio Kematian Ibu", "89", "86,97", "102.33", "", "%"]]
    layout = read_layout(_Grid(rows).table)
    assert layout is not None
    assert [c.role for c in layout.columns] == ["no", "indikator", "target", "realisasi", "capaian", "other",
                                                "other"]


def test_header_whose_no_column_prints_a_number() -> None:
    from lkjip.extract.interpret.indicators.header_columns import read_layout

    rows = [["1", "Sasaran", "Indikator Sasaran", "Target", "Realisasi", "Capaian"],
            ["1.", "Peningkatan keamanan pangan", "Persentase sampel komoditi", "85", "98,5", "115,88"]]
    layout = read_layout(_Grid(rows).table)
    assert layout is not None and layout.header_rows == [0]
    assert [c.role for c in layout.columns][2:] == ["indikator", "target", "realisasi", "capaian"]
    # A data row with a number first and words after is still data.
    assert read_layout(_Grid([rows[1], rows[1]]).table) is None
