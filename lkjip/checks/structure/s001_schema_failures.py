"""LKJ-S001: a printed value could not be read as a number, so no check used it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import column_header_ref, data_row_ref, page_ref, table_ref
from lkjip.records import Cell, Extraction, SchemaFailure

_EXPLAIN = {
    "anggaran": ("the printed anggaran could not be read as an amount", "anggaran tertulis tidak terbaca sebagai angka"),
    "realisasi": ("the printed realisasi could not be read as an amount", "realisasi tertulis tidak terbaca sebagai angka"),
    "sisa": ("the printed sisa could not be read as an amount", "sisa tertulis tidak terbaca sebagai angka"),
    "persen": ("the printed percentage could not be read", "persentase tertulis tidak terbaca"),
}


# What a failed reading means, in words ("greater_than_or_equal_to(0)" → "is negative").
_CHECK_WORDS: dict[str, tuple[str, str]] = {
    "greater_than_or_equal_to": ("is below what the column allows (negative?)", "di bawah yang mungkin (negatif?)"),
    "less_than_or_equal_to": ("is above what the column allows", "melebihi yang mungkin untuk kolom ini"),
    "rupiah_not_negative": ("is a negative amount", "bernilai negatif"),
    "isin": ("is not one of the kinds the report uses", "bukan salah satu jenis yang dipakai laporan"),
    "str_length": ("is empty", "kosong"),
    "": ("could not be read as printed", "tidak dapat dibaca sebagaimana tertulis"),
}


# A balance line of a budget statement: the difference of two others, negative by nature
# ("Surplus/(Defisit)", "Pembiayaan Netto", "SILPA", "Lebih/(Kurang)", "Bertambah/(Berkurang)").
_BALANCE_LINE = re.compile(
    r"surplus|defisit|pembiayaan\s+net+o|\bsil?pa\b|sisa\s+lebih|selisih|lebih\s*/?\s*\(?\s*kurang"
    r"|kenaikan\s*/?\s*\(?\s*penurunan|bertambah\s*/?\s*\(?\s*berkurang|naik\s*/?\s*\(?\s*turun", re.I)


def _negative_balance(f: SchemaFailure) -> bool:
    """A negative amount on a balance line: printed as it should be, nothing to look at."""
    return (f.kind == "budget" and (f.check or "").startswith("greater_than_or_equal_to")
            and f.column in ("anggaran", "realisasi") and bool(f.name and _BALANCE_LINE.search(f.name)))


# A cell printing only a dash ("-", "Rp -", "Rp. -,-"): nil by the tables' convention, no typo.
_NIL = re.compile(r"\s*(?:rp\.?\s*)?[-\u2013\u2014]+\s*(?:,\s*-)?\s*", re.I)


def _nil(f: SchemaFailure) -> bool:
    return f.check == "equal_to(True)" and bool(f.text) and _NIL.fullmatch(f.text or "") is not None


def _where(f: SchemaFailure, lang: str) -> str:
    """Where a person finds the cell: printed page, the table's name, its data row counted
    from 1 and the column's printed header ("hlm. 19 (PDF 21), tabel «Tabel 3.5 …», baris 1,
    kolom «REALISASI (Rp)»")."""
    parts = []
    if f.page is not None:
        parts.append(page_ref(f.page, lang))
    if f.table:
        parts.append(table_ref(f.table, lang))
        parts.append(data_row_ref(f.table, f.row, lang))
        parts.append(column_header_ref(f.table, f.bbox, lang))
    return ", ".join(p for p in parts if p) or ("document" if lang == "en" else "dokumen")


# What to do about it, said once at the end of every message.
_LOOK = {"en": " Check the cell on the page for a typo.", "id": " Periksa sel itu di halamannya: mungkin salah ketik."}
# On a page read by OCR the odd form is as likely the reading's as the print's.
_LOOK_OCR = {"en": " The page was read by OCR: compare the cell with the page (a misread, or a typo).",
             "id": " Halaman ini dibaca dengan OCR: bandingkan sel itu dengan halamannya (salah baca, atau salah ketik)."}


