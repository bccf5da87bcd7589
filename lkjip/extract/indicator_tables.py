"""Indicator rows of a document (the work is in `lkjip.extract.indicators`)."""

from __future__ import annotations

from lkjip.extract.indicators import indicator_rows

__all__ = ["indicator_rows"]
