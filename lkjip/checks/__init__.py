"""The rule catalogue. Importing this package registers every rule."""

from __future__ import annotations

import importlib
import pkgutil

from lkjip.checks.rule import FAMILIES, REGISTRY, CheckConfig, Rule, register


def load_rules() -> dict[str, type[Rule]]:
    """Import every module under the family packages so their rules register."""
    for family in FAMILIES.values():
        pkg = importlib.import_module(f"lkjip.checks.{family['package']}")
        for mod in pkgutil.iter_modules(pkg.__path__):
            importlib.import_module(f"{pkg.__name__}.{mod.name}")
    return dict(sorted(REGISTRY.items()))


__all__ = ["REGISTRY", "CheckConfig", "Rule", "load_rules", "register"]
