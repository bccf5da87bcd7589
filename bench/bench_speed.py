"""Speed: end-to-end `lkjip check` against pdfplumber's bare character pass, and batch pages/s.

    .venv/bin/python bench/bench_speed.py            # ratio, then the batch with 1 and 2 workers
    .venv/bin/python bench/bench_speed.py --ratio    # only the ratio
    .venv/bin/python bench/bench_speed.py --batch    # only the batch

Ratio: over the text-layer LKjIP/LAKIP PDFs of ../shared/corpus/real/, each document is
read by both contenders in one process, alternating which goes first, after the file has
been read once into the OS cache. lkjip does what `lkjip check` does in-process
(`extract` then `run_checks` with every registered rule); pdfplumber only touches
`page.chars` on every page (no tables, no words), the cheapest useful thing it does.
OCR is off by default (`--no-ocr --no-pictures`), so both read the same text layer; `--ocr`
times lkjip with OCR of the image pages and of tables pasted as pictures too.

Batch: a ProcessPoolExecutor over the same documents, each task `extract` + `run_checks`
of one document, timed around the whole batch (pool start-up included).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from corpus import SEED_PDF, CorpusDocument, text_layer_lkjips, warm_file_cache

RATIO_TARGET = 5.0


def lkjip_check(path: Path, ocr: bool = False, second_engine: str | None = None) -> tuple[int, int]:
    """What `lkjip check` does for one file, in-process: pages read and findings."""
    from lkjip.checks.runner import run_checks
    from lkjip.extract.limits import ReadLimits
    from lkjip.pipeline import extract

    limits = ReadLimits(ocr=ocr, pictures=ocr, timeout_s=3600)  # a loaded machine must not end a read early
    if second_engine is not None:
        limits = dataclasses.replace(limits, second_engine=second_engine)
    ex = extract(path, limits)
    if ex.status != "ok":
        raise RuntimeError(f"{path.name}: {ex.error}")
    return ex.pages or 0, len(run_checks(ex))


def plumber_chars(path: Path) -> tuple[int, int]:
    """pdfplumber's bare character extraction of every page: pages and characters."""
    import pdfplumber

    chars = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            chars += len(page.chars)
            page.close()  # drop the page's cached objects, as a streaming reader would
        return len(pdf.pages), chars


@dataclass
class Timing:
    wall: float
    cpu: float


def _cpu() -> float:
    # The reader runs in a forked child (lkjip.extract.isolation): count its CPU too.
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(fn: Callable[[], object]) -> Timing:
    w, c = time.perf_counter(), _cpu()
    fn()
    return Timing(time.perf_counter() - w, _cpu() - c)


