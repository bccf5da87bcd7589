"""Small fully ruled budget tables of performance reports and Renja plans, as PDFs.

Each builder returns (header rows, body rows, spans) for one layout met in real reports;
`render_grid_pdf` prints it with every cell ruled:

- `funding_split`: a Renja's "Pagu Indikatif (Rp)" band over APBD | BANKEU Prop | APBN |
  DAK, beside indicator columns (Tolok Ukur / Target), kode rekening by depth
- `year_comparison`: "REALISASI (Rp) 2015 | REALISASI (Rp) 2016 | KET", no budget column
- `per_sasaran`: "No | Sasaran Strategis | Anggaran (Rp.) | Ket." (budget per goal)
- `by_source`: "No | Sumber Anggaran | Anggaran | Realisasi" with TOTAL first, 1 APBD over
  unnumbered Urusan lines, 2 APBN over a. / b. lines
- `narrow_amounts`: amounts wrapped inside narrow cells ("1.506.190.00" over "Rp 0")
- `rencana_aksi`: PROGRAM / KEGIATAN bands over Uraian | Indikator | Target TW 1-4
- `three_pages`: a table over three pages, its header printed once, a column filled on the
  last page only
- `wrapped_tails`: no numbers, a name's last line on a ruled row of its own
- `pk_targets`: a Penetapan Kinerja table with targets beside kegiatan and anggaran
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from tests.generator.render_pdf import BODY, CAPTION

_SMALL = ParagraphStyle("grid-cell", fontName="Helvetica", fontSize=6.5, leading=8)
Grid = tuple[list[list[str]], list[list[str]], list[tuple[tuple[int, int], tuple[int, int]]]]


def rp(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def funding_split(apbd: list[int], delta: int = 0, bankeu: int = 0) -> Grid:
    """One program, its kegiatan paid from APBD (`apbd`) and the TOTAL; the program line
    prints the sum plus `delta`. BANKEU / APBN / DAK print 0, but for the program's BANKEU
    that prints `bankeu` (its kegiatan still 0, the TOTAL adding the program)."""
    header = [["Kode Rekening", "Urusan/Program/Kegiatan", "Indikator Kinerja", "", "Pagu Indikatif (Rp)", "", "", "",
               "Prakiraan Maju"],
              ["", "", "Tolok Ukur", "Target", "APBD", "BANKEU Prop", "APBN", "DAK", ""]]
    body = [["2.10.2.10.1.01", "Program Pelayanan Administrasi Perkantoran", "Persentase realisasi belanja", "100%",
             rp(sum(apbd) + delta), rp(bankeu), "0", "0", rp(sum(apbd) * 12 // 10)]]
    for i, a in enumerate(apbd, start=1):
        body.append([f"2.10.2.10.1.01.{i:02d}", f"Penyediaan jasa kantor jenis {i}", "Jumlah layanan", "12 bulan",
                     rp(a), "0", "0", "0", rp(a * 12 // 10)])
    body.append(["", "TOTAL", "", "", rp(sum(apbd) + delta), rp(bankeu), "0", "0", rp(sum(apbd) * 12 // 10)])
    spans = [((2, 0), (3, 0)), ((4, 0), (7, 0)), ((0, 0), (0, 1)), ((1, 0), (1, 1)), ((8, 0), (8, 1))]
    return header, body, spans


def year_comparison(lines: list[tuple[str, str, int, int]]) -> Grid:
    """(No, name, realisasi 2015, realisasi 2016) lines, then JUMLAH of both years."""
    header = [["NO", "PROGRAM/KEGIATAN", "REALISASI (Rp) 2015", "REALISASI (Rp) 2016", "KET"]]
    body = [[no, name, rp(a), rp(b), ""] for no, name, a, b in lines]
    programs = [x for x in lines if not x[0].isdigit()]
    body.append(["", "JUMLAH", rp(sum(x[2] for x in programs)), rp(sum(x[3] for x in programs)), ""])
    return header, body, []


def per_sasaran(amounts: list[int]) -> Grid:
    header = [["No", "Sasaran Strategis", "Anggaran (Rp.)", "Ket."]]
    body = [[str(i), f"Meningkatnya kualitas layanan publik bidang {i}", rp(a), ""]
            for i, a in enumerate(amounts, start=1)]
    body.append(["", "TOTAL ALOKASI ANGGARAN", rp(sum(amounts)), ""])
    return header, body, []


def by_source(apbd: tuple[int, int], apbn: tuple[int, int], apbn_delta: int = 0) -> Grid:
    """TOTAL, 1 APBD (Urusan Wajib, Urusan Pilihan), 2 APBN (a. TP, b. Dekonsentrasi);
    anggaran and realisasi are 90 % of it. `apbn_delta` mistypes the APBN line."""
    def line(no: str, name: str, a: int) -> list[str]:
        return [no, name, rp(a), rp(a * 9 // 10)]
    total = sum(apbd) + sum(apbn)
    header = [["No", "Sumber Anggaran", "Anggaran (Rp)", "Realisasi (Rp)"]]
    body = [line("", "TOTAL", total), line("1", "APBD", sum(apbd)), line("", "Urusan Wajib", apbd[0]),
            line("", "Urusan Pilihan", apbd[1]), line("2", "APBN", sum(apbn) + apbn_delta),
            line("", "a. Tugas Pembantuan", apbn[0]), line("", "b. Dekonsentrasi", apbn[1])]
    return header, body, []


def narrow_amounts(lines: list[tuple[str, int, int]], stray: int | None = None, percent_off: float = 0.0) -> Grid:
    """"NO | NAMA PROGRAM | ALOKASI (Rp) | REALISASI (Rp) | CAPAIAN (%)" with amount columns
    too narrow for "Rp 1.506.190.000": the last digits wrap under "Rp" ("1.506.190.00" over
    "Rp 0"), as Word breaks a long number in a narrow cell. `stray`: the line whose
    realisasi is typed "1.584.085. 700", its percentage `percent_off` off."""
    def broken(value: int) -> str:
        text = rp(value)
        return f"{text[:-1]}\nRp {text[-1]}"
    header = [["NO", "NAMA PROGRAM", "ALOKASI (Rp)", "REALISASI (Rp)", "CAPAIAN (%)"]]
    body = [[str(i), name, broken(a), broken(r), f"{r / a * 100:.2f}%"]
            for i, (name, a, r) in enumerate(lines, start=1)]
    if stray is not None:  # that line's realisasi typed with a space after its last separator
        _no, _name, a, r = stray + 1, *lines[stray]
        text = rp(r)
        body[stray][3] = f"{text[:-3]} {text[-3:]}"
        body[stray][4] = f"{r / a * 100 + percent_off:.2f}%"
    return header, body, []


def rencana_aksi(kegiatan: list[tuple[str, int]]) -> Grid:
    """A Rencana Aksi cascade: PROGRAM and KEGIATAN bands over Uraian | Indikator | Target
    TW 1-4, then Penanggung Jawab and the pagu; one program over its kegiatan."""
    header = [["PROGRAM", "", "", "", "", "", "KEGIATAN", "", "", "", "", "", "Penanggung Jawab", "Anggaran (Rp)"],
              ["Uraian", "Indikator Program", "Target", "", "", "", "Uraian", "Indikator Kegiatan", "Target", "", "",
               "", "", ""],
              ["", "", "TW 1", "TW 2", "TW 3", "TW 4", "", "", "TW 1", "TW 2", "TW 3", "TW 4", "", ""]]
    body = []
    for i, (name, a) in enumerate(kegiatan):
        program = ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Persentase layanan", "25%", "50%", "75%",
                   "100%"] if i == 0 else [""] * 6
        body.append([*program, name, "Persentase dokumen", "25%", "50%", "75%", "100%", "Sekretaris Dinas", rp(a)])
    spans = [((0, 0), (5, 0)), ((6, 0), (11, 0)), ((2, 1), (5, 1)), ((8, 1), (11, 1)), ((12, 0), (12, 2)),
             ((13, 0), (13, 2)), ((0, 1), (0, 2)), ((1, 1), (1, 2)), ((6, 1), (6, 2)), ((7, 1), (7, 2))]
    return header, body, spans


def three_pages(programs: int = 15, kegiatan: int = 9) -> Grid:
    """A program → kegiatan table long enough for three pages, its header printed once;
    the Ket. column is filled on the last page only (empty on the page between)."""
    header = [["Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%", "Ket."]]
    body: list[list[str]] = []
    total_a = total_r = 0
    for p in range(programs):
        parts = [(10_000_000 * (p + 1) + 1_000_000 * k, 9_000_000 * (p + 1) + 900_000 * k) for k in range(kegiatan)]
        a, r = sum(x for x, _ in parts), sum(y for _, y in parts)
        total_a, total_r = total_a + a, total_r + r
        body.append([f"PROGRAM PELAYANAN BIDANG {p + 1}", rp(a), rp(r), f"{r / a * 100:.2f}".replace(".", ","), ""])
        body += [[f"Kegiatan Layanan {p + 1}.{k + 1}", rp(x), rp(y), f"{y / x * 100:.2f}".replace(".", ","), ""]
                 for k, (x, y) in enumerate(parts)]
    for line in body[-12:]:
        line[4] = "Selesai"
    body.append(["JUMLAH", rp(total_a), rp(total_r), f"{total_r / total_a * 100:.2f}".replace(".", ","), ""])
    return header, body, []


def wrapped_tails(delta: int = 0) -> Grid:
    """No numbers; a kegiatan's name wraps onto a ruled row of its own without amounts
    ("Pemeliharaan Sarana dan Prasarana Aparatur" | amounts, then "BKPM Cirebon"). The
    program prints its kegiatan's sum plus `delta`."""
    parts = [("Pemeliharaan Sarana dan Prasarana Perkantoran", "Balai Laboratorium Kesehatan", 1_058_940_000),
             ("Pemeliharaan Sarana dan Prasarana Aparatur", "BKPM Cirebon", 804_609_600),
             ("Pemeliharaan Sarana dan Prasarana Kantor BKKM", "", 577_234_200)]
    header = [["PROGRAM / KEGIATAN", "Alokasi Anggaran", "Realisasi Anggaran", "% Keuangan"]]
    total = sum(a for _, _, a in parts)
    body = [["PROGRAM PEMELIHARAAN SARANA DAN PRASARANA APARATUR", rp(total + delta), rp(total * 9 // 10),
             f"{(total * 9 // 10) / (total + delta) * 100:.2f}".replace(".", ",")]]
    for head, tail, a in parts:
        body.append([head, rp(a), rp(a * 9 // 10), f"{(a * 9 // 10) / a * 100:.2f}".replace(".", ",")])
        if tail:
            body.append([tail, "", "", ""])
    body.append(["PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", rp(100_000_000), rp(90_000_000), "90,00"])
    body.append(["Penyediaan Jasa Surat Menyurat", rp(100_000_000), rp(90_000_000), "90,00"])
    return header, body, []


def pk_targets() -> Grid:
    """A Penetapan Kinerja table: targets beside the kegiatan that carry them and their anggaran."""
    header = [["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "PROGRAM/KEGIATAN", "ANGGARAN"]]
    body = [["1.", "Peningkatan ketersediaan pangan", "Skor Pola Pangan Harapan", "85",
             "RTM OPD Penguatan Ketersediaan Pangan", "3.600.000.000,-"],
            ["2.", "Stabilitas pasokan dan harga pangan", "Persentase stabilitas pasokan", "100",
             "RTM OPD Pemantauan Harga dan Pasokan Pangan", "485.000.000,-"]]
    return header, body, []


def render_grid_pdf(grid: Grid, path: Path, caption: str = "Tabel 2.3 Anggaran", note: str = "") -> None:
    """`note`: a paragraph of running text printed under the table."""
    header, body, spans = grid
    # Paragraphs wrap long names in their cells; a "\n" is a line break as printed.
    data = [[Paragraph(text.replace("\n", "<br/>"), _SMALL) if text else "" for text in line]
            for line in header + body]
    n = len(data[0])
    # Each column as wide as its longest word needs, names wider: no word broken.
    weight = [max([len(w) for line in header + body for w in line[c].split()] + [4])
              + max(len(line[c]) for line in body) / 4 for c in range(n)]
    table = Table(data, colWidths=[27.0 * cm * w / sum(weight) for w in weight])
    style: list[tuple] = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 6.5),
                          ("VALIGN", (0, 0), (-1, -1), "TOP")]
    style += [("SPAN", a, b) for a, b in spans]
    table.setStyle(TableStyle(style))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1 * cm, rightMargin=1 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.5 * cm, invariant=1)
    doc.build([Paragraph("Anggaran tahun 2016 disajikan pada tabel berikut.", BODY), Paragraph(caption, CAPTION),
               table] + ([Paragraph(note, BODY)] if note else []))


__all__ = ["by_source", "funding_split", "narrow_amounts", "per_sasaran", "pk_targets", "rencana_aksi",
           "render_grid_pdf", "three_pages", "wrapped_tails", "year_comparison"]
