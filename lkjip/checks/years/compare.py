"""Whether two printed quantities of one indicator state different figures.

Values are compared exactly as parsed (reports print the figure itself, so there is no
rounding to allow for, unless the rule's tolerance says otherwise); units must agree
where both are printed. Compound cells (Facebook likes, Instagram comments …) are
compared part by part on the parts both name. Text without a number is not compared.
"""

from __future__ import annotations

from typing import Any

from lkjip.match.names import name_key
from lkjip.numbers.units import units_equivalent


def _value(q: Any) -> float | None:
    v = getattr(q, "value", None)
    return float(v) if isinstance(v, int | float) else None


def _parts(q: Any) -> dict[str, float]:
    out: dict[str, float] = {}
    for p in getattr(q, "parts", None) or ():
        label = " ".join(x for x in (p.platform, p.metric_norm or p.metric) if x) or p.label
        if label and isinstance(p.value, int | float):
            out[name_key(label)] = float(p.value)
    return out


def quantities_differ(a: Any, b: Any, tolerance: float = 0.0) -> bool | None:
    """True/False when comparable, None when the two cells cannot be compared."""
    if a is None or b is None:
        return None
    va, vb = _value(a), _value(b)
    if va is not None and vb is not None:
        ua, ub = getattr(a, "unit", None), getattr(b, "unit", None)
        if ua and ub and not units_equivalent(ua, ub):
            return True
        return abs(va - vb) > tolerance
    pa, pb = _parts(a), _parts(b)
    common = pa.keys() & pb.keys()
    if common:
        return any(abs(pa[k] - pb[k]) > tolerance for k in common)
    return None
