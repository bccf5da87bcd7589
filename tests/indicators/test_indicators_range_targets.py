"""Targets printed as a range ("68,75 - 69,25") or a grade ("BB"): compared between tables
(LKJ-K001) and checked against the capaian beside them (LKJ-K004), on generated PDFs
(tests/generator/indicator_range_targets) and hand-built rows."""

from __future__ import annotations

from pathlib import Path

from lkjip.checks.indicators.k001_target_differs import TargetDiffers
from lkjip.checks.indicators.k004_capaian_arithmetic import CapaianArithmetic
from lkjip.checks.indicators.target_grade import grade_of
from lkjip.checks.indicators.target_range import range_bounds
from lkjip.checks.rule import CheckConfig
from lkjip.extract.readers import read_document
from lkjip.numbers import parse_quantity
from lkjip.pipeline import records_of
from lkjip.records import Cell, Extraction, IndicatorRow
from tests.generator.indicator_range_targets import range_targets_pdf

CFG = CheckConfig()


def _findings(path: Path) -> list:
    doc = records_of(read_document(path))
    return [*TargetDiffers().check(doc, CFG), *CapaianArithmetic().check(doc, CFG)]


def test_a_grade_alone_is_a_grade() -> None:
    assert grade_of(parse_quantity("BB")) == "BB"
    assert grade_of(parse_quantity("Predikat a")) == "A"
    assert grade_of(parse_quantity("WTP\nBB")) is None
    assert grade_of(parse_quantity("70 (BB)")) is None


def test_range_bounds_read_as_printed_across_a_wrap() -> None:
    assert range_bounds(parse_quantity("75,70 –\n76,20")) == (75.7, 76.2)
    assert range_bounds(parse_quantity("5 s/d 7")) == (5.0, 7.0)
    assert range_bounds(parse_quantity("75,70")) is None
    assert range_bounds(parse_quantity("Facebook:\n- like : 20\n- komentar : 3")) is None


def test_shifted_range_and_capaian_of_no_bound_are_warnings(tmp_path: Path) -> None:
    found = _findings(range_targets_pdf(tmp_path / "r.pdf", defects=True))
    k001 = [f for f in found if f.rule == "LKJ-K001"]
    k004 = [f for f in found if f.rule == "LKJ-K004"]
    assert len(k001) == 2 and all(f.severity == "warning" for f in k001)
    ranged, graded = sorted(k001, key=lambda f: "SAKIP" in f.text("en"))
    assert "Kesehatan" in ranged.text("en")
    assert {e.cell.text for e in ranged.evidence} == {"75,70 - 76,20", "75,65 - 76,20"}
    assert {e.cell.text for e in graded.evidence} == {"BB", "B"}
    assert len(k004) == 1 and k004[0].severity == "warning" and "Pendidikan" in k004[0].text("en")
    assert "100,86" in k004[0].text("en") and "batas bawah" in k004[0].text("id")


def test_capaian_of_the_upper_bound_passes(tmp_path: Path) -> None:
    assert _findings(range_targets_pdf(tmp_path / "c.pdf", defects=False)) == []


def _row(table: str, target: str, page: int, capaian: str | None = None, realisasi: str = "76,32") -> IndicatorRow:
    r = IndicatorRow(table=table, table_kind="pengukuran_kinerja", page=page, row=1, indikator="Indeks Kesehatan",
                     year=2022, target=parse_quantity(target), realisasi=parse_quantity(realisasi),
                     detail="pengukuran_kinerja",
                     capaian=float(capaian.replace(",", ".")) if capaian else None, capaian_text=capaian)
    for role, text in (("target", target), ("realisasi", realisasi), ("capaian", capaian)):
        if text:
            r.cells[role] = Cell(text, page, table, 1, role)
    return r


def _doc(*rows: IndicatorRow) -> Extraction:
    return Extraction(file="t.pdf", sha256=None, kind="pdf", pages=40, indicators=list(rows))


def test_one_range_printed_with_other_spacing_is_one_target() -> None:
    d = _doc(_row("t1", "75,70 –\n76,20", 21), _row("t2", "75,70-76,20", 45))
    assert list(TargetDiffers().check(d, CFG)) == []


def test_capaian_of_100_inside_the_range_or_of_the_middle_passes() -> None:
    inside = _row("t1", "75,70 - 76,20", 21, capaian="100", realisasi="76,00")
    middle = _row("t2", "75,70 - 76,20", 23, capaian="100,49", realisasi="76,32")  # 76,32 / 75,95
    assert list(CapaianArithmetic().check(_doc(inside, middle), CFG)) == []

