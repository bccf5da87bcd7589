"""An indicator counting two named things, each with a value row of its own.

"Jumlah UTTP dan BDKT" is printed once; its row gives the UTTP figures and the unnamed
row right under it (no number, no name, values in every measured column) the BDKT
figures. The second row is not a stray: it is the indicator's second measure. Each row
is named for its measure ("Jumlah UTTP dan BDKT (UTTP)", "… (BDKT)"). Only names ending
in two acronyms joined by "dan", so a wrapped name's tail is never taken for a measure.
"""

from __future__ import annotations

import re

_TWO = re.compile(r"^(?P<lead>.*\S)\s+(?P<a>[A-Z]{2,6})\s+dan\s+(?P<b>[A-Z]{2,6})$")


def measures_named(name: str) -> tuple[str, str] | None:
    """The two acronyms a name ends with ("UTTP", "BDKT"), else None."""
    m = _TWO.match(name.strip())
    return (m.group("a"), m.group("b")) if m else None
