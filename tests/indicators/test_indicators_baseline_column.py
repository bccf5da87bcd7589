"""A baseline column ("Eksisting 2013", "Kondisi Awal") read under its own role with its
year, compared by LKJ-K016 with the same indicator's baseline in another table, figure by
figure, and never with a target or a realisasi."""

from __future__ import annotations

from lkjip.checks.indicators.common import indicator_groups
from lkjip.checks.indicators.composite_figures import figures, like_pairs
from lkjip.checks.indicators.k016_baseline_differs import BASELINE as CHECKED
from lkjip.checks.indicators.k016_baseline_differs import BaselineDiffers
from lkjip.checks.indicators.name_variants import one_root
from lkjip.checks.indicators.parallel_rows import MIN_ROWS
from lkjip.checks.rule import CheckConfig
from lkjip.extract.interpret.indicators.baseline_column import BASELINE, is_baseline_header
from lkjip.numbers import NumberStyle, parse_quantity
from lkjip.pipeline import findings_of
from lkjip.records import Extraction, IndicatorRow
from tests.indicators.test_indicators_kind_layouts import _read, layout_of, table

# A medium-term comparison opening with the starting point, and the year's plan restating it.
PLAN_HEADER = [["NO", "INDIKATOR KINERJA", "EKSISTING 2013", "2016", ""],
               ["", "", "", "TARGET", "REALISASI"]]
RENJA_HEADER = [["No", "Sasaran", "Indikator Kinerja", "Eksisting 2013", "Target 2016"]]
NAMES = ["Persentase penyelesaian tindak lanjut hasil pemeriksaan",
         "Persentase OPD yang nilai evaluasi LKIP adalah B ke atas",
         "Persentase OPD yang melaksanakan SPIP",
         "Jumlah auditor dan P2UPD bersertifikat",
         "Level kapabilitas Inspektorat"]
SASARAN = "Meningkatnya akuntabilitas kinerja instansi pemerintah"


def _plan(baselines: list[str], names: list[str] = NAMES) -> list[list[str]]:
    return [*PLAN_HEADER, *[[str(k + 1), n, b, "80%", "75%"] for k, (n, b) in enumerate(zip(names, baselines,
                                                                                            strict=True))]]


def _renja(baselines: list[str], names: list[str] = NAMES) -> list[list[str]]:
    return [*RENJA_HEADER, *[[str(k + 1), SASARAN, n, b, "80%"] for k, (n, b) in enumerate(zip(names, baselines,
                                                                                              strict=True))]]


SAME = ["32,20%", "20%\n(11 OPD)", "0", "65 orang", "1"]


def _doc(plan: list[list[str]], renja: list[list[str]]) -> Extraction:
    _, rows = _read(table(plan, page=2, caption="Lampiran 1b Target dan Realisasi Jangka Menengah"),
                    table(renja, page=3, caption="Lampiran 1c Rencana Kinerja Tahun 2016"))
    return Extraction(file="t.pdf", sha256=None, kind="pdf", pages=3, indicators=rows)


def _k015(doc: Extraction) -> list:
    return list(BaselineDiffers().check(doc, CheckConfig()))


def test_a_header_naming_the_starting_point_is_a_baseline_column_with_its_year() -> None:
    for header in ("eksisting 2013", "kondisi awal", "baseline", "capaian awal", "kondisi tahun 2018",
                   "kondisi kinerja awal 2019"):
        assert is_baseline_header(header), header
    for header in ("kondisi akhir", "target kondisi akhir", "realisasi 2018", "capaian 2018", "target 2016"):
        assert not is_baseline_header(header), header
    layout = layout_of([*RENJA_HEADER, ["1", SASARAN, NAMES[0], "32,2", "60%"]])
    (col,) = layout.by_role("baseline")
    assert (col.header, col.year) == ("eksisting 2013", 2013)
    assert BASELINE == CHECKED  # the key the reader files the cell under is the one K016 reads


def test_the_baseline_is_kept_on_the_row_apart_from_target_and_realisasi() -> None:
    doc = _doc(_plan(SAME), _renja(SAME))
    plan = [r for r in doc.indicators if r.table == "p2-t1"]
    assert [r.baseline.text for r in plan if r.baseline] == SAME
    assert {r.baseline_year for r in plan} == {2013}
    assert all(2013 not in r.realisasi_by_year and 2013 not in r.target_by_year for r in plan)
    assert plan[3].cells["baseline"].text == "65 orang"
    assert plan[3].to_dict()["baseline"]["value"] == 65 and plan[3].to_dict()["baseline_year"] == 2013
    without = IndicatorRow(table="p1-t1", table_kind="other", page=1, row=1, indikator="x")
    assert "baseline" not in without.to_dict()


