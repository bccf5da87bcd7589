"""Real reports scanned: their labelled pages turned into page images, scored against the
same truth as the text-layer documents (bench/truth/).

The corpus holds one labelled scan. This makes more from the labelled text-layer reports,
so the scanned path is measured on layouts it was not built on: each labelled page is
rendered to an image (200 dpi grey, or with --bw 150 dpi black and white fed 1 degree
askew, the two renditions of issue #15) and put in place of its page; the other pages keep
their text layer, so chapters, captions and the text around the tables read as before
(a report with scanned pages inside, as signed Perjanjian Kinerja pages often are). Then
`lkjip extract` and `lkjip check` run as in bench/real_accuracy.py and the same table is
printed: rows read exactly, contradictions found, error-level findings that match no
labelled contradiction (false errors).

    .venv/bin/python bench/bench_scanned_real.py [--only NAME ...] [--bw] [--dpi 200] [--json FILE]

Slow: every labelled page is OCR'd (10-20 s a page on two cores). Without --only it runs
DEFAULT_DOCUMENTS: the labelled text-layer reports with contradictions and at most 16
labelled pages.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import traceback
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image
from pypdf import PdfReader, PdfWriter

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_accuracy import (  # bench/ is not a package: its folder is on the path
    REAL,
    DocumentResult,
    document_counts,
    metrics,
    prepare,
    print_table,
    run_lkjip,
    scored,
    selected,
    totals,
    truth_files,
)

DEFAULT_MAX_PAGES = 16


def _page_image(pdf: pdfium.PdfDocument, index: int, dpi: int, bw: bool) -> Image.Image:
    image = pdf[index].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    if bw:  # fed askew, thresholded to one bit: thin rules break up
        image = (image.rotate(1.0, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
                 .point(lambda v: 255 if v > 160 else 0).convert("1"))
    return image


def scanned_pages(source: Path, pages: set[int], out: Path, dpi: int, bw: bool) -> Path:
    """`source` with `pages` (1-based) replaced by images of themselves, no text layer."""
    rendered = pdfium.PdfDocument(str(source))
    writer = PdfWriter()
    try:
        for i, page in enumerate(PdfReader(source, strict=False).pages):
            if i + 1 not in pages:
                writer.add_page(page)
                continue
            buffer = io.BytesIO()
            _page_image(rendered, i, dpi, bw).save(buffer, format="PDF", resolution=float(dpi))
            writer.add_page(PdfReader(io.BytesIO(buffer.getvalue())).pages[0])
    finally:
        rendered.close()
    with out.open("wb") as fh:
        writer.write(fh)
    return out


def default_documents() -> list[Path]:
    """Labelled text-layer reports with contradictions, small enough to OCR every labelled page."""
    chosen = []
    for path in truth_files():
        truth = json.loads(path.read_text(encoding="utf-8"))
        pages = truth.get("labelled", {}).get("pages", [])
        if truth.get("text_layer") in ("yes", "partial") and truth.get("contradictions") and 0 < len(pages) <= DEFAULT_MAX_PAGES:
            chosen.append(path)
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", metavar="NAME", help="one truth document (part of its name); repeatable")
    parser.add_argument("--bw", action="store_true", help="150 dpi black and white, 1 degree askew (default 200 dpi grey)")
    parser.add_argument("--dpi", type=int, help="rendering resolution (default 200, or 150 with --bw)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the machine-readable result here")
    args = parser.parse_args()
    if not REAL.is_dir():
        print(f"SKIPPED scanned real reports: {REAL} is absent (../shared/ not available)")
        return 0
    dpi = args.dpi or (150 if args.bw else 200)
    paths = selected(truth_files(), args.only) if args.only else default_documents()
    rendition = f"{dpi} dpi {'B/W askew' if args.bw else 'grey'}"
    print(f"\n== real reports, labelled pages scanned ({rendition}): {len(paths)} document(s) ==", flush=True)
    results: list[DocumentResult] = []
    with tempfile.TemporaryDirectory(prefix="lkjip-scanned-real-") as tmp:
        for n, truth_path in enumerate(paths, start=1):
            try:
                truth, source, skipped = prepare(truth_path, include_scanned=False)
                if skipped is not None:
                    results.append(skipped)
                    continue
                scan = scanned_pages(source, set(truth["labelled"]["pages"]), Path(tmp) / f"{n}.pdf", dpi, args.bw)
                result = scored(truth, truth_path, run_lkjip(scan, ocr=True))
            except Exception:  # one document the bench cannot score is reported; the run goes on
                result = DocumentResult(truth_path.stem, truth_path.name, "", 0, status="failed",
                                        reason=traceback.format_exc(limit=-3))
            results.append(result)
            print(f"  {result.file}: {result.status} {result.seconds:.0f} s, "
                  f"{result.ocr_pages} page(s) OCR'd", flush=True)
    total = totals(results)
    print_table(results, total)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "generated": datetime.now(UTC).isoformat(timespec="seconds"), "command": " ".join(sys.argv),
            "rendition": rendition, "total": total,
            "documents": [asdict(r) | {"scores": metrics(document_counts(r))} for r in results],
        }, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nwritten: {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
