"""Budget tables in the layouts real reports print them in, as small PDFs.

One consistent hierarchy (program → kegiatan → sub kegiatan, sums exact at every level,
a grand total) printed in a chosen layout:

- `style`: "id" ('1.234.567,00', ',-'), "us" ('1,234,567,890' / '1,234,567.00')
- `scale`: 1, 1000 (heading "(Rp 000)" and amounts in thousands) or 1_000_000 ("juta")
- `rules`: "grid" (every cell ruled), "horizontal" (rules between rows only)
- `codes`: "kode" (Permendagri 90: 1.02.01 / 1.02.01.2.01 / 1.02.01.2.01.01 in a KODE
  column), "spaced" (the kode opening the name, typed '1 . 02 . 01'), "words" (PROGRAM /
  Kegiatan / Sub Kegiatan words, no code)
- `split`: the table runs over two pages; `repeat_header` says whether the second page
  repeats the header
- `prefix`: "" | "Rp" | "Rp." before every amount

A defect changes one printed amount, as a typo does: `("sub_kegiatan", i, delta)` moves
the i-th sub kegiatan's anggaran (its kegiatan then no longer adds up),
`("kegiatan", i, delta)` a kegiatan's, `("total", 0, delta)` the grand total's.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.generator.render_pdf import BODY, CAPTION, CELL, CELL_HEAD, CELL_RIGHT

_PROGRAMS = [
    ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", [
        ("Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
         ["Penyusunan Dokumen Perencanaan Perangkat Daerah", "Evaluasi Kinerja Perangkat Daerah"]),
        ("Administrasi Keuangan Perangkat Daerah",
         ["Penyediaan Gaji dan Tunjangan ASN", "Pelaksanaan Penatausahaan Keuangan",
          "Penyusunan Laporan Keuangan Akhir Tahun"]),
    ]),
    ("PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK", [
        ("Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah",
         ["Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
          "Pengelolaan Media Komunikasi Publik", "Layanan Hubungan Media"]),
        ("Pengelolaan Aplikasi Informatika",
         ["Pengelolaan Nama Domain Pemerintah Daerah", "Penyelenggaraan Sistem Jaringan Intra"]),
    ]),
]


@dataclass
class Line:
    level: str  # program | kegiatan | sub_kegiatan | total
    code: str
    name: str
    anggaran: int
    realisasi: int


@dataclass(frozen=True)
class BudgetLayout:
    style: str = "id"
    scale: int = 1
    rules: str = "grid"
    codes: str = "kode"
    split: bool = False
    repeat_header: bool = True
    prefix: str = ""
    prose: bool = False  # a sentence per program retelling its anggaran and realisasi
    # "sentence": "Program X dengan alokasi anggaran …"; "items": a numbered item per
    # kegiatan whose opening words name it ("2. Kegiatan X. Jumlah anggaran … kegiatan ini …")
    prose_form: str = "sentence"
    defects: tuple[tuple[str, int, int], ...] = field(default=())

    @property
    def name(self) -> str:
        parts = [self.style, f"x{self.scale}", self.rules, self.codes]
        if self.split:
            parts.append("split-repeat" if self.repeat_header else "split-norepeat")
        if self.prefix:
            parts.append(self.prefix.replace(".", "dot"))
        if self.prose:
            parts.append("prose" if self.prose_form == "sentence" else f"prose-{self.prose_form}")
        parts += [f"{lv}{i}{d:+d}" for lv, i, d in self.defects]
        return "budget-" + "-".join(parts)

    def with_defect(self, level: str, index: int, delta: int) -> BudgetLayout:
        return replace(self, defects=(*self.defects, (level, index, delta)))


def hierarchy(seed: int, scale: int = 1) -> list[Line]:
    """Programs, kegiatan and sub kegiatan whose printed sums are exact at every level.
    Amounts print exactly at `scale`: whole thousands, or millions to two decimals."""
    rng = random.Random(seed)
    lines: list[Line] = []
    total_a = total_r = 0
    for p_no, (program, kegiatan) in enumerate(_PROGRAMS, start=1):
        p_code = f"1.02.{p_no:02d}"
        p_line = Line("program", p_code, program, 0, 0)
        lines.append(p_line)
        for k_no, (k_name, subs) in enumerate(kegiatan, start=1):
            k_code = f"{p_code}.2.{k_no:02d}"
            k_line = Line("kegiatan", k_code, k_name, 0, 0)
            lines.append(k_line)
            for s_no, s_name in enumerate(subs, start=1):
                a = rng.randrange(50_000, 3_000_000) * 1000
                step = min(scale, 10_000)
                a -= a % step
                r = int(a * rng.uniform(0.8, 0.99))
                r -= r % step
                lines.append(Line("sub_kegiatan", f"{k_code}.{s_no:02d}", s_name, a, r))
                k_line.anggaran += a
                k_line.realisasi += r
            p_line.anggaran += k_line.anggaran
            p_line.realisasi += k_line.realisasi
        total_a += p_line.anggaran
        total_r += p_line.realisasi
    lines.append(Line("total", "", "JUMLAH", total_a, total_r))
    return lines


def apply_defects(lines: list[Line], layout: BudgetLayout) -> list[Line]:
    """The table's lines with the table defects applied (a "prose" defect changes only the
    text: see `prose_sentences`)."""
    out = [replace(x) for x in lines]
    for level, index, delta in layout.defects:
        if level.startswith("prose"):
            continue
        target = [x for x in out if x.level == level][index]
        target.anggaran += delta
    return out


def prose_sentences(lines: list[Line], layout: BudgetLayout) -> list[str]:
    """"Program X dengan alokasi anggaran sebesar Rp … terealisasi Rp … atau …%": one per
    program, in Indonesian notation whatever the table's; ("prose", i, delta) mistypes
    the i-th program's anggaran in its sentence."""
    if layout.prose_form == "items":
        return prose_items(lines, layout)
    programs = [x for x in lines if x.level == "program"]
    shift = {i: d for lv, i, d in layout.defects if lv == "prose"}
    out = []
    for i, p in enumerate(programs):
        a = f"{p.anggaran + shift.get(i, 0):,}".replace(",", ".")
        r = f"{p.realisasi:,}".replace(",", ".")
        pct = f"{p.realisasi / p.anggaran * 100:.2f}".replace(".", ",")
        out.append(f"{p.name.title()} dengan alokasi anggaran sebesar Rp. {a},- terealisasi sebesar "
                   f"Rp. {r},- atau {pct} %.")
    return out


