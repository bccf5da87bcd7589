"""Fixtures for the store tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SEED_PDF
from tests.store.store_builders import build_next_year_report


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A folder with the seed (2018), a generated 2019 report and a broken file."""
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(SEED_PDF, folder / "lkjip-2018-biro-humas-jambi.pdf")
    build_next_year_report(folder / "lkjip-2019-biro-humas-jambi.pdf")
    (folder / "rusak.pdf").write_bytes(b"this is not a PDF at all\n")
    return folder
