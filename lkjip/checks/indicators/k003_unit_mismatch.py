"""LKJ-K003: one indicator counted in different units."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.indicators.common import indicator_groups, join_list, short, where
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.numbers import is_share_of_base, normalize_unit, unit_typo_of
from lkjip.records import Cell, Extraction, IndicatorRow


def _quantities(row: IndicatorRow) -> Iterator[tuple[str, Any, Cell | None]]:
    if row.target is not None:
        yield "target", row.target, row.cells.get("target")
    for year, q in sorted(row.target_by_year.items()):
        if q is not None and q is not row.target:
            yield f"target {year}", q, row.cells.get(f"target_{year}")
    if row.realisasi is not None:
        yield "realisasi", row.realisasi, row.cells.get("realisasi")
    for year, q in sorted(row.realisasi_by_year.items()):
        if q is not None and q is not row.realisasi:
            yield f"realisasi {year}", q, row.cells.get(f"realisasi_{year}")


# OCR reads a printed "l" as "I", "1" or "|" (glyphs scans confuse): in a unit read by
# OCR, these fold to "l" before units are compared, so a scanned "Ibr" is the "lbr" it
# prints. Units from a text layer are compared as printed.
_L_GLYPHS = str.maketrans({"I": "l", "1": "l", "|": "l"})


def unit_key(q: Any, cell: Cell | None) -> str | None:
    """The unit a value is compared by: `q.unit`, or for an OCR'd cell (it carries a
    confidence) whose unit holds an l-like glyph, the unit with that glyph read as "l"."""
    raw = q.unit_raw or ""
    if cell is None or cell.confidence is None or not any(ch in raw for ch in "I1|"):
        return q.unit
    return normalize_unit(raw.translate(_L_GLYPHS)) or q.unit


@register
class UnitMismatch(Rule):
    """Flags an indicator whose values are printed in different units: target against
    realisasi in one row, or one table against another, including a misspelt unit.

    Why: a target in copies (eks) and a realisasi in sheets (lbr) cannot be compared,
    so the capaian computed from them means nothing; a misspelt unit is a sign the cell
    was retyped rather than copied.

    Example (seed): "Jumlah Poster Informasi" has target 11.000 eks but realisasi
    6000 lbr (Pengukuran Kinerja, p. 12); "Jumlah bahan informasi … di media online"
    is counted in adv except for its 2016 realisasi, 1.615 kali (p. 13).

    Units are compared after normalization (lbr, lb and lembar are one unit; "Kali"
    and "kali" are one), so spelling variants alone raise nothing; two spellings one
    slip apart ("dokumn"/"dokumen") are reported as a
    misspelling. A unit OCR read with an "l" as "I", "1" or "|" ("Ibr") is compared as
    the "lbr" it prints; only units of OCR'd cells are folded so. Percentages and counts of one indicator ("100 %" vs "730 respon" in a
    note) are not compared: only each value's main unit is; nor is a percentage of a base
    the cell names ("1 % dari jumlah penduduk"), which stands for a count of that base.
    """

    code = "LKJ-K003"
    title: ClassVar[dict[str, str]] = {"en": "Units disagree for one indicator", "id": "Satuan satu indikator tidak sama"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for group in indicator_groups(doc):
            seen: dict[str, list[tuple[IndicatorRow, str, Any, Cell | None]]] = {}
            raw: dict[str, set[str]] = {}
            for row in group:
                for role, q, cell in _quantities(row):
                    if (q.value is None and q.unit is None) or is_share_of_base(q):
                        continue  # a share of a named base stands for a count of it: no unit of its own
                    unit = unit_key(q, cell)
                    if unit is None:
                        continue
                    seen.setdefault(unit, []).append((row, role, q, cell))
                    raw.setdefault(unit, set()).add((q.unit_raw or unit).strip().lower())
            name = short(group[0].indikator)
            if len(seen) >= 2:
                units = list(seen)
                # Two spellings one slip apart are one unit, misspelt.
                typo = len(units) == 2 and unit_typo_of(units[0], units[1])
                sides = {lang: " vs ".join(
                    f'"{"/".join(sorted(raw[u]))}" ({join_list([f"{role} {where(r, lang, c)}" for r, role, _, c in facts[:4]], lang)})'
                    for u, facts in seen.items()) for lang in ("en", "id")}
                what = {"en": "a misspelt unit" if typo else "different units",
                        "id": "satuan salah ketik" if typo else "satuan berbeda"}
                yield self.finding(
                    f'Indicator "{name}" is printed with {what["en"]}: {sides["en"]}.',
                    f'Indikator "{name}" dicetak dengan {what["id"]}: {sides["id"]}.',
                    [Evidence(c or Cell(q.text, r.page, r.table, r.row, role), q.value, role)
                     for facts in seen.values() for r, role, q, c in facts],
                    severity="info" if typo else None,
                )
            for unit, spellings in raw.items():
                spelled = sorted(spellings)
                slips = [(a, b) for i, a in enumerate(spelled) for b in spelled[i + 1:] if unit_typo_of(a, b)]
                if slips and normalize_unit(slips[0][0]) == normalize_unit(slips[0][1]) == unit:
                    a, b = slips[0]
                    yield self.finding(
                        f'Indicator "{name}": unit "{a}" and "{b}" are one unit spelt two ways.',
                        f'Indikator "{name}": satuan "{a}" dan "{b}" adalah satu satuan yang ditulis dua cara.',
                        [Evidence(c or Cell(q.text, r.page, r.table, r.row, role), q.value, role)
                         for r, role, q, c in seen[unit] if (q.unit_raw or "").strip().lower() in (a, b)],
                        severity="info",
                    )
