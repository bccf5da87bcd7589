"""One sentence a person reads before the findings: what was read and what was not."""

from __future__ import annotations

from lkjip.checks.wording import pages_ref
from lkjip.records import Coverage

_WORDS = {
    "en": {"read": "Read", "not_read": "not read", "budget": ("budget table", "budget tables"),
           "indicator": ("indicator table", "indicator tables"), "nothing": "No budget or indicator table was read",
           "amounts": "figures in the text", "no_text": "pages with no text", "pages": "pages",
           "per_page": "s a page"},
    "id": {"read": "Terbaca", "not_read": "tidak terbaca", "budget": ("tabel anggaran", "tabel anggaran"),
           "indicator": ("tabel indikator", "tabel indikator"),
           "nothing": "Tidak ada tabel anggaran atau indikator yang terbaca",
           "amounts": "angka dalam teks", "no_text": "halaman tanpa teks", "pages": "halaman",
           "per_page": "detik per halaman"},
}


def _span(pages: list[int], lang: str) -> str:
    """'hlm. 7–8, 11–16, 19': runs of pages joined."""
    pages = sorted(set(pages))
    if not pages:
        return ""
    runs: list[list[int]] = []
    for p in pages:
        if runs and p == runs[-1][-1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    text = ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)
    return f"{pages_ref([0], lang).split()[0]} {text}"


def coverage_line(coverage: Coverage, lang: str) -> str:
    words = _WORDS.get(lang, _WORDS["en"])
    parts = []
    for kind in ("budget", "indicator"):
        tables = [r for r in coverage.read if r.kind == kind]
        if tables:
            one, many = words[kind]
            pages = [p for r in tables for p in r.pages]
            parts.append(f"{len(tables)} {one if len(tables) == 1 else many} ({_span(pages, lang)})")
    if coverage.amount_pages:
        pages = coverage.amount_pages
        count = f"{len(pages)} {'pages' if lang == 'en' else 'halaman'}"
        # Figures in running text are on most pages of a report: a count says enough.
        parts.append(f"{words['amounts']} ({count if len(pages) > 6 else _span(pages, lang)})")
    line = f"{words['read']}: {', '.join(parts)}" if parts else words["nothing"]
    if coverage.not_read:
        gaps = ", ".join(f"{_span([n.page], lang) if n.page else 'DOCX'} ({words[n.looks_like][0]})"
                         for n in coverage.not_read)
        line += f"; {words['not_read']}: {gaps}"
    if coverage.pages_without_text:
        line += f"; {words['no_text']}: {_span(coverage.pages_without_text, lang)}"
    if coverage.ocr_pages:
        # Scans are slow to read: the time a page took says what a bigger batch will cost.
        line += f"; OCR: {len(coverage.ocr_pages)} {words['pages']}"
        if coverage.ocr_seconds_per_page is not None:
            seconds = f"{coverage.ocr_seconds_per_page:.1f}"
            line += f", {seconds if lang == 'en' else seconds.replace('.', ',')} {words['per_page']}"
    return line + "."