def _swap_digits(value: int) -> int:
    """The amount with its first two adjacent different digits swapped (a transposition)."""
    digits = list(str(value))
    i = next(i for i in range(len(digits) - 1) if digits[i] != digits[i + 1])
    digits[i], digits[i + 1] = digits[i + 1], digits[i]
    return int("".join(digits))


def prose_items(lines: list[Line], layout: BudgetLayout) -> list[str]:
    """A numbered item per kegiatan, named in its opening words and referred back to
    ("kegiatan ini"). Defects: ("prose", i, delta) changes the i-th kegiatan's anggaran,
    ("prose_swap", i, 0) transposes two digits of its realisasi, ("prose_loose", i, 0)
    names it without its last word."""
    kegiatan = [x for x in lines if x.level == "kegiatan"]
    shift = {i: d for lv, i, d in layout.defects if lv == "prose"}
    swap = {i for lv, i, _ in layout.defects if lv == "prose_swap"}
    loose = {i for lv, i, _ in layout.defects if lv == "prose_loose"}
    out = []
    for i, k in enumerate(kegiatan):
        a = f"{k.anggaran + shift.get(i, 0):,}".replace(",", ".")
        r = f"{_swap_digits(k.realisasi) if i in swap else k.realisasi:,}".replace(",", ".")
        name = " ".join(k.name.split()[:-1]) if i in loose else k.name
        out.append(f"{i + 1}. Kegiatan {name}. Jumlah anggaran yang dialokasikan untuk pelaksanaan "
                   f"kegiatan ini sebesar Rp. {a},00, dan realisasi anggaran sebesar Rp. {r},00 dengan "
                   f"output kegiatan adalah terlaksananya kegiatan sesuai rencana.")
    return out


