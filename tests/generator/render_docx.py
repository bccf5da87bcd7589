"""Print a Report as a Word draft (python-docx), the way agencies type them.

Same chapters, tables and layouts as `render_pdf`: 'Table Grid' tables; in the
bulleted layout a sasaran's indicators are '- ' paragraphs in one cell with their
values as paragraphs beside them; in the rowwise layout the NO and sasaran cells are
merged down over the sasaran's indicator rows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.table import Table, _Cell

from tests.generator.model import ExtraTable, Indicator, Report, cell_text, quantity_text, rupiah
from tests.generator.render_pdf import (
    ikhtisar,
    lampiran_table,
    narrative_paragraph,
    shortfall_explanations,
    text_capaian,
)


def _set(cell: _Cell, text: str, right: bool = False, bold: bool = False) -> None:
    """One paragraph per line of `text` (Word users press Enter between stacked values)."""
    lines = text.split("\n")
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        para = first if i == 0 else cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)
        if right:
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _table(doc: Document, header: list[str], rows: list[list[str]], right: set[int] = frozenset()) -> Table:  # type: ignore[assignment]
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    # Row by row: python-docx's table.cell(r, c) rebuilds the whole grid on every call.
    grid_rows = table.rows
    for c, cell in enumerate(grid_rows[0].cells):
        _set(cell, header[c], bold=True)
    for r, row in enumerate(rows, start=1):
        for c, cell in enumerate(grid_rows[r].cells):
            _set(cell, row[c], right=c in right)
    return table


def _indicator_table(doc: Document, report: Report, rows: list[Indicator], header: list[str],
                     values: list[Callable[[Indicator], str]]) -> None:
    groups: dict[int, list[Indicator]] = {}
    for r in rows:
        groups.setdefault(r.sasaran_no, []).append(r)
    right = set(range(3, 3 + len(values)))
    if report.layout == "bulleted":
        data = [[str(g[0].sasaran_no), g[0].sasaran,
                 "\n".join(("- " if len(g) > 1 else "") + r.name for r in g),
                 *("\n".join(fn(r) for r in g) for fn in values)] for g in groups.values()]
        _table(doc, header, data, right)
        return
    data = [[str(r.sasaran_no), r.sasaran, r.name, *(fn(r) for fn in values)]
            for g in groups.values() for r in g]
    table = _table(doc, header, data, right)
    row = 1
    for g in groups.values():
        if len(g) > 1:
            for col in (0, 1):
                # Clear the covered cells first: Word keeps their text when merging.
                for k in range(1, len(g)):
                    table.cell(row + k, col).text = ""
                merged = table.cell(row, col).merge(table.cell(row + len(g) - 1, col))
                _set(merged, str(g[0].sasaran_no) if col == 0 else g[0].sasaran)
        row += len(g)


def _extra(doc: Document, report: Report, extra: ExtraTable) -> None:
    if extra.lead_in:
        doc.add_paragraph(extra.lead_in)
    doc.add_paragraph(extra.caption)
    _indicator_table(doc, report, extra.rows,
                     ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", *(h for h, _ in extra.columns)],
                     [lambda r, w=what: cell_text(r, w) for _, what in extra.columns])


def render_docx(report: Report, path: Path) -> Path:
    y = report.year
    doc = Document()
    doc.add_heading("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", level=0)
    doc.add_paragraph(f"{report.agency.upper()} {report.region.upper()} TAHUN {y}")
    doc.add_heading("IKHTISAR EKSEKUTIF", level=1)
    doc.add_paragraph(ikhtisar(report))
    doc.add_heading("BAB I PENDAHULUAN", level=1)
    doc.add_paragraph(f"Laporan Kinerja {report.agency} {report.region} Tahun {y} disusun sebagai wujud "
                      "pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi serta pengelolaan "
                      "anggaran, sesuai Peraturan Menteri PANRB Nomor 53 Tahun 2014.")
    doc.add_heading("BAB II PERENCANAAN KINERJA", level=1)
    doc.add_heading("A. PERJANJIAN KINERJA", level=2)
    doc.add_paragraph(f"Tabel 2.1 Perjanjian Kinerja Tahun {y}")
    _indicator_table(doc, report, report.pk_indicators,
                     ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"], [Indicator.target_text])
    doc.add_paragraph(f"Tabel 2.2 Program dan Anggaran Perjanjian Kinerja Tahun {y}")
    prefix = "Rp. " if report.layout == "rowwise" else ""
    rows = [[str(i), name, prefix + rupiah(a)] for i, (name, a) in enumerate(report.pk_programs, 1)]
    rows.append(["", "JUMLAH", prefix + rupiah(report.pk_total)])
    _table(doc, ["NO", "PROGRAM", "ANGGARAN (Rp)"], rows, {2})
    for extra in (e for e in report.extras if e.where == "II"):
        _extra(doc, report, extra)
    doc.add_heading("BAB III AKUNTABILITAS KINERJA", level=1)
    doc.add_heading("A. CAPAIAN KINERJA ORGANISASI", level=2)
    doc.add_paragraph(f"Tabel 3.1 Pengukuran Kinerja Tahun {y}")
    _indicator_table(doc, report, report.pengukuran,
                     ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"],
                     [Indicator.target_text, Indicator.realisasi_text, lambda r: r.capaian])
    for text in shortfall_explanations(report):
        doc.add_paragraph(text)
    doc.add_paragraph(f"Tabel 3.2 Perbandingan Realisasi Kinerja Tahun {y - 1} dan {y}")
    _indicator_table(doc, report, report.perbandingan,
                     ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", f"REALISASI {y - 1}",
                      f"REALISASI {y}"],
                     [Indicator.target_text, lambda r: quantity_text(r.realisasi_previous, r.unit),
                      Indicator.realisasi_text])
    sentence = text_capaian(report)
    if sentence:
        doc.add_paragraph(sentence)
    for extra in (e for e in report.extras if e.where == "III"):
        _extra(doc, report, extra)
    doc.add_heading("B. REALISASI ANGGARAN", level=2)
    doc.add_paragraph(narrative_paragraph(report))
    doc.add_paragraph(f"Secara rinci realisasi anggaran Tahun {y} dapat dilihat pada tabel berikut ini:")
    doc.add_paragraph(f"Tabel 3.3 Realisasi Anggaran Tahun {y}")
    if report.with_sisa:
        _table(doc, ["NO", "URAIAN", "PAGU ANGGARAN (Rp)", "REALISASI (Rp)", "SISA (Rp)", "CAPAIAN (%)"],
               [[b.code, b.name, rupiah(b.anggaran, ""), rupiah(b.realisasi, ""), rupiah(b.sisa, ""), b.persen]
                for b in report.budget], {2, 3, 4, 5})
    else:
        _table(doc, ["NO", "PROGRAM / KEGIATAN", "JUMLAH ANGGARAN (Rp)", "REALISASI ANGGARAN (Rp)", "%"],
               [[b.code if b.level == "program" else "", b.name if b.level != "kegiatan" else f"- {b.name}",
                 rupiah(b.anggaran), rupiah(b.realisasi), b.persen] for b in report.budget], {2, 3, 4})
    doc.add_heading("BAB IV PENUTUP", level=1)
    doc.add_paragraph("Laporan Kinerja ini diharapkan menjadi bahan evaluasi dan perbaikan kinerja pada "
                      "tahun berikutnya.")
    lampiran = ([lampiran_table(report)] if report.lampiran else []) + \
        [e for e in report.extras if e.where == "lampiran"]
    if lampiran:
        doc.add_heading("LAMPIRAN", level=1)
        for extra in lampiran:
            _extra(doc, report, extra)
    doc.core_properties.title = f"LKjIP {report.agency} {y}"
    doc.save(str(path))
    return path
