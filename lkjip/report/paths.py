"""How CI reports name a document: relative to the checkout (the current directory) when
it lies inside it, because GitHub and SARIF viewers resolve paths against the repository."""

from __future__ import annotations

from pathlib import Path


def workspace_path(file: str, root: Path | None = None) -> str:
    path = Path(file)
    if not path.is_absolute():
        return path.as_posix()
    base = (root or Path.cwd()).resolve()
    try:
        return path.resolve().relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()
