"""Shared fixtures: the samples in the repo and, where present, ../shared/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SEED_PDF = SAMPLES / "lkjip-2018-biro-humas-jambi.pdf"
SEED_ROWWISE_PDF = SAMPLES / "lkjip-2018-biro-humas-jambi-rowwise.pdf"
SEED_DOCX = SAMPLES / "lkjip-2018-biro-humas-jambi.docx"
SEED_ROWWISE_DOCX = SAMPLES / "lkjip-2018-biro-humas-jambi-rowwise.docx"
SHARED = (REPO.parent / "shared").resolve()


def shared_path(*parts: str) -> Path:
    """A path under ../shared/, or skip the test cleanly where it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared/ absent)")
    return path


@pytest.fixture(scope="session")
def seed_truth() -> dict:
    return json.loads(shared_path("corpus", "seed", "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def contracts() -> dict[str, dict]:
    """The repository's contracts: the shared ones plus optional fields only
    (tests/test_contracts.py compares them with ../shared/contracts)."""
    folder = REPO / "contracts"
    return {p.stem.split(".")[0]: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")}


@pytest.fixture(scope="session")
def seed_extraction():
    from lkjip.pipeline import extract

    return extract(SEED_PDF)


@pytest.fixture(scope="session")
def seed_rowwise_extraction():
    from lkjip.pipeline import extract

    return extract(SEED_ROWWISE_PDF)
