"""LKJ-K004: a printed capaian that its target and realisasi do not give."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import replace
from typing import ClassVar

from lkjip.checks.certainty import flag
from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.indicators.common import (
    as_uncertain,
    capaian_of_printed_pair,
    evidence,
    grouped_reading,
    measure_uncertain,
    printed,
    readings,
    short,
    where,
)
from lkjip.checks.indicators.polarity import (
    POLARITY_FROM_ABSENCE,
    POLARITY_FROM_WORDING,
    capaian,
    polarity_of,
)
from lkjip.checks.indicators.polarity_evidence import computed_lower
from lkjip.checks.indicators.target_range import RANGE_SPLIT as _RANGE_SPLIT
from lkjip.checks.indicators.target_range import range_bounds
from lkjip.checks.indicators.year_ratio import YearPair, off_the_tables_ratio, ratio_text
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.numbers import decimals_printed, format_id, is_share_of_base, units_equivalent
from lkjip.records import Extraction, IndicatorRow, IndicatorTable


def _half_step(text: str, value: float) -> float:
    """Half a unit of the last printed decimal; none for the whole-number reading of an
    ambiguous "0,315" (315, a count, is exact)."""
    decimals = decimals_printed(text, None)
    if not decimals or value == grouped_reading(text):
        return 0.0
    return 0.5 * 10.0 ** -decimals


@register
class CapaianArithmetic(Rule):
    """Flags a capaian (percent achieved) that does not follow from the target and the
    realisasi printed beside it.

    Formula: higher-is-better realisasi / target × 100; lower-is-better
    (2 × target − realisasi) / target × 100. The polarity comes from a formula or note
    the report declares for the indicator ("semakin kecil semakin baik"), else from its
    wording ("penurunan", "angka kematian", "kasus", "temuan" …). When nothing says,
    either convention (and the inverse target / realisasi × 100 some agencies use for
    lower-is-better indicators) is accepted as far as an error goes: the rule errs only on
    what no convention explains, and warns where only a lower-is-better formula explains
    the printed capaian of an indicator whose wording says nothing either way ("Jumlah rilis
    berita | 90 | 125 | 61": (2 × 90 − 125) / 90 × 100 = 61,1, while 125 / 90 × 100 =
    138,89).

    Example: a row "Persentase kasus … | 80 | 80,53 | 99,34" is consistent (lower is
    better: (160 − 80,53) / 80 × 100 = 99,34); "Jumlah dokumen | 12 | 10 | 110" is not
    (10 / 12 × 100 = 83,33, and no other convention gives 110 either). The seed prints no capaian column, so it raises nothing.

    Tolerance: one unit of the capaian's last printed decimal ("99,34" within 0,01;
    "99" within 1), because reports round or truncate; plus the rounding of the target
    and realisasi as printed, carried through the formula (a realisasi printed "33,33"
    may be 33,325 … 33,335; whole numbers are taken as exact counts); plus the `percent-extra-tolerance` setting. A number whose only
    separator is followed by three digits ("1,309") is read both ways, as reports that
    mix styles print either. Rows with different units, a zero target, compound values,
    or a percentage of a named base beside a plain figure ("1 % dari jumlah penduduk"
    beside the head-count it stands for) are skipped. An earlier year's target, realisasi and capaian printed under that
    year's own header ("2015: Target | Realisasi | Capaian" beside 2016's) are judged the
    same way, the year named after the indicator; so is the capaian against a plan's end
    target printed beside the year's ("Target Akhir Renstra | Capaian terhadap Target
    Akhir"), as a warning (which target it is against is read in doubt). A lower-is-better realisasi of 0 leaves the inverse formula
    without a value: a capaian from (2 × target − realisasi) / target × 100 upwards is a
    cap the report chose ("Tingkat keterlambatan pelaporan | 2 | 0 | 1000"). The table's
    own formula, printed over its column numbers
    ("5 = 4/3 x 100", read as "capaian = realisasi/target x 100"), decides the polarity
    like a declared one. A table of no recognised kind, or a comparison with the Renstra
    target whose capaian column does not name the year, gives a warning: its capaian may
    be against the end target; unless the table prints no end target, national figure or
    other year's value ("Tahun 2020: Target | Realisasi | Capaian Kinerja (%)"), so the
    capaian can only be of the target and realisasi beside it: "Tingkat pengangguran
    terbuka | 5,45 | 6,91 | 112,39" is then an error, as no convention gives 112,39.

    A target printed as a range ("68,75 – 69,25") is met by a capaian of either bound, of
    the middle, or of 100 for a realisasi inside it; any other capaian is a warning
    ("68,79 | 100,20": 100,06 against the lower bound, 99,34 against the upper).

    A bad thing named after a word saying it is absent ("Persentase wilayah bebas banjir")
    counts its absence: higher is better, so "80 % | 80,53 % | 99,34" (80 / 80,53 × 100,
    the inverse formula) is flagged against 100,66, as a warning since only the name says so.

    A comparison of two years' realisasi without a target ("Tahun 2015 Realisasi | Tahun
    2016 Realisasi | Capaian Kinerja (%)") is judged by its table's own convention
    (learned from its rows): where most rows print later / earlier × 100, a row
    no convention gives is a warning ("Terkendalinya inflasi | 0,79 | 2.75 | 248.1":
    2.75 / 0,79 × 100 = 348,1; 248,1 is the increase).
    """

    @staticmethod
    def _explained(capaian_text: str, stated: float, target: tuple[str, float], real: tuple[str, float],
                   polarity: str | None, config: CheckConfig) -> bool:
        """Whether some convention and some reading of the printed numbers gives the
        printed capaian, within the printed precision."""
        step = 10.0 ** -decimals_printed(capaian_text, None)
        (target_text, target_value), (real_text, real_value) = target, real
        for tv in readings(target_text, target_value):
            for rv in readings(real_text, real_value):
                if tv == 0:
                    continue
                # Inputs are rounded too: half a unit of their last decimal, carried through.
                # (Whole numbers are taken as exact: they are mostly counts.)
                d_t = _half_step(target_text, tv)
                d_r = _half_step(real_text, rv)
                # realisasi / target and 2 − realisasi / target move alike with their inputs.
                slack = 100 * (d_r / abs(tv) + (abs(rv) + d_r) * d_t / (tv * tv)) if d_t < abs(tv) else 0.0
                base = step + config.percent_extra_tolerance + 1e-9  # rounded or truncated
                accepted: list[tuple[float, float]] = []  # (capaian, its tolerance)
                if polarity in (None, "higher"):
                    accepted.append((capaian(tv, rv, "higher"), base + slack))
                if polarity in (None, "lower"):
                    accepted.append((capaian(tv, rv, "lower"), base + slack))
                    if rv != 0 and d_r < abs(rv):
                        # The inverse some agencies use; its own (relative) rounding slack.
                        inverse = tv / rv * 100
                        accepted.append((inverse, base + abs(inverse) * (d_t / abs(tv) + d_r / (abs(rv) - d_r))))
                    elif rv == 0 and tv > 0 and any(sv >= capaian(tv, rv, "lower") - (base + slack)
                                                    for sv in readings(capaian_text, stated)):
                        # Nothing of a lower-is-better thing left: the inverse has no value,
                        # and reports print a cap of their choosing ("0 | 1000").
                        return True
                if any(abs(sv - c) <= tol for c, tol in accepted for sv in readings(capaian_text, stated)):
                    return True
        return False

    def _only_lower(self, row: IndicatorRow, target: float, real: float, stated: float) -> Finding:
        t, r = row.target, row.realisasi
        higher = format_id(round(capaian(target, real, "higher"), 2))
        name = short(row.indikator)
        return self.finding(
            f'Indicator "{name}" ({where(row, "en")}): capaian printed {row.capaian_text} follows only from a '
            f"lower-is-better formula; {printed(r)} / {printed(t)} × 100 = {higher}, and nothing in the report "
            "says lower is better for this indicator: check which formula applies.",
            f'Indikator "{name}" ({where(row, "id")}): capaian tercetak {row.capaian_text} hanya sesuai rumus '
            f"semakin kecil semakin baik; {printed(r)} / {printed(t)} × 100 = {higher}, dan laporan tidak menyatakan "
            "indikator ini semakin kecil semakin baik: periksa rumus yang berlaku.",
            [evidence(row, "target", target, "target"), evidence(row, "realisasi", real, "realisasi"),
             evidence(row, "capaian", stated, "capaian (printed)")],
            severity="warning",
        )

    code = "LKJ-K004"
    title: ClassVar[dict[str, str]] = {"en": "Capaian does not match target and realisasi",
                                       "id": "Capaian tidak sesuai target dan realisasi"}
    severity: ClassVar[Severity] = "error"

    def _explains(self, row: IndicatorRow, polarity: str, config: CheckConfig) -> bool:
        t, r = row.target, row.realisasi
        assert row.capaian is not None and t is not None and r is not None
        assert t.value is not None and r.value is not None
        return self._explained(row.capaian_text or "", row.capaian, (t.text, float(t.value)),
                               (r.text, float(r.value)), polarity, config)

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        tables = {t.table: t for t in doc.indicator_tables}
        lower_in_report = computed_lower(doc, lambda row, pol: not measure_uncertain(row, "capaian")
                                         and self._explains(row, pol, config))
        for row in doc.indicators:
            for judged in (row, *_earlier_years(row), *_against_the_end(row)):
                yield from self._judge(judged, tables, config, lower_in_report)
        def explained(text: str, stated: float, before: tuple[str, float], after: tuple[str, float],
                      polarity: str | None) -> bool:
            return self._explained(text, stated, before, after, polarity, config)

        for pair, following in off_the_tables_ratio(doc.indicators, explained):
            yield self._off_ratio(pair, following)

    def _off_ratio(self, p: YearPair, following: int) -> Finding:
        """A year comparison's capaian off the ratio its table's other rows print."""
        row, name = p.row, short(p.row.indikator)
        ratio = ratio_text(p)
        return self.finding(
            f'Indicator "{name}" ({where(row, "en")}): capaian printed {row.capaian_text}, but {following} rows of '
            f"this table print realisasi {p.later} / realisasi {p.earlier} × 100, which gives {ratio} here (and no "
            "lower-is-better formula gives the printed figure either): check the capaian.",
            f'Indikator "{name}" ({where(row, "id")}): capaian tercetak {row.capaian_text}, padahal {following} baris '
            f"tabel ini mencetak realisasi {p.later} / realisasi {p.earlier} × 100, yang di sini memberi {ratio} (dan "
            "rumus semakin kecil semakin baik pun tidak memberi angka tercetak): periksa capaiannya.",
            [Evidence(p.before_cell, float(p.before.value or 0), f"realisasi {p.earlier}"),
             Evidence(p.after_cell, float(p.after.value or 0), f"realisasi {p.later}"),
             Evidence(p.capaian_cell, row.capaian, "capaian (printed)")],
            severity="warning",  # the table's convention is read from its rows, not declared
        )

    def _judge(self, row: IndicatorRow, tables: dict[str, IndicatorTable], config: CheckConfig,
               lower_in_report: dict[int, IndicatorRow]) -> Iterator[Finding]:
        t, r = row.target, row.realisasi
        bounds = range_bounds(t)
        if bounds is not None and row.capaian is not None and r is not None and r.value is not None:
            yield from self._judge_range(row, bounds, config)
            return
        if row.capaian is None or t is None or r is None or t.value is None or r.value is None:
            return
        if not units_equivalent(t.unit, r.unit) and t.unit is not None and r.unit is not None:
            return
        if is_share_of_base(t) != is_share_of_base(r):
            return  # "1 % dari jumlah penduduk" beside the head-count it stands for
        target, real = float(t.value), float(r.value)
        if target == 0:
            return
        polarity, why = polarity_of(row.indikator, row.formula)
        candidates = {"higher": capaian(target, real, "higher"), "lower": capaian(target, real, "lower")}
        stated = row.capaian
        args = (row.capaian_text or "", stated, (t.text, target), (r.text, real))
        if polarity is None and self._explained(*args, "higher", config):
            return
        if polarity is None and self._explained(*args, "lower", config):
            # Only lower-is-better explains it. Fine when the wording allows it
            # ("penurunan …": the level or the decrease); else nothing says it is one.
            if not why:
                yield self._only_lower(row, target, real, stated)
            return
        if polarity is not None and self._explained(*args, polarity, config):
            return
        pol = polarity or "higher"
        computed = candidates[pol]
        # Wording alone ("Indeks Gini") makes the polarity a guess when the other
        # convention gives the printed capaian; the report's own lower-is-better
        # arithmetic for this indicator elsewhere makes it certain.
        witness = lower_in_report.get(id(row))
        guessed = polarity == "lower" and why.startswith("wording") and witness is None and \
            self._explained(*args, "higher", config)
        # Likewise a higher-is-better read from wording ("bebas banjir": its absence) when
        # only a lower-is-better formula gives the printed capaian.
        absent = polarity == "higher" and why.startswith("wording") and self._explained(*args, "lower", config)
        why_en = why_id = why
        if polarity == "lower" and witness is not None and witness is not row and why.startswith("wording"):
            why_en = f"{why}; {where(witness, 'en')} computes it so"
            why_id = f"{why}; {where(witness, 'id')} menghitungnya demikian"
        formula_en = ("realisasi / target × 100" if pol == "higher" else "(2 × target − realisasi) / target × 100")
        arith = (f"{printed(r)} / {printed(t)} × 100" if pol == "higher"
                 else f"(2 × {printed(t)} − {printed(r)}) / {printed(t)} × 100")
        basis_en = f" (lower is better, {why_en})" if polarity == "lower" else (
            f" ({why})" if why else "")
        basis_id = f" (semakin kecil semakin baik, {why_id})" if polarity == "lower" else (
            f" ({why})" if why else "")
        name = short(row.indikator)
        # In a comparison with the Renstra target, the capaian may be against that target,
        # unless its table prints no other target it could be against.
        unsure = measure_uncertain(row, "capaian") and not capaian_of_printed_pair(row, tables.get(row.table))
        shown = evidence(row, "capaian", stated, "capaian (printed)")
        cell = as_uncertain(shown.cell, unsure)
        if guessed and POLARITY_FROM_WORDING not in cell.inferred:
            cell = replace(cell, inferred=(*cell.inferred, POLARITY_FROM_WORDING))
        if absent and POLARITY_FROM_ABSENCE not in cell.inferred:
            cell = replace(cell, inferred=(*cell.inferred, POLARITY_FROM_ABSENCE))
        yield flag(
            self,
            f'Indicator "{name}" ({where(row, "en")}): capaian printed {row.capaian_text} but '
            f"{arith} = {format_id(round(computed, 2))}{basis_en}; formula {formula_en}.",
            f'Indikator "{name}" ({where(row, "id")}): capaian tercetak {row.capaian_text} tetapi '
            f"{arith} = {format_id(round(computed, 2))}{basis_id}.",
            [evidence(row, "target", target, "target"), evidence(row, "realisasi", real, "realisasi"),
             Evidence(cell, shown.value, shown.role)],
        )

    def _judge_range(self, row: IndicatorRow, bounds: tuple[float, float], config: CheckConfig) -> Iterator[Finding]:
        """A capaian against a target printed as a range: agencies take either bound, the
        middle, or 100 for a realisasi inside the range; a capaian none of these (by any
        convention of `_explained`) gives is flagged, as a warning since the convention is theirs."""
        t, r = row.target, row.realisasi
        assert t is not None and r is not None and r.value is not None and row.capaian is not None
        real, stated, text = float(r.value), row.capaian, row.capaian_text or ""
        low, high = bounds
        step = 10.0 ** -decimals_printed(text, None) + config.percent_extra_tolerance + 1e-9
        if low <= real <= high and abs(stated - 100) <= step:
            return
        lo_text, hi_text = (p.strip() for p in _RANGE_SPLIT.split(" ".join(t.text.split()), maxsplit=1))
        for bound_text, bound in ((lo_text, low), (hi_text, high), (format_id((low + high) / 2), (low + high) / 2)):
            if self._explained(text, stated, (bound_text, bound), (r.text, real), None, config):
                return
        name = short(row.indikator)
        of = {b: format_id(round(real / b * 100, 2)) for b in bounds}
        yield self.finding(
            f'Indicator "{name}" ({where(row, "en")}): capaian printed {text} against the target range '
            f"{printed(t)}, but {printed(r)} gives {of[low]} against its lower bound and {of[high]} against its "
            "upper bound: check which target the capaian was computed against.",
            f'Indikator "{name}" ({where(row, "id")}): capaian tercetak {text} terhadap rentang target '
            f"{printed(t)}, tetapi {printed(r)} memberi {of[low]} terhadap batas bawah dan {of[high]} terhadap "
            "batas atas: periksa target mana yang dipakai menghitung capaian.",
            [evidence(row, "target", None, "target"), evidence(row, "realisasi", real, "realisasi"),
             evidence(row, "capaian", stated, "capaian (printed)")],
            severity="warning",
        )


def _earlier_years(row: IndicatorRow) -> Iterator[IndicatorRow]:
    """Another year's target, realisasi and capaian printed under that year's own header
    ("2015: Target | Realisasi | Capaian" beside 2016's), as a row of that year."""
    for year, stated in row.capaian_by_year.items():
        t, r = row.target_by_year.get(year), row.realisasi_by_year.get(year)
        keys = (f"target_{year}", f"realisasi_{year}", f"capaian_{year}")
        if year == row.year or t is None or r is None or not all(k in row.cells for k in keys):
            continue
        cells = {**row.cells, "target": row.cells[keys[0]], "realisasi": row.cells[keys[1]],
                 "capaian": row.cells[keys[2]]}
        yield dataclasses.replace(row, indikator=f"{row.indikator} ({year})", year=year, target=t, realisasi=r,
                                  capaian=stated, capaian_text=row.capaian_texts.get(year), cells=cells,
                                  capaian_by_year={}, target_by_year={}, realisasi_by_year={})


def _against_the_end(row: IndicatorRow) -> Iterator[IndicatorRow]:
    """The year's realisasi against the plan's end target printed beside it, with the
    capaian printed against it ("Target Akhir Renstra | Capaian terhadap Target Akhir"),
    as a row named so. Both columns are read in doubt (measure_uncertain): a warning at most."""
    end = row.end_year
    if row.capaian_end is None or end is None or row.realisasi is None:
        return
    t = row.target_by_year.get(end)
    keys = (f"target_{end}", f"capaian_end_{end}")
    if t is None or "realisasi" not in row.cells or not all(k in row.cells for k in keys):
        return
    cells = {**row.cells, "target": row.cells[keys[0]], "capaian": row.cells[keys[1]]}
    yield dataclasses.replace(row, indikator=f"{row.indikator} (target akhir {end})", target=t,
                              capaian=row.capaian_end, capaian_text=row.capaian_end_text, cells=cells,
                              capaian_by_year={}, target_by_year={}, realisasi_by_year={},
                              capaian_end=None, end_year=None)
