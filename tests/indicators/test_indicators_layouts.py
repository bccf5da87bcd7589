"""Indicator tables in layouts real reports print them in, generated
(tests/generator/indicator_layouts): every indicator read with its own target."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.interpret.indicators import indicator_tables
from lkjip.extract.interpret.indicators.grade_scores import GRADE_VALUE, grade_value
from lkjip.extract.interpret.indicators.quarter_targets import YEAR_FROM_QUARTERS
from lkjip.extract.readers import read_document
from tests.generator.indicator_layouts import (
    IKU_FORMULA_ROWS,
    QUARTER_ROWS,
    RENJA_ROWS,
    capaian_only_pdf,
    continued_group_rows_pdf,
    continued_other_rules_pdf,
    graded_pdf,
    header_below_a_tail_pdf,
    iku_formula_pdf,
    iku_programme_budget_pdf,
    name_lines_in_rows_pdf,
    name_over_page_break_pdf,
    plan_year_targets_pdf,
    rencana_aksi_pdf,
    renja_pairs_pdf,
    sasaran_capaian_pdf,
)


def test_renja_tolok_ukur_target_pairs_are_each_an_indicator(tmp_path: Path) -> None:
    infos, rows = indicator_tables(read_document(renja_pairs_pdf(tmp_path / "renja.pdf")), None)
    got = {(r.indikator, r.target.text if r.target else None) for r in rows}
    want = {pair for _, *pairs, _ in RENJA_ROWS for pair in pairs if pair}
    assert got == want
    assert all(r.realisasi is None for r in rows)
    # The header row of unfamiliar words and the column numbers are not data.
    assert not any(r.indikator in ("Tolok Ukur", "(2)") for r in rows)
    assert {i.kind for i in infos} == {"renja"}


def test_grades_give_their_score_or_level_and_say_so(tmp_path: Path) -> None:
    _, rows = indicator_tables(read_document(graded_pdf(tmp_path / "graded.pdf")), None)
    got = {r.indikator: (r.target.value if r.target else None, r.realisasi.value if r.realisasi else None)
           for r in rows}
    assert got == {"Maturitas SPIP": (3.35, 3.157), "Kapabilitas APIP": (3, 3),
                   "Nilai Evaluasi AKIP": (83, 82.92)}
    # A number chosen from a grade is never certain enough for an error.
    assert all(GRADE_VALUE in r.cells["target"].inferred for r in rows)


def test_grade_value_forms() -> None:
    assert grade_value("BB (64,00)", None) == 64.0
    assert grade_value("(70,00)BB", None) == 70.0
    # A bare bracketed number may be a negative (accounting style); words after a level are a label.
    assert grade_value("(3,35)", None) is None
    assert grade_value("Level 3 Terdefinisi", None) is None
    assert grade_value("WTP", None) is None


def test_cumulative_quarters_give_the_years_target_marked_inferred(tmp_path: Path) -> None:
    infos, rows = indicator_tables(read_document(rencana_aksi_pdf(tmp_path / "ra.pdf")), None)
    assert {r.indikator: r.target.text for r in rows if r.target} == {
        name: quarters[-1] for name, quarters in QUARTER_ROWS}
    assert all(YEAR_FROM_QUARTERS in r.cells["target"].inferred for r in rows)
    assert {i.kind for i in infos} == {"rencana_aksi"}


def test_quarter_shares_give_no_years_target(tmp_path: Path) -> None:
    shares = [(name, ("25%", "25%", "20%", "30%")) for name, _ in QUARTER_ROWS]
    _, rows = indicator_tables(read_document(rencana_aksi_pdf(tmp_path / "ra.pdf", shares)), None)
    assert not [r for r in rows if r.target is not None]


def test_capaian_only_table_rows_keep_their_capaian_by_year(tmp_path: Path) -> None:
    from lkjip.checks.indicators.common import measure_uncertain

    _, rows = indicator_tables(read_document(capaian_only_pdf(tmp_path / "cap.pdf")), None)
    by_year = {r.indikator: {**r.capaian_by_year, r.year: r.capaian} for r in rows}
    got = {name: (years.get(2015), years.get(2016)) for name, years in by_year.items()}
    assert got == {"Tingkat kesesuaian prioritas pembangunan": (100.0, 102.54),
                   "Persentase usulan pembangunan yang sesuai": (96.1, 98.0)}
    # Without a target beside it a capaian may be a ratio of years: never the ground of an error.
    assert all(measure_uncertain(r, "capaian") for r in rows)


def test_table_continued_in_other_columns_keeps_its_roles(tmp_path: Path) -> None:
    path, want = continued_other_rules_pdf(tmp_path / "cont.pdf")
    _, rows = indicator_tables(read_document(path), None)
    got = [(r.indikator, r.target.text if r.target else None, r.realisasi.text if r.realisasi else None)
           for r in rows]
    assert got == want
    assert {r.table for r in rows} == {rows[0].table}  # one table over both pages


def test_table_continued_with_group_rows_merged_over_other_rules_keeps_its_roles(tmp_path: Path) -> None:
    # The continued page's group rows span columns its extra rule splits: they are placed
    # by their left rule, so the page joins the table above and its rows keep their roles.
    path, want = continued_group_rows_pdf(tmp_path / "groups.pdf")
    _, rows = indicator_tables(read_document(path), None)
    years = [{**r.capaian_by_year, r.year: r.capaian} for r in rows]
    got = [(r.indikator.split(") ", 1)[-1], y.get(2015), y.get(2016)) for r, y in zip(rows, years, strict=True)]
    assert got == [(n, float(a.replace(",", ".")), float(b.replace(",", "."))) for n, a, b in want]
    assert {r.table for r in rows} == {rows[0].table}  # one table over both pages
    assert [r.page for r in rows] == [1, 1, 1, 2, 2, 2]


def test_name_wrapped_onto_the_next_page_joins_its_row(tmp_path: Path) -> None:
    _, rows = indicator_tables(read_document(name_over_page_break_pdf(tmp_path / "wrap.pdf")), None)
    assert [(r.indikator, r.realisasi.text if r.realisasi else None) for r in rows] == [
        ("Tingkat layanan informasi perencanaan", "100,00"),
        ("Tingkat layanan satu data pembangunan Jawa Barat", "88,59"),
        ("Tingkat aksesibilitas informasi pembangunan", "19,99")]
    # Broken off after a joining word, the rest may start with a capital ("… Program dan" / "Kebijakan …").
    wrap = name_over_page_break_pdf(tmp_path / "wrap2.pdf", "Persentase Program dan", "Kebijakan Pemprov yang Tersosialisasi")
    _, rows = indicator_tables(read_document(wrap), None)
    assert [r.indikator for r in rows][1] == "Persentase Program dan Kebijakan Pemprov yang Tersosialisasi"


def test_name_lines_under_one_merged_value_cell_join_their_row(tmp_path: Path) -> None:
    _, rows = indicator_tables(read_document(name_lines_in_rows_pdf(tmp_path / "lines.pdf")), None)
    assert [(r.indikator, r.realisasi.text if r.realisasi else None) for r in rows] == [
        ("Cakupan penanganan kekerasan terhadap perempuan", "100%"),
        ("Jumlah Kota Layak Anak (KLA)", "35"),
        ("Prosentase Peserta KB Aktif terhadap Pasangan Usia Subur", "74,88%"),
        ("Prosentase Peserta KB Pria", "2,49%")]


def test_plan_targets_of_named_years_are_read_under_their_year_in_doubt(tmp_path: Path) -> None:
    from lkjip.extract.interpret.indicators.plan_year_columns import MEASURE_UNCERTAIN

    _, rows = indicator_tables(read_document(plan_year_targets_pdf(tmp_path / "plan.pdf")), None)
    got = {r.indikator: (r.target.value if r.target else None, r.realisasi.value if r.realisasi else None,
                         r.capaian, {y: q.value for y, q in r.target_by_year.items() if q}, r.capaian_by_year)
           for r in rows}
    assert got == {"Indeks Pembangunan Gender (poin)": (89.68, 89.11, 99.36, {2016: 89.68, 2018: 90.88},
                                                        {2018: 98.05}),
                   "Jumlah Desa/Kelurahan P2WKSS": (211, 211, 100.0, {2016: 211, 2018: 265}, {2018: 79.62})}
    # Which target the report compares with varies: no error may rest on these values.
    assert all(MEASURE_UNCERTAIN in r.cells["capaian"].inferred and MEASURE_UNCERTAIN in r.cells["target"].inferred
               for r in rows)


def test_an_ikus_programme_budget_gives_no_indicator_values(tmp_path: Path) -> None:
    # One rupiah realisasi beside an Anggaran column is money; the capaian then the budget's.
    _, rows = indicator_tables(read_document(iku_programme_budget_pdf(tmp_path / "budget.pdf")), None)
    assert [(r.indikator, r.realisasi, r.capaian) for r in rows if r.realisasi or r.capaian] == []


def test_a_header_below_another_tables_tail_starts_its_table(tmp_path: Path) -> None:
    _, rows = indicator_tables(read_document(header_below_a_tail_pdf(tmp_path / "inner.pdf")), None)
    assert [(r.indikator, r.target.text if r.target else None, r.realisasi.text if r.realisasi else None,
             r.capaian) for r in rows] == [("Prevalensi gizi buruk", "0,58", "0,6", 96.67),
                                           ("Cakupan Persalinan oleh tenaga kesehatan", "86%", "86%", 100.0)]


def test_one_capaian_sasaran_beside_several_indicators_is_none_of_theirs(tmp_path: Path) -> None:
    _, rows = indicator_tables(read_document(sasaran_capaian_pdf(tmp_path / "sasaran.pdf")), None)
    assert [(r.indikator, r.realisasi.text if r.realisasi else None, r.capaian) for r in rows] == [
        ("Skor Pola Pangan Harapan Tingkat Ketersediaan", "86", None),
        ("Jumlah Tonase Cadangan Pangan", "270", None),
        ("Persentase sampel komoditi pangan segar", "98,5", 115.88)]


def test_an_iku_list_of_formulas_names_its_indicators_without_values(tmp_path: Path) -> None:
    _, rows = indicator_tables(read_document(iku_formula_pdf(tmp_path / "iku.pdf")), None)
    assert [(r.sasaran, r.indikator, r.formula) for r in rows] == [row[:3] for row in IKU_FORMULA_ROWS]
    assert all(r.target is None and r.realisasi is None and r.capaian is None for r in rows)
