"""A numbered form printed in narrow columns, as multi-year Renstra money tables are: amounts
wrapped mid-number ("360.417.7" over "24"), names broken mid-word ("Pelapora" over
"n Capaian"), a "(Rp.000)" heading, and the next table, captioned, on the page after."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.extract.readers import read_document
from lkjip.numbers import NumberStyle

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas")
pagesizes = pytest.importorskip("reportlab.lib.pagesizes")
metrics = pytest.importorskip("reportlab.pdfbase.pdfmetrics")

_SIZE = 7
_HEADER: list[tuple[float, float, str]] = [
    (40, 60, "No"), (80, 60, "Program"), (200, 54, "Pagu Anggaran"), (210, 62, "(Rp.000)"),
    (300, 54, "Realisasi Anggaran"), (310, 62, "(Rp.000)"), (400, 60, "%"),
    (42, 74, "1"), (100, 74, "2"), (230, 74, "3"), (330, 74, "4"), (402, 74, "5"),
]


def _right(x: float, text: str) -> tuple[float, str]:
    return x - metrics.stringWidth(text, "Helvetica", _SIZE), text


def _pdf(path: Path, pages: list[list[tuple[float, float, str]]]) -> Path:
    width, height = pagesizes.landscape(pagesizes.A4)
    c = canvas_mod.Canvas(str(path), pagesize=(width, height))
    for words in pages:
        c.setFont("Helvetica", _SIZE)
        for x, y, text in words:
            c.drawString(x, height - y, text)
        c.showPage()
    c.save()
    return path


def _form_page() -> list[tuple[float, float, str]]:
    words = list(_HEADER)
    rows = [  # no, name lines, pagu lines, realisasi lines, %
        ("1", ["Program", "Peningkat", "an Jalan"], ["360.417.7", "24"], ["323.117.5", "99"], "90%"),
        ("2", ["Program", "Pelapora", "n Capaian"], ["925.000"], ["820.048"], "89%"),
    ]
    y = 92.0
    for no, names, pagu, real, pct in rows:
        words.append((42, y, no))
        words += [(80, y + 9 * i, t) for i, t in enumerate(names)]
        words += [(_right(270, t)[0], y + 9 + 9 * i, t) for i, t in enumerate(pagu)]
        words += [(_right(370, t)[0], y + 9 + 9 * i, t) for i, t in enumerate(real)]
        words.append((_right(415, pct)[0], y, pct))
        y += 40
    return words


def _captioned_table_page() -> list[tuple[float, float, str]]:
    """Another table, with its own caption but no numbering row, set in the same columns."""
    return [(300, 40, "Tabel 4.1"), (200, 50, "Tujuan dan Sasaran Jangka Menengah"),
            (42, 80, "1"), (80, 80, "Meningkatkan Kualitas"), (_right(270, "81,82")[0], 80, "81,82"),
            (_right(370, "82,82")[0], 80, "82,82"),
            (42, 100, "2"), (80, 100, "Rasio luas irigasi"), (_right(270, "84,56")[0], 100, "84,56"),
            (_right(370, "85,00")[0], 100, "85,00")]


def test_narrow_form_amounts_wrapped_mid_number_are_rejoined_and_scaled(tmp_path: Path) -> None:
    doc = read_document(_pdf(tmp_path / "renstra.pdf", [_form_page(), _captioned_table_page()]))
    rows = [r for r in budget_rows(doc, NumberStyle.ID) if r.anggaran is not None or r.realisasi is not None]
    first = next(r for r in rows if r.code == "1")
    assert first.anggaran == 360_417_724_000  # "360.417.7" + "24", in thousands
    assert first.realisasi == 323_117_599_000
    assert "amount_rejoined" in first.cells["anggaran"].inferred  # never an error's ground


def test_bare_letter_opening_a_name_line_out_of_sequence_is_a_broken_word(tmp_path: Path) -> None:
    doc = read_document(_pdf(tmp_path / "renstra.pdf", [_form_page()]))
    rows = budget_rows(doc, NumberStyle.ID)
    assert not any(r.code == "n" for r in rows)
    second = next(r for r in rows if r.code == "2")
    assert "Capaian" in second.name and second.anggaran == 925_000_000


def test_form_does_not_carry_onto_a_page_captioning_another_table(tmp_path: Path) -> None:
    doc = read_document(_pdf(tmp_path / "renstra.pdf", [_form_page(), _captioned_table_page()]))
    rows = budget_rows(doc, NumberStyle.ID)
    assert {r.page for r in rows} == {1}
    assert sorted(r.code for r in rows if r.code) == ["1", "2"]


def _renja_form(rows: list[tuple[str, str, str, str]]) -> list[tuple[float, float, str]]:
    """No | Kode | Program/Kegiatan/Sub Kegiatan | Pagu Indikatif (Rp) under a spanning
    "Capaian Kinerja Dan Kerangka Pendanaan", the kode's segments printed spaced."""
    words: list[tuple[float, float, str]] = [
        (40, 60, "No"), (70, 60, "Kode"), (160, 60, "Program / Kegiatan / Sub Kegiatan"),
        (330, 48, "Capaian Kinerja Dan Kerangka Pendanaan"), (360, 60, "Pagu Indikatif (Rp)"),
        (42, 74, "1"), (80, 74, "2"), (200, 74, "3"), (380, 74, "9"),
    ]
    y = 90.0
    for no, kode, name, pagu in rows:
        if no:
            words.append((42, y, no))
        x = 62.0
        for segment in kode.split():
            words.append((x, y, segment))
            x += metrics.stringWidth(segment, "Helvetica", _SIZE) + 6
        words += [(160, y, name), (_right(440, pagu)[0], y, pagu)]
        y += 14
    return words