@register
class SchemaFailures(Rule):
    """A value printed in the report could not be read, so no check could use it.

    Every amount of a budget table and every figure in the text is read as a number
    before it is compared. Where that fails, this finding says where, with the text as
    printed: an amount printed in a form no notation allows
    ("3.8000.000.000,00", "48. 592.221.203,-", "227.199732,00" in LKIP DPM-Desa Jawa
    Barat 2016, pp. 27-30), a negative anggaran, a percentage above 1000, a program line
    without a name, an amount like "1.250" that reads either way in a document whose
    number style could not be determined (it is read the Indonesian way). An unreadable
    value is kept out of every sum and comparison, so the budget rules say nothing about
    it: this finding is where the reader learns it was skipped.

    A warning: the document may be right and the reading wrong, or the document may hold
    a malformed number; either way a person should look at the cell. No tolerance.
    A negative amount on a balance line ("Surplus/(Defisit) (884.001.415,00)" in a CaLK's
    statement summary, "SILPA", "Lebih/(Kurang)") is what the line should print, and is
    not reported; nor is a cell printing only a dash, the tables' way of writing nil.
    """

    code = "LKJ-S001"
    title: ClassVar[dict[str, str]] = {"en": "Number printed in a form that cannot be read (a typo?)",
                                       "id": "Angka tertulis dalam bentuk yang tidak dapat dibaca (salah ketik?)"}
    severity = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        ocr_pages = set(doc.coverage.ocr_pages)
        for f in doc.schema_failures:
            if _negative_balance(f) or _nil(f):
                continue
            column = f.column
            explain = _EXPLAIN.get(column or "") if f.check == "equal_to(True)" else None
            text = f.text
            printed = f" “{text}”" if text else ""
            name = f" (“{f.name}”)" if f.name else ""
            if explain:
                en = f"{_where(f, 'en')}{name}: {explain[0]}{printed}; it is left out of every check."
                idn = f"{_where(f, 'id')}{name}: {explain[1]}{printed}; nilai ini tidak ikut diperiksa."
            elif f.check == "unambiguous_number":
                en = (f"{_where(f, 'en')}{name}: {printed.strip()} reads with either thousands separator and "
                      f"the document's style could not be determined; it was read the Indonesian way.")
                idn = (f"{_where(f, 'id')}{name}: {printed.strip()} dapat dibaca dengan dua cara pemisah ribuan "
                       f"dan gaya angka dokumen tidak dapat ditentukan; dibaca cara Indonesia.")
            elif f.column is None and "named_unless_total" in f.check:
                en = f"{_where(f, 'en')}: a budget line with amounts but no name{printed}."
                idn = f"{_where(f, 'id')}: baris anggaran berisi angka tanpa nama{printed}."
            else:
                case = f.failure_case
                what = _CHECK_WORDS.get((f.check or "").split("(")[0], _CHECK_WORDS[""])
                en = (f"{_where(f, 'en')}{name}: the {column or 'value'} {what[0]} (read as {case}){printed}; "
                      f"it is left out of every check.")
                idn = (f"{_where(f, 'id')}{name}: {column or 'nilai'} {what[1]} (terbaca {case}){printed}; "
                       f"nilai ini tidak ikut diperiksa.")
            if f.check != "unambiguous_number":
                look = _LOOK_OCR if f.page in ocr_pages else _LOOK
                en, idn = en + look["en"], idn + look["id"]
            bbox = f.bbox
            cell = Cell(text=str(text if text is not None else f.failure_case or ""), page=f.page,
                        table=f.table, row=f.row, column=column,
                        bbox=tuple(bbox) if bbox else None)  # type: ignore[arg-type]
            yield self.finding(en, idn, [Evidence(cell=cell, value=None, role="failed schema")])
