"""Accuracy on real reports: lkjip's output scored against the truth files in bench/truth/.

    .venv/bin/python bench/bench_accuracy.py --real                 # every truth file
    .venv/bin/python bench/real_accuracy.py --only bkad --json out.json

lkjip is used only through its public outputs (`lkjip extract --format json` and
`lkjip check --format json`, run as subprocesses, contracts in shared/contracts/), so the
benchmark survives refactoring inside lkjip. Everything is scored on the truth file's
`labelled.pages` only (the pages a person read completely); DOCX has no pages, so there the
whole document counts.

Budget rows. A truth row is matched to a lkjip budget row on the same page whose name is
similar (names normalised: case, whitespace, punctuation and leading codes or outline numbers
such as "1.02.01", "4 . 1 . 1 . 01", "a.", "(2)", "IV." removed; rapidfuzz ratio >=
NAME_SIMILARITY) and whose level is compatible. lkjip knows the levels program, kegiatan,
sub_kegiatan, paket, total and other; truth levels map onto them as LEVELS says:
program/kegiatan/sub_kegiatan/paket/total to themselves; subtotal (Belanja Operasi under
Belanja) and urusan (a government-affairs group above the programs) to total or other, since
both are sums of the rows below and lkjip has no finer word for them; belanja (jenis/obyek
belanja such as Belanja Pegawai) and other to other. A total row (truth total/subtotal, lkjip
total) also matches without a similar name when its anggaran is equal ("Jumlah" vs "JUMLAH
BELANJA DAERAH"). Among candidates the row with the same code, then more equal values, then
the more similar name wins; matching is one to one. A matched row is *exact* when every
number the truth gives for anggaran, realisasi, sisa and persen equals lkjip's: amounts less
than one rupiah apart (sen are not compared), percentages within half the last printed digit.
Recall = exact truth rows / truth rows; precision = lkjip rows matched to a truth row / lkjip
rows on labelled pages, leaving out unmatched lkjip rows that carry no number at all (headings
such as kegiatan listed without amounts, which a labeller may omit).

Indicator rows. A truth row is matched to a lkjip indicator row on the same page, within the
lkjip table that holds most of that truth table's rows on that page, by normalised indikator
name. It is exact when target and realisasi (and capaian where the truth has it) equal lkjip's
for the right year: the table's year (for multi-year rows `by_year[year]`; where the table
gives no year, the year the document reports on, else the row's latest); a lkjip row for
another year does not count. Values are equal within half the last printed digit; a value the
truth gives as non-numeric ("-", "Baik") must be non-numeric in lkjip too. Precision leaves
out unmatched lkjip rows without target, realisasi and capaian (a sasaran/indikator matrix
without values).
Table kind right: the majority kind of the lkjip rows matched to a truth table is one its
truth kind allows (KINDS): perjanjian_kinerja/pk_perubahan -> perjanjian_kinerja;
pengukuran_kinerja -> pengukuran_kinerja or lampiran (lkjip calls a table after the closing
chapter lampiran); perbandingan_tahunan/perbandingan_nasional -> perbandingan_tahunan or
lampiran; perbandingan_renstra -> perbandingan_tahunan, renstra or lampiran; renstra ->
renstra; iku -> renstra, lampiran or other; renja -> renstra or other; rencana_aksi ->
perjanjian_kinerja or other; other -> other or lampiran. A truth table none of whose rows
was matched counts as wrong.

Contradictions. A labelled contradiction is found when one finding (any severity) has
evidence matching at least two of its sides (one for a single-sided contradiction), or a rule
listed in its `rules` fires with evidence matching one side. Evidence matches a side when it
is on the side's page and its value equals the side's (from 1000 up to the rupiah, below that
within half the side's last printed digit; the text, spaces removed, when either has no
value). Once one side is matched on its page, a second may be matched by value on another
page: a figure printed in several tables is labelled once. Reported for any severity and for
errors-or-warnings.

False errors: error-level findings all of whose evidence lies on labelled pages and that
match no labelled contradiction (by the test above). Error precision = true errors / error
findings on labelled pages.

The benchmark runs lkjip once per document (seconds = both runs), so a crash is that
document's alone; `run_lkjip_many` runs it once over many documents, as the floors test does
to save lkjip's start-up per document.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TRUTH_DIR = HERE / "truth"
REAL = (REPO.parent / "shared" / "corpus" / "real").resolve()

NAME_SIMILARITY = 85.0
SUBPROCESS_TIMEOUT = 3600.0  # seconds per lkjip call; lkjip's own --timeout is per document

LEVELS: dict[str, frozenset[str]] = {
    "program": frozenset({"program"}),
    "kegiatan": frozenset({"kegiatan"}),
    "sub_kegiatan": frozenset({"sub_kegiatan"}),
    "paket": frozenset({"paket"}),
    "total": frozenset({"total"}),
    "subtotal": frozenset({"total", "other"}),
    "urusan": frozenset({"total", "other"}),
    "belanja": frozenset({"other"}),
    "other": frozenset({"other"}),
}

KINDS: dict[str, frozenset[str]] = {
    "perjanjian_kinerja": frozenset({"perjanjian_kinerja"}),
    "pk_perubahan": frozenset({"perjanjian_kinerja"}),
    "pengukuran_kinerja": frozenset({"pengukuran_kinerja", "lampiran"}),
    "perbandingan_tahunan": frozenset({"perbandingan_tahunan", "lampiran"}),
    "perbandingan_nasional": frozenset({"perbandingan_tahunan", "lampiran"}),
    "perbandingan_renstra": frozenset({"perbandingan_tahunan", "renstra", "lampiran"}),
    "renstra": frozenset({"renstra"}),
    "iku": frozenset({"renstra", "lampiran", "other"}),
    "renja": frozenset({"renstra", "other"}),
    "rencana_aksi": frozenset({"perjanjian_kinerja", "other"}),
    "other": frozenset({"other", "lampiran"}),
}

BUDGET_FIELDS = ("anggaran", "realisasi", "sisa", "persen")
INDICATOR_FIELDS = ("target", "realisasi", "capaian")


# ---------------------------------------------------------------- normalisation, equality

# One leading code token: "1.02.01", "4 . 1 . 1 . 01", "(2)", "2)", "a.", "b)", "IV.", "iv)".
# A letter is a code only with its "." or ")" so "Administrasi" keeps its "A" (and "a.n." its "a.").
_CODE_TOKEN = r"(?:\(?\d+(?:\s*[.\-]\s*\d+)*\s*[.)]?(?=\s|$|[^\w])|\(?[a-z]\)|[a-z]\.(?![a-z]\.)|\(?[ivx]+[.)])"
_LEADING_CODES = re.compile(rf"^(?:\s*{_CODE_TOKEN})+")
_NON_WORD = re.compile(r"[^\w]+|_")
_SPACE = re.compile(r"\s+")


def normalise_name(name: str | None) -> str:
    """Lower case, leading codes/outline numbers dropped, punctuation to spaces, spaces collapsed."""
    text = _SPACE.sub(" ", (name or "").lower()).strip()
    text = _LEADING_CODES.sub("", text)
    return _SPACE.sub(" ", _NON_WORD.sub(" ", text)).strip()


def normalise_code(code: str | None) -> str:
    return re.sub(r"[\s]+", "", code or "").strip(".")


def name_similarity(a: str | None, b: str | None) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.ratio(normalise_name(a), normalise_name(b)))


def level_compatible(truth_level: str, lkjip_level: str | None) -> bool:
    return (lkjip_level or "") in LEVELS.get(truth_level, frozenset())


def kind_right(truth_kind: str, lkjip_kind: str | None) -> bool:
    return (lkjip_kind or "") in KINDS.get(truth_kind, frozenset())


_NUMBER_TOKEN = re.compile(r"\d[\d.,]*")


def printed_decimals(printed: str | None, value: float | None) -> int:
    """How many decimals the printed number shows, read against the value a person gave it.

    "98,17 %" with 98.17 -> 2; "429.352 eks" with 429352 -> 0; "1.128,26" with 1128.26 -> 2.
    Where no digit run explains the value (a thousands multiplier), the digits after the last
    separator count when they are one or two, else none."""
    tokens = _NUMBER_TOKEN.findall(printed or "")
    if value is not None and math.isfinite(value):
        target = abs(float(value))
        for token in reversed(tokens):
            digits = re.sub(r"\D", "", token)
            if not digits:
                continue
            for d in range(0, min(len(digits), 8) + 1):
                if abs(int(digits) / 10**d - target) <= 1e-9 * max(1.0, target):
                    return d
    if tokens:
        m = re.search(r"[.,](\d+)$", tokens[-1].rstrip(".,"))
        if m and len(m.group(1)) <= 2:
            return len(m.group(1))
    return 0


def percent_equal(truth_value: float, printed: str | None, ours: float | None) -> bool:
    """Equal within half the last printed digit ("98,2" -> 0.05)."""
    if ours is None:
        return False
    tolerance = 0.5 * 10 ** -printed_decimals(printed, truth_value)
    return abs(float(ours) - float(truth_value)) <= tolerance + 1e-9


def amount_equal(truth_value: float, ours: float | None) -> bool:
    """Equal to the rupiah: less than one rupiah apart."""
    return ours is not None and abs(float(ours) - float(truth_value)) < 1.0


def value_equal(truth: dict | None, ours: float | None, kind: str) -> bool | None:
    """Whether lkjip's number equals the truth value; None when the truth gives no number."""
    if truth is None or truth.get("value") is None:
        return None
    if kind == "amount":
        return amount_equal(truth["value"], ours)
    return percent_equal(truth["value"], truth.get("printed"), ours)


