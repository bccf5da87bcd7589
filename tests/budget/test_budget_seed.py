"""The seed end to end: budget rows equal truth.json; the one contradiction is found, and
nothing consistent raises an error."""

from __future__ import annotations

import re

import pytest

from lkjip.checks.rule import CheckConfig
from lkjip.checks.runner import run_checks
from lkjip.records import Extraction


def _norm(name: str | None) -> str:
    return re.sub(r"^[\s\-–•]+", "", " ".join((name or "").split()))


def _realisasi_rows(doc: Extraction) -> list[dict]:
    return [{"level": r.level, "no": r.code, "name": _norm(r.name), "anggaran": r.anggaran,
             "realisasi": r.realisasi}
            for r in doc.budget if r.table_kind == "realisasi_anggaran"]


def _program_rows(doc: Extraction) -> list[dict]:
    return [{"level": r.level, "no": r.code, "program": _norm(r.name) or None, "anggaran": r.anggaran}
            for r in doc.budget if r.table_kind == "program_anggaran"]


@pytest.fixture(params=["seed_extraction", "seed_rowwise_extraction"])
def seed(request: pytest.FixtureRequest) -> Extraction:
    return request.getfixturevalue(request.param)


def test_realisasi_anggaran_rows_equal_truth(seed: Extraction, seed_truth: dict) -> None:
    truth = [{"level": t["level"], "no": t["no"], "name": _norm(t["name"]), "anggaran": t["anggaran"],
              "realisasi": t["realisasi"]} for t in seed_truth["normalized"]["budget_realisasi_anggaran_2018"]]
    assert _realisasi_rows(seed) == truth


def test_program_list_rows_equal_truth(seed: Extraction, seed_truth: dict) -> None:
    truth = [{"level": t["level"], "no": t["no"], "program": _norm(t["program"]) or None,
              "anggaran": t["anggaran"]} for t in seed_truth["normalized"]["program_anggaran_2018"]]
    assert _program_rows(seed) == truth


def test_hierarchy_links_kegiatan_to_programs_to_total(seed: Extraction) -> None:
    rows = [r for r in seed.budget if r.table_kind == "realisasi_anggaran"]
    total = next(i for i, r in enumerate(rows) if r.level == "total")
    for r in rows:
        if r.level == "kegiatan":
            assert rows[r.parent].level == "program"
        if r.level == "program":
            assert r.parent == total


def test_budget_cells_point_at_the_page(seed: Extraction) -> None:
    total = next(r for r in seed.budget if r.table_kind == "realisasi_anggaran" and r.level == "total")
    cell = total.cells["anggaran"]
    assert cell.text == "19.253.545.000,-" and cell.page == total.page and cell.bbox is not None


def test_narrative_amounts_and_their_words(seed: Extraction, seed_truth: dict) -> None:
    stated = {(a.text, a.value) for a in seed.amounts if a.kind in ("rupiah", "percent")}
    for t in seed_truth["documents"]["lkjip-2018-biro-humas-jambi.pdf"]["narrative_amounts"]:
        assert (t["text"], t["value"]) in stated
    spelled = {(a.value, a.words_value) for a in seed.amounts if a.words}
    for t in seed_truth["documents"]["lkjip-2018-biro-humas-jambi.pdf"]["terbilang"]:
        assert (t["numeral_value"], t["words_value"]) in spelled
    # figures inside table cells are table values, not running text
    assert not any(a.text == "2.281.358.092,-" for a in seed.amounts)


def test_seed_budget_contradiction_found_on_both_pages(seed: Extraction) -> None:
    findings = run_checks(seed, CheckConfig(lang="en"))
    b002 = [f for f in findings if f.rule == "LKJ-B002"]
    assert len(b002) == 1 and b002[0].severity == "error"
    values = {(e.role, e.value) for e in b002[0].evidence}
    assert ("stated in text", 19_253_454_000) in values and ("table total", 19_253_545_000) in values
    text_pages = {e.cell.page for e in b002[0].evidence if e.role == "stated in text"}
    table_page = next(e.cell.page for e in b002[0].evidence if e.role == "table total")
    assert len(text_pages) == 2 and table_page in text_pages  # pp. 16+17 (pp. 15+16 rowwise)
    assert "19.253.454.000" in b002[0].message["en"] and "19.253.545.000" in b002[0].message["id"]
    assert "2.316.431.000,- + 1.464.448.000,- + 15.472.666.000,-" in b002[0].message["en"]


def test_no_error_on_anything_consistent(seed: Extraction) -> None:
    findings = run_checks(seed, CheckConfig(lang="en"), select=("LKJ-B", "LKJ-N", "LKJ-S"))
    assert [f.rule for f in findings if f.severity == "error"] == ["LKJ-B002"]
    assert not [f for f in findings if f.rule in ("LKJ-B005", "LKJ-S001")]


@pytest.mark.slow
@pytest.mark.parametrize("which", ["SEED_DOCX", "SEED_ROWWISE_DOCX"])
def test_docx_gives_the_same_budget_rows_and_contradiction(which: str, seed_truth: dict) -> None:
    from lkjip.pipeline import extract
    from tests import conftest

    docx = extract(getattr(conftest, which))
    truth = [{"level": t["level"], "no": t["no"], "name": _norm(t["name"]), "anggaran": t["anggaran"],
              "realisasi": t["realisasi"]} for t in seed_truth["normalized"]["budget_realisasi_anggaran_2018"]]
    assert _realisasi_rows(docx) == truth
    pk = [{"level": t["level"], "no": t["no"], "program": _norm(t["program"]) or None,
           "anggaran": t["anggaran"]} for t in seed_truth["normalized"]["program_anggaran_2018"]]
    assert _program_rows(docx) == pk
    findings = run_checks(docx, CheckConfig(lang="en"), select=("LKJ-B", "LKJ-N", "LKJ-S"))
    assert [f.rule for f in findings if f.severity == "error"] == ["LKJ-B002"]
