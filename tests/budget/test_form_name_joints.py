"""An RFK form whose kegiatan name breaks after a slash set over the anggaran column's rule
("Pengadaan Komputer /" | "40.000.000", then "Laptop, Printer"): the slash joins the name."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.extract.readers import read_document
from lkjip.numbers import NumberStyle
from tests.budget.test_evaluation_form import _pdf, _right


def test_a_slash_ending_the_names_line_is_no_part_of_the_amount(tmp_path: Path) -> None:
    body: list[tuple[float, float, str]] = [
        (300, 30, "REALISASI FISIK DAN KEUANGAN"),
        (300, 80, "ANGGARAN"), (460, 80, "REALISASI KEUANGAN"),
        (40, 90, "NO"), (100, 90, "PROGRAM/KEGIATAN"), (300, 90, "APBD 2018"), (470, 90, "Rupiah"), (530, 90, "%"),
        (45, 102, "1"), (140, 102, "2"), (318, 102, "3"), (480, 102, "4"), (532, 102, "5"),
    ]
    rows = [(120, "I", "Program Peningkatan Sarana", "80.000.000", "79.595.000", "99,49"),
            (132, "1", "Pengadaan Komputer", "40.000.000", "39.595.000", "98,99"),
            (156, "2", "Pengadaan Meubelair", "40.000.000", "40.000.000", "100,00")]
    for y, code, name, anggaran, rp, pct in rows:
        body += [(40, y, code), (100, y, name)]
        for x, text in ((340, anggaran), (515, rp), (545, pct)):
            body.append((_right(x, text)[0], y, text))
    body += [(302, 132, "/"), (100, 144, "Laptop, Printer")]  # the slash set under the anggaran heading
    got = {r.code: r for r in budget_rows(read_document(_pdf(tmp_path / "rfk.pdf", body)), NumberStyle.ID)}
    komputer = got["1"]
    assert komputer.name == "Pengadaan Komputer / Laptop, Printer"
    assert komputer.anggaran == 40_000_000 and komputer.realisasi == 39_595_000