def compact(text: str | None) -> str:
    return _SPACE.sub("", text or "").lower()


# ---------------------------------------------------------------- lkjip as a subprocess

@dataclass
class LkjipRun:
    extract: dict | None = None  # the document's entry in `extract --format json`
    check: dict | None = None  # the document's entry in `check --format json`
    seconds: float = 0.0
    failure: str | None = None  # traceback or reason the output is unusable
    unreadable: str | None = None  # lkjip's error for a document it could not read (exit 3)
    version: str | None = None


def lkjip_command() -> list[str]:
    for candidate in (REPO / ".venv" / "bin" / "lkjip", Path(sys.executable).parent / "lkjip"):
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which("lkjip")
    if found:
        return [found]
    raise SystemExit("lkjip executable not found (build .venv with `make test` or `make demo`)")


def _call(args: list[str], ok_codes: set[int], timeout: float) -> tuple[dict | None, str | None]:
    """Run lkjip; the JSON it printed, or why there is none."""
    try:
        # An empty working folder: no lkjip.toml or [tool.lkjip] there can change the rules run.
        with tempfile.TemporaryDirectory(prefix="lkjip-bench-") as cwd:
            proc = subprocess.run(args, capture_output=True, text=True, timeout=timeout, cwd=cwd)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout:.0f} s: {' '.join(args[1:3])}"
    stderr = proc.stderr or ""
    if "Traceback (most recent call last)" in stderr or proc.returncode not in ok_codes:
        tail = "\n".join(stderr.strip().splitlines()[-25:])
        return None, f"exit {proc.returncode} from `lkjip {args[1]}`:\n{tail}"
    try:
        return json.loads(proc.stdout), None
    except json.JSONDecodeError as exc:
        return None, f"`lkjip {args[1]}` printed no JSON ({exc}); stderr: {stderr[-500:]}"


