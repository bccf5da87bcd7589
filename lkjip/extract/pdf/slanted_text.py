"""Text drawn aslant: a watermark stamped across the page, not the page's content.

PDF tools and offices stamp "SALINAN", "DRAFT" or a trial notice in large, light letters
turned 30-60 degrees across the page, over the tables. Its letters are in the text layer
like any other: inside a table they land in the cells they cross ("N 4 7.341.420.650"),
and their tall boxes cross column rules. Content runs at a quarter turn (upright, or
sideways in a turned table heading); a character turned otherwise is dropped from the
page's text. A chart's slanted axis labels go too, which nothing reads.
"""

from __future__ import annotations

import math

import numpy as np

# A character turned further than this from every quarter turn is aslant.
_SLANT = math.radians(5)


def slanted(angles: np.ndarray) -> np.ndarray:
    """Which characters are aslant, from pdfium's angles (radians; negative: unknown)."""
    turn = np.mod(angles, math.pi / 2)
    return (angles >= 0) & (np.minimum(turn, math.pi / 2 - turn) > _SLANT)
