"""Numbers as LKjIP reports print them: numerals, amounts in words, units, table cells.

Pure functions, no I/O. Everything here reads one printed string and says what it means,
keeping the printed text next to the value so a finding can quote the document.
"""

from lkjip.numbers.bracketed import bracketed_negative
from lkjip.numbers.footnote_marks import split_footnote_mark
from lkjip.numbers.numerals import (
    NumberStyle,
    ParsedNumber,
    decimals_printed,
    detect_style,
    find_numbers,
    format_amount,
    format_id,
    half_last_decimal,
    parse_number,
    parse_percent,
    parse_rupiah,
)
from lkjip.numbers.quantity import Quantity, QuantityPart, parse_quantity
from lkjip.numbers.share_of_base import is_share_of_base
from lkjip.numbers.terbilang import find_terbilang, number_to_words, words_to_number
from lkjip.numbers.units import (
    CANONICAL_UNITS,
    is_known_unit,
    normalize_unit,
    unit_typo_of,
    units_equivalent,
)

__all__ = [
    "CANONICAL_UNITS",
    "NumberStyle",
    "ParsedNumber",
    "Quantity",
    "QuantityPart",
    "bracketed_negative",
    "decimals_printed",
    "detect_style",
    "find_numbers",
    "find_terbilang",
    "format_amount",
    "format_id",
    "half_last_decimal",
    "is_known_unit",
    "is_share_of_base",
    "normalize_unit",
    "number_to_words",
    "parse_number",
    "parse_percent",
    "parse_quantity",
    "parse_rupiah",
    "split_footnote_mark",
    "unit_typo_of",
    "units_equivalent",
    "words_to_number",
]