def run_lkjip_many(paths: list[Path], ocr: bool, timeout: float = SUBPROCESS_TIMEOUT) -> dict[Path, LkjipRun]:
    """lkjip extract, then lkjip check, each once for all `paths` (one process each saves the
    start-up per document; `seconds` is then the batch's time shared out evenly)."""
    base = lkjip_command()
    ocr_flag = [] if ocr else ["--no-ocr"]
    runs = {p: LkjipRun() for p in paths}
    started = time.perf_counter()
    files = [str(p) for p in paths]
    # extract: 0, or 3 = a document could not be read (it is still listed, with its error)
    out, failure = _call([*base, "extract", *files, "--format", "json", *ocr_flag], {0, 3}, timeout * len(paths))
    extracted = _by_path(out, paths) if out is not None else {}
    checked: dict[Path, dict] = {}
    if failure is None:
        # check: 1 = findings at or above --fail-on, not a failure
        out, failure = _call([*base, "check", *files, "--format", "json", "--fail-on", "error", *ocr_flag],
                             {0, 1, 3}, timeout * len(paths))
        checked = _by_path(out, paths) if out is not None else {}
    seconds = (time.perf_counter() - started) / max(len(paths), 1)
    for p, run in runs.items():
        run.seconds, run.failure = seconds, failure
        run.extract, run.check = extracted.get(p), checked.get(p)
        if failure is None and (run.extract is None or run.check is None):
            run.failure = "lkjip's JSON does not list this document"
        for doc in (run.extract, run.check):
            if doc and doc.get("status") == "error":
                err = doc.get("error") or {}
                run.unreadable = f"{err.get('code', '?')}: {err.get('message', '')}".strip()
    return runs


def _by_path(out: dict, paths: list[Path]) -> dict[Path, dict]:
    """lkjip's document entries by the path they were given as (else by position)."""
    docs = out.get("documents") or []
    by_file = {str(Path(d.get("file", "")).resolve()): d for d in docs}
    found = {p: by_file[str(p.resolve())] for p in paths if str(p.resolve()) in by_file}
    if len(found) < len(paths) and len(docs) == len(paths):
        found = dict(zip(paths, docs, strict=True))
    return found


def run_lkjip(path: Path, ocr: bool, timeout: float = SUBPROCESS_TIMEOUT) -> LkjipRun:
    return run_lkjip_many([path], ocr, timeout)[path]


# ---------------------------------------------------------------- scores

@dataclass
class BudgetScore:
    truth_rows: int = 0
    matched: int = 0
    exact: int = 0
    lkjip_rows: int = 0  # lkjip rows on labelled pages (less unmatched rows without numbers)
    lkjip_matched: int = 0
    misses: list[str] = field(default_factory=list)
    unmatched_lkjip: list[str] = field(default_factory=list)  # what costs precision


@dataclass
class IndicatorScore:
    truth_rows: int = 0
    matched: int = 0
    exact: int = 0
    lkjip_rows: int = 0
    lkjip_matched: int = 0
    unmatched_lkjip: list[str] = field(default_factory=list)
    truth_tables: int = 0
    kind_right: int = 0
    misses: list[str] = field(default_factory=list)


@dataclass
class ContradictionScore:
    labelled: int = 0
    found: int = 0  # by a finding of any severity
    found_error_or_warning: int = 0
    missed: list[str] = field(default_factory=list)


@dataclass
class ErrorScore:
    errors_on_labelled: int = 0
    true_errors: int = 0
    false_errors: int = 0
    false: list[str] = field(default_factory=list)


