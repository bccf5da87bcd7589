"""What the indicator rules share: grouping rows into indicators, and quoting them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from typing import Any, TypeVar

from lkjip.checks.finding import Evidence
from lkjip.checks.indicators.acronym_names import joined_by_acronym
from lkjip.checks.indicators.name_variants import joined_by_variant
from lkjip.checks.wording import page_ref
from lkjip.match.identity import group_indicators, indicator_tokens
from lkjip.numbers import parse_number
from lkjip.records import Cell, Extraction, IndicatorRow, IndicatorTable

KIND_LABEL: dict[str, dict[str, str]] = {
    "perjanjian_kinerja": {"en": "Performance Agreement", "id": "Perjanjian Kinerja"},
    "pengukuran_kinerja": {"en": "Performance Measurement", "id": "Pengukuran Kinerja"},
    "perbandingan_tahunan": {"en": "year comparison", "id": "perbandingan antar tahun"},
    "renstra": {"en": "medium-term (Renstra) comparison", "id": "perbandingan jangka menengah (Renstra)"},
    "lampiran": {"en": "Lampiran", "id": "Lampiran"},
    "other": {"en": "indicator table", "id": "tabel indikator"},
}


@lru_cache(maxsize=4)
def _group_ids(names: tuple[str, ...]) -> tuple[int, ...]:
    # Five rules group the same document's rows; grouping compares names pairwise, so
    # it is done once per list of names (a pure function of them).
    return tuple(group_indicators(list(names)))


def indicator_groups(doc: Extraction) -> list[list[IndicatorRow]]:
    """Rows of the same indicator (by name, see lkjip.match.identity; an acronym spelled out
    elsewhere joins in doubt, `acronym_names`, and so does another wording of the name under
    the same sasaran, `name_variants`), in document order; one name that stands for
    several indicators is split by context (`split_by_context`)."""
    rows = doc.indicators
    ids = _group_ids(tuple(r.indikator for r in rows))
    groups: dict[int, list[IndicatorRow]] = {}
    for row, gid in zip(rows, ids, strict=True):
        groups.setdefault(gid, []).append(row)
    joined = joined_by_variant(joined_by_acronym(list(groups.values())))
    return [part for group in joined for part in split_by_context(group)]


def _context_key(context: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (context or "").lower()))


def split_by_context(group: list[IndicatorRow]) -> list[list[IndicatorRow]]:
    """One name, several indicators: when one table prints the name twice under different
    contexts (two sub-activities "Jumlah dokumen" under two kegiatan, or under two
    sasaran), each context is its own indicator. A row of another table joins the context
    it shares; a row whose context matches none of them stays on its own, since pairing it
    with either could invent a contradiction."""
    by_table: dict[str, list[IndicatorRow]] = {}
    for row in group:
        by_table.setdefault(row.table, []).append(row)
    keys: list[str] = []
    for rows in by_table.values():
        contexts = {_context_key(r.context) for r in rows}
        if len(rows) > 1 and len(contexts) > 1:
            keys += [k for k in contexts if k not in keys]
    if not keys:
        return [group]
    parts: dict[str, list[IndicatorRow]] = {k: [] for k in keys}
    alone: list[list[IndicatorRow]] = []
    for row in group:
        key = _context_key(row.context)
        home = key if key in parts else next(
            (k for k in keys if key and (k.startswith(key) or key.startswith(k))), None)
        if home is None:
            alone.append([row])
        else:
            parts[home].append(row)
    return [p for p in parts.values() if p] + alone


# Tables that restate a plan (a target per year of a Renstra, a Renja, an IKU list or a
# Rencana Aksi): their targets may differ from the year's agreed target without a mistake.
PLAN_KINDS = frozenset({"renstra", "renja", "iku", "rencana_aksi"})
# Cell.inferred code of a target-less table's benchmark read as its target, and of the
# ratio to it read as its capaian (lkjip.extract.interpret.indicators.benchmark_columns).
BENCHMARK = "benchmark"


_T = TypeVar("_T")


def equal_runs(items: Iterable[_T], same: Callable[[_T, _T], bool]) -> list[list[_T]]:
    """The items split into groups that print the same value, each led by its first item;
    K009 and B015 report a finding when more than one group is left."""
    groups: list[list[_T]] = []
    for item in items:
        home = next((g for g in groups if same(g[0], item)), None)
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    return groups


# Words every indicator shares: they cannot tie a sentence to one indicator.
_GENERIC = frozenset({
    "jumlah", "persentase", "tingkat", "indeks", "rasio", "cakupan", "nilai", "angka", "capaian",
    "provinsi", "kabupaten", "kota", "pemerintah", "daerah", "biro", "dinas", "badan", "kinerja",
    "pelayanan", "pelaksanaan", "kegiatan", "program", "melalui", "media", "informasi", "di", "yang",
})  # fmt: skip


def distinctive_words(name: str) -> list[str]:
    """The words of an indicator's name that can tie a sentence to it (K006, K010, K011, N002, N004)."""
    return [t for t in indicator_tokens(name) if t not in _GENERIC and len(t) > 2 and not t.isdigit()]


