"""A realisation table by work unit whose first row is the whole agency's.

UNIT KERJA | PROGRAM | KEGIATAN | ANGGARAN | REALISASI: the first row names the agency in
the unit column only and prints the agency's totals; every row under it names a kegiatan
(its unit and program beside it, or left blank under the row above). `delta` is added to
the agency row's anggaran (a total that leaves something out).
"""

from __future__ import annotations

from tests.generator.budget_lkip_grids import Grid, rp

KEGIATAN: list[tuple[str, str, str, int, int]] = [
    ("Sekretariat", "Pelayanan Administrasi Perkantoran", "Penyelenggaraan Administrasi Perkantoran",
     1_088_765_000, 907_458_180),
    ("", "Peningkatan Sarana dan Prasarana Aparatur", "Pengadaan Sarana dan Prasarana Kantor",
     5_542_600_000, 3_848_015_400),
    ("Bidang Pencegahan", "Penanggulangan Bencana Alam", "Perkuatan Bidang Kebencanaan",
     706_950_000, 702_481_038),
    ("", "", "Peningkatan Kapasitas Relawan", 174_820_000, 164_630_000),
]
AGENCY = "BPBD PROV JABAR"


def unit_total_first(delta: int = 0) -> Grid:
    header = [["UNIT KERJA", "PROGRAM", "KEGIATAN", "ANGGARAN Rp.", "REALISASI Rp."]]
    anggaran = sum(k[3] for k in KEGIATAN) + delta
    realisasi = sum(k[4] for k in KEGIATAN)
    body = [[AGENCY, "", "", rp(anggaran), rp(realisasi)]]
    body += [[unit, program, kegiatan, rp(a), rp(r)] for unit, program, kegiatan, a, r in KEGIATAN]
    return header, body, []