@dataclass
class DocumentResult:
    file: str
    truth: str
    document_kind: str
    pages_labelled: int
    status: str = "ok"  # ok | unreadable | failed | skipped
    reason: str | None = None
    seconds: float = 0.0
    # Pages lkjip read by OCR and the mean seconds one took (its closing note), when any.
    ocr_pages: int = 0
    ocr_seconds_per_page: float | None = None
    budget: BudgetScore = field(default_factory=BudgetScore)
    indicators: IndicatorScore = field(default_factory=IndicatorScore)
    contradictions: ContradictionScore = field(default_factory=ContradictionScore)
    errors: ErrorScore = field(default_factory=ErrorScore)


MAX_DETAILS = 40  # misses listed per document in the JSON, enough to see the pattern


def _page_ok(page: int | None, labelled: set[int], paged: bool) -> bool:
    return not paged or page in labelled


def _greedy(pairs: list[tuple[tuple, int, int]]) -> dict[int, int]:
    """One-to-one assignment: best-scored pairs first."""
    pairs.sort(key=lambda p: p[0], reverse=True)
    used_t: set[int] = set()
    used_o: set[int] = set()
    out: dict[int, int] = {}
    for _, t, o in pairs:
        if t in used_t or o in used_o:
            continue
        used_t.add(t)
        used_o.add(o)
        out[t] = o
    return out


def _budget_diff(truth_row: dict, ours: dict) -> list[str]:
    wrong = []
    for f in BUDGET_FIELDS:
        ok = value_equal(truth_row.get(f), ours.get(f), "percent" if f == "persen" else "amount")
        if ok is False:
            wrong.append(f"{f} {truth_row[f]['printed']} vs {ours.get(f)}")
    return wrong


def score_budget(truth: dict, lkjip_rows: list[dict], labelled: set[int], paged: bool) -> BudgetScore:
    score = BudgetScore()
    rows = [r for t in truth.get("budget_tables", []) for r in t["rows"] if _page_ok(r["page"], labelled, paged)]
    ours = [r for r in lkjip_rows if _page_ok(r.get("page"), labelled, paged)]
    score.truth_rows, score.lkjip_rows = len(rows), len(ours)
    by_page: dict[int | None, list[int]] = defaultdict(list)
    for j, o in enumerate(ours):
        by_page[o.get("page") if paged else None].append(j)
    pairs: list[tuple[tuple, int, int]] = []
    near_level: dict[int, str] = {}  # truth row -> lkjip level of a same-name row of the wrong level
    for i, t in enumerate(rows):
        for j in by_page.get(t["page"] if paged else None, []):
            o = ours[j]
            sim = name_similarity(t["name"], o.get("name"))
            if not level_compatible(t["level"], o.get("level")):
                if sim >= NAME_SIMILARITY:
                    near_level[i] = str(o.get("level"))
                continue
            equal = sum(1 for f in BUDGET_FIELDS
                        if value_equal(t.get(f), o.get(f), "percent" if f == "persen" else "amount"))
            total_by_value = (t["level"] in ("total", "subtotal") and o.get("level") == "total"
                              and value_equal(t.get("anggaran"), o.get("anggaran"), "amount") is True)
            if sim < NAME_SIMILARITY and not total_by_value:
                continue
            code_eq = bool(t.get("code")) and normalise_code(t.get("code")) == normalise_code(o.get("code"))
            pairs.append(((code_eq, equal, sim), i, j))
    matched = _greedy(pairs)
    score.matched = score.lkjip_matched = len(matched)
    # An unmatched lkjip row without any number is a heading (a kegiatan listed under its
    # program without amounts) that a labeller may leave out: not held against precision.
    used = set(matched.values())
    counted = [j for j, o in enumerate(ours) if j in used or any(o.get(f) is not None for f in BUDGET_FIELDS)]
    score.lkjip_rows = len(counted)
    score.unmatched_lkjip = [f"p.{ours[j].get('page')} {str(ours[j].get('name'))[:50]!r} ({ours[j].get('level')})"
                             for j in counted if j not in used][:MAX_DETAILS]
    for i, t in enumerate(rows):
        where = f"p.{t['page']} {t.get('code') or ''} {t['name'][:50]!r} ({t['level']})".replace("  ", " ")
        if i not in matched:
            if len(score.misses) < MAX_DETAILS:
                why = f"lkjip level {near_level[i]}" if i in near_level else "not read"
                score.misses.append(f"{where}: {why}")
            continue
        wrong = _budget_diff(t, ours[matched[i]])
        if not wrong:
            score.exact += 1
        elif len(score.misses) < MAX_DETAILS:
            score.misses.append(f"{where}: {'; '.join(wrong)}")
    return score


def _indicator_item(table: dict, row: dict, report_year: int | None = None) -> tuple[int | None, dict]:
    """The year a row is scored for, and its target/realisasi/capaian for that year: the
    table's year, else the year the document reports on, else the latest the row has."""
    year = table.get("year")
    by_year = row.get("by_year") or {}
    values: dict[str, Any] = {}
    top = {f: row[f] for f in INDICATOR_FIELDS if row.get(f) is not None}
    if by_year:
        wanted = [str(y) for y in (year, report_year) if y is not None and str(y) in by_year]
        if top and year is not None and not wanted:
            # The row's own values are the table's year; by_year holds other years only (an
            # earlier capaian, the plan's end target): the row is scored for the table's year.
            return year, {f: top.get(f) for f in INDICATOR_FIELDS}
        key = wanted[0] if wanted else max(by_year, key=lambda y: int(y))
        year = int(key)
        values = {f: by_year[key].get(f) for f in INDICATOR_FIELDS}
    # Top-level values belong to the table's year and win over by_year's.
    values.update(top)
    return year, {f: values.get(f) for f in INDICATOR_FIELDS}


