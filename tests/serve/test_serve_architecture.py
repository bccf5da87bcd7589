"""The workspace sits beside the CLI, on top of the house: it may use every stage; no stage
imports it (only the CLI, lazily, to start it)."""

from __future__ import annotations

from tests.test_architecture import import_graph, top


def test_only_the_cli_imports_serve() -> None:
    importers = {top(src) for src, dsts in import_graph().items() if any(top(d) == "serve" for d in dsts)}
    assert importers <= {"cli", "serve"}, importers


def test_fingerprint_stays_in_checks() -> None:
    # lkjip/checks/fingerprint.py is shared with the --baseline of `lkjip check`: it must not
    # reach up into the store or the workspace.
    graph = import_graph()
    assert not {top(d) for d in graph.get("checks", set())} & {"serve", "store", "report", "extract"}
