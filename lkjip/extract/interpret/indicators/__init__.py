"""Indicator tables: find them, classify them, and read one row per indicator."""

from lkjip.extract.interpret.indicators.rows import indicator_rows, indicator_tables

__all__ = ["indicator_rows", "indicator_tables"]