def benchmarked(cell: Cell | None) -> bool:
    """Whether a value is a benchmark or the ratio to one: never compared across tables."""
    return cell is not None and BENCHMARK in cell.inferred


def basis(row: IndicatorRow) -> str:
    """What a row's target is: "plan" (a plan's), "revised" (a PK Perubahan's), "agreed"
    (the year's agreed target, restated by the PK, the Pengukuran, the comparisons and the
    Lampiran) or "unknown" (a table of no recognised kind)."""
    if row.detail in PLAN_KINDS:
        return "plan"
    if row.version == "perubahan":
        return "revised"
    if row.detail in (None, "other") and row.table_kind == "other":
        return "unknown"
    return "agreed"


# Tables whose columns hold the year's own values: a difference there is a contradiction.
_OWN_VALUES = frozenset({"pengukuran_kinerja", "perjanjian_kinerja", "pk_perubahan", "perbandingan_tahunan",
                         "lampiran"})


def measure_uncertain(row: IndicatorRow, role: str, year: int | None = None) -> bool:
    """Whether a row's value of `role` ("target", "realisasi", "capaian") for `year` may be
    another measure than the year's own value: a table of no recognised kind, a capaian in
    a table that prints no target, or a comparison with the Renstra or national figures
    (whose columns are often the plan's, cumulative, or against the end target) unless the
    column names the year itself."""
    kind = row.detail or row.table_kind
    if role == "capaian" and row.target is None and not row.target_by_year:
        # A capaian in a table without a target (realisasi 2016 against 2015's) may be a
        # ratio of years, not the achievement against the target.
        return True
    if kind in _OWN_VALUES:
        return False
    if kind == "perbandingan_nasional" and role != "realisasi":
        return True  # its target and capaian columns are usually the national figures
    if kind in ("perbandingan_renstra", "perbandingan_nasional", "renstra"):
        y = year if year is not None else row.year
        return f"{role}_{y}" not in row.cells
    return True


def capaian_of_printed_pair(row: IndicatorRow, table: IndicatorTable | None) -> bool:
    """Whether a comparison-with-plan row's capaian can only be of the target and realisasi
    printed beside it: its table's target, realisasi and capaian columns name no year but
    the row's, and no column holds an end-of-plan target, its capaian or a national figure
    ("Tahun 2020: Target | Realisasi | Capaian Kinerja (%)" in a comparison with the
    medium-term target, while "… | Target Akhir Renstra | Capaian thd Target Akhir" keeps
    the doubt).

    Only the row's own arithmetic (LKJ-K004) may rely on this: the pair itself may be the
    plan's, so comparing it with another table's stays in doubt."""
    if table is None or row.target is None or row.realisasi is None or row.capaian is None:
        return False
    if (row.detail or row.table_kind) not in ("perbandingan_renstra", "renstra"):
        return False  # a table of no recognised kind stays in doubt whatever its columns
    # A value "by year" for the row's own year that is the row's own value (a header cell
    # split over two columns, "Tahun 2020 Target" twice) is the printed pair itself; another
    # year's, or another value, is not.
    for by_year, own in ((row.capaian_by_year, row.capaian), (row.target_by_year, row.target),
                         (row.realisasi_by_year, row.realisasi)):
        if any(y != row.year or _text(v) != _text(own) for y, v in by_year.items()):
            return False
    for col in table.columns:
        if col.get("role") in _OTHER_MEASURES:
            return False
        if col.get("role") in ("target", "realisasi", "capaian") and col.get("year") not in (None, row.year):
            return False
    return True


def _text(value: object) -> str:
    return str(getattr(value, "text", value))


def realisasi_of_the_tables_year(row: IndicatorRow, table: IndicatorTable | None, year: int | None) -> bool:
    """Whether the realisasi a comparison with the medium-term target prints under a header
    without a year is the year's own: the table's year is `year` and no column of it names
    another year or a running total ("Target P.RPJMD Tahun 2022 | Realisasi | Capaian"). A
    realisasi is never a plan's figure, so only another year or a cumulative one could make
    it another measure, and either comes with a header saying so."""
    if table is None or year is None or row.year != year or table.year != year:
        return False
    if (row.detail or row.table_kind) != "perbandingan_renstra":
        return False
    if any(y != year for y in row.realisasi_by_year):
        return False
    return not any(col.get("role") == "kumulatif" or col.get("year") not in (None, year) for col in table.columns)


