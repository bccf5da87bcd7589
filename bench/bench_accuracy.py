"""Accuracy: the seed report against its ground truth, and defect injection per rule.

    .venv/bin/python bench/bench_accuracy.py            # both parts
    .venv/bin/python bench/bench_accuracy.py --seed     # only the seed truth scores
    .venv/bin/python bench/bench_accuracy.py --defects  # only the defect-injection table
    .venv/bin/python bench/bench_accuracy.py --real     # only the real reports against bench/truth/
    .venv/bin/python bench/bench_accuracy.py --real --only bkad --json real.json

Parts combine (`--seed --real`); without a part flag the seed and defect parts run. The real
part (bench/real_accuracy.py, scoring explained there) runs lkjip on every document that has
a truth file and scores it on the labelled pages only; `--include-scanned`, `--ocr`, `--only`
and `--json` are its options.

Seed truth (../shared/corpus/seed/truth.json, both renditions of the seed PDF):
- raw tables, cell level: each truth table is matched to lkjip's RawTables on its pages
  by header; rows are aligned in order (difflib), cells compared as printed with runs of
  whitespace (line wraps) collapsed. Precision = correct non-empty cells / lkjip's
  non-empty cells, recall = … / truth's non-empty cells. Columns lkjip found empty
  everywhere (grid artefacts) are dropped before comparing.
- normalized rows, row level: precision/recall of (table kind, name, value): budget rows
  by (realisasi_anggaran | program_anggaran, program/kegiatan name, anggaran), indicator
  rows by (indikator name, target value) within the truth table's pages. Names match
  when their similarity (rapidfuzz ratio on lower-cased, whitespace-collapsed text) is
  at least 85; values must be equal.

Defect injection: tests/generator builds consistent reports (PDF and DOCX, bulleted and
rowwise layouts, fixed seeds) and single-defect copies; per rule, recall on its own
defects, firings on clean documents, and stray firings on other defects' documents.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import real_accuracy
from corpus import REPO, SEED_TRUTH

NAME_SIMILARITY = 85.0
_WS = re.compile(r"\s+")


def norm(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def similar(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.ratio(norm(a).lower(), norm(b).lower()))


# ---------------------------------------------------------------- raw tables, cells

@dataclass
class CellScore:
    table: str
    pages: list[int]
    found: bool
    truth_cells: int
    ours_cells: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.ours_cells if self.ours_cells else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.truth_cells if self.truth_cells else 0.0


def _drop_empty_columns(rows: list[list[str]]) -> list[list[str]]:
    width = max((len(r) for r in rows), default=0)
    keep = [c for c in range(width) if any(c < len(r) and r[c] for r in rows)]
    return [[r[c] if c < len(r) else "" for c in keep] for r in rows]


def _header_index(rows: list[list[str]], header: list[str] | None) -> tuple[int, float]:
    """Where the truth header sits in lkjip's first rows, and how well it matches."""
    if not header:
        return -1, 0.0
    want = " | ".join(norm(h) for h in header)
    best = (-1, 0.0)
    for i, row in enumerate(rows[:4]):
        got = " | ".join(c for c in row if c)
        s = similar(want, got)
        if s > best[1]:
            best = (i, s)
    return best


def _table_rows(table: Any) -> list[list[str]]:
    return _drop_empty_columns([[norm(t) for t in table.row_texts(r)] for r in range(table.n_rows)])


def _data_rows(table: Any, header: list[str] | None) -> tuple[list[list[str]], float]:
    rows = _table_rows(table)
    h, s = _header_index(rows, header)
    if header and s < 60:
        return rows, s  # no recognisable header row: compare every row
    start = h + 1
    # A row of column numbers (1 2 3 4) under the header is layout, not data.
    if start < len(rows) and all(c.isdigit() for c in rows[start] if c) and any(rows[start]):
        start += 1
    return rows[start:], s


def score_table(truth: dict, tables: list[Any]) -> CellScore:
    pages = truth["pages"]
    header = truth.get("header")
    truth_rows = [[norm(c) for c in r] for r in truth["rows"]]
    truth_cells = sum(1 for r in truth_rows for c in r if c)
    on_pages = [t for t in tables if set(t.pages or [t.page]) & set(pages)]
    ranked = sorted(((_data_rows(t, header), t) for t in on_pages if t.page == pages[0]),
                    key=lambda x: -x[0][1])
    if not ranked:
        return CellScore(truth["id"], pages, False, truth_cells, 0, 0)
    (ours, _), first = ranked[0]
    ours = list(ours)
    width = len(ours[0]) if ours else 0
    for t in on_pages:  # pieces of a continued table lkjip did not join
        if t is first or t.page == pages[0]:
            continue
        rows, s = _data_rows(t, header)
        if rows and len(rows[0]) == width and (s >= 60 or not header):
            ours += rows
    ours_cells = sum(1 for r in ours for c in r if c)
    key = [" | ".join(r) for r in truth_rows]
    matcher = difflib.SequenceMatcher(a=key, b=[" | ".join(r) for r in ours], autojunk=False)
    correct = 0
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op not in ("equal", "replace"):
            continue
        for ta, ob in zip(truth_rows[a0:a1], ours[b0:b1], strict=False):
            correct += sum(1 for x, y in zip(ta, ob, strict=False) if x and x == y)
    return CellScore(truth["id"], pages, True, truth_cells, ours_cells, correct)