def _quantity_value(q: Any) -> tuple[bool, float | None]:
    """(present, numeric value) of a lkjip quantity (an object with text/value) or number."""
    if q is None:
        return False, None
    if isinstance(q, int | float):
        return True, float(q)
    value = q.get("value") if isinstance(q, dict) else None
    return True, float(value) if isinstance(value, int | float) else None


def _indicator_diff(values: dict, ours: dict) -> list[str]:
    wrong = []
    for f in INDICATOR_FIELDS:
        tv = values.get(f)
        if tv is None:
            continue
        present, ov = _quantity_value(ours.get(f))
        if tv.get("value") is None:
            ok = ov is None  # "-", "Baik": lkjip must not invent a number
        else:
            ok = percent_equal(tv["value"], tv.get("printed"), ov)
        if not ok:
            wrong.append(f"{f} {tv.get('printed')!r} vs {ov if present else 'none'}")
    return wrong


def score_indicators(truth: dict, lkjip_rows: list[dict], labelled: set[int], paged: bool) -> IndicatorScore:
    score = IndicatorScore()
    items: list[tuple[str, dict, dict, int | None, dict]] = []  # table id, table, row, year, values
    for table in truth.get("indicator_tables", []):
        for row in table["rows"]:
            if _page_ok(row["page"], labelled, paged):
                year, values = _indicator_item(table, row, truth.get("year"))
                items.append((table["id"], table, row, year, values))
    ours = [r for r in lkjip_rows if _page_ok(r.get("page"), labelled, paged)]
    score.truth_rows, score.lkjip_rows = len(items), len(ours)

    def page_of(page: int | None) -> int | None:
        return page if paged else None

    sims: dict[tuple[int, int], float] = {}
    by_page: dict[int | None, list[int]] = defaultdict(list)
    for j, o in enumerate(ours):
        by_page[page_of(o.get("page"))].append(j)
    for i, (_, _, row, _, _) in enumerate(items):
        for j in by_page.get(page_of(row["page"]), []):
            sim = name_similarity(row["indikator"], ours[j].get("indikator"))
            if sim >= NAME_SIMILARITY:
                sims[(i, j)] = sim
    # Each truth table, on each page, reads from the lkjip table holding most of its rows there,
    # so an indicator printed in two tables on one page is taken from the right one.
    votes: dict[tuple[str, int | None], Counter] = defaultdict(Counter)
    best: dict[int, float] = defaultdict(float)
    for (i, _), sim in sims.items():
        best[i] = max(best[i], sim)
    for (i, j), sim in sims.items():
        if sim == best[i]:  # "Ratio kematian bayi" votes for its own table, not for "… ibu"'s
            votes[(items[i][0], page_of(items[i][2]["page"]))][ours[j].get("table")] += 1
    chosen = {key: c.most_common(1)[0][0] for key, c in votes.items()}
    pairs: list[tuple[tuple, int, int]] = []
    for (i, j), sim in sims.items():
        tid, _, row, year, values = items[i]
        o = ours[j]
        if chosen.get((tid, page_of(row["page"]))) != o.get("table"):
            continue
        year_ok = year is None or o.get("year") is None or o.get("year") == year
        pairs.append(((year_ok, not _indicator_diff(values, o), sim), i, j))
    matched = _greedy(pairs)
    score.matched = score.lkjip_matched = len(matched)
    used = set(matched.values())  # as for budget rows: an unmatched row with no value is a heading
    counted = [j for j, o in enumerate(ours) if j in used or any(o.get(f) is not None for f in INDICATOR_FIELDS)]
    score.lkjip_rows = len(counted)
    score.unmatched_lkjip = [f"p.{ours[j].get('page')} {str(ours[j].get('indikator'))[:50]!r}"
                             for j in counted if j not in used][:MAX_DETAILS]
    kinds: dict[str, Counter] = defaultdict(Counter)
    for i, (tid, _, row, year, values) in enumerate(items):
        where = f"p.{row['page']} {tid} {row['indikator'][:50]!r}"
        if i not in matched:
            if len(score.misses) < MAX_DETAILS:
                score.misses.append(f"{where}: not read")
            continue
        o = ours[matched[i]]
        kinds[tid][o.get("table_kind")] += 1
        wrong = _indicator_diff(values, o)
        if year is not None and o.get("year") is not None and o.get("year") != year:
            wrong.insert(0, f"year {o.get('year')} instead of {year}")
        if not wrong:
            score.exact += 1
        elif len(score.misses) < MAX_DETAILS:
            score.misses.append(f"{where}: {'; '.join(wrong)}")
    tables = {tid: table for tid, table, *_ in items}
    score.truth_tables = len(tables)
    for tid, table in tables.items():
        majority = kinds[tid].most_common(1)[0][0] if kinds[tid] else None
        if kind_right(table["kind"], majority):
            score.kind_right += 1
        elif len(score.misses) < MAX_DETAILS:
            score.misses.append(f"table {tid} (p.{table['pages'][0]}): kind {table['kind']}, lkjip {majority}")
    return score


