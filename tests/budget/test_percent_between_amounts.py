"""A percentage set between the spending and the budget it is a share of ("… sebesar Rp.
R atau mencapai P% dari anggaran yang telah ditetapkan sebesar Rp. A", a CaLK's way) is
checked against R / A; a change against last year ("kenaikan … atau 0.00%") is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from lkjip.extract.readers import read_document
from lkjip.pipeline import findings_of, records_of

_LINES = [
    "a. Belanja Operasi",
    "Belanja Operasi TA 2017 dapat direalisasi sebesar Rp. 3,956,037,228.00 atau",
    "mencapai {pct} dari anggaran yang telah ditetapkan sebesar Rp. 4,717,320,451.00,",
    "kurang dari anggaran sebesar Rp. 761,283,223.00.",
    "Bila dibandingkan dengan TA 2016, Realisasi Belanja Operasi TA 2017 mengalami",
    "kenaikan sebesar Rp. 3,956,037,228.00 atau 0.00%.",
]


def _render(path: Path, pct: str) -> None:
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 11)
    y = A4[1] - 80
    for line in _LINES:
        canvas.drawString(70, y, line.format(pct=pct))
        y -= 16
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize(("pct", "flagged"), [("94.33%", True), ("83.86%", False), ("83.9 %", False)])
def test_percent_between_spending_and_budget(pct: str, flagged: bool, tmp_path: Path) -> None:
    path = tmp_path / "text.pdf"
    _render(path, pct)
    found = [f for f in findings_of(records_of(read_document(path))) if f.rule == "LKJ-B003"]
    if not flagged:
        assert found == []
        return
    assert [f.severity for f in found] == ["error"]
    assert "83,86" in found[0].message["en"]
    assert {e.value for e in found[0].evidence} == {94.33, 4_717_320_451.0, 3_956_037_228.0}
