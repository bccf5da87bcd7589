"""LKJ-K005: an indicator of the Perjanjian Kinerja not measured, or the reverse."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from typing import ClassVar

from lkjip.checks.finding import Finding, Severity
from lkjip.checks.indicators.common import indicator_groups, name_evidence, short, where
from lkjip.checks.indicators.misspelt_names import misspelt_pairs, slipped_word
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.match.identity import indicator_tokens, part_of
from lkjip.match.name_index import CutFormIndex
from lkjip.records import Extraction, IndicatorRow

PK = "perjanjian_kinerja"
MEASURED = "pengukuran_kinerja"
# Below this share of one side's indicators found on the other, the two tables do not list
# the same indicators at all: a table of another kind or year read as PK or Pengukuran, or
# one read only in part. Each absence is then info, not a warning.
MIN_SHARED = 0.5
# ... but two absences out of two say nothing about the pairing: a small PK with one
# indicator reworded and one dropped (BPBD Jabar 2016) keeps its warnings.
MIN_APART = 3
# Tables that can measure the year's indicators under another title (see `present`).
_ALSO_MEASURING = frozenset({"perbandingan_tahunan", "other"})


# A column header read as a row ("Indikator Sasaran Strategis" repeated on each page of
# Disbun Jabar 2016 pp. 20-23) names no indicator.
_HEADER_WORDS = frozenset({"indikator", "kinerja", "sasaran", "strategis", "utama", "program",
                           "kegiatan", "target", "realisasi", "capaian", "satuan", "no"})


def _is_header(name: str) -> bool:
    words = {w.lower() for w in name.split()}
    return bool(words) and words <= _HEADER_WORDS


def _split_pairs(rows: list[IndicatorRow]) -> list[tuple[IndicatorRow, IndicatorRow]]:
    """Two consecutive rows of one table (a grid row or two apart): maybe one name broken
    over two rows ("Persentase Rumah Tangga" / "mencapai yang berprilaku", Dinkes Jabar
    2016 p. 33, grid rows 5 and 7)."""
    return [(a, b) for a, b in pairwise(rows)
            if a.table == b.table and 0 < b.row - a.row <= 2]


def _found(name: str, others: CutFormIndex, joined: CutFormIndex | None = None) -> bool:
    """`name` is on the other side: a name there, or a piece of two rows there rejoined.
    Indexed (`lkjip.match.name_index`): linear in the rows, not quadratic."""
    return others.any_match(name) or (joined is not None and joined.any_match(name))


def _rejoined(rows: list[IndicatorRow], others: CutFormIndex) -> set[int]:
    """Ids of rows that are halves of a name the other side prints whole."""
    out: set[int] = set()
    for a, b in _split_pairs(rows):
        joined = f"{a.indikator} {b.indikator}"
        if any(part_of(joined, others.names[i]) for i in sorted(others.candidates(joined))):
            out |= {id(a), id(b)}
    return out


@register
class PkVersusPengukuran(Rule):
    """Flags an indicator that the Perjanjian Kinerja promises but the Pengukuran
    Kinerja does not measure (warning), and, as info, one measured that the Perjanjian
    Kinerja never set.

    Why: the LKjIP must account for every indicator of the year's Perjanjian Kinerja
    (PermenPANRB 53/2014); an indicator dropped from the measurement hides a result.
    An indicator measured beyond the PK is only info: the Pengukuran chapter often
    also reports Renstra, RKT or IKU indicators, and a PK table continued on a page
    that was not read looks the same.

    Example: in LKIP BPBD Jawa Barat 2016 the Perjanjian Kinerja (p. 56) sets "Jumlah
    orang yang terlatih", which no measurement table reports. Seed: every one of the
    35 PK indicators is measured.

    Tolerance: runs only when the document has both tables, and compares rows of the
    same year. Names match ignoring case, bullets, outline numbers
    "1.1.", a unit in parentheses on one side, a word hyphenated at a line end), and an
    absence is excused when the other side has the name cut short (a prefix of three
    words or more), with one stray word, or broken over two consecutive rows; a row of
    another table with the year's target and realisasi counts as measured. When fewer
    than half of one side's indicators, and at least three, are missing from the other,
    the tables are not the same list (a Rencana Kinerja read as PK, a table read in
    part) and every absence on that side is an info finding. A name spelled with a slip in
    one word on one side ("masyakarakat" for "masyarakat", PROVSU 2021 pp. 16 and 19) is one
    indicator: an info finding shows both spellings instead of two absences. A renamed indicator still shows as missing: a
    reader should check whether it is the same one reworded.
    """

    code = "LKJ-K005"
    title: ClassVar[dict[str, str]] = {"en": "PK indicator not measured (or the reverse)",
             "id": "Indikator PK tidak diukur (atau sebaliknya)"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        groups = [g for g in indicator_groups(doc) if any(r.table_kind in (PK, MEASURED) for r in g)]
        years = {r.year for g in groups for r in g if r.table_kind == PK}
        for year in sorted(years, key=lambda y: y or 0):
            yield from self._year(doc, groups, year)

    def _year(self, doc: Extraction, groups: list[list[IndicatorRow]], year: int | None) -> Iterator[Finding]:
        def of_year(r: IndicatorRow) -> bool:
            return r.year is None or year is None or r.year == year

        def listed(r: IndicatorRow, kind: str) -> bool:
            """A row of the table kind whose absences are reported."""
            return r.table_kind == kind and of_year(r)

        def present(r: IndicatorRow, kind: str) -> bool:
            """A row that shows the indicator on that side. A row with the year's target and
            realisasi measures it whatever its table is titled ("Perbandingan Target dan
            Realisasi … 2016", DISPERINDAG Jabar 2016 p. 34, read as a year comparison)."""
            if listed(r, kind):
                return True
            return (kind == MEASURED and r.table_kind in _ALSO_MEASURING and r.year == year
                    and r.target is not None and r.realisasi is not None)

        sides = {kind: [g for g in groups if any(listed(r, kind) for r in g)] for kind in (PK, MEASURED)}
        if not sides[PK] or not sides[MEASURED]:
            return
        rows = {kind: [r for r in doc.indicators if present(r, kind)] for kind in (PK, MEASURED)}
        frequency = Counter(t for r in doc.indicators for t in set(indicator_tokens(r.indikator)))
        names = {kind: CutFormIndex(frequency, (r.indikator for r in rows[kind])) for kind in (PK, MEASURED)}
        joined = {kind: CutFormIndex(frequency, (f"{a.indikator} {b.indikator}" for a, b in _split_pairs(rows[kind])))
                  for kind in (PK, MEASURED)}
        missing_by_kind: dict[str, list[IndicatorRow]] = {}
        for kind, other in ((PK, MEASURED), (MEASURED, PK)):
            halves = _rejoined(rows[kind], names[other])
            missing: list[IndicatorRow] = []
            missing_names = CutFormIndex(frequency)
            for group in sides[kind]:
                if any(present(r, other) for r in group):
                    continue
                row = next(r for r in group if listed(r, kind))
                if _is_header(row.indikator) or any(id(r) in halves for r in group):
                    continue
                # Once per indicator: "Jumlah UTTP dan BDKT" and "Jumlah UTTP dan BDKT (buah)".
                if not _found(row.indikator, names[other], joined[other]) and \
                        not _found(row.indikator, missing_names):
                    missing.append(row)
                    missing_names.add(row.indikator)
            missing_by_kind[kind] = missing
        # A name spelled with a slip on one side is one indicator, not one dropped and one added.
        slips = misspelt_pairs(missing_by_kind[PK], missing_by_kind[MEASURED])
        paired = {id(r) for pair in slips for r in pair}
        for pk_row, measured_row in slips:
            yield self._slip_finding(pk_row, measured_row)
        for kind in (PK, MEASURED):
            missing = missing_by_kind[kind]
            if not missing:
                continue
            shared = 1 - len(missing) / len(sides[kind])
            apart = shared < MIN_SHARED and len(missing) >= MIN_APART
            for row in missing:
                if id(row) not in paired:
                    yield self._finding(row, kind, shared if apart else None)

    def _slip_finding(self, pk_row: IndicatorRow, measured_row: IndicatorRow) -> Finding:
        word = slipped_word(pk_row.indikator, measured_row.indikator) or ("", "")
        return self.finding(
            f'Indicator "{short(pk_row.indikator)}" of the Perjanjian Kinerja ({where(pk_row, "en")}) is measured '
            f'as "{short(measured_row.indikator)}" ({where(measured_row, "en")}): one indicator, spelled '
            f'"{word[0]}" and "{word[1]}"; taken as the same. Correct the spelling.',
            f'Indikator "{short(pk_row.indikator)}" pada Perjanjian Kinerja ({where(pk_row, "id")}) diukur sebagai '
            f'"{short(measured_row.indikator)}" ({where(measured_row, "id")}): satu indikator, ditulis '
            f'"{word[0]}" dan "{word[1]}"; dianggap sama. Perbaiki ejaannya.',
            [name_evidence(pk_row), name_evidence(measured_row)], severity="info")

    def _finding(self, row: IndicatorRow, kind: str, shared: float | None) -> Finding:
        """`shared` is given when the two tables look like different lists."""
        name = short(row.indikator)
        severity: Severity = "info" if kind == MEASURED or shared is not None else "warning"
        tail_en = tail_id = ""
        if shared is not None:
            pct = f"{shared:.0%}"
            tail_en = (f" Only {pct} of the indicators of this table are found in the other: the two tables "
                       f"may not be the same list (another kind of table, or one read in part).")
            tail_id = (f" Hanya {pct} indikator tabel ini ada di tabel lainnya: kedua tabel mungkin bukan "
                       f"daftar yang sama (tabel jenis lain, atau terbaca sebagian).")
        if kind == PK:
            return self.finding(
                f'Indicator "{name}" of the Perjanjian Kinerja ({where(row, "en")}) is not in the '
                f"Pengukuran Kinerja.{tail_en}",
                f'Indikator "{name}" pada Perjanjian Kinerja ({where(row, "id")}) tidak ada dalam '
                f"Pengukuran Kinerja.{tail_id}",
                [name_evidence(row)], severity=severity)
        return self.finding(
            f'Indicator "{name}" is measured ({where(row, "en")}) but is not in the Perjanjian Kinerja.{tail_en}',
            f'Indikator "{name}" diukur ({where(row, "id")}) tetapi tidak ada dalam Perjanjian Kinerja.{tail_id}',
            [name_evidence(row)], severity=severity)