def _side_matches(side: dict, evidence: dict, paged: bool, any_page: bool = False) -> bool:
    if paged and not any_page and evidence.get("page") != side["page"]:
        return False
    sv, ev = side.get("value"), evidence.get("value")
    if sv is not None and isinstance(ev, int | float):
        if abs(sv) >= 1000:  # an amount: to the rupiah
            return amount_equal(sv, ev)
        return percent_equal(sv, side.get("printed"), ev)
    a, b = compact(side.get("printed")), compact(evidence.get("text"))
    return bool(a and b) and (a == b or (min(len(a), len(b)) >= 4 and (a in b or b in a)))


def finding_matches(contradiction: dict, finding: dict, paged: bool) -> bool:
    """Whether this finding shows this labelled contradiction (see the module docstring)."""
    sides = contradiction["sides"]
    evidence = finding.get("evidence") or []
    on_page = {i for i, s in enumerate(sides) if any(_side_matches(s, e, paged) for e in evidence)}
    if not on_page:
        return False
    if finding.get("rule") in (contradiction.get("rules") or []):
        return True
    # A figure printed in several places (68,56 % on pp. 35, 75 and 110) is one side wherever
    # the finding read it, once another side is matched on its own page.
    anywhere = {i for i, s in enumerate(sides) if any(_side_matches(s, e, paged, any_page=True) for e in evidence)}
    return len(on_page | anywhere) >= min(2, len(sides))


def score_findings(truth: dict, findings: list[dict], labelled: set[int],
                   paged: bool) -> tuple[ContradictionScore, ErrorScore]:
    cs, es = ContradictionScore(), ErrorScore()
    contradictions = [c for c in truth.get("contradictions", [])
                      if not paged or any(s["page"] in labelled for s in c["sides"])]
    cs.labelled = len(contradictions)
    for c in contradictions:
        hits = [f for f in findings if finding_matches(c, f, paged)]
        if hits:
            cs.found += 1
        if any(f.get("severity") in ("error", "warning") for f in hits):
            cs.found_error_or_warning += 1
        if not hits and len(cs.missed) < MAX_DETAILS:
            pages = sorted({s["page"] for s in c["sides"]})
            cs.missed.append(f"{c['id']} ({c['kind']}, p.{','.join(map(str, pages))}): {c['description'][:120]}")
    for f in findings:
        if f.get("severity") != "error":
            continue
        pages = {e.get("page") for e in f.get("evidence") or [] if e.get("page") is not None}
        if paged and (not pages or not pages <= labelled):
            continue  # not (wholly) on pages a person read: cannot be judged
        es.errors_on_labelled += 1
        if any(finding_matches(c, f, paged) for c in contradictions):
            es.true_errors += 1
        else:
            es.false_errors += 1
            if len(es.false) < MAX_DETAILS:
                shown = ", ".join(f"p.{e.get('page')} {e.get('text')!r}" for e in (f.get("evidence") or [])[:3])
                es.false.append(f"{f.get('rule')}: {(f.get('message') or '')[:120]} [{shown}]")
    return cs, es


def score_document(truth: dict, extract_doc: dict, check_doc: dict | None) -> DocumentResult:
    """Scores for one document from lkjip's JSON (no subprocess: the tests feed it directly)."""
    labelled = set(truth["labelled"]["pages"])
    paged = not truth["file"].lower().endswith(".docx")
    result = DocumentResult(truth["file"], "", truth.get("document_kind", ""), len(labelled))
    result.budget = score_budget(truth, extract_doc.get("budget") or [], labelled, paged)
    result.indicators = score_indicators(truth, extract_doc.get("indicators") or [], labelled, paged)
    findings = (check_doc or {}).get("findings") or []
    result.contradictions, result.errors = score_findings(truth, findings, labelled, paged)
    return result


# ---------------------------------------------------------------- corpus runs

def truth_files(folder: Path = TRUTH_DIR) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if p.name != "schema.json")


