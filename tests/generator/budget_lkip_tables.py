"""Budget tables as performance reports (LKIP/LAKIP) print them, drawn rule by rule.

A program → kegiatan hierarchy (sums exact, a JUMLAH line last) in a ruled table whose
layout features are chosen one by one, each one met in real reports:

- `band`: a band heading over two columns whose side rules sit 5 pt off the rules
  below it: "belanja" (BELANJA over ANGGARAN | REALISASI) or "realisasi" (Realisasi
  Keuangan over (Rp) | (%)); "" for none
- `anggaran_heading`: "Anggaran (Rp)" or "Target Anggaran (Rp)"
- `percent_heading`: "%" or "Capaian" (the percent spent, headed as a capaian)
- `total_first`: a "TOTAL ANGGARAN" line right under the header, its amounts left blank
- `outline`: "words" (a. / 1) in the No column, names opening with Program / Kegiatan)
  or "letters" (programs A, B; their kegiatan 1, 2 …; no word in the name)
- `wrapped`: every printed line of a long name in a ruled grid row of its own
- `plan`: a "Pagu Program/Kegiatan" list (Bab II) on the page before the table

`defects`: ("kegiatan", i, delta) moves the i-th kegiatan's anggaran in the table (its
program no longer adds up); ("plan", i, delta) the i-th kegiatan's pagu in the plan list
(and its program's: the plan adds up, printed on another budget stage).
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass, field, replace
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

_PROGRAMS = [
    ("Perencanaan Pengendalian dan Evaluasi Pembangunan Daerah", [
        "Penyusunan Dokumen Perencanaan dan Evaluasi Kinerja Perangkat Daerah Provinsi",
        "Pengendalian Kependudukan di Jawa Barat"]),
    ("Peningkatan Sarana dan Prasarana Aparatur", [
        "Peningkatan Sarana dan Prasarana Kantor",
        "Peningkatan Sarana dan Prasarana Kantor Unit Pelaksana Teknis Balai Benih Tanaman Perkebunan",
        "Pemeliharaan Rutin Gedung Kantor"]),
    ("Pelayanan Administrasi Perkantoran", [
        "Penyelenggaraan Administrasi Perkantoran Sekretariat",
        "Penyediaan Jasa Komunikasi Sumber Daya Air dan Listrik"]),
]
_LINE = 11.0  # points per printed line
_WRAP = 46  # characters per line of the name column
_OFFSET = 5.0  # how far a band heading's side rules sit off the rules below it


@dataclass
class LkipLine:
    level: str  # program | kegiatan | total
    code: str | None
    name: str
    anggaran: int
    realisasi: int

    @property
    def persen(self) -> float:
        return round(self.realisasi / self.anggaran * 100, 2)


@dataclass(frozen=True)
class LkipTable:
    band: str = ""
    anggaran_heading: str = "Anggaran (Rp)"
    percent_heading: str = "%"
    total_first: bool = False
    outline: str = "words"
    wrapped: bool = False
    plan: bool = False
    defects: tuple[tuple[str, int, int], ...] = field(default=())

    @property
    def name(self) -> str:
        parts = [self.outline, self.band or "noband", self.anggaran_heading.split()[0].lower(),
                 "capaian" if self.percent_heading != "%" else "pct"]
        parts += [p for p, on in (("totalfirst", self.total_first), ("wrapped", self.wrapped),
                                  ("plan", self.plan)) if on]
        parts += [f"{lv}{i}{d:+d}" for lv, i, d in self.defects]
        return "lkip-" + "-".join(parts)

    def with_defect(self, level: str, index: int, delta: int) -> LkipTable:
        return replace(self, defects=(*self.defects, (level, index, delta)))


def lkip_lines(seed: int, outline: str) -> list[LkipLine]:
    """Programs and their kegiatan with exact sums, then the JUMLAH line."""
    rng = random.Random(seed)
    out: list[LkipLine] = []
    total_a = total_r = 0
    for p_no, (program, kegiatan) in enumerate(_PROGRAMS):
        p_code = "ABCDEFGH"[p_no] if outline == "letters" else f"{'abcdefgh'[p_no]}."
        p_name = program if outline == "letters" else f"Program {program}"
        p_line = LkipLine("program", p_code.rstrip("."), p_name, 0, 0)
        out.append(p_line)
        for k_no, k_name in enumerate(kegiatan, start=1):
            a = rng.randrange(50_000, 3_000_000) * 1000
            r = int(a * rng.uniform(0.8, 0.99))
            code = str(k_no) if outline == "letters" else f"{len([x for x in out if x.level == 'kegiatan']) + 1})"
            name = k_name if outline == "letters" else f"Kegiatan {k_name}"
            out.append(LkipLine("kegiatan", code.rstrip(")"), name, a, r))
            p_line.anggaran += a
            p_line.realisasi += r
        total_a += p_line.anggaran
        total_r += p_line.realisasi
    out.append(LkipLine("total", None, "JUMLAH", total_a, total_r))
    return out


def _rupiah(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _percent(line: LkipLine) -> str:
    return f"{line.persen:.2f}".replace(".", ",")


def _printed_code(line: LkipLine, outline: str) -> str:
    if line.code is None:
        return ""
    if outline == "letters":
        return line.code
    return f"{line.code}." if line.level == "program" else f"{line.code})"


class _Sheet:
    """Draws one ruled table: column x edges, rows of printed lines, rules between rows."""

    def __init__(self, canvas: Canvas, xs: list[float], top: float) -> None:
        self.c, self.xs, self.y = canvas, xs, top
        self.rules: list[float] = [top]

    def row(self, texts: list[str], right: set[int], lines: int = 1, rule: bool = True) -> None:
        for col, text in enumerate(texts):
            for k, piece in enumerate(text.split("\n")):
                y = self.y - _LINE * (k + 1) + 2.5
                if col in right:
                    self.c.drawRightString(self.xs[col + 1] - 3, y, piece)
                else:
                    self.c.drawString(self.xs[col] + 3, y, piece)
        self.y -= _LINE * max(lines, max(t.count("\n") + 1 for t in texts))
        if rule:
            self.rules.append(self.y)

    def close(self, header_top: float, band: tuple[int, int] | None, band_bottom: float | None) -> None:
        left, right = self.xs[0], self.xs[-1]
        for y in self.rules:
            self.c.line(left, y, right, y)
        for i, x in enumerate(self.xs):
            inside_band = band is not None and band[0] < i < band[1] + 1
            if inside_band and band_bottom is not None:
                self.c.line(x, band_bottom, x, self.y)  # below the band only
            else:
                self.c.line(x, header_top, x, self.y)
            if band is not None and band_bottom is not None and i in (band[0], band[1] + 1):
                # The band's own side rule, 5 pt inside the column rule below it.
                inset = _OFFSET if i == band[0] else -_OFFSET
                self.c.line(x + inset, header_top, x + inset, band_bottom)


def _draw_table(canvas: Canvas, lines: list[LkipLine], layout: LkipTable, top: float) -> None:
    xs = [60.0, 90.0, 330.0, 430.0, 530.0, 580.0]
    sheet = _Sheet(canvas, xs, top)
    canvas.setFont("Helvetica-Bold", 7.5)
    band = None
    band_bottom = None
    if layout.band:
        band = (2, 3) if layout.band == "belanja" else (3, 4)
        label = "BELANJA" if layout.band == "belanja" else "Realisasi Keuangan"
        x0, x1 = xs[band[0]] + _OFFSET, xs[band[1] + 1] - _OFFSET
        canvas.drawCentredString((x0 + x1) / 2, top - _LINE + 2.5, label)
        band_bottom = top - _LINE
        canvas.line(xs[band[0]], band_bottom, xs[band[1] + 1], band_bottom)
        heads = ["No", "Program/Kegiatan", layout.anggaran_heading, "Realisasi (Rp)", layout.percent_heading]
        if layout.band == "realisasi":
            heads[3], heads[4] = "(Rp)", "(%)"
        # The band's line above, the column headings below it; No / name / % span both lines.
        texts = ["No", "Program/Kegiatan", "", "", ""]
        for col in (0, 1, 2, 3, 4):
            if band[0] <= col <= band[1]:
                texts[col] = "\n" + heads[col]
            else:
                texts[col] = heads[col]
        sheet.row(texts, set(), lines=2)
    else:
        sheet.row(["No", "Program/Kegiatan", layout.anggaran_heading, "Realisasi (Rp)", layout.percent_heading],
                  set())
    canvas.setFont("Helvetica", 7.5)
    if layout.total_first:
        sheet.row(["", "TOTAL ANGGARAN", "", "", ""], set())
    for line in lines:
        canvas.setFont("Helvetica-Bold" if line.level != "kegiatan" else "Helvetica", 7.5)
        name = textwrap.wrap(line.name, _WRAP)
        amounts = [_rupiah(line.anggaran), _rupiah(line.realisasi), _percent(line)]
        first = [_printed_code(line, layout.outline), name[0], *amounts]
        if layout.wrapped:
            sheet.row(first, {2, 3, 4})
            for piece in name[1:]:
                sheet.row(["", piece, "", "", ""], set())
        else:
            first[1] = "\n".join(name)
            sheet.row(first, {2, 3, 4})
    sheet.close(top, band, band_bottom)


def _draw_plan(canvas: Canvas, lines: list[LkipLine], top: float) -> None:
    xs = [60.0, 90.0, 430.0, 530.0]
    sheet = _Sheet(canvas, xs, top)
    canvas.setFont("Helvetica-Bold", 7.5)
    sheet.row(["No", "Program/Kegiatan", "Jml Anggaran (Rp)"], set())
    canvas.setFont("Helvetica", 7.5)
    for line in lines:
        name = "\n".join(textwrap.wrap(line.name, 60))
        sheet.row([_printed_code(line, "words") if line.code else "", name, _rupiah(line.anggaran)], {2})
    sheet.close(top, None, None)


def render_lkip_pdf(layout: LkipTable, path: Path, seed: int = 1) -> list[LkipLine]:
    """Print the table in `layout` to `path`; returns its lines as the table prints them."""
    lines = lkip_lines(seed, layout.outline)
    planned = [replace(x) for x in lines]
    for level, index, delta in layout.defects:
        book = planned if level == "plan" else lines
        target = [x for x in book if x.level == "kegiatan"][index]
        target.anggaran += delta
        if level == "plan":  # the plan adds up: another budget stage, not a typo
            program = next(x for x in reversed(book[:book.index(target)]) if x.level == "program")
            program.anggaran += delta
    canvas = Canvas(str(path), pagesize=landscape(A4), invariant=1)
    height = landscape(A4)[1]
    if layout.plan:
        canvas.setFont("Helvetica", 10)
        canvas.drawString(60, height - 60, "2.4. Pagu Anggaran Program/Kegiatan Tahun 2016")
        canvas.drawCentredString(320, height - 80, "Tabel 2.5 Pagu Program/Kegiatan APBD TA. 2016")
        _draw_plan(canvas, [x for x in planned if x.level != "total"], height - 90)
        canvas.showPage()
    canvas.setFont("Helvetica", 10)
    canvas.drawString(60, height - 60, "3.2 Akuntabilitas Anggaran (Anggaran dan Realisasi Belanja Daerah)")
    canvas.drawCentredString(320, height - 80, "Tabel 3.6 Pagu dan Realisasi Program/Kegiatan APBD TA. 2016")
    _draw_table(canvas, lines, layout, height - 90)
    canvas.showPage()
    canvas.save()
    return lines


__all__ = ["LkipLine", "LkipTable", "lkip_lines", "render_lkip_pdf"]
