"""Peak memory of `lkjip check` on the 110-page Dinkes 2016 report.

    .venv/bin/python bench/bench_memory.py

    .venv/bin/python bench/bench_memory.py --ocr    # with OCR of the image pages (slower)

The check runs in a fresh subprocess. Three figures:
- each process's own peak resident set from the kernel (getrusage ru_maxrss): the
  check process and the reader child it forks (lkjip.extract.isolation), which
  includes Tesseract when OCR runs;
- the peak of the whole process tree's proportional set size (PSS, from
  /proc/PID/smaps_rollup, sampled every 20 ms): memory the tree really held at one
  moment, pages shared between parent and forked child counted once. This is the
  figure held against the 500 MB target;
- a baseline subprocess that only imports lkjip: what the interpreter and libraries
  cost before any document is read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from corpus import MEMORY_DOCUMENT, REAL, REPO, require_shared

TARGET_MB = 500

_CHILD = r"""
import json, resource, sys, tracemalloc
from pathlib import Path
from lkjip.checks.runner import run_checks
from lkjip.extract.limits import ReadLimits
from lkjip.pipeline import extract
from lkjip.checks import load_rules
load_rules()
path, ocr = sys.argv[1], sys.argv[2] == "1"
out = {"pages": 0, "findings": 0}
if path != "-":
    tracemalloc.start()
    ex = extract(Path(path), ReadLimits(ocr=ocr, timeout_s=3600))  # measure memory, not the timeout
    if ex.status != "ok":
        raise SystemExit(f"lkjip could not read {path}: {ex.error}")
    findings = run_checks(ex)
    _, peak = tracemalloc.get_traced_memory()
    out = {"pages": ex.pages, "findings": len(findings), "status": ex.status,
           "python_heap_peak_mb": peak / 2**20}
out["self_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
out["reader_child_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(out))
"""


def _descendants(root: int) -> list[int]:
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        for task in Path(f"/proc/{pid}/task").glob("*/children"):
            try:
                todo.extend(int(c) for c in task.read_text().split())
            except OSError:
                continue
    return out


def _pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def measure(document: str, ocr: bool = False) -> dict:
    """Run the check in a subprocess; its own figures plus the tree's sampled peak PSS."""
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, document, "1" if ocr else "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, sum(_pss_mb(p) for p in _descendants(proc.pid)))
        time.sleep(0.02)
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"the measured process failed:\n{stderr[-2000:]}")
    out = json.loads(stdout.strip().splitlines()[-1])
    out["tree_pss_peak_mb"] = peak
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ocr", action="store_true", help="OCR pages without a text layer too")
    args = parser.parse_args()
    require_shared()
    path = REAL / MEMORY_DOCUMENT
    if not path.is_file():
        print(f"SKIPPED: {path} is absent")
        return
    base = measure("-")
    got = measure(str(path), args.ocr)
    tree = got["tree_pss_peak_mb"]
    print(f"document: {MEMORY_DOCUMENT} ({got['pages']} pages, {got['findings']} findings, "
          f"ocr {'on' if args.ocr else 'off'})")
    print(f"baseline (interpreter + lkjip imported): {base['self_mb']:.0f} MB RSS")
    print(f"peak RSS: check process {got['self_mb']:.0f} MB, reader child {got['reader_child_mb']:.0f} MB; "
          f"Python heap peak of the check process (tracemalloc) {got['python_heap_peak_mb']:.0f} MB")
    verdict = "OK" if tree < TARGET_MB else "MISSED"
    print(f"PEAK MEMORY (process tree PSS): {tree:.0f} MB (target < {TARGET_MB} MB) {verdict}")


if __name__ == "__main__":
    main()
