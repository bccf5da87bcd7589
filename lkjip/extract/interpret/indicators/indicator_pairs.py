"""Tables with several indicator columns side by side, each followed by its own values.

A Renja or RKPD table prints "Indikator Kinerja" over groups such as "Hasil Program",
"Keluaran Kegiatan", "Hasil Kegiatan", each a "Tolok Ukur | Target" pair: one grid row
holds up to three indicators. Each group is read as a table of its own, with the shared
columns (no, sasaran, program) and only its own indicator and value columns.
"""

from __future__ import annotations

import dataclasses

from lkjip.extract.interpret.indicators.header_columns import Column, Layout
from lkjip.extract.interpret.indicators.plan_end_target import CAPAIAN_END

_VALUE_ROLES = ("target", "realisasi", "capaian", "satuan", "formula",
                "target_periode", "realisasi_periode", "capaian_periode", CAPAIAN_END)
_SHARED_ROLES = ("no", "sasaran", "tujuan", "program", "keterangan", "other", "anggaran")


def indicator_groups(layout: Layout) -> list[Layout]:
    """One layout per indicator column when every indicator column has a target or
    realisasi column (of the year or of its quarters) of its own before the next one;
    else the layout as it is."""
    inds = layout.by_role("indikator")
    if len(inds) < 2:
        return [layout]
    bounds = [c.index for c in inds] + [max(c.index for c in layout.columns) + 1]
    owned: list[list[Column]] = []
    for k, ind in enumerate(inds):
        values = [c for c in layout.columns if bounds[k] < c.index < bounds[k + 1] and c.role in _VALUE_ROLES]
        if not any(c.role in ("target", "realisasi", "target_periode", "realisasi_periode") for c in values):
            return [layout]  # an indicator code beside its name, or values shared by all
        owned.append([ind, *values])
    out: list[Layout] = []
    for own in owned:
        keep = {id(c) for c in own}
        columns = [c if id(c) in keep or c.role in _SHARED_ROLES else dataclasses.replace(c, role="other")
                   for c in layout.columns]
        out.append(Layout(layout.header_rows, columns, layout.header_signature, layout.formula))
    return out
