"""Document text made safe for the formats it is written into.

A PDF's text layer can hold form feeds and other control characters XML 1.0 forbids
(JUnit, XLSX would be unreadable or refused), and a cell that begins with "=" would
become a live formula in Excel (formula injection). Reports pass text through here.
"""

from __future__ import annotations

import re

_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@")


def xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub(" ", text)


def is_formula_like(text: str) -> bool:
    """Text Excel would evaluate ("=SUM(…)", "+1", "@cmd"); "-" alone or a negative number is fine."""
    stripped = text.lstrip()
    if not stripped.startswith(_FORMULA_START):
        return False
    return not re.fullmatch(r"[-+]?[\d.,\s]*%?", stripped) and stripped not in ("-", "- ")
