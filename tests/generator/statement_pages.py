"""Two financial-statement summaries on one page, as a CaLK's "Ikhtisar" section prints them.

First the budget change ("Uraian | Anggaran Penetapan | Anggaran Perubahan | Naik/(Turun)"),
a sentence, then the Ikhtisar ("Uraian | Anggaran Setelah Perubahan | Realisasi | Lebih/
(Kurang) dari Anggaran | %"). Both print the revised budget of the same accounts (Jumlah
Pendapatan, Jumlah Belanja, Surplus/Defisit), so they must agree. US spreadsheet format
("1,234,567.00", "-" for zero, a negative in parentheses).

`drop_operasi`: the change table prints Belanja Operasi as "-" and its Jumlah Belanja and
Surplus/Defisit without it (the revised budget then disagrees with the Ikhtisar's).
`first_levels`: the change table's level columns ("Anggaran Penetapan", "Anggaran
Perubahan"); with only the original ("Anggaran Penetapan") the two tables hold different
budget versions and may differ. `between`: what separates the tables ("sentence": a
paragraph and a caption; "caption": the caption alone; "gap": nothing, a blank strip of `gap`
points, 0 when both tables share one rule).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.generator.budget_lkip_tables import _Sheet
from tests.generator.statement_tables import amount_text

PENDAPATAN = 22_000_000
OPERASI = 4_717_320_451
MODAL_ORIGINAL, MODAL_REVISED = 258_563_083, 906_001_415
REALISASI_PENDAPATAN, REALISASI_BELANJA = 24_225_000, 4_854_464_229


@dataclass(frozen=True)
class TwoStatements:
    drop_operasi: bool = False
    first_levels: tuple[str, ...] = ("Anggaran\nPenetapan", "Anggaran\nPerubahan")
    between: str = "sentence"  # sentence | caption | gap
    gap: float = 12.0  # with "gap": points between the first table's bottom rule and the second's top

    @property
    def name(self) -> str:
        levels = "-".join(h.split("\n")[-1].lower() for h in self.first_levels)
        between = f"gap{self.gap:g}" if self.between == "gap" else self.between
        return f"two-statements-{levels}-{between}" + ("-dropped" if self.drop_operasi else "")

    @property
    def revised_in_first(self) -> bool:
        return any("perubahan" in h.lower() for h in self.first_levels)


def first_table(layout: TwoStatements) -> list[tuple[str, list[int | None]]]:
    """The change table's lines: name, then original, revised (if printed) and the change."""
    operasi = 0 if layout.drop_operasi else OPERASI
    belanja_original = operasi + MODAL_ORIGINAL
    belanja_revised = operasi + MODAL_REVISED

    def line(original: int | None, revised: int | None) -> list[int | None]:
        if original is None or revised is None:
            return [None] * (len(layout.first_levels) + 1)
        levels = [original, revised] if layout.revised_in_first else [original]
        return [*levels, revised - original]

    return [("Pendapatan", line(None, None)),
            ("Pendapatan Asli Daerah", line(PENDAPATAN, PENDAPATAN)),
            ("Jumlah Pendapatan", line(PENDAPATAN, PENDAPATAN)),
            ("Belanja", line(None, None)),
            ("Belanja Operasi", line(operasi, operasi)),
            ("Belanja Modal", line(MODAL_ORIGINAL, MODAL_REVISED)),
            ("Jumlah Belanja", line(belanja_original, belanja_revised)),
            ("Surplus /Defisit", line(PENDAPATAN - belanja_original, PENDAPATAN - belanja_revised))]


def second_table() -> list[tuple[str, list[int] | None, str]]:
    """The Ikhtisar's lines: name, revised budget, realisasi, realisasi − budget, and %; a
    section heading ("Pembiayaan") prints nothing."""
    belanja = OPERASI + MODAL_REVISED
    surplus, realised = PENDAPATAN - belanja, REALISASI_PENDAPATAN - REALISASI_BELANJA
    closing = [surplus, realised, realised - surplus]
    return [("Pendapatan", [PENDAPATAN, REALISASI_PENDAPATAN, REALISASI_PENDAPATAN - PENDAPATAN],
             f"{REALISASI_PENDAPATAN / PENDAPATAN * 100:.2f}"),
            ("Belanja", [belanja, REALISASI_BELANJA, REALISASI_BELANJA - belanja],
             f"{REALISASI_BELANJA / belanja * 100:.2f}"),
            ("Surplus/(Defisit)", closing, f"{realised / surplus * 100:.2f}"),
            ("Pembiayaan", None, ""),
            ("Pembiayaan Netto", [0, 0, 0], "-"),
            ("SILPA", closing, f"{realised / surplus * 100:.2f}")]


def render_two_statements_pdf(layout: TwoStatements, path: Path) -> None:
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 60
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(60, y, "2.1.1. Ringkasan Laporan Realisasi Anggaran Tahun Anggaran 2017")
    canvas.setFont("Helvetica", 10)
    for text in ("Perubahan anggaran berdasarkan sumber pendapatan dan jenis belanja adalah",
                 "sebagai berikut:"):
        y -= 14
        canvas.drawString(80, y, text)
    top = y - 20
    heads = ["Uraian", *layout.first_levels, "Naik/ (Turun)"]
    xs = [60.0, 230.0, 340.0, 450.0, 550.0][: len(heads) + 1]
    sheet = _Sheet(canvas, xs, top)
    canvas.setFont("Helvetica-Bold", 8)
    sheet.row(heads, set(), lines=2)
    canvas.setFont("Helvetica", 8)
    for name, values in first_table(layout):
        texts = [name, *("" if v is None else amount_text(v, False) for v in values)]
        sheet.row(texts, set(range(1, len(texts))))
    sheet.close(top, None, None)
    y = sheet.y - 24
    canvas.setFont("Helvetica", 10)
    if layout.between == "sentence":
        for text in ("Realisasi Pendapatan, Belanja dan Pembiayaan untuk periode yang berakhir pada",
                     "tanggal 31 Desember 2017 sebagaimana tabel dibawah ini :"):
            canvas.drawString(80, y, text)
            y -= 14
        y -= 6
    if layout.between == "gap":
        top = sheet.y - layout.gap  # the next table right below, nothing printed between
    else:
        canvas.drawCentredString(300, y, "Ikhtisar Anggaran dan Realisasi TA 2017")
        top = y - 10
    sheet = _Sheet(canvas, [60.0, 200.0, 300.0, 400.0, 500.0, 550.0], top)
    canvas.setFont("Helvetica-Bold", 8)
    sheet.row(["Uraian", "Anggaran Setelah\nPerubahan", "Realisasi TA 2017", "Lebih/(Kurang)\ndari Anggaran", "%"],
              set(), lines=2)
    canvas.setFont("Helvetica", 8)
    for name, amounts, share in second_table():
        texts = [amount_text(v, False) for v in amounts] if amounts is not None else ["", "", ""]
        sheet.row([name, *texts, share], {1, 2, 3, 4})
    sheet.close(top, None, None)
    canvas.showPage()
    canvas.save()


__all__ = ["TwoStatements", "first_table", "render_two_statements_pdf", "second_table"]
