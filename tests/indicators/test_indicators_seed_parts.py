"""Seed: sections, staff counts and table kinds as the pipeline reads them."""

from __future__ import annotations

from collections import Counter


def test_seed_chapters_with_pages(seed_extraction) -> None:
    chapters = [(s.title, s.page) for s in seed_extraction.sections if s.level == 1]
    assert chapters == [("KATA PENGANTAR", 2), ("BAB I PENDAHULUAN", 3),
                        ("BAB II PERENCANAAN DAN PERJANJIAN KINERJA", 5),
                        ("BAB III AKUNTABILITAS KINERJA", 9), ("IV. PENUTUP", 18)]


def test_seed_staff_lists(seed_extraction) -> None:
    lists = seed_extraction.staff_counts
    assert [[s.value for s in lst.stated] for lst in lists] == [[70, 18], [70]]
    assert [[n for _, n, _ in lst.items] for lst in lists] == [[1, 3, 9, 5, 52, 18], [5, 37, 4, 24]]


def test_seed_table_kinds_and_pages(seed_extraction) -> None:
    kinds = Counter((r.table_kind, r.table) for r in seed_extraction.indicators)
    assert kinds == Counter({("perjanjian_kinerja", "p7-t1"): 35, ("pengukuran_kinerja", "p11-t1"): 35,
                             ("perbandingan_tahunan", "p13-t1"): 35, ("renstra", "p16-t1"): 5,
                             ("lampiran", "p19-t1"): 6})
    assert not any(r.table == "p17-t1" for r in seed_extraction.indicators)  # the budget table
