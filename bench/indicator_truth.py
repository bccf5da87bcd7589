"""Indicator tables against the truth files: rows, kinds, capaian and cross-table contradictions.

    .venv/bin/python bench/indicator_truth.py                      # every truth file with indicators
    LKJIP_TRUTH=/other/bench/truth .venv/bin/python bench/indicator_truth.py -v   # misses listed
    .venv/bin/python bench/indicator_truth.py --only Full --cache /tmp/out
    PYTHONPATH=/some/other/checkout .venv/bin/python bench/indicator_truth.py --cache /tmp/base

lkjip is run as a user runs it (`lkjip extract --format json`, `lkjip check --format json`,
text layer only: `--no-ocr`), with the PYTHONPATH of this process, so two checkouts can be
compared. Documents without a text layer are skipped. Scored on `labelled.pages` only:

- rows: a truth indicator row is *matched* by a lkjip row on the same page whose normalised
  name is similar (rapidfuzz ratio >= 85, or one contains the other); it is *exact* when,
  for the truth table's year, every target, realisasi and capaian the truth gives equals
  lkjip's (within half the last printed digit; a non-numeric truth value must be non-numeric
  in lkjip) and lkjip's row has that year; *kind right* when lkjip's kind (the detailed
  `table_detail` when present, else `table_kind`) is one the truth kind allows.
- contradictions of kind capaian and cross_table: *found* when one finding has evidence on
  the side's page with the side's value for two sides (one for a single-sided one), or
  one side and the finding's rule is one meant for that kind (`RULES_FOR`, or the
  contradiction's own `rules`).
- false errors: error findings of an indicator rule (LKJ-K…) whose evidence lies on labelled
  pages and shows no labelled contradiction (of any kind).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

HERE = Path(__file__).resolve().parent
# The truth files and the corpus: bench/truth/ and ../shared/corpus/real/ unless the
# environment names others (LKJIP_TRUTH, LKJIP_REAL).
TRUTH = Path(os.environ.get("LKJIP_TRUTH", HERE / "truth"))
REAL = Path(os.environ.get("LKJIP_REAL", HERE.parent.parent / "shared" / "corpus" / "real"))
LKJIP = [sys.executable, "-m", "lkjip.cli"]

# Truth kind -> lkjip kinds accepted as right (the coarse table_kind or the detailed one).
KINDS: dict[str, set[str]] = {
    "perjanjian_kinerja": {"perjanjian_kinerja"},
    "pk_perubahan": {"perjanjian_kinerja", "pk_perubahan"},
    "pengukuran_kinerja": {"pengukuran_kinerja", "lampiran"},
    "perbandingan_tahunan": {"perbandingan_tahunan", "lampiran"},
    "perbandingan_nasional": {"perbandingan_tahunan", "perbandingan_nasional", "lampiran"},
    "perbandingan_renstra": {"perbandingan_tahunan", "perbandingan_renstra", "renstra", "lampiran"},
    "renstra": {"renstra"},
    "renja": {"renstra", "renja", "other"},
    "rencana_aksi": {"perjanjian_kinerja", "rencana_aksi", "other"},
    "iku": {"renstra", "iku", "lampiran", "other"},
    "other": {"other", "lampiran"},
}


def norm(name: str) -> str:
    name = re.sub(r"^[\s\d.()a-z]{0,6}[.)]\s+", "", name.lower())
    return " ".join(re.sub(r"[^\w%]+", " ", name).split())


def close(a: float | None, b: float | None, printed: str) -> bool:
    if a is None or b is None:
        return False
    m = re.search(r"[.,](\d+)\s*%?\s*$", printed.strip())
    step = 0.5 * 10 ** -len(m.group(1)) if m and len(m.group(1)) != 3 else 0.5
    return abs(a - b) <= max(step, 1e-6) or abs(a - b) <= abs(b) * 1e-6


def value_of(q: Any) -> float | None:
    if isinstance(q, dict):
        return q.get("value")
    return q


def run(args: list[str], out: Path) -> dict[str, Any]:
    if not out.exists():
        proc = subprocess.run(LKJIP + args, capture_output=True, text=True, timeout=1800)
        if not proc.stdout.strip().startswith("{"):
            return {"documents": [{"status": "failed", "error": proc.stderr[-400:]}]}
        out.write_text(proc.stdout)
    return json.loads(out.read_text())


def truth_values(table: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    year = table.get("year")
    vals = {k: row[k] for k in ("target", "realisasi", "capaian") if row.get(k) is not None}
    by_year = row.get("by_year") or {}
    if by_year:
        key = str(year) if str(year) in by_year else max(by_year)
        for k, v in by_year[key].items():
            if v is not None:
                vals.setdefault(k, v)
    return vals


def row_exact(truth: dict[str, Any], lk: dict[str, Any], year: int | None) -> bool:
    if year is not None and lk.get("year") not in (year, None):
        return False
    for key, tv in truth.items():
        lv = lk.get(key)
        if key != "capaian" and year is not None and lk.get("year") != year:
            by = lk.get(f"{key}_by_year") or {}
            lv = by.get(str(year), lv)
        if tv.get("value") is None:
            if value_of(lv) is not None:
                return False
            continue
        if not close(value_of(lv), float(tv["value"]), tv.get("printed", "")):
            return False
    return True


def side_matches(ev: dict[str, Any], side: dict[str, Any]) -> bool:
    if ev.get("page") != side["page"]:
        return False
    if side.get("value") is not None and ev.get("value") is not None:
        return close(float(ev["value"]), float(side["value"]), side.get("printed", ""))
    t = re.sub(r"\s+", "", ev.get("text") or "")
    return bool(t) and t == re.sub(r"\s+", "", side.get("printed", ""))


# Rules meant for a kind of contradiction: one of them showing one side of it finds it.
RULES_FOR: dict[str, set[str]] = {"capaian": {"LKJ-K004", "LKJ-K009", "LKJ-K010"},
                                  "cross_table": {"LKJ-K001", "LKJ-K002", "LKJ-K003", "LKJ-K009"}}


def shows(finding: dict[str, Any], contra: dict[str, Any]) -> bool:
    sides = contra["sides"]
    hit = sum(1 for s in sides if any(side_matches(e, s) for e in finding.get("evidence", [])))
    meant = set(contra.get("rules") or ()) | RULES_FOR.get(contra["kind"], set())
    return hit >= min(2, len(sides)) or (hit >= 1 and finding["rule"] in meant)


def score(truth: dict[str, Any], extract: dict[str, Any], check: dict[str, Any]) -> dict[str, Any]:
    pages = set(truth["labelled"]["pages"])
    lk_rows = extract["documents"][0].get("indicators", [])
    findings = check["documents"][0].get("findings", [])
    n = exact = matched = kind_right = 0
    misses: list[str] = []
    for table in truth["indicator_tables"]:
        allowed = KINDS.get(table["kind"], {"other"})
        for row in table["rows"]:
            if row["page"] not in pages:
                continue
            n += 1
            name = norm(row["indikator"])
            cands = [r for r in lk_rows if r.get("page") == row["page"] and
                     (fuzz.ratio(norm(r["indikator"]), name) >= 85 or
                      (len(name) > 12 and (name in norm(r["indikator"]) or norm(r["indikator"]) in name)))]
            if not cands:
                misses.append(f"p{row['page']} {table['id']} unmatched: {row['indikator'][:60]}")
                continue
            matched += 1
            tv = truth_values(table, row)
            ok = [r for r in cands if row_exact(tv, r, table.get("year"))]
            best = ok[0] if ok else cands[0]
            kinds = {best.get("table_detail") or best.get("table_kind")}
            if kinds & allowed:
                kind_right += 1
            if ok and kinds & allowed:
                exact += 1
            else:
                misses.append(f"p{row['page']} {table['id']} {'kind ' + str(kinds) if ok else 'values'}: "
                              f"{row['indikator'][:50]} truth={ {k: v.get('printed') for k, v in tv.items()} } "
                              f"lk={ {k: (best.get(k) or {}).get('text') if isinstance(best.get(k), dict) else best.get(k) for k in ('target', 'realisasi', 'capaian', 'year')} }")
    contras = [c for c in truth["contradictions"] if c["kind"] in ("capaian", "cross_table")]
    found = [c["id"] for c in contras if any(shows(f, c) for f in findings)]
    found_ew = [c["id"] for c in contras if any(shows(f, c) for f in findings if f["severity"] != "info")]
    errors = [f for f in findings if f["severity"] == "error" and f["rule"].startswith("LKJ-K")
              and f.get("evidence") and all(e.get("page") in pages for e in f["evidence"])]
    false = [f for f in errors if not any(shows(f, c) for c in truth["contradictions"])]
    return {"rows": n, "matched": matched, "exact": exact, "kind_right": kind_right,
            "contra": len(contras), "found": len(found), "found_ew": len(found_ew),
            "missed": [c["id"] for c in contras if c["id"] not in found],
            "errors": len(errors), "false_errors": len(false),
            "false": [f"{f['rule']}: {f['message'][:200]}" for f in false], "misses": misses}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", help="substring of the truth file name")
    ap.add_argument("--cache", default="/tmp/indicator_truth", help="folder for lkjip's JSON outputs")
    ap.add_argument("--verbose", "-v", action="store_true")
    a = ap.parse_args()
    cache = Path(a.cache)
    cache.mkdir(parents=True, exist_ok=True)
    total: dict[str, int] = {}
    for path in sorted(TRUTH.glob("*.json")):
        if path.name == "schema.json" or (a.only and a.only not in path.name):
            continue
        truth = json.loads(path.read_text())
        contras = [c for c in truth["contradictions"] if c["kind"] in ("capaian", "cross_table")]
        if truth.get("text_layer") == "no" or not (truth["indicator_tables"] or contras):
            continue
        doc = REAL / truth["file"]
        stem = path.stem
        ex = run(["extract", str(doc), "--format", "json", "--no-ocr"], cache / f"{stem}.extract.json")
        ck = run(["check", str(doc), "--format", "json", "--no-ocr", "--fail-on", "error"],
                 cache / f"{stem}.check.json")
        if ex["documents"][0].get("status") == "failed" or ck["documents"][0].get("status") == "failed":
            print(f"{stem[:50]:50} FAILED {ex['documents'][0].get('error') or ck['documents'][0].get('error')}")
            continue
        s = score(truth, ex, ck)
        for k, v in s.items():
            if isinstance(v, int):
                total[k] = total.get(k, 0) + v
        print(f"{stem[:50]:50} rows {s['exact']:3}/{s['rows']:3} (matched {s['matched']:3}, kind {s['kind_right']:3})"
              f"  contra {s['found']:2}/{s['contra']:2} (E|W {s['found_ew']:2})  false err {s['false_errors']}/{s['errors']}")
        if a.verbose:
            for line in s["misses"][:40] + [f"MISSED {m}" for m in s["missed"]] + [f"FALSE {f}" for f in s["false"]]:
                print("    " + line)
    if total:
        print(f"{'TOTAL':50} rows {total['exact']}/{total['rows']} ({100 * total['exact'] / max(1, total['rows']):.1f} %; "
              f"matched {total['matched']}, kind {total['kind_right']})  contra {total['found']}/{total['contra']} "
              f"(E|W {total['found_ew']})  false err {total['false_errors']}/{total['errors']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
