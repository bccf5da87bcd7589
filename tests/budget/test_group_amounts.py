"""A Rencana Aksi table naming each level in a column of its own (Program | Kegiatan | Sub
Kegiatan | Anggaran) and printing one amount per kegiatan, on its first sub kegiatan's row:
the amount is the kegiatan's, told by the pattern (so only by position)."""

from __future__ import annotations

from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.numbers import NumberStyle
from tests.budget.test_budget_extract import source, table

HEAD = ["Program", "Kegiatan", "Sub Kegiatan", "Penanggung Jawab", "Anggaran (Rp)"]


def test_one_amount_per_kegiatan_on_its_first_sub_kegiatan_row() -> None:
    t = [HEAD,
         ["PROGRAM PENUNJANG URUSAN", "Administrasi Keuangan", "", "Sekretaris", "16.760.452.000,00"],
         ["", "Administrasi Umum", "", "Sekretaris", "3.926.717.500,00"],
         ["PROGRAM PENGELOLAAN SDA", "Pengelolaan SDA dan Bangunan Pengaman Pantai", "Pembangunan Embung",
          "Bidang SDA", "29.040.500.000,00"],
         ["", "", "Normalisasi Sungai", "Bidang SDA", ""],
         ["", "", "Operasi dan Pemeliharaan Sungai", "Bidang SDA", ""],
         ["", "Pengembangan Sistem Irigasi", "Pembangunan Bendung Irigasi", "Bidang Irigasi", "19.074.209.000,00"],
         ["", "", "Rehabilitasi Jaringan Irigasi", "Bidang Irigasi", ""]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    valued = {r.name: r for r in rows if r.anggaran is not None}
    assert set(valued) == {"Administrasi Keuangan", "Administrasi Umum",
                           "Pengelolaan SDA dan Bangunan Pengaman Pantai", "Pengembangan Sistem Irigasi"}
    sda = valued["Pengelolaan SDA dan Bangunan Pengaman Pantai"]
    assert (sda.level, sda.level_evidence, sda.anggaran) == ("kegiatan", "position", 29_040_500_000)
    assert valued["Administrasi Keuangan"].level_evidence == "column"  # named by its own column
    embung = next(r for r in rows if r.name == "Pembangunan Embung")
    assert embung.level == "sub_kegiatan" and embung.anggaran is None and not embung.cells


def test_amounts_on_every_sub_kegiatan_stay_theirs() -> None:
    t = [HEAD,
         ["PROGRAM PENGELOLAAN SDA", "Pengelolaan SDA", "Pembangunan Embung", "Bidang SDA", "29.000.000,00"],
         ["", "", "Normalisasi Sungai", "Bidang SDA", "1.000.000,00"],
         ["", "Pengembangan Sistem Irigasi", "Pembangunan Bendung Irigasi", "Bidang Irigasi", "19.000.000,00"],
         ["", "", "Rehabilitasi Jaringan Irigasi", "Bidang Irigasi", "2.000.000,00"]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    assert [(r.name, r.level) for r in rows if r.anggaran is not None] == [
        ("Pembangunan Embung", "sub_kegiatan"), ("Normalisasi Sungai", "sub_kegiatan"),
        ("Pembangunan Bendung Irigasi", "sub_kegiatan"), ("Rehabilitasi Jaringan Irigasi", "sub_kegiatan")]
