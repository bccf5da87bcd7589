"""Generated realisation forms (tests/generator/form_layouts.py): every row read exactly,
ruled or not, names wrapped or not; levels from codes on the RFK form, from sums on the
Evaluasi Hasil Renja form (and then no error may rest on them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.extract.readers import read_document
from lkjip.numbers import NumberStyle, parse_number
from lkjip.pipeline import findings_of, records_of
from tests.generator.form_layouts import FormLayout, paket_list, render_form_pdf

LAYOUTS = [FormLayout(form, rules, narrow) for form in ("rfk", "renja") for rules in ("grid", "none")
           for narrow in (False, True)] + [FormLayout("rfk", "grid", numbering="skip")]


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda x: x.name)
def test_form_rows_read_exactly(layout: FormLayout, tmp_path: Path) -> None:
    lines = render_form_pdf(layout, tmp_path / f"{layout.name}.pdf")
    got = budget_rows(read_document(tmp_path / f"{layout.name}.pdf"), NumberStyle.ID)
    by_name = {" ".join(r.name.split()): r for r in got}
    for line in lines:
        if line.level == "total":
            continue
        row = by_name.get(line.name)
        assert row is not None, f"{line.name} not read in {layout.name}"
        assert row.level == line.level, (line.name, row.level, row.level_evidence)
        if layout.form == "rfk":
            assert row.anggaran == line.anggaran
            assert row.level_evidence == ("word" if line.level == "program" else "code")
            if line.level == "sub_kegiatan":
                assert row.realisasi == line.realisasi
                assert row.persen == pytest.approx(line.realisasi / line.anggaran * 100, abs=0.005)
        else:
            assert row.realisasi == line.realisasi and row.anggaran is None
            if line.level != "program":
                assert row.level_evidence == "arithmetic"  # told apart by sums only
    if layout.form == "renja":
        assert any(r.level == "total" and r.realisasi == lines[-1].realisasi for r in got)


def _findings(layout: FormLayout, tmp_path: Path) -> list:  # type: ignore[type-arg]
    path = tmp_path / f"{layout.name}.pdf"
    render_form_pdf(layout, path)
    return [f for f in findings_of(records_of(read_document(path))) if f.rule.startswith("LKJ-B")]


@pytest.mark.parametrize("form", ["rfk", "renja"])
def test_form_levels_linked_and_summed(form: str, tmp_path: Path) -> None:
    """Rows of a form add up into the row one level up (kode-checked on the RFK form): a
    clean form gives no finding, a kegiatan printed off its sub kegiatan's sum is found:
    an error where the levels are read from kode, a warning where only sums placed them."""
    assert _findings(FormLayout(form), tmp_path) == []
    found = _findings(FormLayout(form, defect="parent_sum"), tmp_path)
    kegiatan = [f for f in found if "sub kegiatan of kegiatan" in f.message["en"]]
    assert len(kegiatan) == 1 and "1.000.000" in kegiatan[0].message["en"]
    if form == "rfk":
        assert kegiatan[0].severity == "error"
    else:
        assert kegiatan[0].severity == "warning" and "column 8" in kegiatan[0].message["en"]


@pytest.mark.parametrize("defect", ["", "kontrak"])
def test_paket_list_contract_above_budget(defect: str, tmp_path: Path) -> None:
    """NILAI KONTRAK beside ANGGARAN, the contracts in two number styles: each read on its own
    separators; one contract above its anggaran is a warning (LKJ-B012), nothing else."""
    layout = FormLayout("paket", defect=defect)
    path = tmp_path / f"{layout.name}.pdf"
    render_form_pdf(layout, path)
    doc = records_of(read_document(path))
    expected = {name: float(parse_number(kontrak).value) for name, _, kontrak in paket_list(defect)}  # type: ignore[union-attr]
    assert {" ".join(r.name.split()): r.kontrak for r in doc.budget} == expected
    found = [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")]
    assert [(f.rule, f.severity) for f in found] == ([("LKJ-B012", "warning")] if defect else [])
