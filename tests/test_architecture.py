"""The house by stage, held by its imports (ast over lkjip/, nothing imported).

document → pages → raw tables (extract) → typed records (records, validated by schemas)
→ findings (checks) → the run (pipeline, results) → reports and the store. An import may
only point down this list; the ground floor (records, numbers, match, geometry) points
nowhere above itself, and no two units import each other, even through a third.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "lkjip"
GROUND = {"records", "numbers", "match", "geometry"}
# unit → units it must never import
FORBIDDEN: dict[str, set[str]] = {
    **{g: {"extract", "schemas", "checks", "pipeline", "results", "report", "store", "cli", "config",
           "serve"} for g in GROUND},
    "schemas": {"extract", "checks", "pipeline", "results", "report", "store", "cli", "serve"},
    "extract": {"checks", "schemas", "pipeline", "results", "report", "store", "cli", "config", "serve"},
    "checks": {"extract", "report", "store", "pipeline", "results", "cli", "serve"},
    "results": {"extract", "report", "store", "pipeline", "cli", "serve"},
    "pipeline": {"report", "store", "cli", "serve"},
    "report": {"store", "cli", "serve"},
    "store": {"cli", "serve"},
    "serve": {"cli"},  # the web workspace sits on top, beside the command line
}


def unit_of(module: str) -> str:
    """The architectural unit: a top-level module or subpackage of lkjip; inside extract,
    its stage folders (extract.pdf, extract.grid …) and its shared modules (extract.source,
    extract.readers …) are units of their own."""
    parts = module.split(".")[1:]
    if not parts:
        return "lkjip"
    if parts[0] == "extract" and len(parts) > 1:
        return f"extract.{parts[1]}"
    return parts[0]


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> set[str]:
    """lkjip modules imported anywhere in the file (function-level imports included)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("lkjip"):
                out.add(node.module)
                out.update(f"{node.module}.{a.name}" for a in node.names
                           if (PACKAGE.parent / f"{node.module}.{a.name}".replace(".", "/")).exists()
                           or (PACKAGE.parent / (f"{node.module}.{a.name}".replace(".", "/") + ".py")).exists())
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("lkjip"))
    return out


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        src = unit_of(module_name(path))
        for target in imports_of(path):
            dst = unit_of(target)
            if dst not in (src, "lkjip"):
                graph[src].add(dst)
    return graph


def top(unit: str) -> str:
    return unit.split(".")[0]


def test_no_import_points_up_the_pipeline() -> None:
    wrong = sorted(f"{src} imports {dst}" for src, dsts in import_graph().items() for dst in dsts
                   if top(dst) in FORBIDDEN.get(top(src), set()))
    assert not wrong, "imports against the flow:\n" + "\n".join(wrong)


def test_no_cycle_between_units() -> None:
    graph = import_graph()
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str], on_stack: set[str], done: set[str]) -> None:
        on_stack.add(node)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt in on_stack:
                cycles.append([*stack[stack.index(nxt):], nxt])
            elif nxt not in done:
                visit(nxt, stack, on_stack, done)
        stack.pop()
        on_stack.discard(node)
        done.add(node)

    done: set[str] = set()
    for node in sorted(graph):
        if node not in done:
            visit(node, [], set(), done)
    assert not cycles, "import cycles:\n" + "\n".join(" → ".join(c) for c in cycles)


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    # The graph is built from real imports: a file that imported upward would be caught.
    bad = tmp_path / "lkjip" / "records.py"
    bad.parent.mkdir()
    bad.write_text("from lkjip.checks.finding import Finding\nimport lkjip.store.writer\n")
    assert {"lkjip.checks.finding", "lkjip.store.writer"} <= imports_of(bad)
    assert unit_of("lkjip.extract.pdf.reader") == "extract.pdf"
    assert unit_of("lkjip.checks.budget.arithmetic") == "checks"


def test_every_stage_folder_is_a_package() -> None:
    for folder in PACKAGE.rglob("*"):
        if folder.is_dir() and folder.name != "__pycache__" and any(folder.glob("*.py")):
            assert (folder / "__init__.py").exists(), folder
