"""A hand-made run on the seed PDF: findings whose evidence boxes are real printed text.

The renderers are tested on it independently of which rules exist; the boxes come from
the reader, so a highlight that lands elsewhere is a real defect.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lkjip.checks.finding import Evidence, Finding
from lkjip.extract.readers import read_document
from lkjip.records import BudgetRow, Cell, NarrativeAmount
from lkjip.results import DocumentResult, RunResult
from tests.conftest import SEED_PDF


def _cell_of(source, page: int, text: str, occurrence: int = 0, **where) -> Cell:
    p = source.pages[page - 1]
    start = -1
    for _ in range(occurrence + 1):
        start = p.text.find(text, start + 1)
    assert start >= 0, f"{text!r} not on page {page}"
    return Cell(text=text, page=page, bbox=p.bbox_of(start, start + len(text)), **where)


@pytest.fixture(scope="session")
def seed_source():
    return read_document(SEED_PDF)


@pytest.fixture(scope="session")
def handmade_run(seed_source, seed_extraction) -> RunResult:
    ex = replace(seed_extraction)  # a copy: the session's extraction stays as read
    total = _cell_of(seed_source, 17, "19.253.545.000", table="p17-t1", row=13, column="anggaran")
    text = _cell_of(seed_source, 16, "19.253.454.000")
    realised = _cell_of(seed_source, 17, "18.900.282.622", 1, table="p17-t1", row=13, column="realisasi")
    # The renderers show extracted tables; build the rows the evidence points into.
    ex.budget = [
        BudgetRow(table="p17-t1", table_kind="realisasi_anggaran", page=17, row=13, level="total",
                  name="Jumlah <b>&", anggaran=19253545000.0, realisasi=18900282622.0,
                  cells={"anggaran": total, "realisasi": realised}),
    ]
    ex.amounts = [NarrativeAmount(page=16, text="Rp. 19.253.454.000,-", value=19253454000.0,
                                  kind="rupiah", cell=text, context="menjadi Rp. 19.253.454.000,-")]
    findings = [
        Finding(rule="LKJ-B002", severity="error",
                title={"en": "Total in the text contradicts the table", "id": "Total di narasi bertentangan dengan tabel"},
                message={"en": "The table on p. 17 totals 19.253.545.000, but the text on p. 16 says 19.253.454.000 <script>",
                         "id": "Tabel hal. 17 berjumlah 19.253.545.000, tetapi narasi hal. 16 menyebut 19.253.454.000 <script>"},
                evidence=[Evidence(total, 19253545000.0, "table total"), Evidence(text, 19253454000.0, "text")],
                file=ex.file),
        Finding(rule="LKJ-K001", severity="warning",
                title={"en": "Realisation differs between tables", "id": "Realisasi berbeda antar tabel"},
                message={"en": "Realised 18.900.282.622 on p. 17", "id": "Realisasi 18.900.282.622 pada hal. 17"},
                evidence=[Evidence(realised, 18900282622.0, "realisasi")], file=ex.file),
        Finding(rule="LKJ-N001", severity="info",
                title={"en": "Note without a page", "id": "Catatan tanpa halaman"},
                message={"en": "A note, 100%\r\nsecond line", "id": "Catatan, 100%\r\nbaris kedua"},
                evidence=[Evidence(Cell(text="DOCX text"), None, "docx")], file=ex.file),
    ]
    return RunResult([DocumentResult(ex, findings)], lang="en")


@pytest.fixture()
def seed_pdf() -> Path:
    return SEED_PDF
