"""Error-level precision on the labelled real documents: every error, of every rule family.

    .venv/bin/python bench/error_precision.py [--truth DIR] [--corpus DIR] [--cache DIR] [--out DIR] [-v]

Each truth document (bench/truth/*.json) is checked as `lkjip check --format json --no-ocr`
checks it (same pipeline, same JSON), with the read document cached as a pickle under
--cache (delete it after changing a reader) and the JSON written under --out. Scored on
`labelled.pages` only:

- errors: error findings whose first evidence lies on a labelled page;
- matched: those with an evidence cell on the page of a side of a labelled contradiction
  whose digits are the side's as printed;
- unmatched: the rest, listed one per line for a person to judge on the page: a real
  contradiction the labeller missed (complete the truth), or a false error (fix the
  reading, mark its doubt on the cell, or stop the comparison);
- contradictions found as error / only as warning / not at all.

Precision as reported: (matched + unmatched judged real) / errors; this script cannot
judge, so it prints matched / errors as the lower bound.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from lkjip.extract.errors import DocumentError  # noqa: E402
from lkjip.extract.isolation import read_isolated  # noqa: E402
from lkjip.extract.limits import ReadLimits  # noqa: E402
from lkjip.pipeline import findings_of, records_of  # noqa: E402
from lkjip.report.json_report import check_payload, dumps  # noqa: E402
from lkjip.results import DocumentResult, RunResult  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "real"
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def _digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "").lstrip("0")


def checked(path: Path, cache: Path, out: Path) -> dict | None:
    """The document's JSON result (lkjip check --format json --no-ocr), or None if unreadable."""
    cache.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    pick = cache / (path.name + ".pickle")
    if pick.exists():
        source = pickle.loads(pick.read_bytes())
    else:
        try:
            source = read_isolated(path, ReadLimits(ocr=False))
        except DocumentError:
            return None
        pick.write_bytes(pickle.dumps(source))
    doc = records_of(source)
    payload = check_payload(RunResult([DocumentResult(doc, findings_of(doc))], lang="en"))
    (out / (path.name + ".json")).write_text(dumps(payload))
    return payload["documents"][0]


def rests_on(finding: dict, side: dict) -> bool:
    return any(e.get("page") == side["page"] and _digits(e.get("text")) and
               _digits(e.get("text")) == _digits(side["printed"]) for e in finding["evidence"])


def score(truth: dict, result: dict, verbose: bool) -> dict[str, int]:
    labelled = set(truth["labelled"]["pages"])
    sides = [s for c in truth["contradictions"] for s in c["sides"]]
    counts: Counter[str] = Counter()
    for f in result["findings"]:
        pages = [e["page"] for e in f["evidence"] if e.get("page") is not None]
        if f["severity"] != "error" or not pages or pages[0] not in labelled:
            continue
        counts["errors"] += 1
        if any(rests_on(f, s) for s in sides):
            counts["matched"] += 1
        elif verbose:
            print(f"    unmatched p{pages[0]} {f['rule']}: {f['message'][:220]}")
    for c in truth["contradictions"]:
        ranks = [SEVERITY_RANK[f["severity"]] for f in result["findings"] if any(rests_on(f, s) for s in c["sides"])]
        counts[("as_error", "as_warning", "as_info")[min(ranks)] if ranks else "not_found"] += 1
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--truth", type=Path, default=REPO / "bench" / "truth")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/lkjip-precision-cache"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/lkjip-precision-json"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    keys = ("errors", "matched", "as_error", "as_warning", "not_found")
    total: Counter[str] = Counter()
    print(f"{'document':58} " + " ".join(f"{k:>10}" for k in keys))
    for path in sorted(args.truth.glob("*.json")):
        if path.name == "schema.json":
            continue
        truth = json.loads(path.read_text())
        if not (args.corpus / truth["file"]).exists():
            continue
        result = checked(args.corpus / truth["file"], args.cache, args.out)
        if result is None:
            continue
        counts = score(truth, result, args.verbose)
        total.update(counts)
        print(f"{truth['file'][:58]:58} " + " ".join(f"{counts[k]:10}" for k in keys), flush=True)
    print(f"{'TOTAL':58} " + " ".join(f"{total[k]:10}" for k in keys))
    print(f"errors matching a labelled contradiction: {total['matched']}/{total['errors']} "
          f"({100 * total['matched'] / max(total['errors'], 1):.1f} %); judge the unmatched ones (-v) on the page")


if __name__ == "__main__":
    main()
