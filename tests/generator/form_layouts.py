"""Realisation forms as small PDFs: the RFK form and the Evaluasi Hasil Renja form.

The hierarchy of `budget_layouts.hierarchy` (sums exact at every level) printed as:

- `form="rfk"`: Kode | Program/Kegiatan/Sub Kegiatan | ANGGARAN over PER SUB-KEGIATAN,
  PER KEGIATAN, PER PROGRAM | PENYEDIA | REALISASI KEUANGAN over Rupiah, % | REALISASI
  FISIK, numbered "1 2 3 3a 3b 4 5 6 7" under the header; each row's anggaran in the
  column of its level, realisasi Rupiah and % on sub kegiatan rows only.
- `form="renja"` (Permendagri 86/2017 evaluation): Urusan/Program/Kegiatan | Indikator |
  Realisasi Kinerja Pada Triwulan I - IV over I, II (each K and Rp) | Perangkat Daerah
  Penanggung Jawab, numbered "2 3 7 8 14"; no codes, the Perangkat Daerah's line on top;
  triwulan I Rp is the row's realisasi, triwulan II another share of it.

- `form="paket"`: a paket list, No | PEKERJAAN | ANGGARAN | PENYEDIA | NILAI KONTRAK |
  REALISASI FISIK: the anggaran US style ("46,470,000"), the contracts typed in both styles
  ("45.804.000,00" under "57,804,000").

`rules`: "grid" (every cell ruled) or "none" (no rule at all). `narrow`: the name column
so narrow that names wrap over several lines, with the amounts on the first. `defect`:
"parent_sum" prints the first kegiatan's anggaran (RFK) or triwulan II Rp (Renja) off by
1.000.000, so it is no longer the sum of its sub kegiatan; "kontrak" contracts the second
paket above its anggaran.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from tests.generator.budget_layouts import Line, hierarchy
from tests.generator.render_pdf import BODY, CELL, CELL_HEAD, CELL_RIGHT


@dataclass(frozen=True)
class FormLayout:
    form: str = "rfk"  # rfk | renja
    rules: str = "grid"  # grid | none
    narrow: bool = False
    defect: str = ""  # "" | parent_sum | kontrak
    # "skip": the RFK numbering prints "3" under PER SUB-KEGIATAN only, the two other
    # anggaran columns ruled but unnumbered (as RFK forms print them)
    numbering: str = "full"

    @property
    def name(self) -> str:
        return (f"{self.form}-{self.rules}{'-narrow' if self.narrow else ''}{'-' + self.defect if self.defect else ''}"
                f"{'-' + self.numbering if self.numbering != 'full' else ''}")


DEFECT = 1_000_000  # what an injected defect adds to the printed figure


def _id(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _pct(part: int, whole: int) -> str:
    return f"{part / whole * 100:.2f}".replace(".", ",")


def second_triwulan(line: Line) -> int:
    """Triwulan II's realisasi of a line: the rest of its anggaran, so sums hold in both periods."""
    return line.anggaran - line.realisasi


def _rfk(lines: list[Line], numbering: str = "full") -> tuple[list[list[str]], list[list[str]]]:
    numbers = ["1", "2", "3", "3a", "3b", "4", "5", "6", "7"] if numbering == "full" else \
        ["1", "2", "3", "", "", "4", "5", "6", "7"]
    header = [["Kode", "PROGRAM/KEGIATAN/SUB KEGIATAN", "ANGGARAN", "", "", "PENYEDIA", "REALISASI KEUANGAN", "",
               "REALISASI FISIK"],
              ["", "", "PER SUB-KEGIATAN", "PER KEGIATAN", "PER PROGRAM", "", "Rupiah", "%", ""],
              numbers]
    rows = []
    for x in lines:
        if x.level == "total":
            continue
        col = {"sub_kegiatan": 2, "kegiatan": 3, "program": 4}[x.level]
        row = [x.code, x.name, "", "", "", "", "", "", ""]
        row[col] = _id(x.anggaran)
        if x.level == "sub_kegiatan":
            row[5], row[6], row[7], row[8] = "CV. Karya", _id(x.realisasi), _pct(x.realisasi, x.anggaran), "100,00"
        rows.append(row)
    return header, rows


def _us(value: int) -> str:
    return f"{value:,}"


# (pekerjaan, anggaran, nilai kontrak as printed): US and Indonesian separators mixed.
PAKET = [("Penanganan Kerusakan Jembatan Ruas Jalan Karangasem", 46_470_000, "45.804.000,00"),
         ("Peningkatan Jaringan Irigasi DI Kronggen", 150_000_000, "149,174,000"),
         ("Peningkatan Jalan Dalam Kota Geyer", 143_700_000, "143.633.000,00"),
         ("Rehabilitasi Saluran Drainase Kota", 90_000_000, "88,500,000")]