# Columns that hold another measure than the year's own target, realisasi and capaian:
# an end-of-plan target and its capaian, a national figure, a running total.
_OTHER_MEASURES = frozenset({"target_akhir", "capaian_akhir", "nasional", "kumulatif"})


def as_uncertain(cell: Cell, uncertain: bool) -> Cell:
    """The cell, marked as possibly another measure than the year's own value (a doubt
    lkjip.checks.certainty turns into a warning that says what to check)."""
    if not uncertain or "measure_uncertain" in cell.inferred:
        return cell
    return replace(cell, inferred=(*cell.inferred, "measure_uncertain"))


def detail_label(row: IndicatorRow, lang: str) -> str:
    return DETAIL_LABEL.get(row.detail or "", KIND_LABEL[row.table_kind])[lang]


DETAIL_LABEL: dict[str, dict[str, str]] = {
    "pk_perubahan": {"en": "revised Performance Agreement (PK Perubahan)", "id": "Perjanjian Kinerja Perubahan"},
    "renstra": {"en": "Renstra/RPJMD plan", "id": "Renstra/RPJMD"},
    "renja": {"en": "annual work plan (Renja/RKT)", "id": "Renja/RKT"},
    "iku": {"en": "IKU list", "id": "tabel IKU"},
    "rencana_aksi": {"en": "Rencana Aksi", "id": "Rencana Aksi"},
    "perbandingan_renstra": {"en": "comparison with the Renstra target",
                             "id": "perbandingan dengan target Renstra"},
    "perbandingan_nasional": {"en": "comparison with national figures", "id": "perbandingan dengan nasional"},
}


def where(row: IndicatorRow, lang: str, cell: Cell | None = None) -> str:
    page = cell.page if cell is not None and cell.page is not None else row.page
    label = detail_label(row, lang) if row.detail in DETAIL_LABEL else KIND_LABEL[row.table_kind][lang]
    return f"{label}, {page_ref(page, lang)}" if page is not None else label


def printed(q: Any) -> str:
    """A quantity's text as printed, on one line."""
    return " ".join(q.text.split()) if q is not None else "-"


def evidence(row: IndicatorRow, column: str, value: float | None = None, role: str | None = None) -> Evidence:
    cell = row.cells.get(column) or Cell(row.indikator, row.page, row.table, row.row, column)
    return Evidence(cell, value, role)


def name_evidence(row: IndicatorRow) -> Evidence:
    return evidence(row, "indikator", role="indikator")


def short(name: str, limit: int = 90) -> str:
    name = " ".join(name.split())
    return name if len(name) <= limit else name[: limit - 1] + "…"


def join_list(items: Iterable[str], lang: str) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    last = " and " if lang == "en" else " dan "
    return ", ".join(items[:-1]) + last + items[-1]


# "1,309" or "1.309" alone: thousands in one style, decimals in the other.
_AMBIGUOUS = re.compile(r"^\s*[-–]?\s*(\d{1,3})[.,](\d{3})(?![\d.,])")


def readings(text: str, known: float) -> list[float]:
    """Every value a printed number can mean: the value read (`known`), and both
    readings of "1,309"."""
    values = [known]
    parsed = parse_number(text.split("(")[0].strip().split("\n")[0])
    if parsed is not None and float(parsed.value) not in values:
        values.append(float(parsed.value))
    m = _AMBIGUOUS.match(text)
    if m:
        for v in (float(m.group(1) + m.group(2)), float(f"{m.group(1)}.{m.group(2)}")):
            if v not in values:
                values.append(v)
    return values


def grouped_reading(text: str) -> float | None:
    """The whole-number reading of an ambiguous "0,315" / "1.309" (315, 1309), if it is one."""
    m = _AMBIGUOUS.match(text)
    return float(m.group(1) + m.group(2)) if m else None


def same_value(a: tuple[str, float], b: tuple[str, float]) -> bool:
    """Two printed values that can mean the same number ("202.955" and "202,955")."""
    return bool(set(readings(*a)) & set(readings(*b)))


_NOTE_NUMBER = re.compile(r"\(\s*([\d.,]+)\s*\)")


def scored_grade(q: Any) -> float | None:
    """The score of a grade printed with it, "Nilai A (82,92)" or "Level 3 (3,157)": the
    number that can be compared when the grade itself is not a number."""
    if q is None or q.value is not None or q.parts:
        return None
    found = _NOTE_NUMBER.findall(q.text)
    if len(found) != 1:
        return None
    parsed = parse_number(found[0])
    return float(parsed.value) if parsed is not None else None
