"""Fuzz the readers: N mutated PDF and DOCX files through the isolated reader and the checks.

    .venv/bin/python bench/bench_fuzz.py              # N = 200, seed 18
    .venv/bin/python bench/bench_fuzz.py -n 1000 --seed 7 --keep fuzz-out/

Seeds: the sample reports in samples/ (PDF and DOCX), plus the smallest real reports of
../shared/corpus/real/ when it is there. Each case is one seeded mutation of one seed:
bytes flipped, a chunk deleted, duplicated or overwritten with another part of the file,
the file truncated, or (DOCX) one XML part mutated and the package zipped again, so the
XML parser and python-docx see the damage too. Every case goes through `extract` (the
reader in its killable, memory-capped child, then interpretation) and `run_checks`,
exactly as `lkjip check` runs them.

Printed: N; tracebacks (an exception escaping `extract` or `run_checks`: must be 0);
hangs (a case past its --timeout plus grace, or reported `timeout`: must be 0); the
result codes; the reader's own failures turned into `corrupt` (an exception inside a
library, caught and reported; not a traceback, but listed); peak memory of the reader
children and of this process. Exit 1 when a traceback or a hang was seen.
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from lkjip.checks.runner import run_checks  # noqa: E402
from lkjip.extract.limits import ReadLimits  # noqa: E402
from lkjip.pipeline import extract  # noqa: E402

REAL = REPO.parent / "shared" / "corpus" / "real"
_GRACE_S = 10.0


def seeds(real_count: int) -> list[Path]:
    found = sorted((REPO / "samples").glob("*.pdf")) + sorted((REPO / "samples").glob("*.docx"))
    if REAL.is_dir() and real_count:
        real = sorted((p for p in REAL.iterdir() if p.suffix.lower() in (".pdf", ".docx")),
                      key=lambda p: p.stat().st_size)
        found += real[:real_count]
    return found


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    how = rng.choice(("flip", "flip", "delete", "duplicate", "overwrite", "truncate", "zero"))
    n = len(buf)
    if n == 0:
        return bytes(buf)
    if how == "flip":
        for _ in range(rng.randint(1, 64)):
            i = rng.randrange(n)
            buf[i] ^= 1 << rng.randrange(8)
    elif how == "delete":
        i = rng.randrange(n)
        del buf[i:i + rng.randint(1, 4096)]
    elif how == "duplicate":
        i = rng.randrange(n)
        chunk = buf[i:i + rng.randint(1, 4096)]
        j = rng.randrange(len(buf))
        buf[j:j] = chunk * rng.randint(1, 8)
    elif how == "overwrite":
        i, j = rng.randrange(n), rng.randrange(n)
        k = rng.randint(1, 2048)
        buf[j:j + k] = buf[i:i + k]
    elif how == "truncate":
        buf = buf[: rng.randrange(n)]
    else:
        i = rng.randrange(n)
        buf[i:i + rng.randint(1, 512)] = bytes(min(512, n - i))
    return bytes(buf)


def mutate_docx(data: bytes, rng: random.Random) -> bytes:
    """One XML part mutated, the package zipped again (the ZIP stays valid)."""
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
        names = [i.filename for i in src.infolist() if i.filename.endswith((".xml", ".rels"))]
    except zipfile.BadZipFile:
        return mutate_bytes(data, rng)
    if not names:
        return mutate_bytes(data, rng)
    target = rng.choice(names + ["word/document.xml"] * 3)
    out = io.BytesIO()
    with src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == target:
                body = mutate_bytes(body, rng)
            dst.writestr(info, body)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="mutated files to run (default 200)")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--real", type=int, default=2, help="smallest real reports added as seeds (default 2)")
    parser.add_argument("--timeout", type=float, default=30.0, help="--timeout of each case (default 30 s)")
    parser.add_argument("--ocr", action="store_true", help="OCR pages without a text layer (slow)")
    parser.add_argument("--keep", type=Path, help="keep the cases that failed (traceback/hang) here")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    sources = seeds(args.real)
    originals = {p: p.read_bytes() for p in sources}
    limits = ReadLimits(timeout_s=args.timeout, ocr=args.ocr, max_memory_mb=2048)
    codes: Counter[str] = Counter()
    reader_failures: Counter[str] = Counter()
    tracebacks: list[tuple[str, str]] = []
    hangs: list[str] = []
    slowest = (0.0, "")
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="lkjip-fuzz-"))
    try:
        for case in range(args.n):
            source = rng.choice(sources)
            data = originals[source]
            if source.suffix == ".docx" and rng.random() < 0.6:
                data = mutate_docx(data, rng)
            else:
                for _ in range(rng.choice((1, 1, 1, 2, 3))):
                    data = mutate_bytes(data, rng)
            path = work / f"case{case:05d}{source.suffix}"
            path.write_bytes(data)
            t0 = time.monotonic()
            try:
                ex = extract(path, limits)
                run_checks(ex, deadline=t0 + args.timeout, time_limit_s=args.timeout)
                code = "ok" if ex.status == "ok" else (ex.error or {}).get("code", "?")
                message = (ex.error or {}).get("message", "")
                if code == "corrupt" and "the reader failed on this file (" in message:
                    reader_failures[message.split("(", 1)[1].split(":")[0]] += 1
            except Exception:
                code = "TRACEBACK"
                tracebacks.append((path.name, traceback.format_exc()))
            elapsed = time.monotonic() - t0
            if code == "timeout" or elapsed > args.timeout + _GRACE_S:
                hangs.append(f"{path.name} ({elapsed:.1f} s, {code})")
            slowest = max(slowest, (elapsed, f"{path.name} from {source.name}"))
            codes[code] += 1
            failed = code == "TRACEBACK" or (hangs and hangs[-1].startswith(path.name))
            if failed and args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(path, args.keep / path.name)
            path.unlink()
            if (case + 1) % 25 == 0:
                print(f"  {case + 1}/{args.n} cases, {time.monotonic() - started:.0f} s", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"seeds: {', '.join(p.name for p in sources)}")
    print(f"N = {args.n} mutated files (seed {args.seed}) in {time.monotonic() - started:.0f} s")
    print(f"tracebacks: {len(tracebacks)}")
    print(f"hangs: {len(hangs)}" + (f" ({'; '.join(hangs)})" if hangs else ""))
    print("results: " + ", ".join(f"{code} {n}" for code, n in codes.most_common()))
    if reader_failures:
        print("reader exceptions caught as corrupt: "
              + ", ".join(f"{name} {n}" for name, n in reader_failures.most_common()))
    print(f"slowest case: {slowest[0]:.1f} s ({slowest[1]})")
    print(f"peak memory: reader children {children_mb:.0f} MB (max RSS of one), this process {self_mb:.0f} MB")
    for name, tb in tracebacks[:5]:
        print(f"\n--- {name}\n{tb}")
    return 1 if tracebacks or hangs else 0


if __name__ == "__main__":
    raise SystemExit(main())
