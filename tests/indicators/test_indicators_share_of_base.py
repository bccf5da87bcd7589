"""A target set as a percentage of a base the cell names ("1 % dari Jumlah Penduduk")
is read as that percentage, and never compared with the head-count beside it
(lkjip.numbers.share_of_base)."""

from __future__ import annotations

from pathlib import Path

from lkjip.checks.indicators.k003_unit_mismatch import UnitMismatch
from lkjip.checks.indicators.k004_capaian_arithmetic import CapaianArithmetic
from lkjip.checks.rule import CheckConfig
from lkjip.extract.readers import read_document
from lkjip.numbers import is_share_of_base, parse_quantity
from lkjip.pipeline import records_of
from tests.generator.share_of_base_layouts import SHARE_ROWS, share_target_pdf


def test_share_of_a_named_base_is_its_percentage() -> None:
    for text, base in [("1 % dari\nJumlah\nPenduduk\nJawa Barat", "dari Jumlah Penduduk Jawa Barat"),
                       ("1%\ndr jmlh\npddk\njabar", "dr jmlh pddk jabar")]:
        q = parse_quantity(text)
        assert q is not None and q.value == 1 and q.unit == "persen" and q.note == base
        assert is_share_of_base(q)
    # A plain percentage, or a share of a number, is no share of a named base.
    plain = parse_quantity("100 %")
    assert plain is not None and not is_share_of_base(plain)
    q = parse_quantity("5% dari 200")
    assert q is not None and q.value is None


def test_share_target_beside_a_head_count_raises_nothing(tmp_path: Path) -> None:
    doc = records_of(read_document(share_target_pdf(tmp_path / "s.pdf")))
    row = next(r for r in doc.indicators if r.indikator == SHARE_ROWS[0][0])
    assert row.target is not None and row.target.value == 1 and row.capaian == 100
    assert row.realisasi is not None and row.realisasi.value == 464971.75
    config = CheckConfig()
    assert not list(CapaianArithmetic().check(doc, config))
    assert not list(UnitMismatch().check(doc, config))
