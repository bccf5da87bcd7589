"""LKJ-N004: an indicator's result in the text is another indicator's figure in the tables."""

from __future__ import annotations

from lkjip.checks.narrative.n004_figure_of_another_indicator import FigureOfAnotherIndicator
from lkjip.checks.rule import CheckConfig
from lkjip.records import Cell, DocumentMetadata, Extraction, IndicatorRow, Quantity

TEXT = ("1. Tingkat Maturitas SPIP Inspektorat diperoleh berdasarkan Laporan Hasil Quality Assurance "
        "dengan hasil Level 3 nilai 3,157 (data terlampir).\n3. Hasil Nilai Evaluasi AKIP PD Inspektorat "
        "diperoleh berdasarkan Laporan Hasil Evaluasi Inspektorat dengan\nnilai {fig} (A). (data terlampir)")


def _row(name: str, target: str, realisasi: str, value: float, page: int, row: int) -> IndicatorRow:
    cell = Cell(text=realisasi, page=page, table=f"p{page}-t1", row=row, column="realisasi")
    return IndicatorRow(table=f"p{page}-t1", table_kind="pengukuran_kinerja", page=page, row=row,
                        indikator=name, year=2022, target=Quantity(target, None, None, None, None, None, None),
                        realisasi=Quantity(realisasi, value, None, None, None, None, None), cells={"realisasi": cell})


ROWS = [_row("Maturitas SPIP", "Level 3", "Level 3 (3,157)", 3.157, 24, 1),
        _row("Kapabilitas APIP", "Level 3", "Level 3", 3.0, 24, 2),
        _row("Nilai Evaluasi AKIP PD", "Nilai A (83)", "Nilai A (82,92)", 82.92, 24, 3),
        _row("Nilai Evaluasi AKIP PD", "Nilai A (83)", "Nilai A (81,59)", 81.59, 29, 3)]


def _found(text: str, rows: list[IndicatorRow] = ROWS) -> list:
    doc = Extraction(file="x.pdf", sha256=None, kind="pdf", pages=40, page_texts={25: text},
                     number_style="id", indicators=rows, metadata=DocumentMetadata(year=2022))
    return list(FigureOfAnotherIndicator().check(doc, CheckConfig()))


def test_a_figure_carried_over_from_the_indicator_before() -> None:
    found = _found(TEXT.format(fig="3,157"))
    assert [(f.rule, f.severity) for f in found] == [("LKJ-N004", "warning")]
    assert [(e.cell.page, e.value) for e in found[0].evidence] == [(25, 3.157), (24, 82.92), (29, 81.59),
                                                                   (24, 3.157)]
    assert "Maturitas SPIP" in found[0].message["en"] and "81,59" in found[0].message["id"]


def test_the_indicators_own_figure_or_nobodys_is_no_finding() -> None:
    assert _found(TEXT.format(fig="81,59")) == []
    assert _found(TEXT.format(fig="79,15")) == []  # another figure, but nobody's: not a carry-over


def test_a_sentence_naming_both_indicators_is_left_alone() -> None:
    text = ("Hasil Nilai Evaluasi AKIP PD lebih tinggi dari Maturitas SPIP yang mencapai 3,157 poin.")
    assert _found(text) == []


def test_another_spelling_still_names_the_other_indicator() -> None:
    rows = [_row("Prosentase Tingkat Konsumsi Pangan", "100", "106.81", 106.81, 30, 1),
            _row("Konsumsi Energi (k.kal/kap/hr)", "2.050", "2.165", 2.165, 30, 2)]
    text = ("a. Pemenuhan konsumsi pangan yang beragam realisasinya tercapai, hal tersebut terlihat dari capaian "
            "konsumsi energy sebesar 2.165 k.kal/kapita/hari.")
    assert _found(text, rows) == []
