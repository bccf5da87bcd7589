"""LKJ-K008: a chapter PermenPANRB 53/2014 requires is missing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.records import Cell, Extraction

# (English name, Indonesian name, heading pattern)
CHAPTERS: list[tuple[str, str, re.Pattern[str]]] = [
    ("Executive Summary", "Ikhtisar Eksekutif", re.compile(r"ikhtisar\s*eksekutif|ringkasan\s*eksekutif|executive\s*summary")),
    ("Introduction", "Pendahuluan", re.compile(r"pendahuluan")),
    ("Performance Planning", "Perencanaan Kinerja", re.compile(r"perencanaan|perjanjian\s*kinerja|rencana\s*strategis")),
    ("Performance Accountability", "Akuntabilitas Kinerja", re.compile(r"akuntabilitas")),
    ("Closing", "Penutup", re.compile(r"penutup|kesimpulan")),
]
_REPORT_TITLE = re.compile(r"laporan\s+(?:akuntabilitas\s+)?kinerja|\blkjip\b|\blkip\b|\blakip\b|\blkj\b", re.I)
_OTHER_TITLE = re.compile(r"perjanjian\s+kinerja|rencana\s+strategis|rencana\s+kerja|\brenja\b|realisasi\s+fisik|"
                          r"rencana\s+aksi|keputusan|penetapan\s+(?:review\s+)?(?:iku|indikator)", re.I)


def is_full_report(doc: Extraction) -> bool:
    """A full LKjIP: its cover (first two pages) names a performance report before any
    other document kind, and the body has at least two numbered chapters. A lone
    Perjanjian Kinerja, a Renstra, a Renja or a budget-realisation report is not one."""
    pages = sorted(doc.page_texts)[:2]
    cover = "\n".join(doc.page_texts[p] for p in pages)
    title = _REPORT_TITLE.search(cover)
    other = _OTHER_TITLE.search(cover)
    if title is None or (other is not None and other.start() < title.start()):
        return False
    chapters = [s for s in doc.sections if s.level == 1 and re.match(r"(?:BAB\s+)?[IVX\d]+\b", s.title)]
    return len(chapters) >= 2


@register
class MandatoryChapters(Rule):
    """Flags a full LKjIP that lacks a chapter PermenPANRB 53/2014 prescribes:
    Ikhtisar Eksekutif, Pendahuluan, Perencanaan Kinerja, Akuntabilitas Kinerja
    (capaian and realisasi anggaran), Penutup.

    Why: evaluators (AKIP) score the report's completeness; a missing chapter loses
    points and usually means missing content (no executive summary of the capaian).

    Decides first whether the document is a full LKjIP: its
    cover names a Laporan Kinerja/LKjIP/LAKIP and it has at least two numbered
    chapters; anything else (a Perjanjian Kinerja, a Renstra, an RFK budget report) is
    skipped with no finding. Headings are matched loosely ("Ringkasan Eksekutif" counts
    as the Ikhtisar; "Perencanaan dan Perjanjian Kinerja" as Perencanaan Kinerja).
    Seed: it has Kata Pengantar, Bab I-III and "IV. PENUTUP" but no Ikhtisar Eksekutif.
    """

    code = "LKJ-K008"
    title: ClassVar[dict[str, str]] = {"en": "Mandatory chapter missing", "id": "Bab wajib tidak ada"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        if doc.kind == "docx" and not doc.sections:
            return  # no headings read: nothing to judge
        if not is_full_report(doc):
            return
        # "P E N D A H U L U A N": letter-spaced titles are matched without their spaces too.
        titles = [t for s in doc.sections for t in (s.title.lower(), s.title.lower().replace(" ", ""))]
        missing = [(en, id_) for en, id_, pattern in CHAPTERS if not any(pattern.search(t) for t in titles)]
        if not missing:
            return
        found = "; ".join(s.title for s in doc.sections if s.level == 1)
        evidence = [Evidence(Cell(s.title, s.page, None, None, "heading"), None, "heading found")
                    for s in doc.sections if s.level == 1]
        yield self.finding(
            "Missing chapter(s): " + ", ".join(f"{id_} ({en})" for en, id_ in missing) +
            f". Headings found: {found}.",
            "Bab yang tidak ditemukan: " + ", ".join(id_ for _, id_ in missing) +
            f". Judul bab yang ada: {found}.",
            evidence,
        )
