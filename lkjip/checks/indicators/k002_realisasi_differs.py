"""LKJ-K002: one indicator, two different realisasi for the same year."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.indicators.common import (
    as_uncertain,
    indicator_groups,
    join_list,
    measure_uncertain,
    realisasi_of_the_tables_year,
    same_value,
    scored_grade,
    short,
    where,
)
from lkjip.checks.indicators.malformed_figures import malformed_digits, marked, misprint_of
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.numbers import format_id, units_equivalent
from lkjip.records import Cell, Extraction, IndicatorRow, IndicatorTable


def realisasi_by_year(row: IndicatorRow) -> dict[int | None, tuple[Any, Cell | None]]:
    """Every realisasi a row states, by year (a comparison table states several)."""
    out: dict[int | None, tuple[Any, Cell | None]] = {}
    for year, q in row.realisasi_by_year.items():
        if q is not None:
            out[year] = (q, row.cells.get(f"realisasi_{year}"))
    if row.realisasi is not None and row.year not in out:
        out[row.year] = (row.realisasi, row.cells.get("realisasi"))
    return out


def _part_key(part: Any) -> tuple[str, str] | None:
    platform = (part.platform or "").strip(" :").lower()
    metric = part.metric_norm or (part.label or "").strip(" :").lower()
    return (platform, metric) if metric else None


def _facts(q: Any) -> dict[tuple[str, str], tuple[float, str, str | None]]:
    """Comparable numbers of a quantity: its value, or each labelled part of a tally."""
    if q.value is not None:
        return {("", ""): (float(q.value), " ".join(q.text.split()), q.unit)}
    score = scored_grade(q)
    if score is not None:
        return {("", ""): (score, " ".join(q.text.split()), None)}
    out: dict[tuple[str, str], tuple[float, str, str | None]] = {}
    for part in q.parts or ():
        key = _part_key(part)
        if key is not None and part.value is not None and key not in out:
            out[key] = (float(part.value), part.text.strip(" -"), part.unit)
    return out


@register
class RealisasiDiffers(Rule):
    """Flags an indicator whose realisasi for one year differs between two tables,
    comparing each labelled part of a compound value (social-media tallies) on its own.

    Why: the Pengukuran Kinerja, the year comparison, the Renstra comparison and the
    Lampiran report the same achievement; a different number in one of them means a
    copy or typing error, and the capaian read from it is wrong.

    Example (seed): the Instagram likes of the social-media indicator are 20.511 in the
    Pengukuran Kinerja (p. 11), the year comparison (p. 13) and the Renstra comparison
    (p. 16), but 20.551 in the Lampiran (p. 19). "Jumlah Sampul Kliping Pers" is
    realised 12.930 eks in the Pengukuran Kinerja (p. 12) but 1.200 eks for 2018 in the
    year comparison (p. 14).

    Compared: values for the same year (a comparison table's REALISASI 2018 column
    against the 2018 report's other tables), same indicator (strict name matching).
    Parts are matched by platform and metric ("Instagram like"; "kometar" reads as
    "komentar"). A grade printed with its score ("Nilai A (82,92)", "Level 3 (3,157)") is
    compared by its score: Inspektorat Jombang's LKjIP 2022 gives "Nilai A (82,92)" for
    2022 on p. 24 but "Nilai A (81,59)" on pp. 29, 31, 33 and 39. Values in different
    units are left to LKJ-K003. Tolerance: none ("202.955" and "202,955" are one value).
    A table of no recognised kind, or a comparison with the Renstra or national figures
    whose column does not name the year, makes the finding a warning; except a comparison
    with the medium-term target whose columns name no year but the report's and no running
    total ("Target P.RPJMD Tahun 2022 | Realisasi | Capaian"): a realisasi is never a plan's
    figure, so its yearless column is the year's.

    A realisasi printed with malformed digit groups, which has no value, is set beside the
    same figure printed well formed elsewhere when its digits are that figure's but for a
    digit or two, as a warning: LKIP BPBD Jawa Barat 2016 prints the
    realisasi of "Jumlah PMKS yang ditangani" as "464.71,75" in Tabel 3.1 (p. 59) but
    "464.971,75" in Tabel 2.2 (p. 52) and Tabel 3.2 (p. 60).
    """

    code = "LKJ-K002"
    title: ClassVar[dict[str, str]] = {"en": "Same indicator, different realisasi", "id": "Indikator sama, realisasi berbeda"}
    severity: ClassVar[Severity] = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        tables = {t.table: t for t in doc.indicator_tables}
        for group in indicator_groups(doc):
            by_year: dict[int | None, list[tuple[IndicatorRow, Any, Cell | None]]] = {}
            for row in group:
                for year, (q, cell) in realisasi_by_year(row).items():
                    by_year.setdefault(year, []).append((row, q, cell))
            for year, entries in by_year.items():
                if len({row.table for row, _, _ in entries}) >= 2:
                    yield from self._compare(year, entries, tables)
                    yield from self._misprinted(year, entries)

    def _misprinted(self, year: int | None, entries: list[tuple[IndicatorRow, Any, Cell | None]]) -> Iterator[Finding]:
        """A realisasi printed with malformed digit groups ("464.71,75") where another table
        prints the same figure well formed but for a digit ("464.971,75"): a warning."""
        for row, q, cell in entries:
            digits = malformed_digits(q.text, q.value) if not q.parts else None
            if digits is None:
                continue
            others = [(r, o, c) for r, o, c in entries if r.table != row.table and o.value is not None
                      and misprint_of(digits, o.text)]
            if not others:
                continue
            name, printed = short(row.indikator), " ".join(q.text.split())
            shown = {lang: f'{join_list([where(r, lang, c) for r, _, c in others], lang)}' for lang in ("en", "id")}
            well = " ".join(others[0][1].text.split())
            yield self.finding(
                f'Indicator "{name}": realisasi {year} is printed "{printed}" ({where(row, "en", cell)}), a malformed '
                f'number, while {shown["en"]} print {well}.',
                f'Indikator "{name}": realisasi {year} tercetak "{printed}" ({where(row, "id", cell)}), angka yang '
                f'salah format, sedangkan {shown["id"]} mencetak {well}.',
                [Evidence(marked(cell or Cell(printed, row.page, row.table, row.row, "realisasi")), None, "realisasi"),
                 *(Evidence(c or Cell(o.text, r.page, r.table, r.row, "realisasi"), float(o.value), "realisasi")
                   for r, o, c in others)],
            )

    def _compare(self, year: int | None, entries: list[tuple[IndicatorRow, Any, Cell | None]],
                 tables: dict[str, IndicatorTable]) -> Iterator[Finding]:
        keys: dict[tuple[str, str], list[tuple[IndicatorRow, float, str, str | None, Cell | None]]] = {}
        for row, q, cell in entries:
            for key, (value, text, unit) in _facts(q).items():
                keys.setdefault(key, []).append((row, value, text, unit, cell))
        name = short(entries[0][0].indikator)
        for key, facts in keys.items():
            values: dict[float, list[tuple[IndicatorRow, float, str, str | None, Cell | None]]] = {}
            for fact in facts:
                # "202.955" and "202,955" can be one number: keep them together.
                home = next((v for v, fs in values.items() if same_value((fs[0][2], v), (fact[2], fact[1]))), None)
                values.setdefault(fact[1] if home is None else home, []).append(fact)
            if len(values) < 2 or len({f[0].table for f in facts}) < 2:
                continue
            units = [fs[0][3] for fs in values.values()]
            if any(u is not None and units[0] is not None and not units_equivalent(u, units[0]) for u in units):
                continue  # different units: LKJ-K003
            part = " ".join(w for w in key if w).strip()
            label = {lang: (f" ({part})" if part else "") for lang in ("en", "id")}
            sides = {lang: " vs ".join(
                f'{format_id(v) if part else fs[0][2]} ({join_list([where(f[0], lang, f[4]) for f in fs], lang)})'
                for v, fs in values.items()) for lang in ("en", "id")}
            # A table of no recognised kind may hold another measure: a warning to verify.
            yield self.finding(
                f'Indicator "{name}"{label["en"]} has different realisasi for {year}: {sides["en"]}.',
                f'Indikator "{name}"{label["id"]} memiliki realisasi berbeda untuk tahun {year}: '
                f'{sides["id"]}.',
                [Evidence(as_uncertain(f[4] or Cell(f[2], f[0].page, f[0].table, f[0].row, "realisasi"),
                                       measure_uncertain(f[0], "realisasi", year) and not
                                       realisasi_of_the_tables_year(f[0], tables.get(f[0].table), year)), f[1],
                          f"realisasi {part}".strip()) for fs in values.values() for f in fs],
            )
