"""Generated reports scanned: is every injected defect still found, and no error raised on
a clean report, when the report reaches lkjip as page images?

Each generated report (tests/generator) is rendered in the two scanned renditions of
issue #15: 200 dpi grey, and 150 dpi black and white fed 1 degree askew. Prints one line
per report and rendition (found / missed, error-level findings, seconds, and the rules of
errors other than the injected defect's: on a defect report those are its knock-on, e.g.
a changed kegiatan amount also breaks its percentage) and the totals. Slow:
every page is OCR'd (about 20 s a report on two cores); CI runs a sample of these cases
(tests/generator/test_generator_scanned.py), this runs them all.

    .venv/bin/python bench/bench_scanned_generated.py [--only NAME ...] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lkjip.checks.runner import run_checks
from lkjip.extract.limits import ReadLimits
from lkjip.pipeline import extract
from tests.generator.build import Case, build, clean_cases, defect_cases
from tests.generator.defects import DEFECTS
from tests.inputs.scans import bw_skewed_rendition, scanned_rendition

RENDITIONS = {
    "grey-200": lambda pdf, out: scanned_rendition(pdf, out, dpi=200),
    "bw-150-askew": lambda pdf, out: bw_skewed_rendition(pdf, out, dpi=150, angle=1.0),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="defect names (or 'clean') to run")
    parser.add_argument("--layout", default="rowwise", help="generator layout of the defect reports")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()
    clean = [c for c in clean_cases(("pdf",), (1,)) if c.layout in ("rowwise", "bulleted")]
    # Each defect once, in `--layout` when it applies there, else in the first layout it does.
    by_defect: dict[str, Case] = {}
    for case in sorted(defect_cases(("pdf",), (1,)), key=lambda c: c.layout != args.layout):
        assert case.defect is not None
        by_defect.setdefault(case.defect.name, case)
    cases = [*clean, *(by_defect[d.name] for d in DEFECTS if d.name in by_defect)]
    if args.only:
        cases = [c for c in cases if (c.defect.name if c.defect else "clean") in args.only]
    results = []
    with tempfile.TemporaryDirectory(prefix="lkjip-scanned-gen-") as tmp:
        out = Path(tmp)
        for case in cases:
            pdf = build(case, out)
            for name, render in RENDITIONS.items():
                started = time.monotonic()
                scan = render(pdf, out / f"{case.id}-{name}.pdf")
                ex = extract(scan, ReadLimits(timeout_s=900))
                findings = run_checks(ex) if ex.status == "ok" else []
                rules = {f.rule for f in findings}
                errors = [f.rule for f in findings if f.severity == "error"]
                want = case.defect.rule if case.defect else None
                row = {"case": case.id, "defect": case.defect.name if case.defect else "clean", "rendition": name,
                       "status": ex.status, "expected": want, "found": want in rules if want else None,
                       "errors": len(errors),
                       "other_errors": sorted(e for e in errors if e != want),
                       "seconds": round(time.monotonic() - started, 1)}
                results.append(row)
                verdict = "clean" if want is None else ("found" if row["found"] else "MISSED")
                print(f"{row['defect']:28} {name:13} {verdict:7} {want or '':9} errors {row['errors']:2} "
                      f"{row['seconds']:6.1f} s  {' '.join(row['other_errors'])}", flush=True)
    defects = [r for r in results if r["expected"]]
    found = sum(1 for r in defects if r["found"])
    clean_errors = sum(r["errors"] for r in results if not r["expected"])
    print(f"\ninjected defects found: {found}/{len(defects)}; error-level findings on clean reports: {clean_errors}; "
          f"errors from another rule on defect reports: {sum(len(r['other_errors']) for r in defects)}; "
          f"{sum(r['seconds'] for r in results):.0f} s")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
