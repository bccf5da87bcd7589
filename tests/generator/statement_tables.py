"""Budget tables as a financial statement (CaLK / LRA) prints them, drawn rule by rule.

This year's anggaran and realisasi beside last year's realisasi and a column of its own
(`extra`): "% thd Angg" (the share spent) or "+\\-%" (the change against last year).
Spreadsheet accounting format: US separators with two decimals ("1,234,567.00") or the
currency mark ("Rp 1,234,567"), zero as "-" / "Rp -", a negative amount in parentheses.
The name column is headed "Uraian" or by the table's subject ("Belanja Operasi").

`defects`: (i, delta) moves the i-th item's anggaran (its Jumlah no longer adds up).
`prior`: last year's realisasi printed (else "-" throughout); `prior_total_delta` moves the
Jumlah's. `nested`: a group line printing the sum of the items under it opens the list
("Pendapatan Asli Daerah" over its revenues), as a CaLK's notes nest by indentation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.generator.budget_lkip_tables import _Sheet

_ITEMS = [("Belanja Pegawai", 2_486_697_576, 1_851_971_525), ("Belanja Barang", 2_230_622_875, 2_104_065_703),
          ("Belanja Jasa", 906_001_415, 898_427_001), ("Belanja Perjalanan Dinas", 0, 0)]


@dataclass
class StatementLine:
    name: str
    anggaran: int
    realisasi: int
    level: str = "other"  # other | total
    prior: int = 0  # last year's realisasi

    @property
    def persen(self) -> float | None:
        return round(self.realisasi / self.anggaran * 100, 2) if self.anggaran else None


@dataclass(frozen=True)
class StatementTable:
    currency: bool = False  # "Rp 1,234,567" / "Rp -" instead of "1,234,567.00" / "-"
    extra: str = "% thd Angg"  # or "+\\-%"
    subject: str = ""  # the name column's heading: "" for "Uraian"
    with_zero: bool = True  # an item of zero, printed as a dash
    defects: tuple[tuple[int, int], ...] = field(default=())
    prior: bool = False
    prior_total_delta: int = 0
    nested: bool = False

    @property
    def name(self) -> str:
        parts = ["rp" if self.currency else "dec", "change" if "+" in self.extra else "share",
                 "subject" if self.subject else "uraian", "zero" if self.with_zero else "nozero"]
        parts += [f"item{i}{d:+d}" for i, d in self.defects]
        parts += (["prior"] if self.prior else []) + (["nested"] if self.nested else [])
        parts += [f"prior{self.prior_total_delta:+d}"] if self.prior_total_delta else []
        return "statement-" + "-".join(parts)

    def with_defect(self, index: int, delta: int) -> StatementTable:
        return replace(self, defects=(*self.defects, (index, delta)))


def statement_lines(layout: StatementTable) -> list[StatementLine]:
    """The items (sums exact before any defect), their Jumlah, and a negative last line."""
    items = [StatementLine(n, a, r, prior=r * 9 // 10 if layout.prior else 0)
             for n, a, r in (_ITEMS if layout.with_zero else _ITEMS[:3])]
    total = StatementLine("Jumlah", sum(x.anggaran for x in items), sum(x.realisasi for x in items), "total",
                          sum(x.prior for x in items) + layout.prior_total_delta)
    for index, delta in layout.defects:
        items[index].anggaran += delta
    if layout.nested:  # the first two items under a group line printing their sum
        group = StatementLine("Belanja Operasi", items[0].anggaran + items[1].anggaran,
                              items[0].realisasi + items[1].realisasi, prior=items[0].prior + items[1].prior)
        items.insert(0, group)
    return [*items, total]


def amount_text(value: int, currency: bool) -> str:
    if value == 0:
        return "Rp -" if currency else "-"
    digits = f"{abs(value):,}" if currency else f"{abs(value):,}.00"
    digits = f"({digits})" if value < 0 else digits
    return f"Rp {digits}" if currency else digits


def render_statement_pdf(layout: StatementTable, path: Path) -> list[StatementLine]:
    """Print the table in `layout` to `path`; returns its lines as the table prints them."""
    lines = statement_lines(layout)
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    top = A4[1] - 90
    canvas.setFont("Helvetica", 10)
    canvas.drawString(60, A4[1] - 60, "3.1 Laporan Realisasi Anggaran")
    canvas.drawCentredString(300, A4[1] - 75, "Anggaran dan Realisasi Belanja Tahun Anggaran 2017")
    sheet = _Sheet(canvas, [50.0, 200.0, 300.0, 400.0, 500.0, 550.0], top)
    canvas.setFont("Helvetica-Bold", 7.5)
    sheet.row([layout.subject or "Uraian", "Anggaran\nTA 2017", "Realisasi\nTA 2017", "Realisasi\nTA 2016",
               layout.extra], set())
    canvas.setFont("Helvetica", 7.5)
    for line in lines:
        share = f"{line.persen:.2f}" if line.persen is not None else "-"
        extra = share if "thd" in layout.extra else "-"
        sheet.row([line.name, amount_text(line.anggaran, layout.currency), amount_text(line.realisasi, layout.currency),
                   amount_text(line.prior, layout.currency), extra], {1, 2, 3, 4})
    surplus = StatementLine("SURPLUS/DEFISIT", -lines[-1].anggaran, -lines[-1].realisasi)
    sheet.row([surplus.name, amount_text(surplus.anggaran, layout.currency),
               amount_text(surplus.realisasi, layout.currency), amount_text(0, layout.currency), "-"], {1, 2, 3, 4})
    lines.append(surplus)
    sheet.close(top, None, None)
    canvas.showPage()
    canvas.save()
    return lines


__all__ = ["StatementLine", "StatementTable", "amount_text", "render_statement_pdf", "statement_lines"]
