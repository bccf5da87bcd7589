"""Which documents the benchmarks read, and how a benchmark says it cannot run.

The real reports live in ../shared/corpus/real/ (not in the repository); a benchmark
that needs them prints why it is skipped and exits 0, so `make bench` still runs the
parts that only need the repository.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO.parent / "shared").resolve()
REAL = SHARED / "corpus" / "real"
SEED_TRUTH = SHARED / "corpus" / "seed" / "truth.json"
SEED_PDF = REPO / "samples" / "lkjip-2018-biro-humas-jambi.pdf"
MEMORY_DOCUMENT = "andri000me__lakip Dinkes 2016.pdf"

if str(REPO) not in sys.path:  # so `python bench/x.py` imports lkjip and tests.generator
    sys.path.insert(0, str(REPO))


@dataclass(frozen=True)
class CorpusDocument:
    path: Path
    pages: int
    kind: str
    text_layer: str


def skip(reason: str) -> None:
    """Say plainly why a benchmark cannot run, and leave without failing `make bench`."""
    print(f"SKIPPED: {reason}")
    raise SystemExit(0)


def require_shared() -> None:
    if not REAL.is_dir():
        skip(f"{REAL} is absent: the real-report benchmarks need ../shared/corpus/real/")


def text_layer_lkjips() -> list[CorpusDocument]:
    """Full LKjIP/LAKIP reports whose text layer is complete or partial (SOURCES.tsv)."""
    require_shared()
    out: list[CorpusDocument] = []
    with (REAL / "SOURCES.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            layer = row["text_layer"].split(" ")[0]
            if row["kind"] not in ("LKjIP", "LAKIP") or layer not in ("yes", "partial"):
                continue
            path = REAL / row["file"]
            if path.suffix.lower() == ".pdf" and path.is_file():
                out.append(CorpusDocument(path, int(row["pages"].split()[0]), row["kind"], layer))
    if not out:
        skip(f"no text-layer LKjIP PDF listed in {REAL / 'SOURCES.tsv'} was found")
    return out


def warm_file_cache(path: Path) -> None:
    """Read the file once so neither contender pays the first disk read."""
    with path.open("rb") as fh:
        while fh.read(1 << 20):
            pass
