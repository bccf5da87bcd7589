"""A total line whose word a scan split ("JUMLA H", "T OTAL") is still the total line."""

from __future__ import annotations

import pytest

from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.numbers import NumberStyle
from tests.budget.test_budget_extract import source, table


@pytest.mark.parametrize("label, total", [("JUMLA H", True), ("J UMLAH", True), ("T OTAL", True),
                                          ("Jumat Bersih", False)])
def test_total_word_split_by_ocr(label: str, total: bool) -> None:
    rows = budget_rows(source([table([
        ["No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)"],
        ["1", "Program Pelayanan Administrasi Perkantoran", "741.358.000", "716.178.017"],
        ["2", "Program Peningkatan Sarana dan Prasarana", "234.481.000", "211.564.169"],
        ["", label, "975.839.000", "927.742.186"]])]), NumberStyle.ID)
    last = rows[-1]
    assert (last.level == "total") is total
