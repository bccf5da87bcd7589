"""Recall of the seed's indicator rows (truth.json `normalized.indicators`) on both PDFs."""

from __future__ import annotations

import re

import pytest

from lkjip.pipeline import extract
from tests.conftest import SEED_DOCX, SEED_PDF, SEED_ROWWISE_DOCX, SEED_ROWWISE_PDF

TRUTH_KIND = {
    "perjanjian_kinerja": "perjanjian_kinerja",
    "pengukuran_kinerja": "pengukuran_kinerja",
    "perbandingan_kinerja": "perbandingan_tahunan",
    "perbandingan_jangka_menengah": "renstra",
    "lampiran_pengukuran_kinerja": "lampiran",
}


def _kind_of(truth_id: str) -> str:
    for prefix, kind in TRUTH_KIND.items():
        if truth_id.startswith(prefix):
            return kind
    raise KeyError(truth_id)


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", name.lower())


@pytest.mark.parametrize(("pdf", "fixture"), [(SEED_PDF, "seed_extraction"),
                                              (SEED_ROWWISE_PDF, "seed_rowwise_extraction"),
                                              (SEED_DOCX, None), (SEED_ROWWISE_DOCX, None)],
                         ids=["seed", "rowwise", "docx", "rowwise-docx"])
def test_seed_indicator_recall(pdf, fixture, seed_truth, request) -> None:
    ex = request.getfixturevalue(fixture) if fixture else extract(pdf)
    found: dict[tuple[str, str], list] = {}
    for row in ex.indicators:
        found.setdefault((row.table_kind, _key(row.indikator)), []).append(row)
    total = hit = 0
    misses = []
    for table_id, rows in seed_truth["normalized"]["indicators"].items():
        kind = _kind_of(table_id)
        for truth in rows:
            total += 1
            candidates = found.get((kind, _key(truth["indikator"])), [])
            want = truth["target"]["value"]
            if any(c.target is not None and c.target.value == want for c in candidates):
                hit += 1
            else:
                misses.append((table_id, truth["indikator"][:50], truth["target"]["raw"]))
    recall = hit / total
    print(f"\n{pdf.name}: {hit}/{total} indicator rows with kind and target = {recall:.1%}")
    for miss in misses:
        print("  missed:", miss)
    assert recall >= 0.95, misses


def test_seed_comparison_table_is_whole_with_years(seed_extraction) -> None:
    rows = [r for r in seed_extraction.indicators if r.table_kind == "perbandingan_tahunan"]
    assert len({r.table for r in rows}) == 1  # the 3-page landscape table is one table
    assert len(rows) == 35
    assert {p for r in rows for p in [r.page]} == {13, 14, 15}
    social = next(r for r in rows if "media sosial" in r.indikator)
    assert set(social.realisasi_by_year) == {2016, 2017, 2018}
    likes = [p.value for p in social.realisasi.parts if p.metric_norm == "like"]
    assert likes == [2004, 20511]
