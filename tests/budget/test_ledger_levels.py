"""Levels and parents of ledger lines from the kode prefix: account kode alone (akun →
kelompok → jenis), and program / kegiatan kode mixed with account kode, where an akun's
parts are not all under its kode and its sum must not be checked."""

from __future__ import annotations

from lkjip.extract.interpret.budget.ledger import _levels_and_parents, _Read


def _reads(lines: list[tuple[str | None, str]]) -> list[_Read]:
    return [_Read(code, name, 1, {}, {"anggaran": 1.0}, float(i)) for i, (code, name) in enumerate(lines)]


def test_account_kode_nest_by_prefix_and_differences_add_into_nothing() -> None:
    reads = _reads([("4", "PENDAPATAN DAERAH"), ("4.1", "PENDAPATAN ASLI DAERAH"), ("4.1.1", "Pajak Daerah"),
                    ("4.10", "Not under 4.1"), (None, "SURPLUS / (DEFISIT)"),
                    ("6", "PEMBIAYAAN DAERAH"), ("6.1", "PENERIMAAN PEMBIAYAAN DAERAH"), ("6.1.1", "SiLPA")])
    got = _levels_and_parents(reads)
    assert [g[0] for g in got] == ["total", "other", "other", "other", "other", "total", "other", "other"]
    assert [g[2] for g in got] == [None, 0, 1, 0, None, None, None, 6]  # penerimaan is a side of the netto
    assert got[1][1] == "code" and got[4][1] == "none"


def test_program_kode_mixed_with_account_kode() -> None:
    unit = "1.02.1.02.01.00"
    reads = _reads([(f"{unit}.00.00.5", "BELANJA"), (f"{unit}.00.00.5.1", "BELANJA TIDAK LANGSUNG"),
                    (f"{unit}.00.00.5.1.1", "Belanja Pegawai"),
                    (f"{unit}.01.20.5.2", "BELANJA LANGSUNG"),  # printed under the first kegiatan's kode
                    (f"{unit}.01", "Program Pelayanan Administrasi Perkantoran"),
                    (f"{unit}.01.20", "Penyediaan jasa surat menyurat"),
                    (f"{unit}.01.20.5.2.2", "Belanja Barang dan Jasa")])
    got = _levels_and_parents(reads)
    assert [g[0] for g in got] == ["total", "other", "other", "total", "program", "kegiatan", "other"]
    # BELANJA's parts are not all under its kode (BELANJA LANGSUNG is not): no sum from it.
    assert [g[2] for g in got] == [None, None, 1, None, None, 4, 5]
    assert got[5][1] == "code"


def test_ledger_closing_groups_with_jumlah_prints_headings_not_totals() -> None:
    reads = _reads([("1", "PENDAPATAN"), ("1.1", "PENDAPATAN ASLI DAERAH"), ("1.1.1", "Pajak Daerah"),
                    (None, "Jumlah Pendapatan Asli Daerah")])
    assert [g[0] for g in _levels_and_parents(reads)] == ["other", "other", "other", "total"]
