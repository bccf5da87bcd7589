"""Single defects to inject into a consistent report, each with the rule meant to catch it.

A defect changes what one printed value says and, where a real typo would not touch
them, leaves the others alone; where a defect is about one relation only (realisasi
over anggaran, a narrative total), the values it would drag along are recomputed so
that only that relation breaks. `also` names the rules that may rightly fire as well
(a wrong kegiatan amount also leaves its sisa wrong); a rule outside `{rule} | also`
firing on a defective copy counts as a false alarm.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.generator.model import (
    BudgetLine,
    Indicator,
    Report,
    percent_of,
    percent_text,
    spelled,
)


@dataclass(frozen=True)
class Defect:
    name: str
    rule: str  # the rule code expected to report it
    description: str
    inject: Callable[[Report, random.Random], None]
    applies: Callable[[Report], bool] = lambda report: True
    also: frozenset[str] = field(default_factory=frozenset)


def inject(report: Report, defect: Defect, seed: int = 0) -> Report:
    """A copy of `report` carrying `defect`; the original is left as it was."""
    out = copy.deepcopy(report)
    defect.inject(out, random.Random(f"{defect.name}-{report.name}-{seed}"))
    out.notes.append(defect.name)
    return out


def _kegiatan(report: Report, rng: random.Random) -> BudgetLine:
    return rng.choice([b for b in report.budget if b.level == "kegiatan"])


def _program_of(report: Report, line: BudgetLine) -> BudgetLine:
    return next(b for b in report.budget if b.level == "program" and b.code == line.code.split(".")[0])


def _swap_digits(value: int, rng: random.Random, floor: int) -> int:
    """The value with two adjacent, different digits swapped, not below `floor`."""
    digits = str(value)
    spots = [i for i in range(len(digits) - 1) if digits[i] != digits[i + 1]
             and not (i == 0 and digits[1] == "0")]
    rng.shuffle(spots)
    for i in spots:
        swapped = int(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])
        if swapped >= floor:
            return swapped
    return value + 9_000_000  # no usable swap: a typo that adds a digit's worth


def _kegiatan_digit_swap(report: Report, rng: random.Random) -> None:
    line = _kegiatan(report, rng)
    line.anggaran = _swap_digits(line.anggaran, rng, floor=line.realisasi + 1)


def _total_changed(report: Report, rng: random.Random) -> None:
    total = report.total_line()
    total.anggaran += rng.choice((-1, 1)) * rng.randrange(1, 90) * 1_000_000


def _terbilang_mismatch(report: Report, rng: random.Random) -> None:
    n = report.narrative
    n.anggaran_words = spelled(n.anggaran + rng.choice((-1, 1)) * rng.randrange(1, 9) * 10_000_000)


def _narrative_total_changed(report: Report, rng: random.Random) -> None:
    # A typo as in the seed (19.253.545.000 printed 19.253.454.000): two digits swapped,
    # numeral and words changed together, so the words still spell the numeral.
    n = report.narrative
    n.anggaran = _swap_digits(n.anggaran, rng, floor=n.realisasi + 1)
    n.anggaran_words = spelled(n.anggaran)
    n.persen = percent_text(percent_of(n.realisasi, n.anggaran))


def _narrative_percent_changed(report: Report, rng: random.Random) -> None:
    n = report.narrative
    value = float(n.persen.replace(",", "."))
    n.persen = percent_text(value - rng.randrange(150, 900) / 100)


def _row_percent_changed(report: Report, rng: random.Random) -> None:
    line = _kegiatan(report, rng)
    value = float(line.persen.replace(",", "."))
    line.persen = percent_text(value - rng.randrange(150, 900) / 100)


def _realisasi_exceeds_anggaran(report: Report, rng: random.Random) -> None:
    # Every total and sentence that depends on the row follows it, so only B004 applies.
    line = _kegiatan(report, rng)
    extra = line.anggaran - line.realisasi + rng.randrange(1, 50) * 1_000_000
    program, total = _program_of(report, line), report.total_line()
    for row in (line, program, total):
        row.realisasi += extra
        row.sisa = row.anggaran - row.realisasi
        row.persen = percent_text(percent_of(row.realisasi, row.anggaran))
    n = report.narrative
    n.realisasi, n.realisasi_words = total.realisasi, spelled(total.realisasi)
    n.persen = total.persen


def _pk_program_amount_changed(report: Report, rng: random.Random) -> None:
    i = rng.randrange(len(report.pk_programs))
    name, amount = report.pk_programs[i]
    changed = amount + rng.choice((-1, 1)) * rng.randrange(1, 90) * 1_000_000
    report.pk_programs[i] = (name, changed)
    report.pk_total += changed - amount  # the PK's own list still adds up


def _sisa_changed(report: Report, rng: random.Random) -> None:
    line = _kegiatan(report, rng)
    line.sisa += rng.randrange(1, 90) * 1_000


def _indicator(rows: list[Indicator], rng: random.Random, counted: bool = False) -> Indicator:
    pool = [r for r in rows if r.unit not in ("%", "nilai")] if counted else rows
    return rng.choice(pool)


def _same(rows: list[Indicator], ind: Indicator) -> Indicator:
    return next(r for r in rows if r.name == ind.name)


def _pengukuran_target_changed(report: Report, rng: random.Random) -> None:
    ind = _indicator(report.pengukuran, rng, counted=True)
    ind.target += rng.randint(2, 9)
    ind.capaian = percent_text(percent_of(ind.realisasi, ind.target))


def _perbandingan_realisasi_changed(report: Report, rng: random.Random) -> None:
    ind = _indicator(report.perbandingan, rng, counted=True)
    ind.realisasi += rng.randint(2, 9)


def _unit_changed(report: Report, rng: random.Random) -> None:
    ind = _indicator(report.pengukuran, rng, counted=True)
    ind.target_unit = "kegiatan" if ind.unit != "kegiatan" else "paket"


def _capaian_changed(report: Report, rng: random.Random) -> None:
    ind = _indicator(report.pengukuran, rng)
    value = float(ind.capaian.replace(",", "."))
    ind.capaian = percent_text(value + rng.choice((-1, 1)) * rng.randrange(300, 1500) / 100)


def _pk_indicator_dropped(report: Report, rng: random.Random) -> None:
    # Not the first of a sasaran, so the sasaran itself stays in the table.
    firsts = {r.sasaran_no: r.name for r in reversed(report.pengukuran)}
    candidates = [r for r in report.pengukuran if firsts[r.sasaran_no] != r.name]
    ind = rng.choice(candidates)
    report.pengukuran = [r for r in report.pengukuran if r.name != ind.name]
    report.perbandingan = [r for r in report.perbandingan if r.name != ind.name]


def _capaian_contradicted(report: Report, rng: random.Random) -> None:
    # As in a real report: 61 % printed in every table, while its own target and
    # realisasi give 138,9 %. Every table agrees, so only the arithmetic breaks.
    ind = _indicator(report.pengukuran, rng, counted=True)
    realisasi = round(ind.target * 1.389)
    for rows in (report.pengukuran, report.perbandingan, report.lampiran):
        row = _same(rows, ind)
        row.realisasi = realisasi
        row.capaian = "61,00"
    if report.text_capaian and report.text_capaian[0] == ind.name:
        report.text_capaian = (ind.name, "61,00")


def _lampiran_capaian_differs(report: Report, rng: random.Random) -> None:
    # One indicator's capaian printed differently in the Lampiran (about 104 vs 132).
    ind = _indicator(report.lampiran, rng)
    value = float(ind.capaian.replace(",", "."))
    ind.lampiran_capaian = percent_text(value + rng.randrange(2000, 3500) / 100)


def _capaian_digit_dropped(report: Report, rng: random.Random) -> None:
    # "88,50" printed "8,50" in the Lampiran: a digit dropped in one table.
    ind = next((r for r in report.lampiran if float(r.capaian.replace(",", ".")) >= 20), report.lampiran[0])
    ind.lampiran_capaian = ind.capaian[1:]


def _text_capaian_changed(report: Report, rng: random.Random) -> None:
    assert report.text_capaian is not None
    name, capaian = report.text_capaian
    value = float(capaian.replace(",", "."))
    report.text_capaian = (name, percent_text(value + rng.choice((-1, 1)) * rng.randrange(300, 900) / 100))


DEFECTS: tuple[Defect, ...] = (
    Defect("kegiatan_digit_swap", "LKJ-B001", "two digits of a kegiatan anggaran swapped",
           _kegiatan_digit_swap, also=frozenset({"LKJ-B003", "LKJ-B006"})),
    Defect("total_changed", "LKJ-B001", "the table's Jumlah anggaran changed",
           _total_changed, also=frozenset({"LKJ-B002", "LKJ-B003", "LKJ-B006"})),
    Defect("narrative_total_changed", "LKJ-B002",
           "two digits of the total anggaran stated in the text (numeral and words) swapped",
           _narrative_total_changed, also=frozenset({"LKJ-B003"})),
    Defect("narrative_percent_changed", "LKJ-B003", "the percentage stated in the text is wrong",
           _narrative_percent_changed),
    Defect("row_percent_changed", "LKJ-B003", "one kegiatan's printed % is wrong", _row_percent_changed),
    Defect("realisasi_exceeds_anggaran", "LKJ-B004",
           "a kegiatan's realisasi exceeds its anggaran (totals and text follow)",
           _realisasi_exceeds_anggaran, also=frozenset({"LKJ-B006"})),
    Defect("pk_program_amount_changed", "LKJ-B005",
           "a program's anggaran in the Perjanjian Kinerja differs from the realisasi table",
           _pk_program_amount_changed, also=frozenset({"LKJ-B002"})),
    Defect("sisa_changed", "LKJ-B006", "one row's sisa is not anggaran - realisasi", _sisa_changed,
           applies=lambda report: report.with_sisa, also=frozenset({"LKJ-B001"})),  # the SISA column's sum
    Defect("terbilang_mismatch", "LKJ-N001", "the words of the narrative total spell another number",
           _terbilang_mismatch),
    Defect("pengukuran_target_changed", "LKJ-K001",
           "an indicator's target in the Pengukuran table differs from the Perjanjian Kinerja",
           _pengukuran_target_changed, also=frozenset({"LKJ-K009"})),  # its capaian follows it
    Defect("perbandingan_realisasi_changed", "LKJ-K002",
           "an indicator's realisasi in the comparison table differs from the Pengukuran table",
           _perbandingan_realisasi_changed),
    Defect("unit_changed", "LKJ-K003", "an indicator's target unit in the Pengukuran table changed",
           _unit_changed, also=frozenset({"LKJ-K001"})),
    Defect("capaian_changed", "LKJ-K004", "a printed capaian is not realisasi / target",
           _capaian_changed, also=frozenset({"LKJ-K009", "LKJ-K010"})),  # the Lampiran's (and text's) stay
    Defect("capaian_contradicted", "LKJ-K004",
           "a capaian printed 61 % in every table while its target and realisasi give 138,9 %",
           _capaian_contradicted),
    Defect("lampiran_capaian_differs", "LKJ-K009",
           "one indicator's capaian printed differently in the Lampiran than in the Pengukuran",
           _lampiran_capaian_differs, applies=lambda report: bool(report.lampiran),
           also=frozenset({"LKJ-K004"})),  # the Lampiran's capaian no longer follows its numbers
    Defect("capaian_digit_dropped", "LKJ-K009", "a capaian with a dropped digit in the Lampiran",
           _capaian_digit_dropped, applies=lambda report: bool(report.lampiran),
           also=frozenset({"LKJ-K004"})),
    Defect("text_capaian_changed", "LKJ-K010", "the capaian stated in the text differs from the tables",
           _text_capaian_changed, applies=lambda report: report.text_capaian is not None),
    Defect("pk_indicator_dropped", "LKJ-K005",
           "an indicator of the Perjanjian Kinerja is missing from the Pengukuran table",
           _pk_indicator_dropped),
)
DEFECTS_BY_NAME = {d.name: d for d in DEFECTS}