def run_ratio(docs: list[CorpusDocument], ocr: bool, second_engine: str | None = None) -> float:
    from lkjip.checks import load_rules

    rules = load_rules()
    # Warm both code paths (imports, font tables) on the seed before any timing; camelot
    # (the second table engine) is imported lazily, so import it here, not in document 1.
    lkjip_check(SEED_PDF, ocr, second_engine)
    plumber_chars(SEED_PDF)
    with contextlib.suppress(ImportError):
        import camelot  # noqa: F401
    print(f"rules registered: {len(rules)} ({', '.join(rules) or 'none'}); "
          f"load average at start {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"ocr: {'on' if ocr else 'off (--no-ocr: both read the text layer only)'}; "
          f"second table engine: {second_engine or 'default (' + _default_engine() + ')'}")
    print(f"{'document':58} {'pages':>5} {'lkjip s':>8} {'plumber s':>9} {'ratio':>6}")
    tot_l, tot_p, pages = Timing(0, 0), Timing(0, 0), 0
    failed: list[str] = []
    for i, doc in enumerate(docs):
        warm_file_cache(doc.path)
        contenders = [("l", lambda d=doc: lkjip_check(d.path, ocr, second_engine)),
                      ("p", lambda d=doc: plumber_chars(d.path))]
        if i % 2:
            contenders.reverse()
        try:
            got = {name: timed(fn) for name, fn in contenders}
        except Exception as exc:  # a crash is a finding of the benchmark, not its end
            print(f"{doc.path.name[:58]:58} {doc.pages:5d}  FAILED: {type(exc).__name__}: {exc}", flush=True)
            failed.append(doc.path.name)
            continue
        tl, tp = got["l"], got["p"]
        tot_l = Timing(tot_l.wall + tl.wall, tot_l.cpu + tl.cpu)
        tot_p = Timing(tot_p.wall + tp.wall, tot_p.cpu + tp.cpu)
        pages += doc.pages
        print(f"{doc.path.name[:58]:58} {doc.pages:5d} {tl.wall:8.2f} {tp.wall:9.2f} {tp.wall / tl.wall:5.1f}x",
              flush=True)
    if failed:
        print(f"NOT TIMED (lkjip failed): {', '.join(failed)}")
    ratio = tot_p.wall / tot_l.wall
    print(f"lkjip check (extract + checks): {pages} pages in {tot_l.wall:.1f} s wall, {tot_l.cpu:.1f} s CPU "
          f"= {pages / tot_l.wall:.1f} pages/s")
    print(f"pdfplumber page.chars:          {pages} pages in {tot_p.wall:.1f} s wall, {tot_p.cpu:.1f} s CPU "
          f"= {pages / tot_p.wall:.1f} pages/s")
    print(f"load average at end {os.getloadavg()[0]:.1f}")
    verdict = "OK" if ratio >= RATIO_TARGET else "MISSED"
    print(f"SPEED RATIO lkjip vs pdfplumber chars: {ratio:.1f}x wall, {tot_p.cpu / tot_l.cpu:.1f}x CPU "
          f"(target >= {RATIO_TARGET:.0f}x) {verdict}")
    return ratio


def _default_engine() -> str:
    from lkjip.extract.limits import ReadLimits

    return str(getattr(ReadLimits(), "second_engine", "none"))


def _batch_task(path: str) -> int:
    return lkjip_check(Path(path))[0]


def run_batch(docs: list[CorpusDocument], workers: tuple[int, ...] = (1, 2)) -> dict[int, float]:
    # Largest first, so the last task to finish is a short one.
    paths = [str(d.path) for d in sorted(docs, key=lambda d: -d.pages)]
    out: dict[int, float] = {}
    for n in workers:
        started = time.perf_counter()
        with ProcessPoolExecutor(max_workers=n) as pool:
            pages = sum(pool.map(_batch_task, paths))
        wall = time.perf_counter() - started
        out[n] = pages / wall
        print(f"BATCH {n} worker{'s' if n > 1 else ''}: {len(paths)} documents, {pages} pages in {wall:.1f} s "
              f"= {out[n]:.1f} pages/s (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)", flush=True)
    if 1 in out and 2 in out:
        print(f"BATCH speed-up with 2 workers: {out[2] / out[1]:.2f}x")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ratio", action="store_true", help="only the lkjip/pdfplumber ratio")
    parser.add_argument("--batch", action="store_true", help="only the batch pages/s")
    parser.add_argument("--ocr", action="store_true", help="let lkjip OCR image pages in the ratio run")
    parser.add_argument("--tables", choices=("vector", "auto", "thorough"), default=None,
                        help="table engines as `lkjip check --tables` (to attribute the raster pass and camelot)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents (quick look)")
    args = parser.parse_args()
    docs = text_layer_lkjips()
    if args.limit:
        docs = docs[: args.limit]
    both = not (args.ratio or args.batch)
    if args.ratio or both:
        engines = {"vector": "off", "auto": "auto", "thorough": "always"}
        run_ratio(docs, args.ocr, engines[args.tables] if args.tables else None)
    if args.batch or both:
        run_batch(docs)


if __name__ == "__main__":
    main()