def test_equal_baselines_in_two_tables_give_nothing() -> None:
    # As printed in each table: a unit or a trailing zero apart, the same figure.
    assert _k015(_doc(_plan(SAME), _renja(["32,2", "20%\n(11 OPD)", "0", "65", "1"]))) == []


def test_a_baseline_that_differs_between_two_tables_is_a_warning() -> None:
    (f,) = _k015(_doc(_plan(SAME), _renja(["32,2", "20%\n(11 OPD)", "0", "62", "1"])))
    assert f.severity == "warning" and f.rule == "LKJ-K016"
    assert "2013" in f.text("en") and '"65 orang"' in f.text("en") and '"62"' in f.text("en")
    assert "kondisi awal" in f.text("id")
    assert [(e.cell.page, e.cell.text, e.value) for e in f.evidence] == [(2, "65 orang", 65), (3, "62", 62)]


def test_composite_cells_are_compared_like_with_like() -> None:
    (f,) = _k015(_doc(_plan(SAME), _renja(["32,2", "≥B = 12 OPD\n(20%)", "0", "65", "1"])))
    assert [(e.cell.text, e.value) for e in f.evidence] == [("11 OPD", 11), ("12 OPD", 12)]  # 20 % agrees
    assert '"11 OPD" in "20% (11 OPD)"' in f.text("en")
    a = figures(parse_quantity("20%\n(11 OPD)", NumberStyle.ID))
    b = figures(parse_quantity("≥B = 12 OPD\n(20%)", NumberStyle.ID))
    assert [(x.value, y.value) for x, y in like_pairs(a, b)] == [(20, 20), (11, 12)]
    # A bare number beside a cell of two figures: which it restates is not clear.
    assert like_pairs(figures(parse_quantity("20", NumberStyle.ID)), a) == []
    # Two units that are not one: no pair.
    assert like_pairs(figures(parse_quantity("65 orang", NumberStyle.ID)),
                      figures(parse_quantity("62 OPD", NumberStyle.ID))) == []


def test_a_baseline_is_never_compared_with_a_target_or_a_realisasi() -> None:
    # The Eksisting 2015 column (70%) beside another table's realisasi 2015 (75%): no K001/K002.
    first = table([["NO", "INDIKATOR KINERJA", "EKSISTING 2015", "TARGET 2016", "REALISASI 2016"],
                   ["1", NAMES[2], "70%", "80%", "82%"]], page=1, caption="Tabel 3.1 Pengukuran Kinerja Tahun 2016")
    second = table([["NO", "INDIKATOR KINERJA", "TARGET 2015", "REALISASI 2015", "TARGET 2016", "REALISASI 2016"],
                    ["1", NAMES[2], "70%", "75%", "80%", "82%"]], page=2,
                   caption="Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2015 dan 2016")
    _, rows = _read(first, second)
    assert rows[0].baseline is not None and 2015 not in rows[0].realisasi_by_year
    doc = Extraction(file="t.pdf", sha256=None, kind="pdf", pages=2, indicators=rows)
    assert not [f for f in findings_of(doc) if f.rule in ("LKJ-K001", "LKJ-K002", "LKJ-K016")]


def test_names_a_word_form_apart_at_the_same_place_of_equally_long_tables_are_one_indicator() -> None:
    variant = [*NAMES[:3], "Jumlah Auditor dan P2UPD bersertifikasi", NAMES[4]]
    doc = _doc(_plan(SAME), _renja(["32,2", "20%\n(11 OPD)", "0", "62", "1"], names=variant))
    assert any({r.indikator for r in g} == {NAMES[3], variant[3]} for g in indicator_groups(doc))
    assert len(_k015(doc)) == 1
    # At different places (the Renja lists them in another order): kept apart.
    moved = [variant[3], *variant[:3], variant[4]]
    doc = _doc(_plan(SAME), _renja(["62", "32,2", "20%\n(11 OPD)", "0", "1"], names=moved))
    assert not any({r.indikator for r in g} == {NAMES[3], variant[3]} for g in indicator_groups(doc))
    assert _k015(doc) == []
    # A typing slip at the same place is no word form: K005 tells of it
    # (tests/checks/test_k005_misspelt_names.py, four rows at the same places).
    assert not one_root("Indeks ketentraman dan ketertiban masyarakat", "Indeks ketentraman dan ketertiban masyakarakat")
    assert one_root(NAMES[3], variant[3])
    # Lists too short for a place to vouch for anything: kept apart.
    assert MIN_ROWS > 3
    doc = _doc(_plan(SAME[2:], names=NAMES[2:]), _renja(["0", "62", "1"], names=variant[2:]))
    assert _k015(doc) == []
