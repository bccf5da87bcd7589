"""Build generated LKjIP documents: clean ones and single-defect copies.

    .venv/bin/python -m tests.generator.build OUT_DIR          # every case as PDF (and DOCX)

A case is (format, layout, seed, defect or None). File names say all four, so a
document that fools lkjip can be opened and looked at.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from tests.generator.defects import DEFECTS, Defect, inject
from tests.generator.model import LAYOUTS, Layout, Report, consistent_report

FORMATS = ("pdf", "docx")
SEEDS = (1, 2)  # fixed: the harness must give the same figures on every run


@dataclass(frozen=True)
class Case:
    fmt: str
    layout: Layout
    seed: int
    defect: Defect | None = None

    @property
    def id(self) -> str:
        return f"{self.fmt}-{self.layout}-s{self.seed}-{self.defect.name if self.defect else 'clean'}"


def report_for(case: Case) -> Report:
    clean = consistent_report(case.seed, case.layout)
    return inject(clean, case.defect, case.seed) if case.defect else clean


def render(report: Report, fmt: str, path: Path) -> Path:
    if fmt == "pdf":
        from tests.generator.render_pdf import render_pdf

        return render_pdf(report, path)
    from tests.generator.render_docx import render_docx

    return render_docx(report, path)


def build(case: Case, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    return render(report_for(case), case.fmt, out_dir / f"{case.id}.{case.fmt}")


def clean_cases(formats: tuple[str, ...] = FORMATS, seeds: tuple[int, ...] = SEEDS) -> list[Case]:
    return [Case(f, layout, s) for f in formats for layout in LAYOUTS for s in seeds]


def defect_cases(formats: tuple[str, ...] = FORMATS, seeds: tuple[int, ...] = SEEDS) -> list[Case]:
    """Every defect in every layout it applies to."""
    out = []
    for base in clean_cases(formats, seeds):
        clean = consistent_report(base.seed, base.layout)
        out += [Case(base.fmt, base.layout, base.seed, d) for d in DEFECTS if d.applies(clean)]
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.generator.build OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    for case in clean_cases() + defect_cases():
        print(build(case, out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
