"""Indicator lists beside one value, footnote-marked values and lower-is-better
indicators, on generated PDFs (tests/generator/indicator_list_layouts)."""

from __future__ import annotations

from pathlib import Path

from lkjip.checks.indicators.k004_capaian_arithmetic import CapaianArithmetic
from lkjip.checks.indicators.polarity import POLARITY_FROM_WORDING
from lkjip.checks.rule import CheckConfig
from lkjip.extract.interpret.indicators import indicator_tables
from lkjip.extract.readers import read_document
from lkjip.numbers import parse_quantity, split_footnote_mark
from lkjip.pipeline import records_of
from tests.generator.indicator_list_layouts import (
    OWN_ROWS,
    SHARED_ROWS,
    bullets_one_value_pdf,
    negative_indicator_pdf,
)


def test_bullets_beside_one_value_are_one_indicator(tmp_path: Path) -> None:
    _, rows = indicator_tables(read_document(bullets_one_value_pdf(tmp_path / "b.pdf")), None)
    got = {r.indikator: r.realisasi.text if r.realisasi else None for r in rows}
    _, bullets, r21, _ = SHARED_ROWS[0]
    want = {"; ".join(bullets): r21}
    want.update({name: r for _, items in OWN_ROWS for name, r, _ in items})  # each its own value
    assert got == want


def test_footnote_mark_is_no_digit() -> None:
    assert split_footnote_mark("150*") == ("150", "*")
    assert split_footnote_mark("112 *)") == ("112", "*)")
    assert split_footnote_mark("Rp*") == ("Rp*", None)
    q = parse_quantity("150*")
    assert q is not None and q.value == 150 and q.note == "*"


def _k004(path: Path) -> list:
    doc = records_of(read_document(path))
    return [f for f in CapaianArithmetic().check(doc, CheckConfig())]


def test_negative_indicator_by_name_alone_is_a_warning(tmp_path: Path) -> None:
    findings = _k004(negative_indicator_pdf(tmp_path / "n.pdf", inverse_elsewhere=False))
    gini = [f for f in findings if "Gini" in f.text("en")]
    assert len(gini) == 1 and gini[0].severity == "warning"
    assert any(POLARITY_FROM_WORDING in e.cell.inferred for e in gini[0].evidence)
    # "150*" / "112*" are read (134,4 → 150 gives 111,6 as realisasi / target): checked, and
    # like Gini only the name says lower is better.
    risk = [f for f in findings if "Resiko" in f.text("en")]
    assert len(risk) == 1 and risk[0].severity == "warning"
    # A positive indicator whose capaian is right raises nothing.
    assert not [f for f in findings if "Pertumbuhan" in f.text("en")]


def test_negative_indicator_the_report_computes_so_elsewhere_is_an_error(tmp_path: Path) -> None:
    findings = _k004(negative_indicator_pdf(tmp_path / "n.pdf", inverse_elsewhere=True))
    gini = [f for f in findings if "Gini" in f.text("en")]
    assert len(gini) == 1 and gini[0].severity == "error"
    assert "99,37" in gini[0].text("en") and "computes it so" in gini[0].text("en")
    assert "menghitungnya demikian" in gini[0].text("id")


def test_shading_inset_in_shading_cuts_no_cell(tmp_path: Path) -> None:
    from tests.generator.indicator_list_layouts import SHADED_ROWS, shaded_rows_pdf

    source = read_document(shaded_rows_pdf(tmp_path / "s.pdf"))
    (table,) = source.tables
    assert table.n_cols == 4  # no strips beside the shaded cells' text
    _, rows = indicator_tables(source, None)
    got = {r.indikator: (r.target.text if r.target else None, r.capaian) for r in rows}
    assert got == {" ".join(lines): (t, float(c.replace(",", "."))) for lines, t, _, c in SHADED_ROWS}


def test_nested_fills_are_the_inner_ones_of_one_colour() -> None:
    from lkjip.extract.pdf.shading import nested_fills

    blue, grey = (217, 226, 243, 255), (200, 200, 200, 255)
    fills = [((0, 0, 100, 30), blue), ((5, 5, 95, 20), blue),  # a cell and its paragraph band
             ((100, 0, 200, 30), grey), ((105, 5, 195, 20), blue)]  # another colour inside: kept
    assert nested_fills(fills) == {1}


def test_parameter_header_names_the_indicators(tmp_path: Path) -> None:
    from tests.generator.indicator_list_layouts import PARAMETER_ROWS, parameter_table_pdf

    _, rows = indicator_tables(read_document(parameter_table_pdf(tmp_path / "p.pdf")), None)
    got = {r.indikator: (r.target.text if r.target else None, r.realisasi.text if r.realisasi else None)
           for r in rows}
    assert got == {name: (t, r) for name, t, r, _ in PARAMETER_ROWS}


def test_indicator_table_is_read_in_its_own_notation(tmp_path: Path) -> None:
    from lkjip.numbers import NumberStyle
    from tests.generator.indicator_list_layouts import own_notation_pdf

    source = read_document(own_notation_pdf(tmp_path / "o.pdf"))
    for document_style in (NumberStyle.US, NumberStyle.ID, None):
        _, rows = indicator_tables(source, document_style)
        got = {r.indikator: r.target.value if r.target else None for r in rows}
        assert got["Jumlah kunjungan wisatawan mancanegara"] == 370000
        assert got["Indeks Gini"] == 0.315


def test_stacked_indicators_split_at_their_numbers(tmp_path: Path) -> None:
    from tests.generator.indicator_list_layouts import NUMBERED_ROWS, numbered_stack_pdf

    _, rows = indicator_tables(read_document(numbered_stack_pdf(tmp_path / "n.pdf")), None)
    got = {r.indikator: r.target.text if r.target else None for r in rows}
    assert got == {" ".join(lines): t for _, lines, t in NUMBERED_ROWS}


def test_indicators_under_lettered_kegiatan_are_named_with_them(tmp_path: Path) -> None:
    from tests.generator.indicator_list_layouts import KEGIATAN_ROWS, kegiatan_list_pdf

    _, rows = indicator_tables(read_document(kegiatan_list_pdf(tmp_path / "k.pdf")), None)
    got = {r.indikator: r.target.text if r.target else None for r in rows}
    # One indicator under two kegiatan: two indicators, told apart by their kegiatan.
    assert got == {f"{k[3:]}: {i}": t for k, i, t, _ in KEGIATAN_ROWS}


def test_lines_above_a_cells_first_bullet_in_lower_case_continue_the_last_indicator() -> None:
    from lkjip.extract.interpret.indicators.kegiatan_names import continued_lines

    assert continued_lines([("penyelenggaraan", None), ("pelayanan publik.", None), ("• Terlaksananya", None)]) == 2
    assert continued_lines([("Persentase layanan", None), ("• Terlaksananya", None)]) == 0  # a name of its own
    assert continued_lines([("• Terlaksananya", None), ("penyediaan", None)]) == 0
