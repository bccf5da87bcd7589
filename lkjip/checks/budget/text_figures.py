"""What a figure in the running text speaks of, read from the words just before it.

"Dari Total Anggaran Rp. 19.253.454.000,- terealisasi sebesar Rp. 18.900.282.622,-":
the words between the previous figure and this one (its lead-in) name what it is. The
last budget word wins ("realisasi anggaran" is spending, not budget). Words that put the
figure at another stage or time ("APBD Murni", "sebelum perubahan", "tahun 2017",
"APBN") make it a different quantity from the table's (revised) totals. Not a rule.
"""

from __future__ import annotations

import re

from lkjip.records import BudgetRow, Extraction, NarrativeAmount

_SUBJECT = re.compile(
    r"(?P<realisasi>reali[sz]asi(?:\s+(?:anggaran|keuangan|belanja))?|terealisasi|penyerapan|"
    r"serapan|terserap|dibelanjakan)"
    r"|(?P<anggaran>total\s+anggaran|jumlah\s+anggaran|anggaran|pagu|alokasi|\bdpa\b|plafon)",
    re.I)
_OTHER_STAGE = re.compile(
    r"\bmurni\b|sebelum\s+perubahan|\bawal\b|\binduk\b|\bapbn\b|tahun\s+(lalu|sebelumnya)|"
    r"pagu\s+indikatif|renstra|rpjmd|\btarget\b|\bsilpa\b|\bsisa\b|pendapatan|\bpad\b|"
    r"tidak\s+langsung|\bbtl\b|gaji|\bfisik\b|"
    # The change against another year ("mengalami kenaikan sebesar Rp. 0 atau 0%").
    r"\bkenaikan\b|\bpenurunan\b|\bnaik\b|\bturun\b", re.I)
_PREVIOUS_FIGURE = re.compile(r"\d[\d.,]*\d(?:\s*%|,-)?|\)")
# "(APBD)", "(BTL Khusus)": a bracket naming the line, part of its lead-in; a bracket
# closing a figure's words ("(lima)", "(Sembilan … Rupiah )") or a share ("(87,40%)") is not.
_NAME_BRACKET = re.compile(r"\([A-Z][A-Za-z/&.-]*(?:\s+[A-Z][A-Za-z/&.-]*){0,2}\)$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_LEAD_CHARS = 200


def lead_in(amount: NarrativeAmount) -> str:
    """The words between the previous figure (or its words) and this one."""
    offset = amount.context_offset
    if offset is None:
        offset = amount.context.find(amount.text)
    if offset < 0:
        return ""
    lead = amount.context[:offset]
    last = None
    for m in _PREVIOUS_FIGURE.finditer(lead):
        if not _YEAR.fullmatch(m.group(0)) and not (m.group(0) == ")" and _NAME_BRACKET.search(lead, 0, m.end())):
            last = m
    if last is not None:
        lead = lead[last.end():]
    return lead[-_LEAD_CHARS:]


def subject(amount: NarrativeAmount) -> str | None:
    """"anggaran" or "realisasi" when the lead-in says which; None otherwise."""
    found = None
    for m in _SUBJECT.finditer(lead_in(amount)):
        found = "realisasi" if m.group("realisasi") else "anggaran"
    return found


def other_stage(amount: NarrativeAmount, year: int | None) -> str | None:
    """The words that make this figure a different quantity from the year's budget."""
    lead = lead_in(amount)
    m = _OTHER_STAGE.search(lead)
    if m:
        return m.group(0)
    if year is not None:
        for y in _YEAR.findall(lead):
            if int(y) != year:
                return y
    return None


def is_table_value(amount: NarrativeAmount, doc: Extraction) -> bool:
    """A figure of a borderless list the budget extractor read as a table row."""
    box = amount.cell.bbox
    if box is None:
        return False
    for row in doc.budget:
        for cell in row.cells.values():
            if cell.page == amount.page and cell.bbox is not None and \
                    abs(cell.bbox[0] - box[0]) < 2 and abs(cell.bbox[1] - box[1]) < 2:
                return True
    return False


def grand_totals(doc: Extraction) -> list[BudgetRow]:
    """The total lines of Realisasi Anggaran tables that no other line adds into."""
    return [r for r in doc.budget if r.level == "total" and r.parent is None
            and r.table_kind == "realisasi_anggaran"]