def amount_text(value: int, layout: BudgetLayout) -> str:
    """As the layout prints it; in millions with two decimals ('6,015.61'), as such tables do."""
    if layout.scale == 1_000_000:
        text = f"{value / 1_000_000:,.2f}"
    else:
        text = f"{value // layout.scale:,}" + (".00" if layout.scale == 1 and layout.prefix else "")
    if layout.style == "id":
        text = text.translate(str.maketrans(",.", ".,"))
    return f"{layout.prefix} {text}".strip() if layout.prefix else text


def _name(line: Line, layout: BudgetLayout) -> str:
    if layout.codes == "spaced" and line.code:
        return f"{' . '.join(line.code.split('.'))} {line.name}"
    if layout.codes == "words":
        word = {"program": "", "kegiatan": "Kegiatan ", "sub_kegiatan": "Sub Kegiatan "}.get(line.level, "")
        return f"{word}{line.name}"
    return line.name


def table_rows(lines: list[Line], layout: BudgetLayout) -> tuple[list[str], list[list[str]]]:
    unit = {1: "(Rp)", 1000: "(Rp 000)", 1_000_000: "(Juta Rp)"}[layout.scale]
    persen = [f"{(x.realisasi / x.anggaran * 100):.2f}" for x in lines]
    if layout.style == "id":
        persen = [p.replace(".", ",") for p in persen]
    if layout.codes == "kode":
        header = ["KODE", "PROGRAM / KEGIATAN / SUB KEGIATAN", f"PAGU {unit}", f"REALISASI {unit}", "%"]
        rows = [[x.code, _name(x, layout), amount_text(x.anggaran, layout), amount_text(x.realisasi, layout), p]
                for x, p in zip(lines, persen, strict=True)]
    else:
        header = ["PROGRAM / KEGIATAN / SUB KEGIATAN", f"ANGGARAN {unit}", f"REALISASI {unit}", "%"]
        rows = [[_name(x, layout), amount_text(x.anggaran, layout), amount_text(x.realisasi, layout), p]
                for x, p in zip(lines, persen, strict=True)]
    return header, rows


def _table(header: list[str], rows: list[list[str]], lines: list[Line], layout: BudgetLayout) -> Table:
    n = len(rows[0])
    widths = ([3.2 * cm, 10.5 * cm] if n == 5 else [13.7 * cm]) + [4.2 * cm, 4.2 * cm, 1.8 * cm]
    data = [[Paragraph(h, CELL_HEAD) for h in header]]
    data += [[Paragraph(t, CELL_RIGHT if c >= n - 3 else CELL) for c, t in enumerate(r)] for r in rows]
    style: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if layout.rules == "grid":
        style.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    else:  # rules between rows only, full width: no vertical line anywhere
        style += [("LINEBELOW", (0, i), (-1, i), 0.6, colors.black) for i in range(len(data))]
        style.append(("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black))
    style += [("FONTNAME", (0, i + 1), (-1, i + 1), "Helvetica-Bold")
              for i, x in enumerate(lines) if x.level in ("program", "total")]
    table = Table(data, colWidths=widths, repeatRows=1 if layout.repeat_header else 0)
    table.setStyle(TableStyle(style))
    return table


def render_budget_pdf(layout: BudgetLayout, path: Path, seed: int = 1) -> list[Line]:
    """Print the hierarchy in `layout` to `path`; returns the lines as printed (with defects)."""
    lines = apply_defects(hierarchy(seed, layout.scale), layout)
    header, rows = table_rows(lines, layout)
    story: list = [Paragraph("B. REALISASI ANGGARAN", BODY),
                   Paragraph("Realisasi anggaran per program, kegiatan dan sub kegiatan tahun 2022 "
                             "disajikan pada tabel berikut.", BODY),
                   Paragraph("Tabel 3.5 Realisasi Anggaran Tahun 2022", CAPTION)]
    if layout.split:
        # Pushed down the page so the table overflows onto the next one, as long tables do.
        story.append(Spacer(1, 9 * cm))
    story.append(_table(header, rows, lines, layout))
    story += [Spacer(1, 12), Paragraph("Demikian realisasi anggaran tahun 2022.", BODY)]
    if layout.prose:
        story += [Paragraph(text, BODY) for text in prose_sentences(lines, layout)]
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.5 * cm, invariant=1)
    doc.build(story)
    return lines


__all__ = ["CELL", "BudgetLayout", "Line", "hierarchy", "render_budget_pdf"]
