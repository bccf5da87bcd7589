"""Telling whether two printed names mean the same thing (indicators across tables)."""

from lkjip.match.identity import indicator_key, same_indicator

__all__ = ["indicator_key", "same_indicator"]
