"""Small Extractions for rule tests: a budget table and sentences, as a report prints them."""

from __future__ import annotations

from lkjip.numbers import find_numbers, find_terbilang, parse_number
from lkjip.records import BudgetRow, Cell, Extraction, NarrativeAmount


def row(table: str, r: int, level: str, name: str, *, anggaran: str | None = None,
        realisasi: str | None = None, persen: str | None = None, sisa: str | None = None,
        parent: int | None = None, page: int = 17,
        kind: str = "realisasi_anggaran") -> BudgetRow:
    """A row with its printed texts; values parsed as the extractor does."""
    out = BudgetRow(table=table, table_kind=kind, page=page, row=r, level=level,  # type: ignore[arg-type]
                    name=name, parent=parent)
    for column, text in (("anggaran", anggaran), ("realisasi", realisasi), ("persen", persen),
                         ("sisa", sisa)):
        if text is None:
            continue
        parsed = parse_number(text)
        setattr(out, column, float(parsed.value) if parsed else None)
        out.cells[column] = Cell(text=text, page=page, table=table, row=r, column=column,
                                 bbox=(300.0, 100.0 + 12 * r, 400.0, 110.0 + 12 * r))
    return out


def seed_table(**changes: str) -> list[BudgetRow]:
    """The seed's Realisasi Anggaran table (p. 17), shortened; `changes` replaces printed
    texts by key "<row>_<column>"."""
    spec = [
        (1, "program", "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", "2.316.431.000,-", "2.281.358.092,-", 13),
        (2, "kegiatan", "Kegiatan Penyediaan Bahan Bacaan", "1.640.000.000,-", "1.639.949.800,-", 1),
        (3, "kegiatan", "Kegiatan Peningkatan Ketatausahaan", "676.431.000,-", "641.408.292,-", 1),
        (4, "program", "PROGRAM PENINGKATAN PELAYANAN KEDINASAN KEPALA DAERAH/WAKIL KEPALA DAERAH",
         "1.464.448.000,-", "1.340.069.687,-", 13),
        (5, "kegiatan", "Kegiatan Pelayanan Tamu Kepala Daerah", "339.919.000,-", "237.749.000,-", 4),
        (6, "kegiatan", "Kegiatan Pelayanan Acara dan Keprotokolan", "1.124.529.000,-", "1.102.320.687,-", 4),
        (7, "program", "PROGRAM PENGHIMPUNAN DATA DAN PENYEBARLUASAN INFORMASI PEMBANGUNAN DAERAH "
         "PROVINSI JAMBI", "15.472.666.000,-", "15.278.854.843,-", 13),
        (8, "kegiatan", "Kegiatan Pemberitaan dan Publikasi", "15.472.666.000,-", "15.278.854.843", 7),
        (13, "total", "Jumlah.....", "19.253.545.000,-", "18.900.282.622,-", None),
    ]
    rows = []
    for r, level, name, a, re_, parent in spec:
        a = changes.get(f"{r}_anggaran", a)
        re_ = changes.get(f"{r}_realisasi", re_)
        rows.append(row("p17-t1", r, level, name, anggaran=a, realisasi=re_,
                        persen=changes.get(f"{r}_persen"), sisa=changes.get(f"{r}_sisa"), parent=parent))
    at = {r.row: i for i, r in enumerate(rows)}  # parent: a position in the table's rows
    for r in rows:
        r.parent = at[r.parent] if r.parent is not None else None
    return rows


def pk_list(amounts: list[str], names: list[str]) -> list[BudgetRow]:
    rows = [row("p8-list1", i, "program", n, anggaran=a, page=8, kind="program_anggaran", parent=len(names))
            for i, (n, a) in enumerate(zip(names, amounts, strict=False))]
    if len(amounts) > len(names):
        rows.append(row("p8-list1", len(names), "total", "", anggaran=amounts[-1], page=8,
                        kind="program_anggaran"))
    return rows


def sentence(text: str, page: int = 16) -> list[NarrativeAmount]:
    """The figures of one sentence, as lkjip.extract.interpret.narrative_amounts reads them."""
    words = {s: (s, e, p, v) for s, e, p, v in find_terbilang(text)}
    out = []
    for n in find_numbers(text):
        follow = next((s for s in sorted(words) if s >= n.end and not text[n.end:s].strip(" ,-")), None)
        if n.kind not in ("rupiah", "percent") and follow is None:
            continue
        a = NarrativeAmount(page=page, text=n.text, value=float(n.value) if n.kind == "percent" else n.value,
                            kind=n.kind if n.kind in ("rupiah", "percent", "count") else "other",
                            cell=Cell(text=n.text, page=page, bbox=(100.0, 50.0 + n.start, 200.0, 60.0 + n.start)),
                            context=text, context_offset=n.start)
        if follow is not None:
            _s, _e, p, v = words[follow]
            a.words, a.words_value, a.words_cell = p, v, Cell(text=p, page=page)
        out.append(a)
    return out


def doc(budget: list[BudgetRow] | None = None, amounts: list[NarrativeAmount] | None = None) -> Extraction:
    return Extraction(file="test.pdf", sha256=None, kind="pdf", pages=19, budget=budget or [],
                      amounts=amounts or [],
                      page_texts={7: "PERJANJIAN KINERJA\nBIRO HUMAS DAN PROTOKOL TAHUN ANGGARAN 2018",
                                  8: "Program: Anggaran:", 36: "Rencana Program dan Kegiatan Tahun 2019"})
