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


def _names_bound_twice(tree: ast.Module) -> list[str]:
    """Module-level names a file binds more than once (a constant, function or class): the
    later silently replaces the earlier, which ruff does not report for assignments."""
    seen: dict[str, int] = defaultdict(int)
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            seen[node.name] += 1
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    seen[target.id] += 1
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            seen[node.target.id] += 1
    return sorted(name for name, n in seen.items() if n > 1 and name != "__all__")


def test_no_module_binds_a_name_twice() -> None:
    """Two merged changes once each defined `_LETTER` in one file; the second replaced the first."""
    twice = {str(p.relative_to(PACKAGE.parent)): names for p in sorted(PACKAGE.rglob("*.py"))
             if (names := _names_bound_twice(ast.parse(p.read_text(encoding="utf-8"))))}
    assert twice == {}


def test_the_twice_bound_check_sees_one() -> None:
    tree = ast.parse('import re\n_LETTER = re.compile("A")\ndef f(): ...\n_LETTER = re.compile("a")\n')
    assert _names_bound_twice(tree) == ["_LETTER"]
