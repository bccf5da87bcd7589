"""A consistent LKjIP-like report as the values it prints, built from a seed.

Every figure is held as it will be printed (ints for rupiah, printed strings for
percentages), so a defect can change one printed value and leave the others as they
were, the way a typo does. `consistent_report(seed, layout)` makes a report whose
parts add up, whose words spell its numerals and whose percentages are computed from
its own numbers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Literal

from lkjip.numbers import format_id, number_to_words

Layout = Literal["bulleted", "rowwise"]
LAYOUTS: tuple[Layout, ...] = ("bulleted", "rowwise")

_PROGRAMS = {
    "Program Pelayanan Administrasi Perkantoran": [
        "Kegiatan Penyediaan Jasa Surat Menyurat", "Kegiatan Penyediaan Alat Tulis Kantor",
        "Kegiatan Penyediaan Bahan Bacaan", "Kegiatan Rapat Koordinasi dan Konsultasi",
    ],
    "Program Peningkatan Sarana dan Prasarana Aparatur": [
        "Kegiatan Pengadaan Kendaraan Dinas", "Kegiatan Pemeliharaan Gedung Kantor",
        "Kegiatan Pengadaan Peralatan Kantor",
    ],
    "Program Peningkatan Pengembangan Sistem Pelaporan Kinerja": [
        "Kegiatan Penyusunan Laporan Kinerja", "Kegiatan Penyusunan Rencana Kerja",
        "Kegiatan Penyusunan Laporan Keuangan",
    ],
    "Program Pengembangan Komunikasi Informasi dan Media Massa": [
        "Kegiatan Pemberitaan dan Publikasi", "Kegiatan Pelayanan Informasi Publik",
        "Kegiatan Publikasi Melalui Media Luar Ruang", "Kegiatan Peliputan Acara Pimpinan",
    ],
}

_SASARAN = {
    "Meningkatnya kualitas pelayanan administrasi perkantoran": [
        ("Jumlah dokumen perencanaan", "dokumen"), ("Persentase surat terdistribusi", "%"),
        ("Jumlah laporan keuangan", "laporan"),
    ],
    "Meningkatnya kualitas informasi publik": [
        ("Jumlah rilis berita", "berita"), ("Persentase informasi publik dilayani", "%"),
        ("Jumlah peserta sosialisasi", "orang"),
    ],
    "Meningkatnya akuntabilitas kinerja": [
        ("Nilai evaluasi SAKIP", "nilai"), ("Jumlah rapat koordinasi", "kali"),
        ("Jumlah bahan bacaan", "eks"),
    ],
}

_AGENCIES = [("Dinas Komunikasi dan Informatika", "Kabupaten Sukamaju"),
             ("Biro Organisasi Setda", "Provinsi Sumatera Tengah"),
             ("Badan Perencanaan Pembangunan Daerah", "Kota Mekarsari")]


def rupiah(value: int, suffix: str = ",-") -> str:
    """A rupiah amount as tables print it: '2.316.431.000,-'; negative with a leading minus."""
    sign = "-" if value < 0 else ""
    return f"{sign}{format_id(abs(value))}{suffix}"


def percent_text(value: float) -> str:
    return format_id(round(value, 2), 2)


def percent_of(part: float, whole: float) -> float:
    return round(part / whole * 100, 2) if whole else 0.0


def spelled(value: int) -> str:
    """Terbilang as reports print it: capitalised, 'rupiah' at the end."""
    words = number_to_words(value)
    return f"{words[0].upper()}{words[1:]} rupiah"


def quantity_text(value: float, unit: str) -> str:
    number = format_id(value) if float(value).is_integer() else format_id(value, 2)
    return f"{number} {unit}" if unit != "%" else f"{number} %"


@dataclass
class BudgetLine:
    level: Literal["program", "kegiatan", "total"]
    code: str
    name: str
    anggaran: int
    realisasi: int
    sisa: int
    persen: str  # as printed, e.g. "98,17"


@dataclass
class Indicator:
    sasaran_no: int
    sasaran: str
    name: str
    unit: str
    target: float
    realisasi: float
    capaian: str  # as printed
    # A defect may print a target or realisasi with another unit than `unit`.
    target_unit: str | None = None
    realisasi_previous: float | None = None  # the year before, for the comparison table
    capaian_previous: str | None = None  # last year's capaian as printed (a trap column)
    anggaran: int | None = None  # the budget behind the indicator (a "Target" column in rupiah)
    # Where the Lampiran restates the capaian differently (a defect), else `capaian`.
    lampiran_capaian: str | None = None
    target_end: float | None = None  # the Renstra's end-of-plan target (a comparison column)

    def target_text(self) -> str:
        return quantity_text(self.target, self.target_unit or self.unit)

    def realisasi_text(self) -> str:
        return quantity_text(self.realisasi, self.unit)


@dataclass
class ExtraTable:
    """An indicator table beyond the three every report has: a trap (a PK Perubahan, a
    Renstra plan, a next year's PK in the Lampiran …) or a restatement.

    `columns`: (header, what) where `what` is an `Indicator` attribute or method name
    printed as `cell_text` prints it; `where`: "II" (after the PK), "III" (after the
    year comparison) or "lampiran" (after the closing chapter)."""

    where: Literal["II", "III", "lampiran"]
    caption: str
    rows: list[Indicator]
    columns: list[tuple[str, str]]
    lead_in: str | None = None


def cell_text(ind: Indicator, what: str) -> str:
    """One value of an extra table's row, as printed."""
    if what == "target":
        return ind.target_text()
    if what == "realisasi":
        return ind.realisasi_text()
    if what == "capaian":
        return ind.capaian
    if what == "lampiran_capaian":
        return ind.lampiran_capaian or ind.capaian
    if what == "realisasi_previous":
        return quantity_text(ind.realisasi_previous or 0, ind.unit)
    if what == "capaian_previous":
        return ind.capaian_previous or "-"
    if what == "anggaran":
        return rupiah(ind.anggaran or 0)
    if what == "target_end":
        return quantity_text(ind.target_end or 0, ind.unit)
    raise ValueError(f"unknown column {what!r}")


@dataclass
class Narrative:
    anggaran: int
    anggaran_words: str
    realisasi: int
    realisasi_words: str
    persen: str


@dataclass
class Report:
    seed: int
    layout: Layout
    agency: str
    region: str
    year: int
    budget: list[BudgetLine]
    pk_programs: list[tuple[str, int]]  # (program, anggaran) as the PK prints them
    pk_total: int
    narrative: Narrative
    pk_indicators: list[Indicator]
    pengukuran: list[Indicator]
    perbandingan: list[Indicator]  # target, realisasi last year and this year
    with_sisa: bool = False
    notes: list[str] = field(default_factory=list)  # what a defect changed, for people
    extras: list[ExtraTable] = field(default_factory=list)
    # The Lampiran restates the Pengukuran Kinerja with its capaian (as the seed does).
    lampiran: list[Indicator] = field(default_factory=list)
    # The indicator whose capaian chapter III states in words, and the capaian it states.
    text_capaian: tuple[str, str] | None = None

    @property
    def name(self) -> str:
        return f"lkjip-gen-{self.layout}-s{self.seed}"

    def total_line(self) -> BudgetLine:
        return next(b for b in self.budget if b.level == "total")


def _budget(rng: random.Random) -> list[BudgetLine]:
    lines: list[BudgetLine] = []
    programs = rng.sample(sorted(_PROGRAMS), 3)
    total_a = total_r = 0
    for p_no, program in enumerate(programs, start=1):
        kegiatan = rng.sample(_PROGRAMS[program], rng.randint(2, 3))
        rows: list[BudgetLine] = []
        for k_no, name in enumerate(kegiatan, start=1):
            anggaran = rng.randrange(80_000, 4_000_000) * 1000
            realisasi = int(anggaran * rng.uniform(0.82, 0.995))
            rows.append(BudgetLine("kegiatan", f"{p_no}.{k_no}", name, anggaran, realisasi,
                                   anggaran - realisasi, percent_text(percent_of(realisasi, anggaran))))
        a, r = sum(x.anggaran for x in rows), sum(x.realisasi for x in rows)
        lines.append(BudgetLine("program", str(p_no), program.upper(), a, r, a - r,
                                percent_text(percent_of(r, a))))
        lines.extend(rows)
        total_a, total_r = total_a + a, total_r + r
    lines.append(BudgetLine("total", "", "JUMLAH", total_a, total_r, total_a - total_r,
                            percent_text(percent_of(total_r, total_a))))
    return lines


def _indicators(rng: random.Random) -> list[Indicator]:
    out: list[Indicator] = []
    for s_no, sasaran in enumerate(sorted(_SASARAN), start=1):
        for name, unit in _SASARAN[sasaran]:
            if unit == "%":
                target: float = 100
                realisasi: float = round(rng.uniform(85, 100), rng.choice((0, 2)))
            elif unit == "nilai":
                target = rng.choice((60, 65, 70))
                realisasi = round(target * rng.uniform(0.9, 1.1), 2)
            else:
                target = rng.randint(4, 400)
                realisasi = max(1, round(target * rng.uniform(0.7, 1.0)))
            previous = round(realisasi * rng.uniform(0.7, 1.0)) if unit not in ("%", "nilai") else \
                round(rng.uniform(70, 95), 2)
            out.append(Indicator(s_no, sasaran, name, unit, target, realisasi,
                                 percent_text(percent_of(realisasi, target)),
                                 realisasi_previous=previous))
    return out


def consistent_report(seed: int, layout: Layout) -> Report:
    """A report in which every check should pass."""
    rng = random.Random(f"{layout}-{seed}")
    agency, region = rng.choice(_AGENCIES)
    budget = _budget(rng)
    total = next(b for b in budget if b.level == "total")
    indicators = _indicators(rng)
    stated = next(i for i in indicators if i.name == "Jumlah rilis berita")
    return Report(
        seed=seed, layout=layout, agency=agency, region=region, year=rng.choice((2019, 2021, 2023)),
        budget=budget,
        pk_programs=[(b.name.title(), b.anggaran) for b in budget if b.level == "program"],
        pk_total=total.anggaran,
        narrative=Narrative(total.anggaran, spelled(total.anggaran), total.realisasi,
                            spelled(total.realisasi), total.persen),
        pk_indicators=[_copy(i) for i in indicators],
        pengukuran=[_copy(i) for i in indicators],
        perbandingan=[_copy(i) for i in indicators],
        with_sisa=layout == "rowwise",
        lampiran=[_copy(i) for i in indicators],
        text_capaian=(stated.name, stated.capaian),
    )


def _copy(ind: Indicator) -> Indicator:
    return Indicator(**vars(ind))
