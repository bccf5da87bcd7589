"""LKJ-Y001..Y003 on small hand-built reports: a passing and a failing case each."""

from __future__ import annotations

from lkjip.checks.rule import CheckConfig
from lkjip.checks.store_runner import run_store_checks
from lkjip.numbers import parse_quantity
from lkjip.records import BudgetRow, Cell, DocumentMetadata, Extraction, IndicatorRow

AGENCY = DocumentMetadata(agency="Biro Humas dan Protokol Setda", region="Provinsi Jambi", year=2018)
MAGAZINE = "Jumlah Terbitan Majalah Pemprov Jambi"


def _report(file: str, year: int, agency: str = "Biro Humas dan Protokol Setda") -> Extraction:
    return Extraction(file=file, sha256=file, kind="pdf", pages=20,
                      metadata=DocumentMetadata(agency=agency, region="Provinsi Jambi", year=year))


def _own(doc: Extraction, name: str, realisasi: str, page: int = 11) -> None:
    doc.indicators.append(IndicatorRow(
        table="p11-t1", table_kind="pengukuran_kinerja", page=page, row=3, indikator=name,
        year=doc.metadata.year, realisasi=parse_quantity(realisasi),
        cells={"realisasi": Cell(realisasi, page, "p11-t1", 3, "realisasi", (400.0, 300.0, 460.0, 312.0))}))


def _quoted(doc: Extraction, name: str, by_year: dict[int, str], page: int = 3) -> None:
    doc.indicators.append(IndicatorRow(
        table="p3-t1", table_kind="perbandingan_tahunan", page=page, row=2, indikator=name,
        realisasi_by_year={y: parse_quantity(t) for y, t in by_year.items()},
        cells={f"realisasi_{y}": Cell(t, page, "p3-t1", 2, f"realisasi_{y}") for y, t in by_year.items()}))


def _run(docs: list[Extraction], select: str, focus: Extraction | None = None, **options: float):
    return run_store_checks(docs, CheckConfig(lang="en", options=dict(options)), select=[select], focus=focus)


# LKJ-Y001 -----------------------------------------------------------------------------

def test_y001_flags_a_misquoted_realisasi_naming_both_reports() -> None:
    y2018, y2019 = _report("a/lkjip-2018.pdf", 2018), _report("b/lkjip-2019.pdf", 2019)
    _own(y2018, MAGAZINE, "4.500 eks")
    _quoted(y2019, MAGAZINE, {2017: "8000 eks", 2018: "5.400 eks"})
    [f] = _run([y2018, y2019], "LKJ-Y001")
    assert f.severity == "error" and f.file == "b/lkjip-2019.pdf"
    assert f.message["en"] == (
        f"The 2019 report (lkjip-2019.pdf, p. 3) quotes the 2018 realisasi of '{MAGAZINE}' as 5.400 eks, "
        "but the 2018 report (lkjip-2018.pdf, p. 11) states 4.500 eks.")
    assert "(lkjip-2018.pdf, hlm. 11) menyatakan 4.500 eks" in f.message["id"]
    assert [(e.cell.page, e.value) for e in f.evidence] == [(3, 5400), (11, 4500)]
    assert f.evidence[1].cell.bbox == (400.0, 300.0, 460.0, 312.0)


def test_y001_passes_when_the_quote_matches_and_ignores_other_agencies() -> None:
    y2018, y2019 = _report("a.pdf", 2018), _report("b.pdf", 2019)
    _own(y2018, MAGAZINE, "4.500 eks")
    _quoted(y2019, "- Jumlah terbitan majalah Pemprov Jambi", {2018: "4.500 eks"})  # same indicator, restyled
    other = _report("c.pdf", 2019, agency="Dinas Kesehatan")
    _quoted(other, MAGAZINE, {2018: "9.999 eks"})
    assert _run([y2018, y2019, other], "LKJ-Y001") == []


def test_y001_compares_compound_cells_part_by_part() -> None:
    y2018, y2019 = _report("a.pdf", 2018), _report("b.pdf", 2019)
    name = "Persentase peran serta masyarakat di media sosial"
    _own(y2018, name, "Facebook:\n- komentar : 238\n- like : 2004")
    _quoted(y2019, name, {2018: "Facebook:\n- komentar : 238\n- like : 2004"})
    assert _run([y2018, y2019], "LKJ-Y001") == []
    y2019.indicators.clear()
    _quoted(y2019, name, {2018: "Facebook:\n- komentar : 238\n- like : 2040"})
    assert [f.rule for f in _run([y2018, y2019], "LKJ-Y001")] == ["LKJ-Y001"]


