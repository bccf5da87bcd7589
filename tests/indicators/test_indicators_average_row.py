"""An average capaian closing a table, labelled ("Rata-rata capaian") or a lone figure
under the capaian column, against the mean of the rows above it (LKJ-K013)."""

from __future__ import annotations

from dataclasses import replace

from lkjip.checks.indicators.k013_average_row import AverageRowDiffers
from lkjip.checks.rule import CheckConfig
from lkjip.extract.source import RawCell
from lkjip.records import Extraction
from tests.indicators.test_indicators_kind_layouts import _read, table

HEADER = ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"]
ROWS = [["1", "Persentase peningkatan produksi", "2,2", "2,23", "101,36"],
        ["2", "Persentase peningkatan produktivitas", "2,35", "2,25", "95,74"],
        ["3", "Persentase ketersediaan benih", "2,2", "2,35", "106,82"],
        ["4", "Persentase volume ekspor", "3,9", "2,20", "56,41"]]  # mean 360,33 / 4 = 90,0825
CAPTION = "Tabel 3.4 Pengukuran Kinerja Tahun 2016"


def _findings(*closing: list[str], merged_label: str | None = None, header: list[str] = HEADER,
              bracketed: bool = False) -> list:
    raw = table([header, *ROWS, *closing], caption=CAPTION)
    if merged_label is not None:
        # The label merged across the name, target and realisasi columns; the capaian its own.
        last = raw.n_rows - 1
        label = RawCell(merged_label, last, 0, None, colspan=4)
        raw.grid[last][:4] = [label] * 4
    infos, rows = _read(raw)
    if bracketed:  # the first capaian read from "86\n(101%)" under the realisasi
        rows[0].cells["capaian"] = replace(rows[0].cells["capaian"], inferred=("capaian_in_realisasi_cell",))
    doc = Extraction(file="t.pdf", sha256=None, kind="pdf", pages=3, indicators=rows,
                     indicator_tables=list(infos.values()))
    return list(AverageRowDiffers().check(doc, CheckConfig()))


def test_k013_flags_an_unlabelled_closing_figure_off_the_mean() -> None:
    (f,) = _findings(["", "", "", "", "90,10"])
    assert f.severity == "warning"
    assert "360,33 / 4 = 90,08" in f.text("en")
    assert f.evidence[0].cell.text == "90,10"
    assert len(f.evidence) == 5


def test_k013_flags_a_labelled_average_row_off_the_mean() -> None:
    (f,) = _findings(["", "", "", "", "90,20"], merged_label="Rata-rata capaian")
    assert "90,08" in f.text("en")


def test_k013_passes_the_mean_and_leaves_a_far_figure_alone() -> None:
    assert _findings(["", "", "", "", "90,08"]) == []
    assert _findings(["", "", "", "", "90,09"]) == []  # within a unit of its last decimal
    # 75 is no plain mean of these rows (a weighted one, or of other rows): nothing said.
    assert _findings(["", "", "", "", "75,00"]) == []
    # A lone figure elsewhere than under the capaian column is no closing capaian.
    assert _findings(["", "", "", "90,10", ""]) == []


def test_k013_leaves_an_average_of_the_sasarans_figures_alone() -> None:
    # "Capaian Sasaran" prints a sasaran's capaian; its average is of those, not the rows'.
    assert _findings(["", "", "", "", "90,10"], header=[*HEADER[:-1], "Capaian Sasaran"]) == []
    assert _findings(["", "", "", "", "90,10"], bracketed=True) == []
