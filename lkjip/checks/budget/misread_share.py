"""A stated share read from a scan in doubt that its row's arithmetic says is misread.

A blurred scan loses a digit or reads one too many ("9,15" for 92,15): the share then
differs from realisasi / anggaran, and the finding stands (only a warning, the value is
in doubt). Where the computed share printed at the same decimals is the printed figure
with exactly one digit more or less, the arithmetic itself says the printed figure cannot
be right as read: the wording says so, so the reader checks the page before the report.
"""

from __future__ import annotations

import re

from lkjip.records import Cell

# Doubt codes that come from reading a scan, not from the page's own print.
_OCR_PREFIX = "ocr_"


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _one_digit_apart(a: str, b: str) -> bool:
    """`b` is `a` with one digit more (or `a` is `b` with one more)."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def misread_note(text: str, computed: float, decimals: int, cell: Cell | None) -> tuple[str, str]:
    """(en, id) sentences to add when the printed share `text`, read in doubt, is the
    computed share with a digit lost or added; else empty strings."""
    if cell is None or not any(code.startswith(_OCR_PREFIX) for code in cell.inferred):
        return "", ""
    expected = f"{computed:.{decimals}f}"
    if not _one_digit_apart(_digits(text), _digits(expected)):
        return "", ""
    shown = expected.replace(".", ",")
    return (f" The computed {shown} is the printed {text} with one digit more or less, and {text} was read "
            f"from a scan in doubt: the OCR reading is more likely wrong than the report; check the page image.",
            f" Hasil hitung {shown} sama dengan {text} yang tercetak kecuali satu digit, dan {text} dibaca dari "
            f"hasil pindai yang diragukan: lebih mungkin pembacaan OCR yang salah daripada laporannya; periksa "
            f"gambar halamannya.")


__all__ = ["misread_note"]