def _sha256(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def selected(paths: Iterable[Path], only: list[str] | None) -> list[Path]:
    if not only:
        return list(paths)
    out = []
    for p in paths:
        file = json.loads(p.read_text(encoding="utf-8")).get("file", "")
        names = {p.stem.lower(), file.lower(), Path(file).stem.lower()}
        if any(o.lower() in names or o.lower() in file.lower() for o in only):
            out.append(p)
    return out


def prepare(truth_path: Path, include_scanned: bool,
            corpus: Path = REAL) -> tuple[dict, Path, DocumentResult | None]:
    """The truth, its document, and a result already when the document is not to be run."""
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    labelled = truth.get("labelled", {}).get("pages", [])
    path = corpus / truth.get("file", "")
    skipped = DocumentResult(truth.get("file", truth_path.stem), truth_path.name,
                             truth.get("document_kind", ""), len(labelled), status="skipped")
    if not path.is_file():
        skipped.reason = f"{path} not found"
    elif truth.get("sha256") and _sha256(path) != truth["sha256"]:
        skipped.reason = "sha256 differs from the corpus file: labels may not fit"
    elif truth.get("text_layer") == "no" and not include_scanned:
        skipped.reason = "scanned (no text layer): --include-scanned to run it"
    else:
        return truth, path, None
    return truth, path, skipped


def scored(truth: dict, truth_path: Path, run: LkjipRun) -> DocumentResult:
    labelled = truth["labelled"]["pages"]
    if run.failure:
        return DocumentResult(truth["file"], truth_path.name, truth.get("document_kind", ""), len(labelled),
                              status="failed", reason=run.failure, seconds=run.seconds)
    result = score_document(truth, run.extract or {}, run.check)
    result.truth, result.seconds = truth_path.name, run.seconds
    coverage = (run.extract or {}).get("coverage") or {}
    result.ocr_pages = len(coverage.get("ocr_pages") or [])
    result.ocr_seconds_per_page = coverage.get("ocr_seconds_per_page")
    if run.unreadable:
        result.status, result.reason = "unreadable", run.unreadable
    return result


def evaluate(truth_path: Path, ocr: bool, include_scanned: bool, corpus: Path = REAL) -> DocumentResult:
    truth, path, skipped = prepare(truth_path, include_scanned, corpus)
    if skipped:
        return skipped
    scanned = truth.get("text_layer") == "no"
    return scored(truth, truth_path, run_lkjip(path, ocr=ocr or scanned))  # a scan without OCR reads nothing


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def totals(results: list[DocumentResult]) -> dict[str, Any]:
    scored = [r for r in results if r.status in ("ok", "unreadable")]
    b = [r.budget for r in scored]
    i = [r.indicators for r in scored]
    c = [r.contradictions for r in scored]
    e = [r.errors for r in scored]
    s = {
        "documents": len(scored),
        "failed": sum(1 for r in results if r.status == "failed"),
        "unreadable": sum(1 for r in results if r.status == "unreadable"),
        "skipped": sum(1 for r in results if r.status == "skipped"),
        "budget_truth_rows": sum(x.truth_rows for x in b),
        "budget_exact": sum(x.exact for x in b),
        "budget_lkjip_rows": sum(x.lkjip_rows for x in b),
        "budget_lkjip_matched": sum(x.lkjip_matched for x in b),
        "indicator_truth_rows": sum(x.truth_rows for x in i),
        "indicator_exact": sum(x.exact for x in i),
        "indicator_lkjip_rows": sum(x.lkjip_rows for x in i),
        "indicator_lkjip_matched": sum(x.lkjip_matched for x in i),
        "indicator_tables": sum(x.truth_tables for x in i),
        "indicator_kind_right": sum(x.kind_right for x in i),
        "contradictions": sum(x.labelled for x in c),
        "contradictions_found": sum(x.found for x in c),
        "contradictions_found_error_or_warning": sum(x.found_error_or_warning for x in c),
        "errors_on_labelled": sum(x.errors_on_labelled for x in e),
        "true_errors": sum(x.true_errors for x in e),
        "false_errors": sum(x.false_errors for x in e),
        "seconds": sum(r.seconds for r in results),
    }
    s.update(metrics(s))
    return s


def metrics(s: dict[str, Any]) -> dict[str, float | None]:
    """The ratios people read, from the counts (None where nothing was there to count)."""
    return {
        "budget_recall": _ratio(s["budget_exact"], s["budget_truth_rows"]),
        "budget_precision": _ratio(s["budget_lkjip_matched"], s["budget_lkjip_rows"]),
        "indicator_recall": _ratio(s["indicator_exact"], s["indicator_truth_rows"]),
        "indicator_precision": _ratio(s["indicator_lkjip_matched"], s["indicator_lkjip_rows"]),
        "indicator_kind_accuracy": _ratio(s["indicator_kind_right"], s["indicator_tables"]),
        "contradiction_recall": _ratio(s["contradictions_found"], s["contradictions"]),
        "contradiction_recall_error_or_warning": _ratio(s["contradictions_found_error_or_warning"],
                                                        s["contradictions"]),
        "error_precision": _ratio(s["true_errors"], s["errors_on_labelled"]),
    }


def document_counts(r: DocumentResult) -> dict[str, Any]:
    return totals([r]) | {"documents": 1}


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.0%}"