# ---------------------------------------------------------------- normalized rows

@dataclass
class RowScore:
    label: str
    truth_rows: int
    ours_rows: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.ours_rows if self.ours_rows else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.truth_rows if self.truth_rows else 0.0


def match_rows(truth: list[tuple[str, float | None]], ours: list[tuple[str, float | None]],
               label: str, any_name: set[int] | None = None) -> RowScore:
    """Greedy one-to-one: equal value and the most similar name (>= NAME_SIMILARITY).
    Truth rows in `any_name` (totals) match on the value alone."""
    used: set[int] = set()
    matched = 0
    for i, (name, value) in enumerate(truth):
        best, best_sim = None, -1.0
        for j, (oname, ovalue) in enumerate(ours):
            if j in used or value is None or ovalue is None or abs(float(value) - float(ovalue)) > 1e-6:
                continue
            sim = 100.0 if any_name and i in any_name else similar(name, oname)
            if sim >= NAME_SIMILARITY and sim > best_sim:
                best, best_sim = j, sim
        if best is not None:
            used.add(best)
            matched += 1
    return RowScore(label, len(truth), len(ours), matched)


def _quantity_value(q: Any) -> float | None:
    if q is None:
        return None
    value = getattr(q, "value", None)
    if value is None and isinstance(q, dict):
        value = q.get("value")
    return float(value) if isinstance(value, int | float) else None


def budget_scores(normalized: dict, ex: Any) -> list[RowScore]:
    out = []
    for key, kind, name_field in (("budget_realisasi_anggaran_2018", "realisasi_anggaran", "name"),
                                  ("program_anggaran_2018", "program_anggaran", "program")):
        rows = normalized.get(key, [])
        truth = [(r.get(name_field) or "", r.get("anggaran")) for r in rows]
        totals = {i for i, r in enumerate(rows) if r.get("level") == "total"}
        ours = [(b.name, b.anggaran) for b in ex.budget if b.table_kind == kind]
        out.append(match_rows(truth, ours, f"budget {kind}", totals))
    return out


def indicator_scores(truth_doc: dict, normalized: dict, ex: Any) -> list[RowScore]:
    out = []
    tables = {t["id"]: t for t in truth_doc["tables"]}
    for table_id, rows in normalized.get("indicators", {}).items():
        pages = set(tables[table_id]["pages"]) if table_id in tables else set()
        truth = [(r["indikator"], _quantity_value(r.get("target"))) for r in rows]
        mine = [i for i in ex.indicators if i.page in pages]
        kinds = sorted({i.table_kind for i in mine})
        ours = [(i.indikator, _quantity_value(i.target)) for i in mine]
        out.append(match_rows(truth, ours, f"indicators {table_id} (lkjip kind: {', '.join(kinds) or '-'})"))
    return out