def test_y001_with_focus_only_compares_pairs_with_that_report() -> None:
    y2017, y2018, y2019 = _report("a.pdf", 2017), _report("b.pdf", 2018), _report("c.pdf", 2019)
    _own(y2017, MAGAZINE, "8000 eks")
    _own(y2018, MAGAZINE, "4.500 eks")
    _quoted(y2018, MAGAZINE, {2017: "8100 eks"})  # 2018 misquotes 2017
    _quoted(y2019, MAGAZINE, {2018: "5.400 eks"})  # 2019 misquotes 2018
    assert len(_run([y2017, y2018, y2019], "LKJ-Y001")) == 2
    # `lkjip check c.pdf --db`: the store holds 2017 and 2018; only pairs with c.pdf count.
    [f] = _run([y2017, y2018], "LKJ-Y001", focus=y2019)
    assert f.file == "c.pdf" and "5.400 eks" in f.message["en"]
    [f] = _run([y2017, y2018, y2019], "LKJ-Y001", focus=y2017)
    assert f.file == "b.pdf" and "8100 eks" in f.message["en"]


# LKJ-Y002 -----------------------------------------------------------------------------

def _renstra(doc: Extraction, name: str, targets: dict[int, str], page: int = 16) -> None:
    row = IndicatorRow(table="p16-t1", table_kind="renstra", page=page, row=1, indikator=name,
                       cells={f"target_{y}": Cell(t, page, "p16-t1", 1, f"target_{y}") for y, t in targets.items()})
    row.target_by_year = {y: parse_quantity(t) for y, t in targets.items()}
    doc.indicators.append(row)


def test_y002_flags_a_renstra_target_that_changed() -> None:
    y2018, y2019 = _report("a.pdf", 2018), _report("b.pdf", 2019)
    name = "Persentase informasi pembangunan yang disiarkan di media elektronik"
    _renstra(y2018, name, {2019: "100 %", 2020: "100 %"})
    _renstra(y2019, name, {2019: "90 %", 2020: "100 %"}, page=5)
    [f] = _run([y2018, y2019], "LKJ-Y002")
    assert f.severity == "warning"
    assert "target for 2019" in f.message["en"] and "100 % in the 2018 report (a.pdf, p. 16)" in f.message["en"]
    assert "90 % in the 2019 report (b.pdf, p. 5)" in f.message["en"]


def test_y002_passes_when_targets_agree_or_years_differ() -> None:
    y2018, y2019 = _report("a.pdf", 2018), _report("b.pdf", 2019)
    name = "Persentase informasi pembangunan yang disiarkan di media elektronik"
    _renstra(y2018, name, {2019: "100 %"})
    _renstra(y2019, name, {2019: "100 %", 2021: "80 %"})
    assert _run([y2018, y2019], "LKJ-Y002") == []


# LKJ-Y003 -----------------------------------------------------------------------------

def _program(doc: Extraction, name: str, anggaran: float, text: str, page: int = 17) -> None:
    doc.budget.append(BudgetRow(table="p17-t1", table_kind="realisasi_anggaran", page=page, row=1,
                                level="program", name=name, anggaran=anggaran,
                                cells={"anggaran": Cell(text, page, "p17-t1", 1, "anggaran")}))


def test_y003_notes_a_large_budget_change() -> None:
    y2018, y2019 = _report("a.pdf", 2018), _report("b.pdf", 2019)
    _program(y2018, "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", 2316431000, "2.316.431.000,-")
    _program(y2019, "Program Pelayanan Administrasi Perkantoran", 3100000000, "3.100.000.000,-", page=4)
    [f] = _run([y2018, y2019], "LKJ-Y003")
    assert f.severity == "info"
    assert f.message["en"] == ("'Program Pelayanan Administrasi Perkantoran': anggaran 2018 Rp 2.316.431.000,- "
                               "(a.pdf, p. 17) → 2019 Rp 3.100.000.000,- (b.pdf, p. 4), +33,8 %.")


def test_y003_quiet_below_threshold_and_across_gaps() -> None:
    y2018, y2019, y2021 = _report("a.pdf", 2018), _report("b.pdf", 2019), _report("c.pdf", 2021)
    _program(y2018, "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", 2316431000, "2.316.431.000,-")
    _program(y2019, "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", 2500000000, "2.500.000.000,-")
    _program(y2021, "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", 9000000000, "9.000.000.000,-")
    assert _run([y2018, y2019, y2021], "LKJ-Y003") == []  # +7,9 %; 2019→2021 is not consecutive
    assert len(_run([y2018, y2019], "LKJ-Y003", budget_change_threshold=0.05)) == 1


def test_reports_without_agency_are_never_compared() -> None:
    y2018, y2019 = _report("a.pdf", 2018), _report("b.pdf", 2019)
    y2019.metadata.agency = None
    _own(y2018, MAGAZINE, "4.500 eks")
    _quoted(y2019, MAGAZINE, {2018: "5.400 eks"})
    assert _run([y2018, y2019], "LKJ-Y") == []