def paket_list(defect: str = "") -> list[tuple[str, int, str]]:
    """The paket list's lines; with "kontrak" the second is contracted above its anggaran."""
    out = list(PAKET)
    if defect == "kontrak":
        name, anggaran, _ = out[1]
        out[1] = (name, anggaran, _us(anggaran + DEFECT))
    return out


def _paket(defect: str) -> tuple[list[list[str]], list[list[str]]]:
    header = [["No", "PEKERJAAN", "ANGGARAN", "PENYEDIA", "NILAI KONTRAK", "REALISASI FISIK"],
              ["1", "2", "3", "4", "5", "6"]]
    rows = [[str(i), name, _us(anggaran), "CV. Karya", kontrak, "100.00"]
            for i, (name, anggaran, kontrak) in enumerate(paket_list(defect), start=1)]
    return header, rows


def _renja(lines: list[Line]) -> tuple[list[list[str]], list[list[str]]]:
    header = [["Urusan/Program/Kegiatan", "Indikator Kinerja Kegiatan",
               "Realisasi Kinerja Pada Triwulan I - IV Tahun 2023", "", "", "", "Perangkat Daerah Penanggung Jawab"],
              ["", "", "I", "", "II", "", ""],
              ["2", "3", "7", "", "8", "", "14"],
              ["", "", "K", "Rp", "K", "Rp", ""]]
    total = next(x for x in lines if x.level == "total")
    rows = [["DINAS KOMUNIKASI DAN INFORMATIKA", "", "", _id(total.realisasi), "", _id(second_triwulan(total)),
             "DISKOMINFO"]]
    for x in lines:
        if x.level == "total":
            continue
        k = "" if x.level == "program" else "1"
        rows.append([x.name, "Jumlah dokumen yang disusun", k, _id(x.realisasi), k, _id(second_triwulan(x)),
                     "DISKOMINFO"])
    return header, rows


def _table(header: list[list[str]], rows: list[list[str]], layout: FormLayout) -> Table:
    n = len(header[0])
    money = {"rfk": {2, 3, 4, 6, 7}, "renja": {2, 3, 4, 5}, "paket": {2, 4, 5}}[layout.form]
    if layout.form == "paket":
        widths = [1.2, 3.2 if layout.narrow else 9.0, 3.0, 3.0, 3.0, 2.4]
    elif layout.form == "rfk":
        widths = [2.6, 3.2 if layout.narrow else 7.5, 2.6, 2.6, 2.6, 2.0, 2.6, 1.4, 1.8]
    else:
        widths = [3.0 if layout.narrow else 7.0, 4.5, 1.2, 3.0, 1.2, 3.0, 3.4]
    data = [[Paragraph(h, CELL_HEAD) for h in r] for r in header]
    data += [[Paragraph(t, CELL_RIGHT if c in money else CELL) for c, t in enumerate(r)] for r in rows]
    spans = {"rfk": [("SPAN", (2, 0), (4, 0)), ("SPAN", (6, 0), (7, 0))],
             "renja": [("SPAN", (2, 0), (5, 0)), ("SPAN", (2, 1), (3, 1)), ("SPAN", (4, 1), (5, 1)),
                       ("SPAN", (2, 2), (3, 2)), ("SPAN", (4, 2), (5, 2))],
             "paket": []}[layout.form]
    style: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP"), *spans]
    if layout.rules == "grid":
        style.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    table = Table(data, colWidths=[w * cm for w in widths[:n]], repeatRows=len(header))
    table.setStyle(TableStyle(style))
    return table


def _shift_first_kegiatan(lines: list[Line], form: str) -> None:
    """The first kegiatan printed off by DEFECT: its anggaran on the RFK form, its triwulan II
    Rp on the Renja form (raised by lowering triwulan I's share less than the anggaran)."""
    first = next(x for x in lines if x.level == "kegiatan")
    first.anggaran += DEFECT
    if form == "rfk":
        program = next(x for x in lines if x.level == "program")
        program.anggaran += DEFECT  # the program still adds up its kegiatan as printed


def render_form_pdf(layout: FormLayout, path: Path, seed: int = 1) -> list[Line]:
    """Print the hierarchy as the form; returns its lines (the total last)."""
    lines = hierarchy(seed)
    if layout.defect == "parent_sum":
        _shift_first_kegiatan(lines, layout.form)
    if layout.form == "paket":
        header, rows = _paket(layout.defect)
    else:
        header, rows = _rfk(lines, layout.numbering) if layout.form == "rfk" else _renja(lines)
    story = [Paragraph("REALISASI FISIK DAN KEUANGAN", BODY), Paragraph("Bulan : Juni 2023", BODY),
             _table(header, rows, layout)]
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.2 * cm, rightMargin=1.2 * cm,
                            topMargin=1.2 * cm, bottomMargin=1.2 * cm, invariant=1)
    doc.build(story)
    return lines


__all__ = ["CELL", "DEFECT", "FormLayout", "paket_list", "render_form_pdf", "second_triwulan"]
