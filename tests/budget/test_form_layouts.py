"""Generated realisation forms (tests/generator/form_layouts.py): every row read exactly,
ruled or not, names wrapped or not; levels from codes on the RFK form, from sums on the
Evaluasi Hasil Renja form (and then no error may rest on them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.extract.readers import read_document
from lkjip.numbers import NumberStyle
from tests.generator.form_layouts import FormLayout, render_form_pdf

LAYOUTS = [FormLayout(form, rules, narrow) for form in ("rfk", "renja") for rules in ("grid", "none")
           for narrow in (False, True)]


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