def run_seed() -> None:
    if not SEED_TRUTH.is_file():
        print(f"SKIPPED seed truth: {SEED_TRUTH} is absent (../shared/ not available)")
        return
    from lkjip.extract.interpret.document import interpret
    from lkjip.extract.readers import read_document

    truth = json.loads(SEED_TRUTH.read_text(encoding="utf-8"))
    all_cells: list[CellScore] = []
    all_rows: list[RowScore] = []
    for name, doc in truth["documents"].items():
        path = REPO / "samples" / name
        if not path.is_file():
            print(f"SKIPPED {name}: not in samples/")
            continue
        source = read_document(path)
        ex = interpret(source)
        print(f"\n== {name} ({doc.get('rendition')}) ==")
        print(f"{'truth table':36} {'pages':>9} {'cells':>6} {'lkjip':>6} {'correct':>7} {'prec':>6} {'recall':>6}")
        for t in doc["tables"]:
            s = score_table(t, source.tables)
            all_cells.append(s)
            pages = ",".join(map(str, s.pages))
            note = "" if s.found else "  (no lkjip table on its first page)"
            ruled = "" if t.get("ruled", True) else " [unruled]"
            print(f"{(s.table + ruled)[:36]:36} {pages:>9} {s.truth_cells:6d} {s.ours_cells:6d} {s.correct:7d} "
                  f"{s.precision:6.1%} {s.recall:6.1%}{note}")
        rows = budget_scores(truth["normalized"], ex) + indicator_scores(doc, truth["normalized"], ex)
        all_rows += rows
        print(f"{'normalized rows':62} {'truth':>5} {'lkjip':>5} {'match':>5} {'prec':>6} {'recall':>6}")
        for r in rows:
            print(f"{r.label[:62]:62} {r.truth_rows:5d} {r.ours_rows:5d} {r.matched:5d} {r.precision:6.1%} {r.recall:6.1%}")
    tc, oc, cc = (sum(s.truth_cells for s in all_cells), sum(s.ours_cells for s in all_cells),
                  sum(s.correct for s in all_cells))
    tr, orr, mr = (sum(r.truth_rows for r in all_rows), sum(r.ours_rows for r in all_rows),
                   sum(r.matched for r in all_rows))
    print(f"\nSEED CELLS (all tables, both renditions): precision {cc / max(oc, 1):.1%}, recall {cc / max(tc, 1):.1%} "
          f"({cc} of {tc} truth cells)")
    print(f"SEED ROWS (budget + indicators, both renditions): precision {mr / max(orr, 1):.1%}, "
          f"recall {mr / max(tr, 1):.1%} ({mr} of {tr} truth rows)")


# ---------------------------------------------------------------- defect injection

def run_defects(seeds: tuple[int, ...], formats: tuple[str, ...]) -> None:
    from lkjip.checks import load_rules
    from tests.generator.build import clean_cases, defect_cases
    from tests.generator.harness import run_case, score

    cases = clean_cases(formats, seeds) + defect_cases(formats, seeds)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="lkjip-defects-") as tmp:
        results = [run_case(c, Path(tmp)) for c in cases]
    clean = [r for r in results if r.case.defect is None]
    print(f"\n== defect injection: {len(clean)} clean + {len(results) - len(clean)} defective documents "
          f"({'/'.join(formats)}, layouts bulleted/rowwise, seeds {list(seeds)}), "
          f"{time.perf_counter() - started:.0f} s ==")
    for r in results:
        if r.status != "ok":
            print(f"NOT JUDGED {r.case.id}: {r.status}")
    registered = set(load_rules())
    print(f"{'rule':9} {'reg':>3} {'injected':>8} {'found':>5} {'recall':>6} {'clean fired':>11} "
          f"{'clean err':>9} {'stray':>5}  missed")
    total_inj = total_found = 0
    for rule, s in score(results).items():
        recall = f"{s.recall:6.0%}" if s.recall is not None else "     -"
        missed = ", ".join(s.missed[:3]) + (f" (+{len(s.missed) - 3})" if len(s.missed) > 3 else "")
        print(f"{rule:9} {'yes' if rule in registered else 'no':>3} {s.injected:8d} {s.detected:5d} {recall} "
              f"{s.clean_alarms:5d}/{s.clean_docs:<5d} {s.clean_error_alarms:9d} {s.stray:5d}  {missed}")
        if rule in registered:
            total_inj += s.injected
            total_found += s.detected
    errors_on_clean = sum(1 for r in clean if r.errors())
    print(f"DEFECT RECALL (registered rules): {total_found}/{total_inj} = {total_found / max(total_inj, 1):.0%}; "
          f"clean documents with an error-level finding: {errors_on_clean}/{len(clean)}")
    not_registered = sorted({c.defect.rule for c in cases if c.defect} - registered)
    if not_registered:
        print(f"defects whose rule is not registered yet (counted as missed above): {', '.join(not_registered)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", action="store_true", help="only the seed truth scores")
    parser.add_argument("--defects", action="store_true", help="only the defect-injection table")
    parser.add_argument("--seeds", default="1,2", help="generator seeds (default 1,2)")
    parser.add_argument("--formats", default="pdf,docx", help="generated formats (default pdf,docx)")
    parser.add_argument("--real", action="store_true", help="only the real reports against bench/truth/")
    real_accuracy.add_arguments(parser)
    args = parser.parse_args()
    os.chdir(REPO)
    default = not (args.seed or args.defects or args.real)
    if args.seed or default:
        run_seed()
    if args.defects or default:
        run_defects(tuple(int(s) for s in args.seeds.split(",")), tuple(args.formats.split(",")))
    if args.real:
        real_accuracy.run(args.only, args.json, args.ocr, args.include_scanned, verbose=args.verbose)


if __name__ == "__main__":
    main()
