"""The rule catalogue. Importing this package registers every rule."""

from __future__ import annotations

import importlib
import pkgutil

from lkjip.checks.rule import REGISTRY, CheckConfig, Rule, register

_FAMILY_PACKAGES = ("budget", "indicators", "narrative", "structure", "years")


def load_rules() -> dict[str, type[Rule]]:
    """Import every module under the family packages so their rules register."""
    for family in _FAMILY_PACKAGES:
        try:
            pkg = importlib.import_module(f"lkjip.checks.{family}")
        except ModuleNotFoundError:
            continue
        for mod in pkgutil.iter_modules(pkg.__path__):
            importlib.import_module(f"{pkg.__name__}.{mod.name}")
    return dict(sorted(REGISTRY.items()))


__all__ = ["REGISTRY", "CheckConfig", "Rule", "load_rules", "register"]
