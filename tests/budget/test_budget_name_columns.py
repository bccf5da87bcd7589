"""Which heading names a budget table's lines: a realisation form's "Jenis Pekerjaan" does
(its work packages), a plan's "Jenis Kegiatan" or "Indikator" column does not."""

from __future__ import annotations

import pytest

from lkjip.extract.interpret.budget.columns import _role


@pytest.mark.parametrize("heading", ["JENIS PEKERJAAN", "Jenis Paket", "NAMA PEKERJAAN"])
def test_a_work_package_heading_names_the_lines(heading: str) -> None:
    assert _role(heading.lower()) == "name"


@pytest.mark.parametrize("heading", ["Jenis Kegiatan", "Indikator Kinerja Hasil Program", "Tolok Ukur"])
def test_a_type_or_measure_heading_does_not(heading: str) -> None:
    assert _role(heading.lower()) == "other"
