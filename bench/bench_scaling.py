"""How the work grows with the size of the input, for the paths that once went quadratic.

    .venv/bin/python bench/bench_scaling.py

Each workload runs at size n and 2n; the ratio of the two times is printed. Linear work
gives about 2, quadratic about 4. The tests check what these paths compute; how fast they
are is measured here, never in a timed test (the machine is shared and noisy).

- indicator names: `group_indicators` over n distinct names and a `CutFormIndex` search of
  half of them against the other half (the name indexes);
- indicator checks: `run_checks` on a report of n indicator rows, half in the Perjanjian
  Kinerja and half in the Pengukuran Kinerja, no name shared (every K005 absence reported);
- page joins: `join_continued_tables` over a ruled grid printed over n pages.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

from lkjip.checks.runner import run_checks
from lkjip.extract.grid.continuation import join_continued_tables
from lkjip.extract.source import Page, RawCell, RawTable
from lkjip.match.identity import group_indicators
from lkjip.match.name_index import CutFormIndex
from lkjip.numbers.quantity import Quantity
from lkjip.records import Extraction, IndicatorRow

WORDS = ["jumlah", "persentase", "indeks", "nilai", "kualitas", "layanan", "publik", "informasi", "media",
         "cetak", "laporan", "kegiatan", "dokumen", "masyarakat", "kinerja", "aparatur", "daerah"]


def _names(n: int) -> list[str]:
    rng = random.Random(3)
    return [" ".join(rng.choice(WORDS) for _ in range(7)) + f" nomor{i}" for i in range(n)]


def names_work(n: int) -> Callable[[], object]:
    names = _names(n)

    def run() -> object:
        group_indicators(names)
        index = CutFormIndex(names=names[: n // 2])
        return [index.any_match(name) for name in names[n // 2:]]
    return run


def checks_work(n: int) -> Callable[[], object]:
    doc = Extraction(file="big.docx", sha256=None, kind="docx", pages=None)
    q = Quantity(text="10 dokumen", value=10, unit="dokumen", unit_raw="dokumen", note=None, secondary=None,
                 parts=None)
    for i, name in enumerate(_names(n)):
        kind = "perjanjian_kinerja" if i < n // 2 else "pengukuran_kinerja"
        measured = kind == "pengukuran_kinerja"
        doc.indicators.append(IndicatorRow(table=f"docx-t{1 + measured}", table_kind=kind, page=None, row=i + 1,
                                           indikator=name, year=2019, target=q, realisasi=q if measured else None,
                                           capaian=100.0 if measured else None))
    return lambda: run_checks(doc)


def joins_work(n: int) -> Callable[[], object]:
    xs = (40.0, 200.0, 400.0, 520.0, 640.0)

    def table(page: int, rows: int = 12) -> RawTable:
        grid: list[list[RawCell | None]] = [
            [RawCell(f"{page}.{r}.{c}" if c else f"4.1.{r}", r, c, (xs[c], 60.0 + 60 * r, xs[c + 1], 110.0 + 60 * r))
             for c in range(len(xs) - 1)] for r in range(rows)]
        return RawTable(id=f"p{page}-t1", page=page, bbox=(40.0, 60.0, 640.0, 60.0 + 60 * rows), grid=grid,
                        pages=[page], row_pages=[page] * rows)
    pages = [Page(number=p, width=600, height=800, text="") for p in range(1, n + 1)]
    return lambda: join_continued_tables([table(p) for p in range(1, n + 1)], pages)


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size (default 1)")
    args = parser.parse_args()
    workloads = [("indicator names (group + cut-form index)", names_work, 3000),
                 ("indicator checks (run_checks, K005 absences)", checks_work, 3000),
                 ("page joins (join_continued_tables)", joins_work, 400)]
    print(f"{'workload':48} {'n':>6} {'t(n) s':>8} {'t(2n) s':>8} {'ratio':>6}")
    for title, make, size in workloads:
        n = int(size * args.scale)
        small, large = timed(make(n)), timed(make(2 * n))
        print(f"{title:48} {n:6d} {small:8.2f} {large:8.2f} {large / max(small, 1e-9):6.2f}")
    print("linear work gives a ratio near 2, quadratic near 4")


if __name__ == "__main__":
    main()
