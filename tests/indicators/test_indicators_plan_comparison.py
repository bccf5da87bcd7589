"""A comparison with the RPJMD printing bare year columns beside the plan's later target
(tests/generator/plan_comparison_layouts): the years are realisasi, the table's year is the
latest realised one, and the capaian against the plan is that year's; a name printed in
another grid column its header spans is still the row's name; the Renstra's end target in
the plan's last year is that year's target."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.interpret.indicators import indicator_tables
from lkjip.extract.interpret.indicators.header_columns import Column, _role
from lkjip.extract.interpret.indicators.realised_year_columns import (
    ROLE_FROM_CONTEXT,
    realised_year_columns,
)
from lkjip.extract.readers import read_document
from tests.generator.plan_comparison_layouts import BARE_YEAR_ROWS, YEARS, rpjmd_bare_years_pdf


def test_bare_years_before_the_plans_target_are_realisasi(tmp_path: Path) -> None:
    infos, rows = indicator_tables(read_document(rpjmd_bare_years_pdf(tmp_path / "rpjmd.pdf")), None)
    assert [i.year for i in infos] == [2016]
    got = {r.indikator: r for r in rows}
    for name, _, values, target, capaian in BARE_YEAR_ROWS:
        row = got[name]
        assert row.year == 2016
        assert row.realisasi is not None and row.realisasi.text == values[-1]
        assert {y: q.text for y, q in row.realisasi_by_year.items()} == dict(zip(YEARS, values, strict=True))
        assert row.target is None and row.target_by_year[2018].text == target
        assert row.capaian is not None and row.capaian_text == capaian
        # The header never says "realisasi": no error may rest on these values.
        assert ROLE_FROM_CONTEXT in row.cells["realisasi"].inferred


def test_bare_years_stay_unread_without_a_later_target_or_beside_realisasi() -> None:
    years = [Column(2, "2019", "other", 2019), Column(3, "2020", "other", 2020)]
    # A year at or past the plan's target year is not one already realised.
    assert [c.role for c in realised_year_columns([*years, Column(4, "target 2020", "target", 2020)])][:2] == \
        ["realisasi", "other"]
    assert [c.role for c in realised_year_columns(years)] == ["other", "other"]
    named = [*years, Column(4, "realisasi 2021", "realisasi", 2021), Column(5, "target 2022", "target", 2022)]
    assert [c.role for c in realised_year_columns(named)][:2] == ["other", "other"]
    # A capaian against the plan's realisasi is a capaian, a ratio of two years is not.
    assert _role("capaian target terhadap realisasi rpjmd tahun 2016") == "capaian_akhir"
    assert _role("realisasi 2016 thdp thn 2015") == "rasio"
    # Against the indicator's own target, in the year it names: the year's capaian.
    assert _role("capaian terhadap indikator kinerja 2016") == "capaian"


def test_medium_term_target_under_a_year_beside_its_realisasi_is_that_years() -> None:
    from lkjip.extract.interpret.indicators.plan_year_columns import (
        MEASURE_UNCERTAIN,
        plan_year_columns,
    )

    target = Column(3, "tahun 2022 target jangka menengah", "target_akhir", 2022)
    beside = plan_year_columns([target, Column(4, "tahun 2022 realisasi", "realisasi", 2022)])
    assert (beside[0].role, beside[0].inferred) == ("target", MEASURE_UNCERTAIN)
    # Alone, or the plan's end ("akhir"), it stays the end target.
    assert plan_year_columns([target])[0].role == "target_akhir"
    end = Column(3, "target akhir jangka menengah 2022", "target_akhir", 2022)
    assert plan_year_columns([end, Column(4, "realisasi 2022", "realisasi", 2022)])[0].role == "target_akhir"


def test_name_printed_in_another_column_its_header_spans(tmp_path: Path) -> None:
    from tests.generator.plan_comparison_layouts import SPANNED_NAME_ROWS, name_in_middle_column_pdf

    _, rows = indicator_tables(read_document(name_in_middle_column_pdf(tmp_path / "mid.pdf")), None)
    got = [(r.indikator, r.target.text if r.target else None, r.realisasi.text if r.realisasi else None)
           for r in rows]
    assert got == [(" ".join(lines), target, real) for _, lines, _, target, real in SPANNED_NAME_ROWS]


def test_renstra_end_target_in_the_plans_last_year_is_that_years(tmp_path: Path) -> None:
    from lkjip.extract.interpret.indicators.plan_year_columns import MEASURE_UNCERTAIN
    from tests.generator.plan_comparison_layouts import RENSTRA_END_ROWS, renstra_end_target_pdf

    _, rows = indicator_tables(read_document(renstra_end_target_pdf(tmp_path / "end.pdf")), None)
    got = {r.indikator: (r.year, r.realisasi.text if r.realisasi else None, r.target.text if r.target else None)
           for r in rows}
    assert got == {i: (2021, r, t) for _, i, r, t in RENSTRA_END_ROWS}
    assert all(MEASURE_UNCERTAIN in r.cells["target"].inferred for r in rows)
    # A plan ending in another year: its end target is not 2021's.
    _, rows = indicator_tables(read_document(renstra_end_target_pdf(tmp_path / "end2.pdf", "2019 – 2023")), None)
    assert rows and all(r.target is None for r in rows)
