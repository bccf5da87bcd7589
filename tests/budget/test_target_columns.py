"""A financing table headed PEMBIAYAAN DAERAH | TARGET | REALISASI | PERSEN: the bare TARGET
column holds rupiah beside the rupiah realisasi, so it is the budget (inferred from its
figures); a TARGET beside an indicator's figures stays a target."""

from __future__ import annotations

from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.numbers import NumberStyle
from tests.budget.test_budget_extract import source, table


def test_a_target_in_rupiah_beside_the_realisasi_is_the_budget() -> None:
    t = [["PEMBIAYAAN DAERAH", "TARGET", "REALISASI", "PERSEN"],
         ["PENERIMAAN PEMBIAYAAN", "476,782,631,305.00", "499,350,054,431.19", "104.73"],
         ["Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya", "476,782,631,305.00", "499,350,054,431.19", "104.73"],
         ["PENGELUARAN PEMBIAYAAN", "210,500,000,000.00", "210,500,000,000.00", "100.00"],
         ["Penyertaan Modal Daerah", "210,500,000,000.00", "210,500,000,000.00", "100.00"]]
    rows = budget_rows(source([table(t)]), NumberStyle.US)
    modal = next(r for r in rows if r.name == "Penyertaan Modal Daerah")
    assert (modal.anggaran, modal.realisasi, modal.persen) == (210_500_000_000, 210_500_000_000, 100.0)
    assert "column_role_values" in modal.cells["anggaran"].inferred  # never an error's ground
    assert modal.cells["realisasi"].inferred == ()


def test_an_indicator_target_is_no_budget() -> None:
    t = [["Program", "Indikator", "TARGET", "REALISASI (Rp)"],
         ["Program Pelayanan Administrasi", "Persentase layanan", "100", "1.250.000.000"],
         ["Program Peningkatan Sarana", "Jumlah sarana", "12", "2.500.000.000"]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    assert all(r.anggaran is None for r in rows)
