"""Objects that live as long as the process are kept out of the garbage collector's walks.

A process that reads reports has imported numpy, pandas, pandera, pdfium's bindings,
OpenCV and lkjip's own modules: some 10⁵ container objects that are never garbage.
Python's full (generation 2) collection walks all of them each time, and reading a long
report triggers several: about 3 % of `lkjip check`'s time went into walking imports.
`gc.freeze()` moves every object alive at that moment into a permanent generation the
collector skips; objects created later are collected as before, and frozen ones are
still freed when nothing refers to them (only a frozen cycle is never freed).

So a process freezes when it has imported more (`freeze_loaded`, before a document is
read: several libraries are imported only while the first document is read and
checked), which happens a few times in its life, not once per document; and the forked
reader freezes all it inherited, which outlives it anyway (`freeze_inherited`).

It also helps whatever else runs in the process: bench/bench_speed.py times pdfplumber
in the same process as lkjip, and pdfplumber's own full collections walked lkjip's
imports too (on six of the ratio documents 4.3 s of 33 s, against 0.6 s of 28 s in a
process of its own); frozen, pdfplumber runs there as it does alone.
"""

from __future__ import annotations

import gc
import sys

_modules_when_frozen = 0


def freeze_loaded() -> None:
    """Freeze what the process holds if modules were imported since the last freeze."""
    global _modules_when_frozen
    if len(sys.modules) != _modules_when_frozen:
        _modules_when_frozen = len(sys.modules)
        gc.freeze()


def freeze_inherited() -> None:
    """In a forked child: freeze everything it inherited from its parent. Besides the
    walks, this spares the child copying the parent's memory pages, which a collection
    touching every inherited object's header would otherwise make it do."""
    gc.freeze()
