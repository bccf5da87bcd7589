"""Every benchmark figure, one section after the other (`make bench`).

    .venv/bin/python bench/run_all.py           # speed ratio, batch, ingest, memory, accuracy
    .venv/bin/python bench/run_all.py --quick   # accuracy on the seed and one generator seed only

Each section runs as its own process, so one section's memory and caches do not leak
into the next. Sections that need ../shared/ print SKIPPED when it is absent.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def section(title: str, script: str, *args: str) -> int:
    print(f"\n######## {title}: {script} {' '.join(args)}".rstrip(), flush=True)
    started = time.perf_counter()
    code = subprocess.call([sys.executable, str(HERE / script), *args], cwd=HERE.parent)
    print(f"######## {title}: {time.perf_counter() - started:.0f} s, exit {code}", flush=True)
    return code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the real-corpus sections")
    args = parser.parse_args()
    codes = []
    if not args.quick:
        codes.append(section("speed", "bench_speed.py", "--ratio"))
        codes.append(section("batch", "bench_speed.py", "--batch"))
        codes.append(section("ingest", "bench_ingest.py"))
        codes.append(section("memory", "bench_memory.py"))
        codes.append(section("accuracy", "bench_accuracy.py"))
        codes.append(section("real accuracy", "bench_accuracy.py", "--real"))
        codes.append(section("error precision", "error_precision.py"))
        codes.append(section("fuzz", "bench_fuzz.py", "-n", "200"))
    codes.append(section("scaling", "bench_scaling.py"))
    if args.quick:
        codes.append(section("accuracy", "bench_accuracy.py", "--seeds", "1"))
    return max(codes)


if __name__ == "__main__":
    raise SystemExit(main())
