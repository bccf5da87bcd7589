"""LKJ-B003: a stated realisation percentage is not realisasi / anggaran × 100."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import ClassVar

from lkjip.checks.budget.arithmetic import (
    children_of,
    evidence,
    fmt_pct,
    label,
    percent_agrees,
    printed,
    tables,
)
from lkjip.checks.budget.b001_parts_vs_total import INFERRED_LEVEL
from lkjip.checks.budget.misread_share import misread_note
from lkjip.checks.budget.percent_between import pair_around, row_of_amounts
from lkjip.checks.budget.prose_rows import named_row
from lkjip.checks.budget.text_figures import is_table_value, lead_in, other_stage, subject
from lkjip.checks.certainty import flag
from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref, table_ref
from lkjip.numbers import decimals_printed, parse_number
from lkjip.records import BudgetRow, Extraction, NarrativeAmount

_NOT_KEUANGAN = re.compile(r"kinerja|capaian|fisik|target|indikator|efisiensi", re.I)
_NAME_PREFIX = re.compile(r"^(program|kegiatan|sub\s*kegiatan)\s+", re.I)


# "Belanja Modal Tanah … terealisasi sebesar Rp.0 atau mencapai 0%": an amount the lead-in
# states itself (single digits too, which lead_in does not stop at).
_LEAD_RUPIAH = re.compile(r"\brp\.?\s*(\d[\d.,]*)", re.I)


def _states_other_amount(lead: str, row: BudgetRow) -> bool:
    """The lead-in states a rupiah amount that is neither the row's anggaran nor its
    realisasi: it speaks of another line (a narrower item whose name holds the row's)."""
    for m in _LEAD_RUPIAH.finditer(lead):
        parsed = parse_number(m.group(1).rstrip(".,"))
        if parsed is None:
            continue
        if not any(v is not None and abs(v - float(parsed.value)) < 1 for v in (row.anggaran, row.realisasi)):
            return True
    return False


def _squash(text: str) -> str:
    return " ".join(re.sub(r"[^\w/]+", " ", text.lower()).split())


@register
class PercentVsComputed(Rule):
    """A stated percentage differs from realisasi / anggaran × 100.

    Flags the persen (% keuangan) column of a budget table, and a percentage in the text
    that follows its two amounts ("Dari Total Anggaran Rp. X terealisasi sebesar Rp. Y …
    atau sama dengan 98.17 %"), stands between them ("direalisasi sebesar Rp. Y atau
    mencapai 94.33% dari anggaran yang telah ditetapkan sebesar Rp. X", citing the table
    line that prints both amounts and the right share) or names a kegiatan or program of the budget table
    ("realisasi keuangan pada kegiatan Pelayanan Tamu Kepala Daerah 69,94 %"), when it is
    not the quotient of the amounts. % fisik columns and percentages about kinerja,
    capaian or fisik are left alone.

    Example (seed): 18.900.282.622 / 19.253.545.000 × 100 = 98,165 → "98.17 %" (p. 17)
    agrees; 237.749.000 / 339.919.000 × 100 = 69,94 → "69,94 %" (p. 10) agrees.

    A line printing its anggaran and % realisasi but no realisasi of its own is checked
    against the realisasi of the lines under it: "Pengadaan, Pemberhentian dan Informasi
    Kepegawaian ASN | 529.533.550,00 | 57,47" over four sub-kegiatan spending 108.802.265 +
    64.137.914 + 28.810.000 + 31.928.100 = 233.678.279, which is 44,13 % of 529.533.550 (a
    65-ppi scan, p. 37-38). Parts whose anggaran do not add up to the line's may not be all
    of them: then only a warning.

    Tolerance: what the printed rounding allows — half a unit of the last printed decimal
    ("98,17" ± 0,005; "87,2" ± 0,05; "93" ± 0,5) — or the computed value cut off at the
    printed decimals (spreadsheets that truncate). The `percent-extra-tolerance` setting adds slack.
    """

    code = "LKJ-B003"
    title: ClassVar[dict[str, str]] = {"en": "Stated percentage differs from the computed one",
             "id": "Persentase tertulis berbeda dengan hasil hitung"}
    severity = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for rows in tables(doc).values():
            kids = children_of(rows)
            for at, row in enumerate(rows):
                if row.persen is not None and row.anggaran and row.realisasi is None and "realisasi" not in row.cells:
                    found = self._parts_finding(row, kids.get(at, []), config)
                    if found is not None:
                        yield found
                    continue
                if row.persen is None or not row.anggaran or row.realisasi is None:
                    continue
                computed = row.realisasi / row.anggaran * 100
                text = printed(row, "persen")
                if percent_agrees(text, row.persen, computed, config.percent_extra_tolerance):
                    continue
                parts = [k.persen for k in kids.get(at, []) if k.persen is not None]
                mean = sum(parts) / len(parts) if parts and len(parts) == len(kids.get(at, [])) else None
                averaged = mean is not None and percent_agrees(text, row.persen, mean, 0.01)
                yield self._table_finding(row, computed, text, mean if averaged else None)
        for amount in doc.amounts:
            if amount.kind != "percent" or is_table_value(amount, doc):
                continue
            lead = lead_in(amount)
            if _NOT_KEUANGAN.search(lead) or other_stage(amount, None):
                continue
            pair = self._pair_in_text(doc, amount) or pair_around(doc, amount)
            if pair is not None:
                anggaran, realisasi = pair
                computed = float(realisasi.value) / float(anggaran.value) * 100
                if not percent_agrees(amount.text, amount.value, computed, config.percent_extra_tolerance):
                    note, row_ev = self._odd_one_out(doc, amount, anggaran, realisasi, config)
                    if not row_ev:
                        note, row_ev = self._table_prints(doc, anggaran, realisasi, computed, config)
                    yield self._text_finding(amount, computed, f"{realisasi.text} / {anggaran.text}",
                                             [Evidence(anggaran.cell, float(anggaran.value), "anggaran"),
                                              Evidence(realisasi.cell, float(realisasi.value), "realisasi"),
                                              *row_ev], note=note)
                continue
            row = self._named_row(doc, amount, lead)
            if row is not None:
                computed = (row.realisasi or 0.0) / (row.anggaran or 1.0) * 100
                if not percent_agrees(amount.text, amount.value, computed, config.percent_extra_tolerance):
                    where = f"{printed(row, 'realisasi')} / {printed(row, 'anggaran')}"
                    yield self._text_finding(amount, computed, where,
                                             [evidence(row, "anggaran", "anggaran"),
                                              evidence(row, "realisasi", "realisasi")], row)

    @staticmethod
    def _odd_one_out(doc: Extraction, pct: NarrativeAmount, anggaran: NarrativeAmount, realisasi: NarrativeAmount,
                     config: CheckConfig) -> tuple[tuple[str, str], list[Evidence]]:
        """When the row the sentence names gives the stated percentage, one of the
        sentence's amounts is the odd one out: say which, with the row as evidence."""
        rows = [r for r in doc.budget if r.level in ("program", "kegiatan", "sub_kegiatan")]
        match = named_row(anggaran, rows)
        if match is None or not match.row.anggaran or match.row.realisasi is None:
            return ("", ""), []
        row = match.row
        if not percent_agrees(pct.text, pct.value, row.realisasi / row.anggaran * 100, config.percent_extra_tolerance):
            return ("", ""), []
        odd = [(a, c) for a, c in ((anggaran, "anggaran"), (realisasi, "realisasi")) if a.value != getattr(row, c)]
        if len(odd) != 1:
            return ("", ""), []
        amount, column = odd[0]
        en = (f" The table's row “{label(row)}” ({page_ref(row.page, 'en')}) gives it: "
              f"{printed(row, 'realisasi')} / {printed(row, 'anggaran')}; the text's {column} {amount.text} "
              f"differs from the table's {printed(row, column)}.")
        idn = (f" Baris tabel “{label(row)}” ({page_ref(row.page, 'id')}) menghasilkannya: "
               f"{printed(row, 'realisasi')} / {printed(row, 'anggaran')}; {column} pada narasi {amount.text} "
               f"berbeda dengan tabel {printed(row, column)}.")
        return (en, idn), [evidence(row, "anggaran", "table anggaran"), evidence(row, "realisasi", "table realisasi")]

    @staticmethod
    def _table_prints(doc: Extraction, anggaran: NarrativeAmount, realisasi: NarrativeAmount, computed: float,
                      config: CheckConfig) -> tuple[tuple[str, str], list[Evidence]]:
        """The table line with the sentence's two amounts prints the computed percentage:
        the text's alone is off. Say so, with the line's percentage as evidence."""
        row = row_of_amounts(doc, float(anggaran.value), float(realisasi.value))
        if row is None or row.persen is None or not percent_agrees(
                printed(row, "persen"), row.persen, computed, config.percent_extra_tolerance):
            return ("", ""), []
        en = f" The table's line “{label(row)}” ({page_ref(row.page, 'en')}) prints {printed(row, 'persen')}."
        idn = f" Baris tabel “{label(row)}” ({page_ref(row.page, 'id')}) tertulis {printed(row, 'persen')}."
        return (en, idn), [evidence(row, "persen", "table percent")]

    @staticmethod
    def _pair_in_text(doc: Extraction, pct: NarrativeAmount) -> tuple[NarrativeAmount, NarrativeAmount] | None:
        """The anggaran and realisasi amounts stated just before `pct` in its sentence."""
        if len(lead_in(pct)) > 60:
            return None
        before = [a for a in doc.amounts if a.kind == "rupiah" and a.context == pct.context
                  and (a.context_offset or 0) < (pct.context_offset or 0)]
        if len(before) < 2:
            return None
        realisasi = before[-1] if subject(before[-1]) == "realisasi" else None
        anggaran = next((a for a in reversed(before[:-1]) if subject(a) == "anggaran"), None)
        if realisasi is None or anggaran is None or not anggaran.value:
            return None
        return anggaran, realisasi

    @staticmethod
    def _named_row(doc: Extraction, pct: NarrativeAmount, lead: str) -> BudgetRow | None:
        """The budget line whose name the lead-in quotes ("… pada kegiatan Pelayanan Tamu …")."""
        if subject(pct) != "realisasi" and "keuangan" not in lead.lower():
            return None
        squashed = _squash(lead)
        best: BudgetRow | None = None
        for row in doc.budget:
            if row.table_kind != "realisasi_anggaran" or not row.anggaran or row.realisasi is None:
                continue
            name = _squash(_NAME_PREFIX.sub("", row.name))
            if len(name) >= 12 and name in squashed and (best is None or len(name) > len(best.name)):
                best = row
        if best is not None and _states_other_amount(lead, best):
            return None
        return best

    def _table_finding(self, row: BudgetRow, computed: float, text: str,
                       mean: float | None = None) -> Finding:
        d = max(decimals_printed(text), 2)
        a, r = printed(row, "anggaran"), printed(row, "realisasi")
        en = (f"“{label(row)}” ({page_ref(row.page, 'en')}, {table_ref(row.table, 'en')}): {r} / {a} × 100 = "
              f"{fmt_pct(computed, d)} %, but the table prints {text}.")
        idn = (f"“{label(row)}” ({page_ref(row.page, 'id')}, {table_ref(row.table, 'id')}): {r} / {a} × 100 = "
               f"{fmt_pct(computed, d)} %, tetapi tabel tertulis {text}.")
        ev = [evidence(row, "persen", "stated percent"), evidence(row, "anggaran", "anggaran"),
              evidence(row, "realisasi", "realisasi")]
        note_en, note_id = misread_note(text, computed, d, row.cells.get("persen"))
        en, idn = en + note_en, idn + note_id
        if mean is not None:
            # The report averaged its lines' percentages: a method, stated nowhere, not a typo.
            en += (f" The printed figure is the average of the percentages of the lines under it "
                   f"({fmt_pct(mean, d)} %), which ignores their weights.")
            idn += (f" Angka tersebut adalah rata-rata persentase baris di bawahnya ({fmt_pct(mean, d)} %), "
                    f"yang mengabaikan bobot anggarannya.")
            return self.finding(en, idn, ev, severity="warning")
        return flag(self, en, idn, ev)

    def _parts_finding(self, row: BudgetRow, parts: list[BudgetRow], config: CheckConfig) -> Finding | None:
        """A line printing its anggaran and % realisasi but no realisasi of its own, over
        parts that each print theirs ("Pengadaan … ASN | 529.533.550,00 | 57,47" over its
        sub-kegiatan): the share is the parts' realisasi over the line's anggaran. Parts
        whose anggaran do not add up to the line's (or are not all printed) may not be all
        of them: only a warning rests on that sum."""
        if len(parts) < 2 or any(p.realisasi is None for p in parts):
            return None
        spent = sum(p.realisasi or 0.0 for p in parts)
        computed = spent / (row.anggaran or 1.0) * 100
        text = printed(row, "persen")
        if percent_agrees(text, row.persen, computed, config.percent_extra_tolerance):
            return None
        budgets = [p.anggaran for p in parts]
        complete = all(b is not None for b in budgets) and abs(sum(b or 0.0 for b in budgets) - (row.anggaran or 0.0)) < 1
        d = max(decimals_printed(text), 2)
        spent_text = " + ".join(printed(p, "realisasi") for p in parts)
        a = printed(row, "anggaran")
        en = (f"“{label(row)}” ({page_ref(row.page, 'en')}, {table_ref(row.table, 'en')}) prints no realisasi of "
              f"its own; its {len(parts)} lines below spent ({spent_text}) / {a} × 100 = {fmt_pct(computed, d)} %, "
              f"but the table prints {text}.")
        idn = (f"“{label(row)}” ({page_ref(row.page, 'id')}, {table_ref(row.table, 'id')}) tidak mencantumkan "
               f"realisasinya sendiri; {len(parts)} baris di bawahnya merealisasikan ({spent_text}) / {a} × 100 = "
               f"{fmt_pct(computed, d)} %, tetapi tabel tertulis {text}.")
        level_doubt = INFERRED_LEVEL.get(row.level_evidence or "")
        ev = [evidence(row, "persen", "stated percent"), evidence(row, "anggaran", "anggaran"),
              *(evidence(p, "realisasi", "part") for p in parts)]
        if level_doubt is not None:
            ev = [replace(e, cell=replace(e.cell, inferred=(*e.cell.inferred, level_doubt))) for e in ev]
        if not complete:
            en += " The lines' anggaran do not add up to the line's (or are not all printed): they may not be all of its parts."
            idn += (" Anggaran baris-baris tersebut tidak berjumlah sama dengan anggaran baris ini (atau tidak semuanya "
                    "tercetak): mungkin belum semua bagiannya.")
            return self.finding(en, idn, ev, severity="warning")
        return flag(self, en, idn, ev)

    def _text_finding(self, pct: NarrativeAmount, computed: float, quotient: str,
                      ev: list[Evidence], row: BudgetRow | None = None,
                      note: tuple[str, str] = ("", "")) -> Finding:
        d = max(decimals_printed(pct.text), 2)
        source_en = f" (“{label(row)}”, {page_ref(row.page, 'en')})" if row else ""
        source_id = f" (“{label(row)}”, {page_ref(row.page, 'id')})" if row else ""
        en = (f"The text on {page_ref(pct.page, 'en')} states {pct.text}, but {quotient}{source_en} "
              f"× 100 = {fmt_pct(computed, d)} %.")
        idn = (f"Narasi pada {page_ref(pct.page, 'id')} menyebut {pct.text}, tetapi {quotient}{source_id} "
               f"× 100 = {fmt_pct(computed, d)} %.")
        evidence_list = [Evidence(pct.cell, pct.value, "stated percent"), *ev]
        return flag(self, en + note[0], idn + note[1], evidence_list)
