"""The year's work plan (RKT, Renja) is not the Perjanjian Kinerja; an indicator whose
name lists its parts on marked lines is one indicator."""

from __future__ import annotations

from lkjip.extract.interpret.indicators.bullet_pairing import lead_with_parts
from lkjip.extract.interpret.indicators.classify import classify_table
from lkjip.extract.interpret.indicators.header_columns import Column, Layout


def _targets_only() -> Layout:
    return Layout([0], [Column(0, "indikator sasaran", "indikator"), Column(1, "target", "target")])


def test_work_plan_is_not_the_agreement() -> None:
    for caption in ("RENCANA KINERJA TAHUNAN (RKT) INSPEKTORAT TAHUN 2020", "Tabel 2.1 Rencana Kerja Tahun 2017"):
        assert classify_table(_targets_only(), caption, "", False, 2020) == "other"
        assert classify_table(_targets_only(), f"Lampiran {caption}", "", True, 2020) == "other"
    assert classify_table(_targets_only(), "Tabel 2.2 Perjanjian Kinerja Tahun 2020", "", False, 2020) == \
        "perjanjian_kinerja"
    # A PK that names the RKT it comes from is still the PK.
    assert classify_table(_targets_only(), "Perjanjian Kinerja (PK) berdasarkan RKT 2020", "", False, 2020) == \
        "perjanjian_kinerja"


def lines(*texts: str) -> list:
    return [(t, (0.0, 10.0 * k, 100.0, 10.0 * k + 8)) for k, t in enumerate(texts)]


def test_marked_parts_under_a_lead_are_one_indicator() -> None:
    item = lead_with_parts(lines("Persentase Tindak Lanjut Selesai", "-Administrasi", "-Keuangan"))
    assert item is not None and item.text == "Persentase Tindak Lanjut Selesai -Administrasi -Keuangan"
    # Bullets that are indicators themselves (long), or a first line that is marked: no.
    assert lead_with_parts(lines("Sasaran:", "- Persentase dokumen perencanaan yang tepat waktu")) is None
    assert lead_with_parts(lines("- Jumlah laporan", "- Jumlah dokumen")) is None
