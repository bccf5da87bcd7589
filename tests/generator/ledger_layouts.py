"""Account ledgers as finance systems print them: no rules, columns set by alignment.

One consistent account tree (akun 4 PENDAPATAN / 5 BELANJA / 6 PEMBIAYAAN → kelompok →
jenis → obyek, sums exact at every level) printed as small PDFs drawn word by word:

- `form`: "lra" (KODE | URAIAN | ANGGARAN | REALISASI | BERTAMBAH / (BERKURANG) (Rp) |
  (%)), the realisation report; "apbd" (NOMOR URUT | URAIAN | JUMLAH | DASAR HUKUM), the
  budget listing with one amount and a legal basis to its right; "compare" (KODE | URAIAN |
  REALISASI 2022 | REALISASI 2021 | `change_heading` | %), two years' spending and their
  difference, later minus earlier (each line's anggaran printed as the earlier year's)
- `style`: "id" ('1.234.567,00') or "us" ('1,234,567.00'); negatives in parentheses
- `codes`: "spaced" ('4 . 1 . 1 . 01') or "compact" ('4.1.1.01')
- `rows_per_page`: the ledger runs over pages, the header repeated on each
- `wrap`: every obyek's uraian runs onto a second line ("… Pajak Hotel" / "dan hiburan
  lainnya"), as a narrow URAIAN column wraps it

Between the blocks: SURPLUS / (DEFISIT) (pendapatan minus belanja) and, after
pembiayaan, PEMBIAYAAN NETTO (penerimaan minus pengeluaran): differences, not sums.
A defect `(code, delta)` changes the anggaran printed on that line, as a typo does; a
change defect moves only the difference printed on that line ("compare").
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

_TREE: list[tuple[str, str, list[tuple[str, str, list[tuple[str, str, list[str]]]]]]] = [
    ("4", "PENDAPATAN DAERAH", [
        ("1", "PENDAPATAN ASLI DAERAH", [
            ("1", "Pajak Daerah", ["Pajak Hotel", "Pajak Restoran", "Pajak Reklame"]),
            ("2", "Retribusi Daerah", ["Retribusi Pelayanan Kesehatan", "Retribusi Pasar"]),
        ]),
        ("2", "PENDAPATAN TRANSFER", [
            ("1", "Dana Perimbangan", ["Dana Bagi Hasil Pajak", "Dana Alokasi Umum"]),
        ]),
    ]),
    ("5", "BELANJA DAERAH", [
        ("1", "BELANJA OPERASI", [
            ("1", "Belanja Pegawai", ["Gaji dan Tunjangan", "Tambahan Penghasilan ASN"]),
            ("2", "Belanja Barang dan Jasa", ["Belanja Alat Tulis Kantor", "Belanja Perjalanan Dinas",
                                              "Belanja Jasa Kantor"]),
        ]),
        ("2", "BELANJA MODAL", [
            ("3", "Belanja Modal Peralatan dan Mesin", ["Pengadaan Komputer", "Pengadaan Kendaraan"]),
        ]),
    ]),
]


@dataclass
class Account:
    level: str  # total (akun) | other (kelompok, jenis, obyek) | difference
    code: str
    name: str
    anggaran: int
    realisasi: int
    parent: str | None = None  # the code this line adds up into


@dataclass(frozen=True)
class LedgerLayout:
    form: str = "lra"
    style: str = "id"
    codes: str = "spaced"
    rows_per_page: int = 60
    wrap: bool = False
    defects: tuple[tuple[str, int], ...] = field(default=())
    change_heading: str = "NAIK/(TURUN)"
    change_defects: tuple[tuple[str, int], ...] = field(default=())

    @property
    def name(self) -> str:
        parts = [self.form, self.style, self.codes, f"r{self.rows_per_page}"] + (["wrap"] if self.wrap else [])
        parts += [f"{c}{d:+d}" for c, d in self.defects]
        parts += [f"change{c or 'netto'}{d:+d}" for c, d in self.change_defects]
        if self.form == "compare":
            parts.append("".join(ch for ch in self.change_heading.lower() if ch.isalpha()))
        return "ledger-" + "-".join(parts)

    def with_defect(self, code: str, delta: int) -> LedgerLayout:
        return replace(self, defects=(*self.defects, (code, delta)))

    def with_change_defect(self, code: str, delta: int) -> LedgerLayout:
        """The difference printed on line `code` ("" for PEMBIAYAAN NETTO) moved by `delta`."""
        return replace(self, change_defects=(*self.change_defects, (code, delta)))


def printed_change(line: Account, layout: LedgerLayout) -> int:
    """The difference the "compare" form prints on `line`: later minus earlier, moved by a defect."""
    netto = not line.code and line.name == "PEMBIAYAAN NETTO"
    moved = sum(d for c, d in layout.change_defects if c == line.code and (c or netto))
    return line.realisasi - line.anggaran + moved


def accounts(seed: int) -> list[Account]:
    """The tree in print order, every sum exact, then the difference lines."""
    rng = random.Random(seed)
    out: list[Account] = []
    totals: dict[str, Account] = {}
    for akun, akun_name, kelompok in _TREE:
        top = Account("total", akun, akun_name, 0, 0)
        out.append(top)
        totals[akun] = top
        for k_no, k_name, jenis in kelompok:
            k = Account("other", f"{akun}.{k_no}", k_name, 0, 0, akun)
            out.append(k)
            for j_no, j_name, obyek in jenis:
                j = Account("other", f"{k.code}.{j_no}", j_name, 0, 0, k.code)
                out.append(j)
                for o_no, o_name in enumerate(obyek, start=1):
                    a = rng.randrange(1_000, 900_000) * 1000
                    r = int(a * rng.uniform(0.7, 1.15)) // 100 * 100
                    out.append(Account("other", f"{j.code}.{o_no:02d}", o_name, a, r, j.code))
                    for line in (j, k, top):
                        line.anggaran += a
                        line.realisasi += r
    p, b = totals["4"], totals["5"]
    out.append(Account("difference", "", "SURPLUS / (DEFISIT)", p.anggaran - b.anggaran, p.realisasi - b.realisasi))
    # Pembiayaan: netto = penerimaan - pengeluaran; the two sides add into nothing.
    pen_a, peng_a = 50_000_000_000, 10_000_000_000
    pen_r, peng_r = 48_500_000_000, 10_000_000_000
    out += [Account("total", "6", "PEMBIAYAAN DAERAH", pen_a - peng_a, pen_r - peng_r),
            Account("other", "6.1", "PENERIMAAN PEMBIAYAAN DAERAH", pen_a, pen_r),
            Account("other", "6.1.1", "Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya", pen_a, pen_r, "6.1"),
            Account("other", "6.2", "PENGELUARAN PEMBIAYAAN DAERAH", peng_a, peng_r),
            Account("other", "6.2.2", "Penyertaan Modal Pemerintah Daerah", peng_a, peng_r, "6.2"),
            Account("difference", "", "PEMBIAYAAN NETTO", pen_a - peng_a, pen_r - peng_r)]
    return out


WRAPPED_TAIL = "dan lainnya sesuai ketentuan"


def apply_defects(lines: list[Account], layout: LedgerLayout) -> list[Account]:
    out = [replace(x) for x in lines]
    if layout.wrap:
        for x in out:
            if x.code.count(".") == 3:
                x.name = f"{x.name} {WRAPPED_TAIL}"
    for code, delta in layout.defects:
        next(x for x in out if x.code == code).anggaran += delta
    return out


def amount_text(value: float, style: str) -> str:
    text = f"{abs(value):,.2f}"
    if style == "id":
        text = text.translate(str.maketrans(",.", ".,"))
    return f"({text})" if value < 0 else text


def percent_text(realisasi: int, anggaran: int, style: str) -> str:
    text = f"{realisasi / anggaran * 100:.2f}" if anggaran else "0"
    return text.replace(".", ",") if style == "id" else text


def _code(code: str, layout: LedgerLayout) -> str:
    return " . ".join(code.split(".")) if layout.codes == "spaced" else code


def _header(c: Canvas, layout: LedgerLayout, y: float, xs: dict[str, float]) -> float:
    c.setFont("Helvetica-Bold", 7)
    if layout.form == "compare":
        c.drawString(xs["code"], y, "KODE")
        c.drawString(xs["name"] + 120, y, "URAIAN")
        c.drawRightString(xs["anggaran"] - 20, y, "REALISASI 2022")
        c.drawRightString(xs["realisasi"] - 20, y, "REALISASI 2021")
        c.drawRightString(xs["sisa"], y, layout.change_heading)
        c.drawRightString(xs["persen"] - 5, y, "%")
    elif layout.form == "lra":
        c.drawString(xs["code"], y, "KODE")
        c.drawString(xs["name"] + 120, y, "URAIAN")
        c.drawCentredString((xs["anggaran"] + xs["realisasi"]) / 2 - 40, y + 10, "JUMLAH (Rp)")
        c.drawRightString(xs["anggaran"] - 20, y, "ANGGARAN")
        c.drawRightString(xs["realisasi"] - 20, y, "REALISASI")
        c.drawCentredString((xs["sisa"] + xs["persen"]) / 2 - 30, y + 10, "BERTAMBAH / (BERKURANG)")
        c.drawRightString(xs["sisa"] - 20, y, "(Rp)")
        c.drawRightString(xs["persen"] - 5, y, "(%)")
    else:
        c.drawString(xs["code"], y + 5, "NOMOR")
        c.drawString(xs["code"] + 4, y - 4, "URUT")
        c.drawString(xs["name"] + 120, y, "URAIAN")
        c.drawRightString(xs["anggaran"] - 25, y, "JUMLAH")
        c.drawString(xs["legal"], y, "DASAR HUKUM")
    return y - 22


def render_ledger_pdf(layout: LedgerLayout, path: Path, seed: int = 1) -> list[Account]:
    """Draw the ledger in `layout` to `path`; the lines as printed (with defects)."""
    lines = apply_defects(accounts(seed), layout)
    width, height = landscape(A4)
    c = Canvas(str(path), pagesize=(width, height), invariant=1)
    xs = {"code": 40.0, "name": 130.0, "anggaran": 470.0, "realisasi": 570.0, "sisa": 670.0, "persen": 730.0,
          "legal": 500.0}
    if layout.form == "apbd":
        xs["anggaran"] = 480.0

    def page_top(first: bool) -> float:
        y = height - 40
        if first:
            c.setFont("Helvetica-Bold", 10)
            title = "LAPORAN REALISASI ANGGARAN" if layout.form != "apbd" else "RINGKASAN APBD"
            c.drawCentredString(width / 2, y, title)
            c.drawCentredString(width / 2, y - 14, "TAHUN ANGGARAN 2022")
            y -= 50
        return _header(c, layout, y, xs)

    y = page_top(True)
    on_page = 0
    for line in lines:
        if on_page == layout.rows_per_page:
            c.showPage()
            y, on_page = page_top(False), 0
        c.setFont("Helvetica-Bold" if line.level == "total" else "Helvetica", 7)
        tail = ""
        if line.code:
            c.drawString(xs["code"], y, _code(line.code, layout))
            head, tail = (line.name[:-len(WRAPPED_TAIL) - 1], WRAPPED_TAIL) if line.name.endswith(WRAPPED_TAIL) \
                else (line.name, "")
            c.drawString(xs["name"], y, head)
        else:
            c.drawRightString(xs["anggaran"] - 110, y, line.name)
        later = layout.form == "compare"  # the later year first, the earlier (anggaran) beside it
        c.drawRightString(xs["anggaran"], y, amount_text(line.realisasi if later else line.anggaran, layout.style))
        if later:
            c.drawRightString(xs["realisasi"], y, amount_text(line.anggaran, layout.style))
            c.drawRightString(xs["sisa"], y, amount_text(printed_change(line, layout), layout.style))
            c.drawRightString(xs["persen"], y, percent_text(line.realisasi, line.anggaran, layout.style))
        elif layout.form == "lra":
            c.drawRightString(xs["realisasi"], y, amount_text(line.realisasi, layout.style))
            c.drawRightString(xs["sisa"], y, amount_text(line.realisasi - line.anggaran, layout.style))
            c.drawRightString(xs["persen"], y, percent_text(line.realisasi, line.anggaran, layout.style))
        elif line.level == "other" and line.code.count(".") == 3:
            c.drawString(xs["legal"], y, "Perda Nomor 11 Tahun 2010")
        if tail:
            y -= 9
            c.setFont("Helvetica", 7)
            c.drawString(xs["name"], y, tail)
        y -= 12
        on_page += 1
    c.showPage()
    c.save()
    return lines


__all__ = ["Account", "LedgerLayout", "accounts", "printed_change", "render_ledger_pdf"]
