"""LKJ-B002: the running text states the budget total differently from the table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from typing import ClassVar

from rapidfuzz.distance import DamerauLevenshtein

from lkjip.checks.budget.arithmetic import children_of, evidence, position, printed, tables
from lkjip.checks.budget.retold_parts import retold_sums
from lkjip.checks.budget.retold_percent import retold_percents
from lkjip.checks.budget.text_figures import grand_totals, is_table_value, other_stage, subject
from lkjip.checks.certainty import flag
from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref, table_ref
from lkjip.numbers import format_amount
from lkjip.records import BudgetRow, Extraction, NarrativeAmount

# A mistyped total keeps its length and differs in at most this many digit edits (a
# transposition "545" → "454" counts as a swap plus one change).
MAX_DIGIT_EDITS = 2


def _digits(value: float) -> str:
    return str(round(value))


def looks_mistyped(stated: float, total: float) -> bool:
    a, b = _digits(stated), _digits(total)
    return a != b and len(a) == len(b) and DamerauLevenshtein.distance(a, b) <= MAX_DIGIT_EDITS


@register
class TextTotalVsTable(Rule):
    """A total stated in the text contradicts the budget table's total.

    Flags a rupiah amount in the running text that speaks of the year's total budget or
    spending ("Total Anggaran", "pagu", "alokasi", "realisasi", "terealisasi" just before
    it) and looks like a mistyped copy of the Realisasi Anggaran table's total: same
    number of digits, at most two digits changed or swapped. Readers quote the text, so a
    wrong total in it spreads into other documents.

    Example (seed): the text on pp. 16 and 17 says "Rp. 19.253.454.000,- (Sembilan belas
    milyar dua ratus lima puluh tiga juta empat ratus lima puluh empat ribu rupiah)" but
    the table on p. 17 adds up to 19.253.545.000 (as do the PK list on p. 8 and the
    lampiran on p. 19).

    How false alarms are avoided: (1) only an amount whose lead-in (the words since the
    previous figure) names anggaran or realisasi is compared, and only with the total of
    that column; (2) an amount equal to any table total is consistent; (3) an amount whose
    lead-in places it at another stage or in another year ("APBD Murni", "sebelum
    perubahan", "tahun 2017", "APBN", "belanja tidak langsung", "sisa") is a different
    quantity — the seed's "APBD Murni … Rp. 18.353.545.000,-" is not flagged; (4) an amount
    that is not digit-for-digit close to the total (a kegiatan's budget, a share of it)
    is a different quantity, not a contradiction. Tolerance: exact (whole rupiah).

    Also a program's total against its kegiatan retold in the text: a table printing the
    program's amount above its kegiatan listed by name only, and the text giving every one
    of those kegiatan its own figure, whose sum differs from the
    program's. The kegiatan are tied to the text by name, so this is a warning. Example:
    a program of five kegiatan printed as 503,000,000.00 while the text's five alokasi
    anggaran add up to 522,000,000.

    Also a line's realisation percentage in a table printing only anggaran and percent,
    against the line retold in the text with the same anggaran and a name sharing three
    words in a row: "Peningkatan cakupan pengawasan barang beredar | 1,000,000,000 | 88.81"
    vs "Kegiatan Pengawasan Barang Beredar di Pasar … Rp. 1,000,000,000.00 … Rp.
    883,082,282.00 atau 88.31%", whose own figures agree (883,082,282 / 1,000,000,000 =
    88.31 %). A warning: the tie rests on an amount and part of a name.
    """

    code = "LKJ-B002"
    title: ClassVar[dict[str, str]] = {"en": "Total in the text contradicts the budget table",
             "id": "Total pada narasi berbeda dengan tabel anggaran"}
    severity = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        yield from self._retold(doc)
        yield from self._retold_percent(doc)
        totals = grand_totals(doc)
        if not totals:
            return
        groups: dict[tuple[str, int, str], list[NarrativeAmount]] = defaultdict(list)
        agreeing: dict[tuple[str, int, str], list[NarrativeAmount]] = defaultdict(list)
        for amount in doc.amounts:
            if amount.kind != "rupiah" or is_table_value(amount, doc):
                continue
            column = subject(amount)
            if column is None:
                continue
            values = [getattr(t, column) for t in totals if getattr(t, column) is not None]
            for t in totals:
                if getattr(t, column) == amount.value:
                    agreeing[(t.table, t.row, column)].append(amount)
            if amount.value in values or other_stage(amount, doc.metadata.year):
                continue
            near = [t for t in totals if getattr(t, column) is not None
                    and looks_mistyped(amount.value, getattr(t, column))]
            if not near:
                continue
            best = min(near, key=lambda t: abs(getattr(t, column) - amount.value))
            groups[(best.table, best.row, column)].append(amount)
        by_key = {(t.table, t.row): t for t in totals}
        for (table, row, column), amounts in groups.items():
            total = by_key[(table, row)]
            for value in dict.fromkeys(a.value for a in amounts):
                same = [a for a in amounts if a.value == value]
                yield self._finding(doc, total, column, same, agreeing.get((table, row, column), []))

    def _finding(self, doc: Extraction, total: BudgetRow, column: str,
                 stated: list[NarrativeAmount], agreeing: list[NarrativeAmount]) -> Finding:
        rows = tables(doc).get(total.table, [])
        parts = children_of(rows).get(position(rows, total), []) if rows else []
        arithmetic = ""
        if parts and all(getattr(p, column) is not None for p in parts) and len(parts) <= 8:
            arithmetic = " + ".join(printed(p, column) for p in parts) + " = "
        pages_en = " and ".join(page_ref(p, "en") for p in dict.fromkeys(a.page for a in stated))
        pages_id = " dan ".join(page_ref(p, "id") for p in dict.fromkeys(a.page for a in stated))
        first = stated[0]
        words = f" {first.words}" if first.words else ""
        shown = printed(total, column)
        diff = format_amount(abs(first.value - getattr(total, column)))
        also_en = also_id = ""
        lists = [r for r in doc.budget if r.level == "total" and r.table != total.table
                 and getattr(r, column) == getattr(total, column)]
        refs_en = [f"{a.text} ({page_ref(a.page, 'en')})" for a in agreeing]
        refs_id = [f"{a.text} ({page_ref(a.page, 'id')})" for a in agreeing]
        refs_en += [f"{printed(r, column)} ({table_ref(r.table, 'en')}, {page_ref(r.page, 'en')})" for r in lists]
        refs_id += [f"{printed(r, column)} ({table_ref(r.table, 'id')}, {page_ref(r.page, 'id')})" for r in lists]
        if refs_en:
            also_en = f" The table's figure is also printed elsewhere: {', '.join(refs_en)}."
            also_id = f" Angka tabel juga tertulis di tempat lain: {', '.join(refs_id)}."
        en = (f"The text on {pages_en} states the total {column} as {first.text}{words}, but the "
              f"table on {page_ref(total.page, 'en')} ({table_ref(total.table, 'en')}) gives {arithmetic}{shown} "
              f"(“{total.name}”); difference {diff}.{also_en}")
        idn = (f"Narasi pada {pages_id} menyebut total {column} {first.text}{words}, tetapi tabel "
               f"pada {page_ref(total.page, 'id')} ({table_ref(total.table, 'id')}) menunjukkan {arithmetic}{shown} "
               f"(“{total.name}”); selisih {diff}.{also_id}")
        ev: list[Evidence] = [Evidence(cell=a.cell, value=float(a.value), role="stated in text")
                              for a in stated]
        ev += [Evidence(cell=a.words_cell, value=a.words_value, role="stated in words")
               for a in stated if a.words_cell is not None]
        ev.append(evidence(total, column, "table total"))
        ev += [evidence(p, column, "table part") for p in parts]
        ev += [Evidence(cell=a.cell, value=float(a.value), role="agrees with table") for a in agreeing]
        ev += [evidence(r, column, "agrees with table") for r in lists]
        return flag(self, en, idn, ev)

    def _retold(self, doc: Extraction) -> Iterator[Finding]:
        """A program's amount that its kegiatan's figures in the text do not add up to."""
        for retold in retold_sums(doc):
            program, column = retold.program, retold.column
            stated = getattr(program, column)
            if abs(retold.total - stated) < 1:
                continue
            sums = " + ".join(a.text for _, a, _ in retold.parts)
            pages_en = ", ".join(page_ref(p, "en") for p in dict.fromkeys(a.page for _, a, _ in retold.parts))
            pages_id = ", ".join(page_ref(p, "id") for p in dict.fromkeys(a.page for _, a, _ in retold.parts))
            total, diff = format_amount(retold.total), format_amount(abs(retold.total - stated))
            en = (f"The table on {page_ref(program.page, 'en')} ({table_ref(program.table, 'en')}) gives "
                  f"“{program.name}” a {column} of {printed(program, column)}, but the text ({pages_en}) "
                  f"gives each of its {len(retold.parts)} kegiatan listed there a figure, and they add up "
                  f"to {sums} = {total}; difference {diff}.")
            idn = (f"Tabel pada {page_ref(program.page, 'id')} ({table_ref(program.table, 'id')}) mencatat "
                   f"{column} “{program.name}” {printed(program, column)}, tetapi narasi ({pages_id}) "
                   f"menyebut angka tiap kegiatannya ({len(retold.parts)} kegiatan yang tercantum di "
                   f"tabel), yang jumlahnya {sums} = {total}; selisih {diff}.")
            ev = [evidence(program, column, "table total")]
            for _, amount, certain in retold.parts:
                cell = amount.cell if certain else replace(
                    amount.cell, inferred=(*amount.cell.inferred, "row_named_loosely"))
                ev.append(Evidence(cell=cell, value=float(amount.value), role="stated in text"))
            yield self.finding(en, idn, ev, severity="warning")

    def _retold_percent(self, doc: Extraction) -> Iterator[Finding]:
        """A table's realisation percentage the text retells as another, self-consistently."""
        for t in retold_percents(doc):
            row, where_en, where_id = t.row, page_ref(t.percent.page, "en"), page_ref(t.percent.page, "id")
            en = (f"The table on {page_ref(row.page, 'en')} ({table_ref(row.table, 'en')}) prints a realisation "
                  f"of {printed(row, 'persen')} % for “{row.name}” (anggaran {printed(row, 'anggaran')}), but "
                  f"the text on {where_en} retells the line with the same anggaran as {t.anggaran.text}, "
                  f"realisasi {t.realisasi.text} and {t.percent.text}, which agree with each other.")
            idn = (f"Tabel pada {page_ref(row.page, 'id')} ({table_ref(row.table, 'id')}) mencantumkan realisasi "
                   f"{printed(row, 'persen')} % untuk “{row.name}” (anggaran {printed(row, 'anggaran')}), tetapi "
                   f"narasi pada {where_id} menyebut baris dengan anggaran yang sama {t.anggaran.text}, "
                   f"realisasi {t.realisasi.text} dan {t.percent.text}, yang saling sesuai.")
            ev = [evidence(row, "persen", "table percent"),
                  Evidence(cell=t.percent.cell, value=float(t.percent.value), role="stated percent"),
                  evidence(row, "anggaran", "table anggaran"),
                  Evidence(cell=t.anggaran.cell, value=float(t.anggaran.value), role="anggaran"),
                  Evidence(cell=t.realisasi.cell, value=float(t.realisasi.value), role="realisasi")]
            yield self.finding(en, idn, ev, severity="warning")