def test_spaced_kode_beside_a_no_column_gives_levels_and_pagu_under_a_capaian_heading(tmp_path: Path) -> None:
    rows = [("1", "1 05 01", "PROGRAM PENUNJANG URUSAN", "300.000.000,00"),
            ("", "1 05 01 2.01", "Perencanaan dan Evaluasi Kinerja", "300.000.000,00"),
            ("", "1 05 01 2.01 0001", "Penyusunan Dokumen Perencanaan", "100.000.000,00"),
            ("", "1 05 01 2.01 0002", "Koordinasi Penyusunan RKA", "200.000.000,00")]
    doc = read_document(_pdf(tmp_path / "renja.pdf", [_renja_form(rows)]))
    got = {r.name: r for r in budget_rows(doc, NumberStyle.ID)}
    assert got["PROGRAM PENUNJANG URUSAN"].level == "program"
    assert got["Perencanaan dan Evaluasi Kinerja"].level == "kegiatan"
    sub = got["Koordinasi Penyusunan RKA"]
    assert (sub.level, sub.level_evidence) == ("sub_kegiatan", "code")
    assert sub.code is not None and sub.code.endswith("2.01 0002")
    assert sub.anggaran == 200_000_000 and sub.persen is None  # rupiah, not a share


def test_form_whose_rows_stack_several_amounts_is_left_unread(tmp_path: Path) -> None:
    """A No column numbering only the first row and no other column to start rows: the
    names of three rows and their three amounts land in one row; pairing them would
    invent figures, so nothing is read."""
    words: list[tuple[float, float, str]] = [
        (40, 60, "No"), (80, 60, "Program / Kegiatan"), (200, 60, "Lokasi"), (300, 60, "Pagu Anggaran (Rp)"),
        (42, 74, "1"), (100, 74, "2"), (210, 74, "3"), (330, 74, "4"), (42, 90, "1")]
    for i, (name, pagu) in enumerate((("Penyusunan Dokumen", "20.000.000"), ("Koordinasi RKA", "8.000.000"),
                                      ("Evaluasi Kinerja", "15.500.000"), ("Penyediaan Gaji", "9.000.000"))):
        y = 90 + 24 * i  # each name on two lines, its amount beside the second
        words += [(80, y, name), (200, y, "Kota"), (80, y + 9, "Perangkat Daerah"), (_right(360, pagu)[0], y + 9, pagu)]
    doc = read_document(_pdf(tmp_path / "stacked.pdf", [words]))
    assert [r for r in budget_rows(doc, NumberStyle.ID) if r.anggaran is not None or "anggaran" in r.cells] == []


def test_signing_block_under_a_form_ends_it(tmp_path: Path) -> None:
    """"Ambon, 20 Agustus 2021", the office and "NIP. …" set in the amount columns'
    width under the last row are no rows of numbers without a name."""
    page = _form_page() + [(_right(270, t)[0], 190 + 9 * i, t) for i, t in enumerate(
        ("Ambon, 20 Agustus 2021", "Kepala Dinas", "Pembina Tk.I", "NIP. 19770320 199511 1 001"))]
    doc = read_document(_pdf(tmp_path / "signed.pdf", [page]))
    rows = budget_rows(doc, NumberStyle.ID)
    assert sorted(r.code for r in rows if r.code) == ["1", "2"]
    assert all(r.name for r in rows)


def test_headings_describing_a_program_are_no_name_column() -> None:
    from lkjip.extract.interpret.budget.form_columns import FormColumn
    from lkjip.extract.interpret.budget.form_roles import column_role

    def role(heading: str) -> str:
        return column_role(FormColumn("1", 0, 10, heading, "")).role

    assert role("Urusan/Bidang Urusan Pemerintahan Daerah Dan Program/Kegiatan") == "name"
    assert role("Lokasi Output Kegiatan") == "other"
    assert role("Hasil Program") == "other"
    assert role("Capaian Kinerja Dan Kerangka Pendanaan Pagu Indikatif (Rp)") == "anggaran"