def print_table(results: list[DocumentResult], total: dict[str, Any]) -> None:
    head = (f"{'document':44} {'pp':>3} {'budget exact':>14} {'prec':>5} {'indic. exact':>14} {'prec':>5} "
            f"{'kind':>5} {'contra found':>12} {'E|W':>3} {'err false/all':>13} {'sec':>5}")
    print(head)
    print("-" * len(head))
    for r in results:
        name = r.file[:44]
        if r.status in ("skipped", "failed"):
            reason = (r.reason or "").splitlines()[0][:90]
            print(f"{name:44} {r.pages_labelled:3d} {r.status.upper()}: {reason}")
            continue
        t = document_counts(r)
        flag = "  UNREADABLE" if r.status == "unreadable" else ""
        print(f"{name:44} {r.pages_labelled:3d} "
              f"{t['budget_exact']:5d}/{t['budget_truth_rows']:<4d}{_pct(t['budget_recall']):>4} "
              f"{_pct(t['budget_precision']):>5} "
              f"{t['indicator_exact']:5d}/{t['indicator_truth_rows']:<4d}{_pct(t['indicator_recall']):>4} "
              f"{_pct(t['indicator_precision']):>5} "
              f"{t['indicator_kind_right']:2d}/{t['indicator_tables']:<2d} "
              f"{t['contradictions_found']:5d}/{t['contradictions']:<6d} {t['contradictions_found_error_or_warning']:3d} "
              f"{t['false_errors']:6d}/{t['errors_on_labelled']:<6d} {r.seconds:5.0f}{flag}")
    print("-" * len(head))
    t = total
    print(f"{'TOTAL (' + str(t['documents']) + ' documents)':44} {'':3} "
          f"{t['budget_exact']:5d}/{t['budget_truth_rows']:<4d}{_pct(t['budget_recall']):>4} "
          f"{_pct(t['budget_precision']):>5} "
          f"{t['indicator_exact']:5d}/{t['indicator_truth_rows']:<4d}{_pct(t['indicator_recall']):>4} "
          f"{_pct(t['indicator_precision']):>5} "
          f"{t['indicator_kind_right']:2d}/{t['indicator_tables']:<2d} "
          f"{t['contradictions_found']:5d}/{t['contradictions']:<6d} {t['contradictions_found_error_or_warning']:3d} "
          f"{t['false_errors']:6d}/{t['errors_on_labelled']:<6d} {t['seconds']:5.0f}")
    print(f"\nbudget rows read exactly {_pct(t['budget_recall'])} (precision {_pct(t['budget_precision'])}); "
          f"indicator rows {_pct(t['indicator_recall'])} (precision {_pct(t['indicator_precision'])}), "
          f"table kind right {_pct(t['indicator_kind_accuracy'])}; contradictions found "
          f"{_pct(t['contradiction_recall'])} (by an error or warning {_pct(t['contradiction_recall_error_or_warning'])}); "
          f"error-level precision {_pct(t['error_precision'])} ({t['false_errors']} false of "
          f"{t['errors_on_labelled']}); failed {t['failed']}, unreadable {t['unreadable']}, skipped {t['skipped']}")
    for r in results:
        if r.status == "failed":
            print(f"\nFAILED {r.file}:\n{r.reason}")
    skipped = [r for r in results if r.status == "skipped"]
    if skipped:
        print("\nskipped: " + "; ".join(f"{r.file} ({r.reason})" for r in skipped))


def run(only: list[str] | None = None, json_path: Path | None = None, ocr: bool = False,
        include_scanned: bool = False, truth_dir: Path = TRUTH_DIR, corpus: Path = REAL,
        verbose: bool = False) -> dict[str, Any] | None:
    """Score every (selected) truth file; print the table, write the JSON; return the result."""
    if not corpus.is_dir():
        print(f"SKIPPED real-report accuracy: {corpus} is absent (../shared/ not available)")
        return None
    paths = selected(truth_files(truth_dir), only)
    if not paths:
        print(f"SKIPPED real-report accuracy: no truth file in {truth_dir}"
              + (f" matching {only}" if only else ""))
        return None
    print(f"\n== real reports: {len(paths)} truth file(s), labelled pages only "
          f"({'OCR' if ocr else 'no OCR'}{', scanned documents included (with OCR)' if include_scanned else ''}) ==",
          flush=True)
    results = []
    for p in paths:
        try:
            r = evaluate(p, ocr=ocr, include_scanned=include_scanned, corpus=corpus)
        except Exception:  # a truth file the scorer cannot read is reported; the run goes on
            r = DocumentResult(p.stem, p.name, "", 0, status="failed",
                               reason="the benchmark could not score this truth file:\n" + traceback.format_exc(limit=-3))
        results.append(r)
        if verbose:
            ocr_note = f", {r.ocr_pages} page(s) OCR'd at {r.ocr_seconds_per_page} s a page" if r.ocr_pages else ""
            print(f"  {r.file}: {r.status} {r.seconds:.0f} s{ocr_note}", flush=True)
    total = totals(results)
    print_table(results, total)
    out = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join(sys.argv),
        "ocr": ocr,
        "include_scanned": include_scanned,
        "total": total,
        "documents": [asdict(r) | {"scores": metrics(document_counts(r))} for r in results],
    }
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nwritten: {json_path}")
    return out


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--only", action="append", metavar="NAME",
                        help="one document (truth file stem, corpus file name, or part of it); repeatable")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the machine-readable result here")
    parser.add_argument("--ocr", action="store_true",
                        help="OCR pages without a text layer (default: --no-ocr, except for scanned documents)")
    parser.add_argument("--include-scanned", action="store_true",
                        help="also run documents without a text layer (slow: OCR)")
    parser.add_argument("--verbose", action="store_true", help="say when each document is done")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    args = parser.parse_args()
    run(args.only, args.json, args.ocr, args.include_scanned, verbose=args.verbose)


if __name__ == "__main__":
    main()
