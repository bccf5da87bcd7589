"""Budget tables against the labelled real documents (bench/truth/*.json), per document.

    .venv/bin/python bench/budget_truth.py [--truth DIR] [--corpus DIR] [--cache DIR] [--only SUBSTR] [-v]

Per document with labelled budget rows:
- rows: a truth row on a labelled page counts as exact when lkjip gives a budget row on
  the same page whose name matches (rapidfuzz ratio ≥ 85 on lower-cased names, or one
  name starting the other) and whose level agrees (subtotal ≈ total; urusan/belanja ≈
  other), with every amount the truth prints (anggaran, realisasi, sisa, persen) equal
  (amounts to the rupiah, percentages to 0.01).
- amounts: the same match with only anggaran and realisasi required equal (a row whose
  sisa or percentage column is printed but not read, e.g. an LRA's "bertambah/(berkurang)").
- contradictions of kind sum / sisa / percent / realisasi_above_anggaran: found when a
  LKJ-B finding (any severity) shows a value printed on one of its sides, on that page.
- false errors: error-level LKJ-B findings on labelled pages that rest on no side of any
  labelled contradiction.

The read documents (text, raw tables) are cached as pickles under --cache so that work on
interpretation and checks re-runs in seconds; delete the cache after changing a reader.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from lkjip.extract.readers import read_document  # noqa: E402
from lkjip.pipeline import findings_of, records_of  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "real"
LEVEL_OF_TRUTH = {"subtotal": "total", "urusan": "other", "belanja": "other"}
SIDE_KINDS = {"sum", "sisa", "percent", "realisasi_above_anggaran"}


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text or "").lstrip("0")


def _name_key(text: str) -> str:
    text = re.sub(r"^\s*(?:\d+(?:[ .]\d+)*|[IVXLC]+|[a-z])[.)]?\s+", "", text or "", flags=re.I)
    return " ".join(re.sub(r"[^\w%]+", " ", text.lower()).split())


def _same_name(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    ka, kb = _name_key(a), _name_key(b)
    if not ka or not kb:
        return ka == kb
    return ka == kb or fuzz.ratio(ka, kb) >= 85 or (min(len(ka), len(kb)) >= 12 and (ka.startswith(kb) or kb.startswith(ka)))


def _equal(truth: dict | None, got: float | None, percent: bool) -> bool:
    if truth is None or truth.get("value") is None:
        return True
    if got is None:
        return False
    return abs(truth["value"] - got) <= (0.011 if percent else 0.5)


def _source(path: Path, cache: Path):
    cache.mkdir(parents=True, exist_ok=True)
    pick = cache / (path.name + ".pickle")
    if pick.exists():
        return pickle.loads(pick.read_bytes())
    source = read_document(path)
    pick.write_bytes(pickle.dumps(source))
    return source


def score(truth: dict, cache: Path, verbose: bool, corpus: Path = CORPUS) -> dict:
    labelled = set(truth["labelled"]["pages"])
    source = _source(corpus / truth["file"], cache)
    doc = records_of(source)
    findings = [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")]
    rows = [r for t in truth["budget_tables"] for r in t["rows"] if r["page"] in labelled]
    got_by_page: dict[int | None, list] = {}
    for b in doc.budget:
        got_by_page.setdefault(b.page, []).append(b)
    exact = amounts = 0
    for row in rows:
        level = LEVEL_OF_TRUTH.get(row["level"], row["level"])
        cands = [b for b in got_by_page.get(row["page"], []) if _same_name(row["name"], b.name)
                 and (b.level == level or {b.level, level} <= {"other", "total"})]
        ok = any(all(_equal(row.get(k), getattr(b, k), k == "persen") for k in ("anggaran", "realisasi", "sisa", "persen"))
                 for b in cands)
        exact += ok
        amounts += any(all(_equal(row.get(k), getattr(b, k), False) for k in ("anggaran", "realisasi")) for b in cands)
        if verbose and not ok:
            print(f"    miss p{row['page']} [{row['level']}] {row['name'][:60]!r} "
                  f"{(row.get('anggaran') or {}).get('printed')} | cands {[(b.level, b.anggaran) for b in cands][:2]}")
    sides = [(c, s) for c in truth["contradictions"] if c["kind"] in SIDE_KINDS for s in c["sides"]]
    contra = [c for c in truth["contradictions"] if c["kind"] in SIDE_KINDS]

    def rests_on(f, side) -> bool:
        return any(e.cell.page == side["page"] and _digits(e.cell.text) and _digits(e.cell.text) == _digits(side["printed"])
                   for e in f.evidence)

    found = sum(any(rests_on(f, s) for f in findings for s in c["sides"]) for c in contra)
    false_errors = [f for f in findings if f.severity == "error" and f.first_page in labelled
                    and not any(rests_on(f, s) for _, s in sides)]
    if verbose:
        for c in contra:
            if not any(rests_on(f, s) for f in findings for s in c["sides"]):
                print(f"    missed {c['kind']}: {c['description'][:140]}")
        for f in false_errors:
            print(f"    false error {f.rule} p{f.first_page}: {f.text('en')[:160]}")
    return {"file": truth["file"], "rows": len(rows), "exact": exact, "amounts": amounts, "contra": len(contra),
            "found": found, "false_errors": len(false_errors), "got_rows": len(doc.budget)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--truth", type=Path, default=REPO / "bench" / "truth")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/lkjip-budget-cache"))
    ap.add_argument("--only", default="")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    total = {"rows": 0, "exact": 0, "amounts": 0, "contra": 0, "found": 0, "false_errors": 0}
    print(f"{'document':58} {'rows':>5} {'exact':>5} {'amnts':>5} {'contra':>6} {'found':>5} {'falseE':>6}")
    for path in sorted(args.truth.glob("*.json")):
        if path.name == "schema.json" or args.only not in path.name:
            continue
        truth = json.loads(path.read_text())
        if not truth["budget_tables"] and not any(c["kind"] in SIDE_KINDS for c in truth["contradictions"]):
            continue
        if not (args.corpus / truth["file"]).exists():
            continue
        s = score(truth, args.cache, args.verbose, args.corpus)
        for k in total:
            total[k] += s[k]
        print(f"{s['file'][:58]:58} {s['rows']:5} {s['exact']:5} {s['amounts']:5} {s['contra']:6} {s['found']:5} "
              f"{s['false_errors']:6}", flush=True)
    pct = 100 * total["exact"] / max(total["rows"], 1)
    pct_amounts = 100 * total["amounts"] / max(total["rows"], 1)
    print(f"{'TOTAL':58} {total['rows']:5} {total['exact']:5} {total['amounts']:5} {total['contra']:6} "
          f"{total['found']:5} {total['false_errors']:6}   rows exact {pct:.1f}%, amounts {pct_amounts:.1f}%")


if __name__ == "__main__":
    main()
